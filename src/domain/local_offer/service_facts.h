// Facts worked out from a service's HSDS record, for filters and for pages: the days it is
// open, whether it is free, its languages, the accessibility of its places, its opening times
// and ages in plain English.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/local_offer/hsds.h"

namespace sendhub::local_offer {

// Monday is bit 0 … Sunday bit 6.
struct Weekday {
  std::string_view code, name;  // "MO", "Monday"
};
std::span<const Weekday> weekdays();
int day_bit(std::string_view code);  // 0 for an unknown code
// Days named in byday ("MO,TH", "2MO", "-1FR"); 0 when there are none.
int days_mask(const std::vector<Schedule>& schedules);

bool is_free(const Service& service);

// Lower-case language names ("polish"), for the language filter.
std::vector<std::string> language_keys(const Service& service);

struct AccessibilityFeature {
  std::string_view key, label;
  std::span<const std::string_view> phrases;  // any of these in a description means the feature
};
std::span<const AccessibilityFeature> accessibility_features();
std::vector<std::string> accessibility_keys(const std::vector<Accessibility>& accessibility);

// "|a|b|" so a filter can ask for "|a|" with LIKE on both engines; "" for none.
std::string key_list(const std::vector<std::string>& keys);

// "9am", "1:30pm", "midday"; the text itself when it is not HH:MM.
std::string clock_time(std::string_view hh_mm);
// "Mondays and Thursdays, 9am to 5pm", "The second Monday of each month, 10am to midday".
std::string opening_times(const Schedule& schedule);
// "For ages 5 to 18", "For ages up to 25", "For all ages".
std::string ages_text(const Service& service);

}  // namespace sendhub::local_offer
