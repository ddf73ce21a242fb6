#include "web/charts/svg_chart.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>
#include <vector>

namespace sendhub::web::charts {
namespace {

// GOV.UK Design System colours: text, bars and lines, gridlines.
constexpr std::string_view ink = "#0b0c0c", blue = "#1d70b8", grey = "#b1b4b6", dash = "6 4";
constexpr double text_size = 16;               // chart units; the smallest GOV.UK body size
constexpr double baseline = 0.35 * text_size;  // puts the middle of a line of text on a given y
constexpr std::size_t label_chars = 28, x_label_chars = 12;  // a row label; a period under the x axis
// A white outline under text keeps it readable where it crosses a bar, data line or target line.
constexpr std::string_view halo = "<g paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\">";

template <class... T> void put(std::string& o, const T&... parts) { (o.append(parts), ...); }

// Beyond 1e15 a double stops holding whole numbers exactly and no dashboard figure is that big;
// treating such values as missing keeps every axis calculation finite.
bool usable(double v) { return std::isfinite(v) && std::abs(v) < 1e15; }
bool usable(const std::optional<double>& v) { return v && usable(*v); }

// to_chars ignores the global locale, so a decimal comma can never reach an attribute.
std::string num(double v, int decimals = 1) {
  char buf[64];
  std::string s(buf, std::to_chars(buf, buf + sizeof buf, usable(v) ? v : 0.0, std::chars_format::fixed, decimals).ptr);
  if (s.find('.') != std::string::npos) s.erase(s.find_last_not_of('0') + 1);
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

// Length of the well-formed UTF-8 sequence XML allows at s[i], or 0 if there is none.
std::size_t utf8_len(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  char32_t cp = n == 1 ? c : c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((s[i + k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  bool bad = cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF;
  return bad ? 0 : n;
}

// Counts and cuts on code points, not bytes, so "é" or an en dash is never split in half.
std::size_t advance(std::string_view s, std::size_t i) { return i + std::max<std::size_t>(1, utf8_len(s, i)); }
std::size_t chars(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i = advance(s, i)) ++n;
  return n;
}
std::string shorten(std::string_view s, std::size_t max) {
  if (chars(s) <= max) return std::string(s);
  std::size_t cut = 0;
  for (std::size_t n = 1; n < max; ++n) cut = advance(s, cut);
  return std::string(s.substr(0, cut)) + "\u2026";
}

struct Axis { double lo, hi, step; };

// The smallest 1, 2 or 5 times a power of ten that is at least x (x > 0).
double step125(double x) {
  double mag = std::pow(10.0, std::floor(std::log10(x)));
  for (double m : {1.0, 2.0, 5.0}) if (m * mag >= x * (1 - 1e-9)) return m * mag;
  return 10 * mag;
}

// Rounds [lo, hi] out to whole steps so gridlines fall on round numbers: at most five steps
// from zero, six when the range crosses it (each end rounds out by less than a step).
Axis nice_axis(double lo, double hi) {
  if (!(hi - lo > 1e-9)) return {lo, lo + 1, 0.2};  // a range too small to draw is no range
  double step = step125((hi - lo) / 5);
  return {std::floor(lo / step + 1e-9) * step, std::ceil(hi / step - 1e-9) * step, step};
}

// Bars and most lines are only honest measured from zero, so zero is always in an automatic
// range; a given range keeps the caller's ends unless the data falls outside them. Bars have no
// gridlines to align, so their low end stays at the lowest value instead of a round number.
Axis resolve(Scale s, double data_lo, double data_hi, bool round_lo) {
  if (usable(s.max) && s.max != 0) {
    double lo = std::min(usable(s.min) ? s.min : 0.0, data_lo), hi = std::max(s.max, data_hi);
    if (hi - lo > 1e-9) return {lo, hi, step125((hi - lo) / 5)};
  }
  Axis a = nice_axis(std::min(0.0, data_lo), std::max(0.0, data_hi));
  if (!round_lo) a.lo = std::min(0.0, data_lo);
  return a;
}

std::string open_svg(std::string_view cls, double w, double h, std::string_view label) {
  auto t = escape_xml(label);
  std::string o;
  put(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"", cls, "\" viewBox=\"0 0 ", num(w), " ", num(h),
      "\" width=\"100%\" role=\"img\" focusable=\"false\" aria-label=\"", t,
      "\" font-family=\"'GDS Transport', arial, sans-serif\" fill=\"", ink, "\"><title>", t, "</title>");
  return o;
}

void text(std::string& o, double x, double y, std::string_view anchor, std::string_view escaped) {
  put(o, "<text x=\"", num(x), "\" y=\"", num(y + baseline), "\" text-anchor=\"", anchor, "\" font-size=\"",
      num(text_size), "\">", escaped, "</text>");
}

void line(std::string& o, std::string_view cls, double x1, double y1, double x2, double y2, std::string_view colour,
          double width, std::string_view dasharray = "none") {
  put(o, "<line class=\"", cls, "\" x1=\"", num(x1), "\" y1=\"", num(y1), "\" x2=\"", num(x2), "\" y2=\"", num(y2),
      "\" stroke=\"", colour, "\" stroke-width=\"", num(width), "\" stroke-dasharray=\"", dasharray, "\"/>");
}

void circle(std::string& o, std::string_view cls, double cx, double cy, double r, std::string_view title = "") {
  put(o, "<circle class=\"", cls, "\" cx=\"", num(cx), "\" cy=\"", num(cy), "\" r=\"", num(r), "\" fill=\"", blue, "\"");
  if (title.empty()) o += "/>";
  else put(o, "><title>", title, "</title></circle>");
}

// A role="img" picture is read out by its name alone, so the name must say there is no data.
std::string no_data(std::string_view cls, double w, double h, std::string_view title) {
  auto o = open_svg(cls, w, h, std::string(title) + " (no data)");
  text(o, w / 2, h / 2, "middle", "No data");
  return o + "</svg>";
}

std::string target_label(double target, std::string_view target_text) {
  return escape_xml("Target " + (target_text.empty() ? num(target) : std::string(target_text)));
}

// Runs of consecutive usable points, as (index, value); a missing value ends a run.
using Run = std::vector<std::pair<std::size_t, double>>;
std::vector<Run> runs(std::span<const Point> points) {
  std::vector<Run> out(1);
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (usable(points[i].value)) out.back().emplace_back(i, *points[i].value);
    else if (!out.back().empty()) out.emplace_back();
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

// An Axis without a step: clang before 16 cannot capture structured bindings in a lambda.
Axis extent(const std::vector<Run>& runs, double start) {
  double lo = start, hi = start;
  for (const auto& run : runs) {
    for (auto [i, v] : run) lo = std::min(lo, v), hi = std::max(hi, v);
  }
  return {lo, hi, 0};
}

void polyline(std::string& o, const Run& run, auto x, auto y, double width) {
  put(o, "<polyline class=\"line\" fill=\"none\" stroke=\"", blue, "\" stroke-width=\"", num(width),
      "\" stroke-linejoin=\"round\" stroke-linecap=\"round\" points=\"");
  for (std::size_t k = 0; k < run.size(); ++k) put(o, k ? " " : "", num(x(run[k].first)), ",", num(y(run[k].second)));
  o += "\"/>";
}

}  // namespace

double nice_max(double v) { return usable(v) && v > 0 ? nice_axis(0, v).hi : 1; }

std::string escape_xml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0, n = 0; i < s.size(); i += std::max<std::size_t>(n, 1)) {
    char c = s[i];
    n = utf8_len(s, i);
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c == '\'') out += "&#39;";
    else if (n == 0) out += "\uFFFD";
    // XML 1.0 forbids the other C0 controls even as character references.
    else if (n > 1 || static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(s, i, n);
  }
  return out;
}

std::string sparkline(std::span<const Point> points, std::string_view description) {
  constexpr double w = 120, h = 32, pad = 4;
  auto segments = runs(points);
  if (segments.empty()) return no_data("sendhub-sparkline", w, h, description);
  Axis r = extent(segments, segments[0][0].second);
  double last = double(points.size() - 1);
  auto x = [&](std::size_t i) { return last == 0 ? w / 2 : pad + (w - 2 * pad) * double(i) / last; };
  auto y = [&](double v) { return r.hi == r.lo ? h / 2 : h - pad - (h - 2 * pad) * (v - r.lo) / (r.hi - r.lo); };
  auto o = open_svg("sendhub-sparkline", w, h, description);
  for (const auto& run : segments) {
    // A lone value between gaps has no line to sit on, so it gets a small dot of its own.
    if (run.size() == 1) circle(o, "point", x(run[0].first), y(run[0].second), 1.5);
    else polyline(o, run, x, y, 2);
  }
  circle(o, "last", x(segments.back().back().first), y(segments.back().back().second), 3);
  return o + "</svg>";
}

std::string bar_chart(std::string_view title, std::span<const Bar> bars, Scale scale, std::optional<double> target,
                      std::string_view target_text) {
  // 28 characters of 16-unit text fit left of x = 256; the last 68 units hold the value text.
  constexpr double w = 640, label_end = 256, left = 264, right = 572, row = 36, bar_h = 24;
  if (bars.empty()) return no_data("sendhub-chart sendhub-bar-chart", w, 80, title);
  bool has_target = usable(target);
  double lo = has_target ? *target : 0, hi = lo;
  for (const auto& b : bars) {
    if (usable(b.value)) lo = std::min(lo, b.value), hi = std::max(hi, b.value);
  }
  Axis a = resolve(scale, lo, hi, false);
  auto x = [&](double v) { return left + (right - left) * (std::clamp(v, a.lo, a.hi) - a.lo) / (a.hi - a.lo); };
  double top = has_target ? 32 : 6, bottom = top + row * double(bars.size()), zero = x(0);
  auto o = open_svg("sendhub-chart sendhub-bar-chart", w, bottom + 6, title);
  std::string values(halo);  // drawn last, over the target line
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    double mid = top + row * (double(i) + 0.5), end = usable(b.value) ? x(b.value) : zero;
    auto value = escape_xml(!b.value_text.empty() ? b.value_text : usable(b.value) ? num(b.value) : "No data");
    put(o, "<g><title>", escape_xml(b.label), ": ", value, "</title>");
    text(o, label_end, mid, "end", escape_xml(shorten(b.label, label_chars)));
    if (usable(b.value)) {
      put(o, "<rect class=\"bar\" x=\"", num(std::min(zero, end)), "\" y=\"", num(mid - bar_h / 2), "\" width=\"",
          num(std::abs(end - zero)), "\" height=\"", num(bar_h), "\" fill=\"", blue, "\"/>");
    }
    o += "</g>";
    // Right of the zero line even for a negative bar, so it never runs into the labels.
    text(values, std::max(zero, end) + 6, mid, "start", value);
  }
  line(o, "axis", zero, top, zero, bottom, ink, 1);
  if (has_target) {
    line(o, "target", x(*target), top - 6, x(*target), bottom + 4, ink, 2, dash);
    text(o, x(*target), top - 18, "middle", target_label(*target, target_text));
  }
  return o + values + "</g></svg>";
}

std::string line_chart(std::string_view title, std::span<const Point> points, Scale scale, std::optional<double> target,
                       std::string_view target_text) {
  constexpr double w = 640, h = 320, left = 56, right = 592, top = 24, bottom = 272;
  auto segments = runs(points);
  if (segments.empty()) return no_data("sendhub-chart sendhub-line-chart", w, h, title);
  bool has_target = usable(target);
  Axis r = extent(segments, has_target ? *target : segments[0][0].second);
  Axis a = resolve(scale, r.lo, r.hi, true);
  double n = double(points.size()), spacing = n > 1 ? (right - left) / (n - 1) : right - left;
  auto x = [&](std::size_t i) { return n > 1 ? left + spacing * double(i) : (left + right) / 2; };
  auto y = [&](double v) { return bottom - (bottom - top) * (std::clamp(v, a.lo, a.hi) - a.lo) / (a.hi - a.lo); };
  auto o = open_svg("sendhub-chart sendhub-line-chart", w, h, title);
  int decimals = std::clamp(int(-std::floor(std::log10(a.step) + 1e-9)), 0, 3);
  double first = std::ceil(a.lo / a.step - 1e-9), last = a.hi / a.step + 1e-9;
  for (double k = first; k <= last && k < first + 12; ++k) {
    double v = k * a.step;
    if (std::abs(v) > a.step * 1e-6) line(o, "grid", left, y(v), right, y(v), grey, 1);  // zero gets the axis
    text(o, left - 8, y(v), "end", num(v, decimals));
  }
  line(o, "axis", left, y(0), right, y(0), ink, 1);
  // Crowded periods keep every k-th label, counted back from the latest, which matters most.
  // A character of 16-unit text is about 9 units wide.
  std::size_t widest = 0;
  for (const auto& p : points) widest = std::max(widest, std::min(chars(p.label), x_label_chars));
  auto every = std::size_t(std::max(1.0, std::ceil((9 * double(widest) + 12) / spacing)));
  for (std::size_t i = (points.size() - 1) % every; i < points.size(); i += every) {
    auto shown = shorten(points[i].label, x_label_chars);
    put(o, "<g><title>", escape_xml(points[i].label), "</title>");
    text(o, x(i), bottom + 24, "middle", escape_xml(shown));
    o += "</g>";
  }
  for (const auto& run : segments) {
    if (run.size() > 1) polyline(o, run, x, y, 3);
  }
  // Dots on every value, so a value between two gaps still shows and each has a tooltip.
  for (const auto& run : segments) {
    for (auto [i, v] : run) circle(o, "point", x(i), y(v), 4, escape_xml(points[i].label) + ": " + num(v));
  }
  if (has_target) {
    line(o, "target", left, y(*target), right, y(*target), ink, 2, dash);
    o += halo;
    text(o, right, y(*target) - 14, "end", target_label(*target, target_text));
    o += "</g>";
  }
  return o + "</svg>";
}

}  // namespace sendhub::web::charts
