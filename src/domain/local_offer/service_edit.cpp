#include "domain/local_offer/service_edit.h"

#include <boost/json.hpp>
#include <cmath>

#include "domain/email/message.h"
#include "domain/local_offer/service_facts.h"
#include "domain/local_offer/uuid.h"

namespace sendhub::local_offer {
namespace {

namespace json = boost::json;
using identity::FieldProblem;

constexpr EditableField fields[] = {
    {"name", "Name", &ServiceEdit::name},
    {"status", "Open or closed", &ServiceEdit::status},
    {"summary", "Summary", &ServiceEdit::summary},
    {"description", "Description", &ServiceEdit::description},
    {"easy_read", "Easy read summary", &ServiceEdit::easy_read},
    {"application_process", "How to get help", &ServiceEdit::application_process},
    {"attending_access", "How people start", &ServiceEdit::attending_access},
    {"wait_time", "Expected wait", &ServiceEdit::wait_time},
    {"eligibility_description", "Who it is for", &ServiceEdit::eligibility_description},
    {"minimum_age", "Youngest age", &ServiceEdit::minimum_age},
    {"maximum_age", "Oldest age", &ServiceEdit::maximum_age},
    {"free", "Free or paid", &ServiceEdit::free},
    {"fees_description", "What it costs", &ServiceEdit::fees_description},
    {"email", "Email address", &ServiceEdit::email},
    {"url", "Website", &ServiceEdit::url},
    {"phone", "Phone number", &ServiceEdit::phone},
};

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

std::string age_text(const std::optional<double>& a) {
  if (!a) return "";
  return std::to_string(static_cast<long>(std::floor(*a)));
}

// A whole number of years from 0 to 99, or nothing.
std::optional<int> parse_age(const std::string& s) {
  if (s.empty() || s.size() > 2) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::span<const EditableField> editable_fields() { return fields; }

ServiceEdit edit_of(const Service& s) {
  ServiceEdit e;
  e.name = s.name;
  e.status = s.status;
  e.summary = s.summary;
  e.description = s.description;
  e.easy_read = s.easy_read;
  e.application_process = s.application_process;
  e.attending_access = s.attending_access;
  e.wait_time = s.wait_time;
  e.eligibility_description = s.eligibility_description;
  e.minimum_age = age_text(s.minimum_age);
  e.maximum_age = age_text(s.maximum_age);
  e.free = s.cost_options.empty() && s.fees_description.empty() ? "" : is_free(s) ? "yes" : "no";
  e.fees_description = s.fees_description;
  e.email = s.email;
  e.url = s.url;
  e.phone = s.phones.empty() ? "" : s.phones.front().number;
  return e;
}

std::vector<FieldProblem> check_edit(ServiceEdit& e) {
  for (const auto& f : fields) e.*f.member = trim(e.*f.member);
  std::vector<FieldProblem> out;
  auto problem = [&](const char* field, std::string message) { out.push_back({field, std::move(message)}); };
  auto longest = [&](const char* field, const std::string& v, std::size_t n, const char* label) {
    if (v.size() > n) problem(field, std::string(label) + " must be " + std::to_string(n) + " characters or fewer");
  };
  if (e.name.empty()) problem("name", "Enter the name of the service");
  longest("name", e.name, 200, "Name");
  if (e.status != "active" && e.status != "temporarily closed" && e.status != "inactive")
    problem("status", "Select whether the service is open");
  if (e.summary.empty()) problem("summary", "Enter a short summary of what the service does");
  longest("summary", e.summary, 300, "Summary");
  if (e.description.empty()) problem("description", "Enter a description of the service");
  longest("description", e.description, 5000, "Description");
  longest("easy_read", e.easy_read, 2000, "Easy read summary");
  if (e.application_process.empty()) problem("application_process", "Enter how families get help from this service");
  longest("application_process", e.application_process, 2000, "How to get help");
  if (!e.attending_access.empty() && e.attending_access != "referral" && e.attending_access != "appointment" &&
      e.attending_access != "drop-in" && e.attending_access != "membership")
    problem("attending_access", "Select how people start using the service");
  longest("wait_time", e.wait_time, 200, "Expected wait");
  longest("eligibility_description", e.eligibility_description, 2000, "Who it is for");
  const auto min = parse_age(e.minimum_age), max = parse_age(e.maximum_age);
  if (!e.minimum_age.empty() && !min) problem("minimum_age", "Youngest age must be a whole number from 0 to 99");
  if (!e.maximum_age.empty() && !max) problem("maximum_age", "Oldest age must be a whole number from 0 to 99");
  if (min && max && *max < *min) problem("maximum_age", "Oldest age must be the same as or more than the youngest age");
  if (e.free != "yes" && e.free != "no") problem("free", "Select whether the service is free");
  if (e.free == "no" && e.fees_description.empty()) problem("fees_description", "Enter what the service costs");
  longest("fees_description", e.fees_description, 1000, "What it costs");
  if (!e.email.empty() && !email::valid_address(e.email))
    problem("email", "Enter an email address in the correct format, like name@example.com");
  if (!e.url.empty() && !e.url.starts_with("https://") && !e.url.starts_with("http://"))
    problem("url", "Enter a website address starting with https://");
  longest("url", e.url, 300, "Website");
  bool phone_ok = e.phone.size() <= 40;
  for (char c : e.phone) phone_ok = phone_ok && ((c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '(' || c == ')' || c == '-');
  if (!phone_ok) problem("phone", "Enter a phone number, like 01904 551550");
  return out;
}

std::vector<FieldChange> changes_between(const ServiceEdit& before, const ServiceEdit& after) {
  std::vector<FieldChange> out;
  for (const auto& f : fields)
    if (before.*f.member != after.*f.member)
      out.push_back({std::string(f.key), std::string(f.label), before.*f.member, after.*f.member});
  return out;
}

void apply_edit(Service& s, const ServiceEdit& e) {
  s.name = e.name;
  s.status = e.status;
  s.summary = e.summary;
  s.description = e.description;
  s.easy_read = e.easy_read;
  s.application_process = e.application_process;
  s.attending_access = e.attending_access;
  s.wait_time = e.wait_time;
  s.eligibility_description = e.eligibility_description;
  auto min = parse_age(e.minimum_age), max = parse_age(e.maximum_age);
  s.minimum_age = min ? std::optional<double>(*min) : std::nullopt;
  s.maximum_age = max ? std::optional<double>(*max) : std::nullopt;
  s.fees_description = e.fees_description;
  const std::string cost_id = s.cost_options.empty() ? uuid_from_name(s.id + "/cost_options/0") : s.cost_options.front().id;
  if (e.free == "yes") s.cost_options = {{cost_id, "Free", "GBP", "", "", "", 0.0}};
  else if (e.free == "no") s.cost_options = {{cost_id, e.fees_description.substr(0, 200), "GBP", e.fees_description, "", "", std::nullopt}};
  s.email = e.email;
  s.url = e.url;
  if (e.phone.empty()) {
    if (!s.phones.empty()) s.phones.erase(s.phones.begin());
  } else if (s.phones.empty()) {
    s.phones.push_back({uuid_from_name(s.id + "/phones/0"), e.phone, "", "voice", ""});
  } else {
    s.phones.front().number = e.phone;
  }
}

std::string edit_to_json(const ServiceEdit& e) {
  json::object o;
  for (const auto& f : fields) o[f.key] = e.*f.member;
  return json::serialize(o);
}

Result<ServiceEdit> edit_from_json(std::string_view text) {
  boost::system::error_code ec;
  auto v = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec || !v.is_object()) return fail(ErrorCode::internal, "a stored change is not a JSON object");
  ServiceEdit e;
  for (const auto& f : fields) {
    auto it = v.as_object().find(f.key);
    if (it != v.as_object().end() && it->value().is_string()) e.*f.member = std::string(it->value().as_string());
  }
  return e;
}

DirectoryRole directory_role(access::Role role) {
  switch (role) {
    case access::Role::local_offer_editor: return DirectoryRole::local_offer_team;
    case access::Role::service_provider: return DirectoryRole::provider;
    default: return DirectoryRole::none;
  }
}

}  // namespace sendhub::local_offer
