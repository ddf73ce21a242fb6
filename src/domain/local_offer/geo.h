// Distances for "near me": the great-circle (haversine) distance between two points, and the
// latitude/longitude box around a point that a database index can use to narrow the candidates
// before the exact distance is worked out.
#pragma once

namespace sendhub::local_offer {

struct Coordinates {
  double latitude = 0, longitude = 0;
};

inline constexpr double earth_radius_metres = 6'371'000.0;
inline constexpr double metres_per_mile = 1609.344;

double haversine_metres(Coordinates a, Coordinates b);

struct BoundingBox {
  double min_latitude, max_latitude, min_longitude, max_longitude;
  bool contains(Coordinates c) const {
    return c.latitude >= min_latitude && c.latitude <= max_latitude && c.longitude >= min_longitude &&
           c.longitude <= max_longitude;
  }
};

// Every point within radius_metres of centre lies inside the box (it may hold a few more).
BoundingBox bounding_box(Coordinates centre, double radius_metres);

bool valid_coordinates(Coordinates c);

}  // namespace sendhub::local_offer
