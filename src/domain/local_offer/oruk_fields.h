// Reading one HSDS record's members, keeping the first problem found (a record with a problem
// is rejected whole, so one reason is enough). Shared by the import reader and by the reading
// of what SENDhub stores beside each row. Internal to domain/local_offer.
#pragma once

#include <boost/json.hpp>
#include <functional>
#include <optional>
#include <span>
#include <string>

#include "domain/error.h"
#include "domain/local_offer/hsds.h"

namespace sendhub::local_offer {

namespace json = boost::json;

inline constexpr std::size_t short_text = 500;
inline constexpr std::size_t long_text = 20'000;
inline constexpr std::size_t most_items = 500;  // in any one array of a record

// "a.b" from "a" and "b"; just "b" at the top of a record.
std::string path(const std::string& where, std::string_view key);

class Fields {
 public:
  Fields(const json::object& o, std::string where) : o_(o), where_(std::move(where)) {}

  std::string id() { return required_id("id"); }
  std::string required_id(const char* key);
  std::string optional_id(const char* key);
  // The id given, or a name-based one made from seed when the member is missing.
  std::string id_or_made(const char* key, const std::string& seed);
  std::string text(const char* key, bool required, std::size_t longest = long_text);
  std::string one_of(const char* key, std::span<const char* const> allowed, bool required);
  std::optional<double> number(const char* key, double lowest, double highest);
  std::optional<int> integer(const char* key, int lowest, int highest);
  std::string date(const char* key);       // YYYY-MM-DD
  std::string date_time(const char* key);  // YYYY-MM-DDTHH:MM:SS with an optional fraction and zone
  std::string clock(const char* key);      // HH:MM or HH:MM:SS
  const json::object* object(const char* key);
  // Calls fn for each object of the array at key; the array may be missing or null.
  void each(const char* key, const std::function<void(const json::object&, const std::string&, std::size_t)>& fn);

  void bad(const std::string& problem) {
    if (problem_.empty()) problem_ = problem;
  }
  void bad_from(const Error& e) { bad(e.message); }
  bool ok() const { return problem_.empty(); }
  const std::string& problem() const { return problem_; }
  const std::string& where() const { return where_; }

  template <class T>
  Result<T> result(T value) const {
    if (!ok()) return fail(ErrorCode::invalid_input, problem_);
    return value;
  }

 private:
  const json::value* member(const char* key) const;
  void bad_member(const char* key, const std::string& what) { bad(path(where_, key) + " " + what); }

  const json::object& o_;
  std::string where_;
  std::string problem_;
};

void read_service_children(Fields& f, Service& s);
void read_location_children(Fields& f, Location& l);
void read_service_at_location_children(Fields& f, ServiceAtLocation& s);

}  // namespace sendhub::local_offer
