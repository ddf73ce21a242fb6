#include "domain/statutory/timeline_json.h"

#include <boost/json.hpp>

namespace sendhub::statutory {
namespace {

namespace json = boost::json;

std::unexpected<Error> bad(const std::string& where, const std::string& what) {
  return std::unexpected(Error{ErrorCode::invalid_input, where + ": " + what, where});
}

Result<std::string_view> text_member(const json::object& o, const char* key, const std::string& where, bool required = true) {
  auto it = o.find(key);
  if (it == o.end()) {
    if (required) return bad(where + "." + key, "is missing");
    return std::string_view{};
  }
  if (!it->value().is_string()) return bad(where + "." + key, "must be a string");
  return std::string_view(it->value().as_string());
}

Result<Date> date_member(const json::object& o, const char* key, const std::string& where) {
  auto text = text_member(o, key, where);
  if (!text) return std::unexpected(text.error());
  auto d = calendar::parse_date(*text);
  if (!d) return bad(where + "." + key, d.error().message + " (use YYYY-MM-DD)");
  return d;
}

template <class T>
Result<T> choice(const json::object& o, const char* key, const std::string& where, std::optional<T> (*parse)(std::string_view),
                 const char* allowed) {
  auto text = text_member(o, key, where);
  if (!text) return std::unexpected(text.error());
  auto v = parse(*text);
  if (!v) return bad(where + "." + key, "\"" + std::string(*text) + "\" is not one of " + allowed);
  return *v;
}

Result<Event> parse_event(const json::value& v, const std::string& where) {
  if (!v.is_object()) return bad(where, "must be an object with a type and a date");
  const auto& o = v.as_object();
  auto type_text = text_member(o, "type", where);
  if (!type_text) return std::unexpected(type_text.error());
  auto type = event_type_from_string(*type_text);
  if (!type) return bad(where + ".type", "\"" + std::string(*type_text) + "\" is not an event SENDhub knows");
  auto date = date_member(o, "date", where);
  if (!date) return std::unexpected(date.error());
  Event e{*type, *date};
  switch (*type) {
    case EventType::decision_to_assess: {
      auto out = choice<Outcome>(o, "outcome", where, outcome_from_string, "assess, not_assess");
      if (!out) return std::unexpected(out.error());
      if (*out != Outcome::assess && *out != Outcome::not_assess)
        return bad(where + ".outcome", "must be assess or not_assess");
      e.outcome = *out;
      break;
    }
    case EventType::review_decision: {
      auto out = choice<Outcome>(o, "outcome", where, outcome_from_string, "maintain, amend, cease");
      if (!out) return std::unexpected(out.error());
      if (*out != Outcome::maintain && *out != Outcome::amend && *out != Outcome::cease)
        return bad(where + ".outcome", "must be maintain, amend or cease");
      e.outcome = *out;
      break;
    }
    case EventType::advice_requested:
    case EventType::advice_received: {
      auto a = choice<Adviser>(o, "adviser", where, adviser_from_string,
                               "parent, education, health, psychology, social_care, preparing_for_adulthood, other");
      if (!a) return std::unexpected(a.error());
      e.adviser = *a;
      break;
    }
    case EventType::order_made: {
      auto order = choice<Order>(o, "order", where, order_from_string, "assess, make_plan, amend, name_school, continue, cease");
      if (!order) return std::unexpected(order.error());
      e.order = *order;
      break;
    }
    case EventType::transfer_planned: {
      const char* phases = "early_years, school, infant, junior, primary, middle, secondary, post16";
      auto from = choice<Phase>(o, "from_phase", where, phase_from_string, phases);
      if (!from) return std::unexpected(from.error());
      auto to = choice<Phase>(o, "to_phase", where, phase_from_string, phases);
      if (!to) return std::unexpected(to.error());
      e.from_phase = *from;
      e.to_phase = *to;
      break;
    }
    default: break;
  }
  return e;
}

Result<ExceptionPeriod> parse_exception(const json::value& v, const std::string& where) {
  if (!v.is_object()) return bad(where, "must be an object");
  const auto& o = v.as_object();
  auto type = choice<ExceptionType>(o, "type", where, exception_type_from_string,
                                    "institution_closure, absence_from_area, exceptional_personal_circumstances");
  if (!type) return std::unexpected(type.error());
  bool closure = *type == ExceptionType::institution_closure;
  auto from = date_member(o, closure ? "closes" : "from", where);
  if (!from) return std::unexpected(from.error());
  auto to = date_member(o, closure ? "reopens" : "to", where);
  if (!to) return std::unexpected(to.error());
  if (closure ? *to <= *from : *to < *from)
    return bad(where, closure ? "reopens must be after closes" : "to must not be before from");
  return ExceptionPeriod{*type, *from, *to};
}

}  // namespace

Result<TimelineRequest> parse_timeline_request(std::string_view text) {
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 16;
  json::value root = json::parse(text, ec, {}, options);
  if (ec) return fail(ErrorCode::invalid_input, "the input is not valid JSON (" + ec.message() + ")");
  if (!root.is_object()) return fail(ErrorCode::invalid_input, "the input must be a JSON object");
  const auto& o = root.as_object();
  auto process = choice<Process>(o, "process", "input", process_from_string,
                                 "ehc_needs_assessment, annual_review, phase_transfer, reassessment, la_transfer, "
                                 "disagreement, tribunal_order");
  if (!process) return std::unexpected(process.error());
  TimelineRequest request{CaseHistory{*process, {}, {}}, std::nullopt};
  auto events = o.find("events");
  if (events == o.end() || !events->value().is_array()) return bad("input.events", "must be a list of events");
  std::size_t i = 0;
  for (const auto& v : events->value().as_array()) {
    auto e = parse_event(v, "events[" + std::to_string(i++) + "]");
    if (!e) return std::unexpected(e.error());
    request.history.events.push_back(*e);
  }
  if (auto ex = o.find("exceptions"); ex != o.end()) {
    if (!ex->value().is_array()) return bad("input.exceptions", "must be a list");
    if (*process != Process::ehc_needs_assessment && !ex->value().as_array().empty())
      return bad("input.exceptions", "apply only to an ehc_needs_assessment");
    i = 0;
    for (const auto& v : ex->value().as_array()) {
      auto x = parse_exception(v, "exceptions[" + std::to_string(i++) + "]");
      if (!x) return std::unexpected(x.error());
      request.history.exceptions.push_back(*x);
    }
  }
  if (o.contains("today")) {
    auto today = date_member(o, "today", "input");
    if (!today) return std::unexpected(today.error());
    request.today = *today;
  }
  return request;
}

std::string timeline_to_json(const Timeline& t, Date today) {
  json::object out;
  out["process"] = to_string(t.process);
  out["today"] = calendar::format_date(today);
  json::array milestones;
  for (const auto& m : t.milestones) {
    json::object j;
    j["key"] = m.key;
    j["due"] = calendar::format_date(m.due);
    j["done"] = m.done ? json::value(calendar::format_date(*m.done)) : json::value(nullptr);
    j["status"] = to_string(m.status);
    j["rule"] = m.rule->regulation;
    j["explanation"] = m.rule->explanation;
    milestones.push_back(std::move(j));
  }
  out["milestones"] = std::move(milestones);
  if (t.process == Process::ehc_needs_assessment) {
    out["within_20_weeks"] = t.within_20_weeks ? json::value(*t.within_20_weeks) : json::value(nullptr);
    out["exception_applies"] = t.exception_applies;
  }
  return json::serialize(out);
}

}  // namespace sendhub::statutory
