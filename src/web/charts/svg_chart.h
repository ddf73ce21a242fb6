// Charts drawn on the server as inline SVG, so the board dashboard needs no JavaScript. Each chart
// is a picture beside a data table holding the same numbers: the SVG names itself (role="img",
// <title>, aria-label) but is never the only way to read a figure.
//
// Every function returns a complete <svg> element and never fails: no data, NaN and infinity
// become a gap or a "No data" picture rather than an error, so a page never breaks on a chart.
// All text from data is XML-escaped here, so the result may be put into a page unescaped.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sendhub::web::charts {

struct Point {
  std::string label;            // a period, e.g. "Mar 2026"
  std::optional<double> value;  // nullopt, NaN and infinity are all drawn as a gap
};

struct Bar {
  std::string label;
  double value = 0;        // NaN or infinity: no bar, and "No data" unless value_text says otherwise
  std::string value_text;  // shown at the bar end, e.g. "85%"; empty means the number itself
};

// max == 0 means "work it out": from min(0, smallest value) up to nice_max of the largest.
// A given range is widened, never narrowed, so a value below min still shows.
struct Scale {
  double min = 0;
  double max = 0;
};

// The top of an axis that holds v in at most five 1-2-5 steps: 87 -> 100, 13 -> 15, 0 -> 1.
double nice_max(double v);

// & < > " ' as entities; control characters XML forbids are dropped and invalid UTF-8 becomes
// U+FFFD, so the output is always well-formed wherever it lands.
std::string escape_xml(std::string_view text);

// About 120x32 for a headline tile: no axes, a gap at each missing value, a dot on the last
// value. The y range is the data's own, because a sparkline shows direction, not size.
std::string sparkline(std::span<const Point> points, std::string_view description);

// One bar per row, label on the left (cut to 28 characters; the full label is the row's
// <title>), value_text at the bar end, and an optional dashed line labelled "Target <text>".
std::string bar_chart(std::string_view title, std::span<const Bar> bars, Scale scale = {},
                      std::optional<double> target = std::nullopt, std::string_view target_text = "");

// Values over periods: x labels (thinned when crowded), y gridlines on round numbers, an
// optional dashed target line.
std::string line_chart(std::string_view title, std::span<const Point> points, Scale scale = {},
                       std::optional<double> target = std::nullopt, std::string_view target_text = "");

}  // namespace sendhub::web::charts
