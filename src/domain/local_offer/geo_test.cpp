#include "domain/local_offer/geo.h"

#include <gtest/gtest.h>

#include "domain/local_offer/place.h"

namespace sendhub::local_offer {
namespace {

constexpr Coordinates york_centre{53.95857, -1.0809};  // YO1
constexpr Coordinates heslington{53.95031, -1.05822};  // YO10
constexpr Coordinates london{51.5074, -0.1278};

TEST(Geo, HaversineAgreesWithKnownDistances) {
  EXPECT_NEAR(haversine_metres(york_centre, york_centre), 0, 1e-6);
  // YO1 to YO10 centroids: about 1.7 km; York to London about 280 km as the crow flies.
  EXPECT_NEAR(haversine_metres(york_centre, heslington), 1700, 100);
  EXPECT_NEAR(haversine_metres(york_centre, london) / 1000, 280, 5);
  EXPECT_DOUBLE_EQ(haversine_metres(york_centre, london), haversine_metres(london, york_centre));
}

TEST(Geo, BoundingBoxHoldsEveryPointWithinTheRadius) {
  const double radius = 5 * metres_per_mile;
  const auto box = bounding_box(york_centre, radius);
  // Points on the circle in eight directions are inside; points just beyond are outside it or the circle.
  for (double dlat : {-1.0, 0.0, 1.0})
    for (double dlon : {-1.0, 0.0, 1.0}) {
      if (dlat == 0 && dlon == 0) continue;
      Coordinates p{york_centre.latitude + dlat * 0.0001, york_centre.longitude + dlon * 0.0001};
      // Walk outwards until just inside the radius.
      while (haversine_metres(york_centre, {york_centre.latitude + (p.latitude - york_centre.latitude) * 1.01,
                                            york_centre.longitude + (p.longitude - york_centre.longitude) * 1.01}) < radius)
        p = {york_centre.latitude + (p.latitude - york_centre.latitude) * 1.01,
             york_centre.longitude + (p.longitude - york_centre.longitude) * 1.01};
      EXPECT_TRUE(box.contains(p)) << dlat << "," << dlon;
    }
  EXPECT_FALSE(box.contains(london));
  EXPECT_FALSE(box.contains({york_centre.latitude + 0.2, york_centre.longitude}));
}

TEST(Geo, CoordinatesOutsideTheEarthAreInvalid) {
  EXPECT_TRUE(valid_coordinates(york_centre));
  EXPECT_FALSE(valid_coordinates({91, 0}));
  EXPECT_FALSE(valid_coordinates({0, -181}));
}

TEST(Place, FullPostcodesAndDistrictsAreNormalised) {
  auto full = parse_place(" yo10 5dd ");
  ASSERT_TRUE(full);
  EXPECT_EQ(full->postcode, "YO10 5DD");
  EXPECT_EQ(full->district, "YO10");
  EXPECT_EQ(full->label(), "YO10 5DD");
  auto district = parse_place("yo1");
  ASSERT_TRUE(district);
  EXPECT_EQ(district->postcode, "");
  EXPECT_EQ(district->district, "YO1");
  EXPECT_EQ(parse_place("YO105DD")->postcode, "YO10 5DD");
  EXPECT_EQ(parse_place("sw1a 1aa")->district, "SW1A");
}

TEST(Place, MalformedPostcodesSayWhatToType) {
  for (const char* bad : {"York", "12345", "YO10 5D", "YOO 1AA", "Y", "<script>"}) {
    auto p = parse_place(bad);
    ASSERT_FALSE(p) << bad;
    EXPECT_EQ(p.error().field, "where");
    EXPECT_NE(p.error().message.find("YO1 7HH"), std::string::npos);
  }
  EXPECT_EQ(parse_place("  ").error().message, "Enter a postcode, like YO1 7HH");
}

}  // namespace
}  // namespace sendhub::local_offer
