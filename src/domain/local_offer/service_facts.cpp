#include "domain/local_offer/service_facts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "domain/local_offer/search_words.h"

namespace sendhub::local_offer {
namespace {

constexpr Weekday days[] = {{"MO", "Monday"},   {"TU", "Tuesday"}, {"WE", "Wednesday"}, {"TH", "Thursday"},
                            {"FR", "Friday"},   {"SA", "Saturday"}, {"SU", "Sunday"}};

using sv = std::string_view;
constexpr sv wheelchair[] = {"wheelchair", "step free", "level access", "ramp", "lift"};
constexpr sv toilet[] = {"accessible toilet", "disabled toilet", "changing places"};
constexpr sv hearing_loop[] = {"hearing loop", "induction loop"};
constexpr sv quiet[] = {"quiet space", "quiet room", "quiet area", "low sensory", "sensory friendly", "calm room", "sensory room"};
constexpr sv parking[] = {"parking", "blue badge"};
constexpr AccessibilityFeature features[] = {
    {"wheelchair", "Wheelchair access", wheelchair},   {"accessible_toilet", "Accessible toilet", toilet},
    {"hearing_loop", "Hearing loop", hearing_loop},    {"quiet_space", "Quiet or low-sensory space", quiet},
    {"parking", "Accessible parking", parking},
};

std::vector<std::string> byday_codes(std::string_view byday) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= byday.size()) {
    auto comma = byday.find(',', pos);
    std::string_view part = byday.substr(pos, comma == sv::npos ? sv::npos : comma - pos);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.size() >= 2) {
      std::string code(part.substr(part.size() - 2));
      for (char& c : code) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      std::string ordinal(part.substr(0, part.size() - 2));
      out.push_back(ordinal + code);
    }
    if (comma == sv::npos) break;
    pos = comma + 1;
  }
  return out;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string_view ordinal_word(std::string_view n) {
  if (n == "1" || n == "+1") return "first";
  if (n == "2" || n == "+2") return "second";
  if (n == "3" || n == "+3") return "third";
  if (n == "4" || n == "+4") return "fourth";
  if (n == "-1") return "last";
  return "";
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

std::string age(double a) {
  if (a == std::floor(a)) return std::to_string(static_cast<long>(a));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", a);
  return buf;
}

}  // namespace

std::span<const Weekday> weekdays() { return days; }

int day_bit(std::string_view code) {
  for (std::size_t i = 0; i < std::size(days); ++i)
    if (days[i].code == code) return 1 << i;
  return 0;
}

int days_mask(const std::vector<Schedule>& schedules) {
  int mask = 0;
  for (const auto& s : schedules)
    for (const auto& code : byday_codes(s.byday)) mask |= day_bit(std::string_view(code).substr(code.size() - 2));
  return mask;
}

bool is_free(const Service& s) {
  if (!s.cost_options.empty())
    return std::all_of(s.cost_options.begin(), s.cost_options.end(), [](const CostOption& c) {
      if (c.amount) return *c.amount == 0;
      return lower(c.option).starts_with("free") || lower(c.amount_description).starts_with("free");
    });
  return lower(s.fees_description).starts_with("free");
}

std::vector<std::string> language_keys(const Service& s) {
  std::vector<std::string> out;
  for (const auto& l : s.languages) {
    std::string key = lower(l.name.empty() ? l.code : l.name);
    std::replace(key.begin(), key.end(), '|', ' ');
    if (!key.empty() && std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
  }
  return out;
}

std::span<const AccessibilityFeature> accessibility_features() { return features; }

std::vector<std::string> accessibility_keys(const std::vector<Accessibility>& accessibility) {
  std::vector<std::string> out;
  for (const auto& a : accessibility) {
    std::string text;
    for (const auto& w : words_of(a.description + " " + a.details)) text += " " + w;
    text += " ";
    for (const auto& f : features)
      for (sv phrase : f.phrases)
        if (text.find(" " + std::string(phrase) + " ") != std::string::npos &&
            std::find(out.begin(), out.end(), f.key) == out.end())
          out.emplace_back(f.key);
  }
  return out;
}

std::string key_list(const std::vector<std::string>& keys) {
  if (keys.empty()) return "";
  std::string out = "|";
  for (const auto& k : keys) out += k + "|";
  return out;
}

std::string clock_time(std::string_view t) {
  if (t.size() < 5 || t[2] != ':') return std::string(t);
  int h = 0, m = 0;
  for (char c : t.substr(0, 2)) h = c >= '0' && c <= '9' ? h * 10 + (c - '0') : -100;
  for (char c : t.substr(3, 2)) m = c >= '0' && c <= '9' ? m * 10 + (c - '0') : -100;
  if (h < 0 || h > 23 || m < 0 || m > 59) return std::string(t);
  if (h == 12 && m == 0) return "midday";
  if (h == 0 && m == 0) return "midnight";
  const int h12 = h % 12 == 0 ? 12 : h % 12;
  std::string out = std::to_string(h12);
  if (m != 0) out += (m < 10 ? ":0" : ":") + std::to_string(m);
  return out + (h < 12 ? "am" : "pm");
}

std::string opening_times(const Schedule& s) {
  std::vector<std::string> every, monthly;
  for (const auto& code : byday_codes(s.byday)) {
    const std::string_view day = std::string_view(code).substr(code.size() - 2);
    const std::string_view n = std::string_view(code).substr(0, code.size() - 2);
    for (const auto& d : days) {
      if (d.code != day) continue;
      if (n.empty()) every.push_back(std::string(d.name) + "s");
      else if (!ordinal_word(n).empty()) monthly.push_back("the " + std::string(ordinal_word(n)) + " " + std::string(d.name));
    }
  }
  std::string out;
  if (!every.empty()) out = join_names(every);
  if (!monthly.empty()) out += (out.empty() ? "" : "; ") + join_names(monthly) + " of each month";
  if (!out.empty() && out[0] == 't') out[0] = 'T';
  if (!s.opens_at.empty() && !s.closes_at.empty())
    out += (out.empty() ? "" : ", ") + clock_time(s.opens_at) + " to " + clock_time(s.closes_at);
  if (!s.description.empty()) out += (out.empty() ? "" : ". ") + s.description;
  return out;
}

std::string ages_text(const Service& s) {
  const bool has_min = s.minimum_age && *s.minimum_age > 0, has_max = s.maximum_age.has_value();
  if (has_min && has_max) return "For ages " + age(*s.minimum_age) + " to " + age(*s.maximum_age);
  if (has_max) return "For ages up to " + age(*s.maximum_age);
  if (has_min) return "For ages " + age(*s.minimum_age) + " and over";
  return "For all ages";
}

}  // namespace sendhub::local_offer
