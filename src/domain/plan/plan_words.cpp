#include "domain/plan/plan_words.h"

#include <charconv>

#include "domain/calendar/date.h"
#include "domain/plan/vocabulary.h"

namespace sendhub::plan {

std::string describe_number(const Scalar& s) {
  if (const auto* i = std::get_if<std::int64_t>(&s)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&s)) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d);
    return ec == std::errc{} ? std::string(buf, end) : std::string();
  }
  if (const auto* t = std::get_if<std::string>(&s)) return *t;
  if (const auto* b = std::get_if<bool>(&s)) return *b ? "true" : "false";
  return "";
}

std::string describe_frequency(const Frequency& f) {
  const std::string count = describe_number(f.count);
  const bool one = count == "1";
  return count + (one ? " session " : " sessions ") + std::string(label_of(frequency_units(), f.per));
}

std::string describe_frequency(const FrequencyField& f) {
  if (const auto* o = std::get_if<Frequency>(&f)) return describe_frequency(*o);
  if (const auto* s = std::get_if<std::string>(&f)) return *s;
  return "";
}

std::string describe_minutes(const Scalar& minutes) {
  if (const auto* t = std::get_if<std::string>(&minutes)) return *t;
  const std::string n = describe_number(minutes);
  if (n.empty()) return "";
  return n + (n == "1" ? " minute" : " minutes");
}

std::string describe_by(const std::optional<std::string>& by) {
  if (!by) return "";
  if (auto d = calendar::parse_date(*by)) return calendar::format_long_date(*d);
  if (is_phase_end(*by)) return std::string(label_of(phase_ends(), *by));
  return *by;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

}  // namespace sendhub::plan
