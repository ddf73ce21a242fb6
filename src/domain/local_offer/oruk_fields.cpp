#include "domain/local_offer/oruk_fields.h"

#include <cmath>

#include "domain/local_offer/uuid.h"

namespace sendhub::local_offer {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

bool is_date(std::string_view s) {
  return s.size() == 10 && digits(s.substr(0, 4)) && s[4] == '-' && digits(s.substr(5, 2)) && s[7] == '-' &&
         digits(s.substr(8, 2)) && s.substr(5, 2) >= "01" && s.substr(5, 2) <= "12" && s.substr(8, 2) >= "01" &&
         s.substr(8, 2) <= "31";
}

bool is_clock(std::string_view s) {
  if (s.size() != 5 && s.size() != 8) return false;
  if (!digits(s.substr(0, 2)) || s[2] != ':' || !digits(s.substr(3, 2))) return false;
  if (s.substr(0, 2) > "23" || s.substr(3, 2) > "59") return false;
  return s.size() == 5 || (s[5] == ':' && digits(s.substr(6, 2)) && s.substr(6, 2) <= "59");
}

bool is_date_time(std::string_view s) {
  if (s.size() < 19 || !is_date(s.substr(0, 10)) || (s[10] != 'T' && s[10] != ' ') || !is_clock(s.substr(11, 8))) return false;
  std::string_view rest = s.substr(19);
  if (!rest.empty() && rest[0] == '.') {
    rest.remove_prefix(1);
    std::size_t n = 0;
    while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
    if (n == 0) return false;
    rest.remove_prefix(n);
  }
  return rest.empty() || rest == "Z" ||
         (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && is_clock(rest.substr(1)));
}

Phone read_phone(Fields& f, const json::object& o, const std::string& where, const std::string& seed) {
  Fields p(o, where);
  Phone x;
  x.id = p.id_or_made("id", seed);
  x.number = p.text("number", true, short_text);
  if (auto it = o.find("extension"); it != o.end() && it->value().is_number()) {
    x.extension = std::to_string(static_cast<long long>(it->value().to_number<double>()));
  } else {
    x.extension = p.text("extension", false, short_text);
  }
  x.type = p.text("type", false, short_text);
  x.description = p.text("description", false);
  if (!p.ok()) f.bad(p.problem());
  return x;
}

void read_phones(Fields& f, const char* key, std::vector<Phone>& out, const std::string& parent) {
  f.each(key, [&](const json::object& o, const std::string& where, std::size_t i) {
    out.push_back(read_phone(f, o, where, parent + "/phones/" + std::to_string(i)));
  });
}

void read_schedules(Fields& f, std::vector<Schedule>& out, const std::string& parent) {
  static constexpr const char* freqs[] = {"WEEKLY", "MONTHLY"};
  f.each("schedules", [&](const json::object& o, const std::string& where, std::size_t i) {
    Fields p(o, where);
    Schedule s;
    s.id = p.id_or_made("id", parent + "/schedules/" + std::to_string(i));
    s.freq = p.one_of("freq", freqs, false);
    s.wkst = p.text("wkst", false, 2);
    s.byday = p.text("byday", false, 100);
    if (auto it = o.find("bymonthday"); it != o.end() && it->value().is_number())
      s.bymonthday = std::to_string(static_cast<long long>(it->value().to_number<double>()));
    else s.bymonthday = p.text("bymonthday", false, 100);
    s.opens_at = p.clock("opens_at");
    s.closes_at = p.clock("closes_at");
    s.valid_from = p.date("valid_from");
    s.valid_to = p.date("valid_to");
    s.dtstart = p.date("dtstart");
    s.until = p.date("until");
    s.description = p.text("description", false);
    s.attending_type = p.text("attending_type", false, short_text);
    s.notes = p.text("notes", false);
    s.schedule_link = p.text("schedule_link", false, short_text);
    s.interval = p.integer("interval", 1, 1000);
    s.count = p.integer("count", 1, 100000);
    if (!p.ok()) f.bad(p.problem());
    out.push_back(std::move(s));
  });
}

void read_languages(Fields& f, std::vector<Language>& out, const std::string& parent) {
  f.each("languages", [&](const json::object& o, const std::string& where, std::size_t i) {
    Fields p(o, where);
    Language l{p.id_or_made("id", parent + "/languages/" + std::to_string(i)), p.text("name", false, short_text),
               p.text("code", false, 20), p.text("note", false)};
    if (l.name.empty() && l.code.empty()) p.bad(path(where, "name") + " is missing (give a name or a code)");
    if (!p.ok()) f.bad(p.problem());
    out.push_back(std::move(l));
  });
}

void read_contacts(Fields& f, std::vector<Contact>& out, const std::string& parent) {
  f.each("contacts", [&](const json::object& o, const std::string& where, std::size_t i) {
    Fields p(o, where);
    Contact c;
    c.id = p.id_or_made("id", parent + "/contacts/" + std::to_string(i));
    c.name = p.text("name", false, short_text);
    c.title = p.text("title", false, short_text);
    c.department = p.text("department", false, short_text);
    c.email = p.text("email", false, short_text);
    read_phones(p, "phones", c.phones, c.id);
    if (!p.ok()) f.bad(p.problem());
    out.push_back(std::move(c));
  });
}

}  // namespace

