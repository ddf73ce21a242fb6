#include "domain/local_offer/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sendhub::local_offer {
namespace {

double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }
double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }

}  // namespace

double haversine_metres(Coordinates a, Coordinates b) {
  const double dlat = radians(b.latitude - a.latitude);
  const double dlon = radians(b.longitude - a.longitude);
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(radians(a.latitude)) * std::cos(radians(b.latitude)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * earth_radius_metres * std::asin(std::min(1.0, std::sqrt(h)));
}

BoundingBox bounding_box(Coordinates c, double radius) {
  const double dlat = degrees(radius / earth_radius_metres);
  // Longitude degrees shrink towards the poles; widen by the cosine of the box's far edge.
  const double far_latitude = std::min(89.9, std::abs(c.latitude) + dlat);
  const double dlon = std::min(180.0, degrees(radius / (earth_radius_metres * std::cos(radians(far_latitude)))));
  return {c.latitude - dlat, c.latitude + dlat, c.longitude - dlon, c.longitude + dlon};
}

bool valid_coordinates(Coordinates c) {
  return std::isfinite(c.latitude) && std::isfinite(c.longitude) && c.latitude >= -90 && c.latitude <= 90 &&
         c.longitude >= -180 && c.longitude <= 180;
}

}  // namespace sendhub::local_offer
