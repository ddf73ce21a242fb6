#include "domain/calendar/school_terms.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

namespace sendhub::calendar {

bool SchoolCalendar::is_closed(Date date) const {
  return std::any_of(closures.begin(), closures.end(),
                     [&](const Closure& c) { return date >= c.first_day && date <= c.last_day; });
}

std::vector<Closure> SchoolCalendar::closures_of_at_least(int days) const {
  std::vector<Closure> out;
  std::copy_if(closures.begin(), closures.end(), std::back_inserter(out),
               [&](const Closure& c) { return c.length_in_days() >= days; });
  return out;
}

namespace {

Result<Date> date_member(const boost::json::object& o, const char* key, const std::string& where) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_string())
    return fail(ErrorCode::invalid_input, where + ": \"" + key + "\" is missing");
  auto d = parse_date(std::string_view(it->value().as_string()));
  if (!d) return fail(ErrorCode::invalid_input, where + ": " + key + " " + d.error().message);
  return d;
}

}  // namespace

Result<std::map<std::string, SchoolCalendar>> parse_school_calendars(std::string_view json) {
  boost::system::error_code ec;
  auto root = boost::json::parse(json, ec);
  if (ec || !root.is_object()) return fail(ErrorCode::invalid_input, "school calendars must be a JSON object keyed by LA code");
  std::map<std::string, SchoolCalendar> out;
  for (const auto& [key, value] : root.as_object()) {
    std::string code(key);
    if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return fail(ErrorCode::invalid_input, "\"" + code + "\" is not a three-digit LA code");
    if (!value.is_object()) return fail(ErrorCode::invalid_input, "LA " + code + ": expected an object");
    const auto& la = value.as_object();
    SchoolCalendar cal{code, {}, {}};
    if (auto n = la.find("name"); n != la.end() && n->value().is_string()) cal.name = std::string(n->value().as_string());
    auto list = la.find("closures");
    if (list == la.end() || !list->value().is_array())
      return fail(ErrorCode::invalid_input, "LA " + code + ": \"closures\" must be a list");
    int index = 0;
    for (const auto& item : list->value().as_array()) {
      std::string where = "LA " + code + " closure " + std::to_string(index++);
      if (!item.is_object()) return fail(ErrorCode::invalid_input, where + ": expected an object");
      const auto& o = item.as_object();
      auto first = date_member(o, "first_day", where);
      if (!first) return std::unexpected(first.error());
      auto last = date_member(o, "last_day", where);
      if (!last) return std::unexpected(last.error());
      if (*last < *first) return fail(ErrorCode::invalid_input, where + ": last_day is before first_day");
      std::string name;
      if (auto n = o.find("name"); n != o.end() && n->value().is_string()) name = std::string(n->value().as_string());
      cal.closures.push_back(Closure{name, *first, *last});
    }
    std::sort(cal.closures.begin(), cal.closures.end(),
              [](const Closure& a, const Closure& b) { return a.first_day < b.first_day; });
    for (std::size_t i = 1; i < cal.closures.size(); ++i)
      if (cal.closures[i].first_day <= cal.closures[i - 1].last_day)
        return fail(ErrorCode::invalid_input, "LA " + code + ": closures " + cal.closures[i - 1].name + " and " +
                                                  cal.closures[i].name + " overlap");
    out.emplace(code, std::move(cal));
  }
  return out;
}

}  // namespace sendhub::calendar