std::string path(const std::string& where, std::string_view key) {
  return where.empty() ? std::string(key) : where + "." + std::string(key);
}

const json::value* Fields::member(const char* key) const {
  auto it = o_.find(key);
  if (it == o_.end() || it->value().is_null()) return nullptr;
  return &it->value();
}

std::string Fields::required_id(const char* key) {
  auto id = optional_id(key);
  if (id.empty() && !member(key)) bad_member(key, "is missing");
  return id;
}

std::string Fields::optional_id(const char* key) {
  const auto* v = member(key);
  if (!v) return "";
  if (!v->is_string() || !is_uuid(v->as_string())) {
    bad_member(key, "must be a UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    return "";
  }
  return normalise_uuid(v->as_string());
}

std::string Fields::id_or_made(const char* key, const std::string& seed) {
  if (!member(key)) return uuid_from_name(seed);
  return optional_id(key);
}

std::string Fields::text(const char* key, bool required, std::size_t longest) {
  const auto* v = member(key);
  if (!v) {
    if (required) bad_member(key, "is missing");
    return "";
  }
  if (!v->is_string()) {
    bad_member(key, "must be text");
    return "";
  }
  std::string_view s(v->as_string());
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.size() > longest) {
    bad_member(key, "is longer than " + std::to_string(longest) + " characters");
    return "";
  }
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') {
      bad_member(key, "holds a control character");
      return "";
    }
  if (required && s.empty()) bad_member(key, "is empty");
  return std::string(s);
}

std::string Fields::one_of(const char* key, std::span<const char* const> allowed, bool required) {
  std::string v = text(key, required, short_text);
  if (v.empty()) return v;
  std::string list;
  for (const char* a : allowed) {
    if (v == a) return v;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  bad_member(key, "is \"" + v.substr(0, 40) + "\", which is not one of " + list);
  return "";
}

std::optional<double> Fields::number(const char* key, double lowest, double highest) {
  const auto* v = member(key);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    bad_member(key, "must be a number");
    return std::nullopt;
  }
  const double d = v->to_number<double>();
  if (!std::isfinite(d) || d < lowest || d > highest) {
    bad_member(key, "must be between " + std::to_string(static_cast<long>(lowest)) + " and " +
                        std::to_string(static_cast<long>(highest)));
    return std::nullopt;
  }
  return d;
}

std::optional<int> Fields::integer(const char* key, int lowest, int highest) {
  auto d = number(key, lowest, highest);
  if (!d) return std::nullopt;
  if (*d != std::floor(*d)) {
    bad_member(key, "must be a whole number");
    return std::nullopt;
  }
  return static_cast<int>(*d);
}

std::string Fields::date(const char* key) {
  std::string v = text(key, false, 10 + 30);
  if (v.size() > 10 && is_date_time(v)) v = v.substr(0, 10);  // a date-time where a date was meant
  if (!v.empty() && !is_date(v)) {
    bad_member(key, "must be a date written YYYY-MM-DD");
    return "";
  }
  return v;
}

std::string Fields::date_time(const char* key) {
  std::string v = text(key, false, 40);
  if (v.size() == 10 && is_date(v)) return v + "T00:00:00Z";
  if (!v.empty() && !is_date_time(v)) {
    bad_member(key, "must be a date and time written like 2025-03-01T09:30:00Z");
    return "";
  }
  return v;
}

std::string Fields::clock(const char* key) {
  std::string v = text(key, false, 20);
  if (!v.empty() && !is_clock(v)) {
    bad_member(key, "must be a time written HH:MM, like 09:30");
    return "";
  }
  return v.substr(0, 5);
}

const json::object* Fields::object(const char* key) {
  const auto* v = member(key);
  if (!v) return nullptr;
  if (!v->is_object()) {
    bad_member(key, "must be an object");
    return nullptr;
  }
  return &v->as_object();
}

