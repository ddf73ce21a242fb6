#include "web/charts/svg_chart.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <locale>
#include <vector>

namespace sendhub::web::charts {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr std::string_view hostile = "<script>&\"'";
constexpr std::string_view hostile_escaped = "&lt;script&gt;&amp;&quot;&#39;";

// Every opening tag that starts with `start`, e.g. `<rect class="bar"`, up to its '>'.
std::vector<std::string> tags(const std::string& svg, std::string_view start) {
  std::vector<std::string> out;
  for (auto at = svg.find(start); at != std::string::npos; at = svg.find(start, at + 1)) {
    out.push_back(svg.substr(at, svg.find('>', at) - at + 1));
  }
  return out;
}

double attr(const std::string& tag, std::string_view name) {
  auto key = " " + std::string(name) + "=\"";
  auto at = tag.find(key);
  double v = nan;
  if (at != std::string::npos) std::from_chars(tag.data() + at + key.size(), tag.data() + tag.size(), v);
  return v;
}

std::size_t count(const std::string& s, std::string_view needle) { return tags(s, needle).size(); }

// xmllint is the real parser; a hand-rolled tag balancer would miss bad entities and attributes.
void expect_well_formed(const std::string& svg) {
  if (!std::filesystem::exists("/usr/bin/xmllint")) GTEST_SKIP() << "xmllint not installed (scripts/setup.sh)";
  FILE* p = popen("/usr/bin/xmllint --noout - 1>&2", "w");
  ASSERT_NE(p, nullptr);
  std::fwrite(svg.data(), 1, svg.size(), p);
  EXPECT_EQ(pclose(p), 0) << svg;
}

TEST(SvgChart, NiceMaxRoundsUpToAFewRoundSteps) {
  EXPECT_DOUBLE_EQ(nice_max(87), 100);
  EXPECT_DOUBLE_EQ(nice_max(13), 15);
  EXPECT_DOUBLE_EQ(nice_max(100), 100);
  EXPECT_DOUBLE_EQ(nice_max(101), 150);
  EXPECT_DOUBLE_EQ(nice_max(7), 8);
  EXPECT_DOUBLE_EQ(nice_max(1), 1);
  EXPECT_DOUBLE_EQ(nice_max(0.3), 0.3);
  EXPECT_DOUBLE_EQ(nice_max(0), 1);
  EXPECT_DOUBLE_EQ(nice_max(-5), 1);
  EXPECT_DOUBLE_EQ(nice_max(nan), 1);
  EXPECT_DOUBLE_EQ(nice_max(inf), 1);
}

TEST(SvgChart, EscapesMarkupDropsControlsAndRepairsUtf8) {
  EXPECT_EQ(escape_xml(hostile), hostile_escaped);
  EXPECT_EQ(escape_xml("a\x01\tb\n"), "a\tb\n");
  EXPECT_EQ(escape_xml("caf\xc3\xa9 \xe2\x80\x93"), "caf\xc3\xa9 \xe2\x80\x93");
  EXPECT_EQ(escape_xml("x\xff\xc3"), "x\uFFFD\uFFFD");
  EXPECT_EQ(escape_xml("\xed\xa0\x80"), "\uFFFD\uFFFD\uFFFD");  // a UTF-16 surrogate is not UTF-8
}

TEST(SvgChart, EveryPieceOfDataTextIsEscaped) {
  std::string h(hostile);
  std::vector<Bar> bars{{h, 10, h}};
  std::vector<Point> points{{h, 1}, {h, 2}};
  for (const auto& svg : {bar_chart(h, bars, {}, 5, h), line_chart(h, points, {}, 1, h), sparkline(points, h),
                          bar_chart(h, {}), line_chart(h, {})}) {
    EXPECT_EQ(svg.find("<script"), std::string::npos) << svg;
    EXPECT_EQ(svg.find("&\""), std::string::npos) << svg;
    EXPECT_NE(svg.find(hostile_escaped), std::string::npos) << svg;
    expect_well_formed(svg);
  }
}

TEST(SvgChart, RootIsANamedScalableImage) {
  std::vector<Bar> bars{{"A", 1, "1"}};
  for (const auto& svg : {bar_chart("Plans issued", bars), line_chart("Plans issued", std::vector<Point>{{"Q1", 1}})}) {
    EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")) << svg;
    EXPECT_TRUE(svg.ends_with("</svg>"));
    for (auto want : {"role=\"img\"", "focusable=\"false\"", "aria-label=\"Plans issued\"", "<title>Plans issued</title>",
                      "viewBox=\"0 0 640 ", "width=\"100%\"", "GDS Transport"}) {
      EXPECT_NE(svg.find(want), std::string::npos) << want;
    }
    EXPECT_EQ(svg.find("style="), std::string::npos) << "the CSP (style-src 'self') blocks style attributes";
    for (const auto& t : tags(svg, "<text")) EXPECT_GE(attr(t, "font-size"), 14) << t;
  }
}

TEST(SvgChart, BarWidthsAreProportionalToValues) {
  std::vector<Bar> bars{{"A", 25, "25%"}, {"B", 50, "50%"}, {"C", 100, "100%"}};
  auto rects = tags(bar_chart("T", bars, {0, 100}), "<rect class=\"bar\"");
  ASSERT_EQ(rects.size(), 3u);
  double full = attr(rects[2], "width");
  EXPECT_GT(full, 100);
  EXPECT_NEAR(attr(rects[0], "width"), full / 4, 0.1);
  EXPECT_NEAR(attr(rects[1], "width"), full / 2, 0.1);
  EXPECT_EQ(attr(rects[0], "x"), attr(rects[2], "x"));

  // Automatic scale: 87 rounds to 100, so 87 is 87% of the plot and 50 is 50%.
  std::vector<Bar> auto_bars{{"A", 87, ""}, {"B", 50, ""}, {"C", 0, ""}};
  auto svg = bar_chart("T", auto_bars);
  rects = tags(svg, "<rect class=\"bar\"");
  ASSERT_EQ(rects.size(), 3u);
  EXPECT_NEAR(attr(rects[0], "width") / attr(rects[1], "width"), 87.0 / 50, 0.01);
  EXPECT_EQ(attr(rects[2], "width"), 0);
  EXPECT_NE(svg.find(">87</text>"), std::string::npos) << "empty value_text shows the number";
}

TEST(SvgChart, TargetLineSitsAtItsValueOnTheScale) {
  std::vector<Bar> bars{{"Full", 100, "100%"}, {"Half", 50, "50%"}};
  auto svg = bar_chart("T", bars, {0, 100}, 80, "80%");
  auto bar = tags(svg, "<rect class=\"bar\"").at(0);
  auto target = tags(svg, "<line class=\"target\"");
  ASSERT_EQ(target.size(), 1u);
  EXPECT_NEAR(attr(target[0], "x1"), attr(bar, "x") + 0.8 * attr(bar, "width"), 0.1);
  EXPECT_EQ(attr(target[0], "x1"), attr(target[0], "x2"));
  EXPECT_NE(target[0].find("stroke-dasharray"), std::string::npos);
  EXPECT_NE(svg.find(">Target 80%</text>"), std::string::npos);
  EXPECT_NE(bar_chart("T", bars, {}, 72.5).find(">Target 72.5</text>"), std::string::npos);
  EXPECT_EQ(count(bar_chart("T", bars, {}, nan), "<line class=\"target\""), 0u);

  auto line = line_chart("T", std::vector<Point>{{"Q1", 10}, {"Q2", 90}}, {0, 100}, 50);
  auto grid = tags(line, "<line class=\"grid\"");
  auto axis = tags(line, "<line class=\"axis\"").at(0);
  ASSERT_FALSE(grid.empty());
  double top = attr(grid.back(), "y1"), zero = attr(axis, "y1");
  EXPECT_NEAR(attr(tags(line, "<line class=\"target\"").at(0), "y1"), (top + zero) / 2, 0.1);
}

TEST(SvgChart, NegativeBarsGrowLeftFromZero) {
  std::vector<Bar> bars{{"Down", -10, "-10"}, {"Up", 10, "10"}};
  auto rects = tags(bar_chart("T", bars), "<rect class=\"bar\"");
  ASSERT_EQ(rects.size(), 2u);
  EXPECT_NEAR(attr(rects[0], "width"), attr(rects[1], "width"), 0.1);
  EXPECT_NEAR(attr(rects[0], "x") + attr(rects[0], "width"), attr(rects[1], "x"), 0.1);
  // Bars start at the lowest value itself: no round number to reach, so no wasted width.
  rects = tags(bar_chart("T", std::vector<Bar>{{"Down", -3, ""}, {"Up", 87, ""}}), "<rect class=\"bar\"");
  ASSERT_EQ(rects.size(), 2u);
  EXPECT_NEAR(attr(rects[1], "width") / attr(rects[0], "width"), 87.0 / 3, 0.1);
  EXPECT_EQ(attr(rects[0], "x"), 264);  // the left end of the plot
  auto line = line_chart("T", std::vector<Point>{{"Q1", -30}, {"Q2", 40}});
  EXPECT_NE(line.find(">-40</text>"), std::string::npos) << line;  // the axis goes below the lowest value
}

TEST(SvgChart, NanAndInfinityAreMissingNotDrawn) {
  std::vector<Bar> bars{{"A", nan, ""}, {"B", inf, "n/a"}, {"C", 5, "5"}};
  auto svg = bar_chart("T", bars);
  EXPECT_EQ(count(svg, "<rect class=\"bar\""), 1u);
  EXPECT_NE(svg.find(">No data</text>"), std::string::npos);
  EXPECT_NE(svg.find(">n/a</text>"), std::string::npos);
  auto line = line_chart("T", std::vector<Point>{{"a", 1}, {"b", 2}, {"c", nan}, {"d", 3}, {"e", 4}, {"f", -inf}});
  EXPECT_EQ(count(line, "<polyline"), 2u);
  EXPECT_EQ(count(line, "<circle class=\"point\""), 4u);
  for (const auto& s : {svg, line}) {
    EXPECT_EQ(s.find("nan"), std::string::npos);
    EXPECT_EQ(s.find("inf"), std::string::npos);
    expect_well_formed(s);
  }
}

TEST(SvgChart, SparklineSplitsAtGapsAndMarksTheLastValue) {
  std::vector<Point> points{{"Q1", 1}, {"Q2", 2}, {"Q3", std::nullopt}, {"Q4", 3}, {"Q5", 4}, {"Q6", std::nullopt}};
  auto svg = sparkline(points, "Plans in 20 weeks, by quarter");
  auto lines = tags(svg, "<polyline");
  ASSERT_EQ(lines.size(), 2u);
  auto last = tags(svg, "<circle class=\"last\"");
  ASSERT_EQ(last.size(), 1u);
  // The dot is on Q5, the last value, not on the missing Q6: the end of the second line.
  auto end = lines[1].substr(lines[1].rfind(' ') + 1);  // `x,y"/>` of the line's last vertex
  double ex = nan, ey = nan;
  auto comma = std::from_chars(end.data(), end.data() + end.size(), ex).ptr;
  std::from_chars(comma + 1, end.data() + end.size(), ey);
  EXPECT_EQ(attr(last[0], "cx"), ex) << lines[1];
  EXPECT_EQ(attr(last[0], "cy"), ey) << lines[1];
  EXPECT_EQ(ey, 4);  // the highest value sits at the top padding: the data's own range
  EXPECT_NE(svg.find("viewBox=\"0 0 120 32\""), std::string::npos);
  expect_well_formed(svg);

  auto lone = sparkline(std::vector<Point>{{"a", 1}, {"b", std::nullopt}, {"c", 2}}, "d");
  EXPECT_EQ(count(lone, "<polyline"), 0u);
  EXPECT_EQ(count(lone, "<circle class=\"point\""), 2u);
}

TEST(SvgChart, EmptyOrAllMissingSaysNoData) {
  std::vector<Point> missing{{"Q1", std::nullopt}, {"Q2", nan}};
  for (const auto& svg : {sparkline({}, "Trend"), sparkline(missing, "Trend"), bar_chart("Trend", {}),
                          line_chart("Trend", {}), line_chart("Trend", missing)}) {
    EXPECT_NE(svg.find(">No data</text>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("aria-label=\"Trend (no data)\""), std::string::npos) << svg;
    EXPECT_EQ(count(svg, "<polyline"), 0u);
    EXPECT_EQ(count(svg, "<rect"), 0u);
    expect_well_formed(svg);
  }
}

TEST(SvgChart, SinglePointIsADotInTheMiddle) {
  auto svg = line_chart("T", std::vector<Point>{{"Mar 2026", 42}});
  auto dots = tags(svg, "<circle class=\"point\"");
  ASSERT_EQ(dots.size(), 1u);
  EXPECT_EQ(count(svg, "<polyline"), 0u);
  EXPECT_NEAR(attr(dots[0], "cx"), 324, 0.1);
  EXPECT_NE(svg.find(">Mar 2026</text>"), std::string::npos);
  EXPECT_NE(sparkline(std::vector<Point>{{"a", 5}}, "d").find("cx=\"60\" cy=\"16\""), std::string::npos);
}

TEST(SvgChart, LongLabelsAreCutOnCharactersButKeptWholeInTitle) {
  std::string label = "\xc3\x89" + std::string(39, 'x');  // "É" then 39 x: 40 characters
  auto svg = bar_chart("T", std::vector<Bar>{{label, 3, "3"}});
  EXPECT_NE(svg.find("<title>" + label + ": 3</title>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">\xc3\x89" + std::string(26, 'x') + "\u2026</text>"), std::string::npos) << svg;
  expect_well_formed(svg);
}

TEST(SvgChart, LineChartHasAFewRoundGridlinesAndThinsCrowdedLabels) {
  std::vector<Point> months;
  for (int m = 1; m <= 12; ++m) months.push_back({"Month " + std::to_string(m), m == 6 ? 87.0 : 10.0 * m / 3});
  auto svg = line_chart("T", months);
  auto grid = tags(svg, "<line class=\"grid\"");
  EXPECT_GE(grid.size(), 3u);
  EXPECT_LE(grid.size(), 5u);
  EXPECT_NE(svg.find(">100</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Month 12</text>"), std::string::npos) << "the latest period is always labelled";
  EXPECT_EQ(svg.find(">Month 11</text>"), std::string::npos);
  EXPECT_EQ(count(svg, "<circle class=\"point\""), 12u);
  expect_well_formed(svg);
}

// A decimal comma from a German locale would turn "12.3" into "12,3" and break every coordinate.
struct DecimalComma : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
  char do_thousands_sep() const override { return '.'; }
  std::string do_grouping() const override { return "\3"; }
};

TEST(SvgChart, NumbersIgnoreTheGlobalLocale) {
  std::vector<Bar> bars{{"A", 12.34, ""}, {"B", 1234.5, ""}};
  auto before = bar_chart("T", bars, {0, 2000});
  EXPECT_NE(before.find(">12.3</text>"), std::string::npos) << before;
  EXPECT_NE(before.find(">1234.5</text>"), std::string::npos) << before;
  auto old = std::locale::global(std::locale(std::locale::classic(), new DecimalComma));
  bool c_locale = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;  // often not installed
  auto after = bar_chart("T", bars, {0, 2000});
  std::setlocale(LC_NUMERIC, "C");
  std::locale::global(old);
  EXPECT_EQ(before, after) << "C locale switched too: " << c_locale;
}

}  // namespace
}  // namespace sendhub::web::charts