void Fields::each(const char* key, const std::function<void(const json::object&, const std::string&, std::size_t)>& fn) {
  const auto* v = member(key);
  if (!v) return;
  if (!v->is_array()) return bad_member(key, "must be an array");
  const auto& items = v->as_array();
  if (items.size() > most_items) return bad_member(key, "has more than " + std::to_string(most_items) + " items");
  for (std::size_t i = 0; i < items.size() && ok(); ++i) {
    const std::string at = path(where_, key) + "[" + std::to_string(i) + "]";
    if (!items[i].is_object()) return bad(at + " must be an object");
    fn(items[i].as_object(), at, i);
  }
}

void read_service_children(Fields& f, Service& s) {
  read_phones(f, "phones", s.phones, s.id);
  read_schedules(f, s.schedules, s.id);
  read_contacts(f, s.contacts, s.id);
  read_languages(f, s.languages, s.id);
  f.each("cost_options", [&](const json::object& o, const std::string& where, std::size_t i) {
    Fields p(o, where);
    CostOption c;
    c.id = p.id_or_made("id", s.id + "/cost_options/" + std::to_string(i));
    c.option = p.text("option", false, short_text);
    c.currency = p.text("currency", false, 3);
    c.amount = p.number("amount", 0, 1e9);
    c.amount_description = p.text("amount_description", false);
    c.valid_from = p.date("valid_from");
    c.valid_to = p.date("valid_to");
    if (!p.ok()) f.bad(p.problem());
    s.cost_options.push_back(std::move(c));
  });
  f.each("service_areas", [&](const json::object& o, const std::string& where, std::size_t i) {
    static constexpr const char* extent_types[] = {"geojson", "topojson", "kml", "text"};
    Fields p(o, where);
    ServiceArea a{p.id_or_made("id", s.id + "/service_areas/" + std::to_string(i)), p.text("name", false, short_text),
                  p.text("description", false), p.text("extent", false), p.one_of("extent_type", extent_types, false),
                  p.text("uri", false, short_text)};
    if (!p.ok()) f.bad(p.problem());
    s.service_areas.push_back(std::move(a));
  });
  f.each("required_documents", [&](const json::object& o, const std::string& where, std::size_t i) {
    Fields p(o, where);
    RequiredDocument d{p.id_or_made("id", s.id + "/required_documents/" + std::to_string(i)),
                       p.text("document", false, short_text), p.text("uri", false, short_text)};
    if (!p.ok()) f.bad(p.problem());
    s.required_documents.push_back(std::move(d));
  });
  f.each("funding", [&](const json::object& o, const std::string& where, std::size_t) {
    Fields p(o, where);
    auto source = p.text("source", false, short_text);
    if (!p.ok()) f.bad(p.problem());
    if (!source.empty()) s.funding.push_back(std::move(source));
  });
}

void read_location_children(Fields& f, Location& l) {
  f.each("addresses", [&](const json::object& o, const std::string& where, std::size_t i) {
    Fields p(o, where);
    Address a;
    a.id = p.id_or_made("id", l.id + "/addresses/" + std::to_string(i));
    a.attention = p.text("attention", false, short_text);
    a.address_1 = p.text("address_1", true, short_text);
    a.address_2 = p.text("address_2", false, short_text);
    a.city = p.text("city", true, short_text);
    a.region = p.text("region", false, short_text);
    a.state_province = p.text("state_province", false, short_text);
    a.postal_code = p.text("postal_code", true, 20);
    a.country = p.text("country", true, 60);
    a.address_type = p.one_of("address_type", location_types, false);
    if (a.address_type.empty()) a.address_type = "physical";
    if (!p.ok()) f.bad(p.problem());
    l.addresses.push_back(std::move(a));
  });
  f.each("accessibility", [&](const json::object& o, const std::string& where, std::size_t i) {
    Fields p(o, where);
    Accessibility a{p.id_or_made("id", l.id + "/accessibility/" + std::to_string(i)), p.text("description", false),
                    p.text("details", false), p.text("url", false, short_text)};
    if (!p.ok()) f.bad(p.problem());
    l.accessibility.push_back(std::move(a));
  });
  read_phones(f, "phones", l.phones, l.id);
  read_schedules(f, l.schedules, l.id);
  read_languages(f, l.languages, l.id);
}

void read_service_at_location_children(Fields& f, ServiceAtLocation& s) {
  read_schedules(f, s.schedules, s.id);
  read_phones(f, "phones", s.phones, s.id);
  read_contacts(f, s.contacts, s.id);
}

}  // namespace sendhub::local_offer
