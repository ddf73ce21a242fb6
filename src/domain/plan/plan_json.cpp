#include "domain/plan/plan_json.h"

#include <boost/json.hpp>
#include <charconv>

#include "domain/plan/plan_validity.h"

namespace sendhub::plan {
namespace {

namespace json = boost::json;

// Reads members leniently (a wrong type reads as absent, §6 last paragraph) and notes the shape
// problems §6 does reject.
struct Reader {
  std::vector<std::string> problems;

  void problem(const std::string& where, const std::string& what) { problems.push_back(where + " " + what); }

  static const json::value* member(const json::object& o, std::string_view key) {
    auto it = o.find(key);
    return it == o.end() ? nullptr : &it->value();
  }
  static std::string text(const json::object& o, std::string_view key) {
    const auto* v = member(o, key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  }
  static std::optional<std::string> nullable(const json::object& o, std::string_view key) {
    const auto* v = member(o, key);
    if (v && v->is_string()) return std::string(v->as_string());
    return std::nullopt;
  }
  static bool flag(const json::object& o, std::string_view key) {
    const auto* v = member(o, key);
    return v && v->is_bool() && v->as_bool();
  }
  // A boolean the format requires to be one (pfa, funding_only, direct_payment).
  bool strict_flag(const json::object& o, std::string_view key, const std::string& where) {
    const auto* v = member(o, key);
    if (v && !v->is_bool()) problem(where, "\"" + std::string(key) + "\" must be true or false");
    return flag(o, key);
  }
  // A date member that may be null: anything else but a string is a problem.
  std::optional<std::string> nullable_date(const json::object& o, std::string_view key, const std::string& where) {
    const auto* v = member(o, key);
    if (v && !v->is_null() && !v->is_string()) problem(where, "\"" + std::string(key) + "\" must be a date (YYYY-MM-DD) or null");
    return nullable(o, key);
  }
  static Scalar scalar(const json::value* v) {
    if (!v) return std::monostate{};
    if (v->is_bool()) return v->as_bool();
    if (v->is_int64()) return v->as_int64();
    if (v->is_uint64()) return static_cast<double>(v->as_uint64());
    if (v->is_double()) return v->as_double();
    if (v->is_string()) return std::string(v->as_string());
    return std::monostate{};
  }
  std::vector<std::string> ids(const json::object& o, std::string_view key, const std::string& where) {
    std::vector<std::string> out;
    const auto* v = member(o, key);
    if (!v || !v->is_array()) return out;
    for (const auto& e : v->as_array()) {
      if (e.is_string()) out.emplace_back(e.as_string());
      else problem(where, "\"" + std::string(key) + "\" holds something that is not an id");
    }
    return out;
  }
  // The objects of an array member; a non-array reads as empty, a non-object element is a problem.
  std::vector<const json::object*> objects(const json::object& o, std::string_view key, const std::string& where) {
    std::vector<const json::object*> out;
    const auto* v = member(o, key);
    if (!v || !v->is_array()) return out;
    std::size_t i = 0;
    for (const auto& e : v->as_array()) {
      if (e.is_object()) out.push_back(&e.as_object());
      else problem(where + "[" + std::to_string(i) + "]", "must be an object");
      ++i;
    }
    return out;
  }

  Frequency frequency_object(const json::object& f) { return {scalar(member(f, "count")), text(f, "per")}; }

  FrequencyField frequency(const json::object& o) {
    const auto* v = member(o, "frequency");
    if (v && v->is_object()) return frequency_object(v->as_object());
    if (v && v->is_string()) return std::string(v->as_string());
    return std::monostate{};
  }

  std::optional<Quantity> quantity(const json::object& o, const std::string& where) {
    const auto* v = member(o, "quantity");
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_object()) {
      problem(where, "\"quantity\" must be null or an object with a frequency");
      return std::nullopt;
    }
    const auto& q = v->as_object();
    Quantity out{{}, scalar(member(q, "session_minutes")), nullable(q, "group")};
    const auto* f = member(q, "frequency");
    if (f && f->is_object()) out.frequency = frequency_object(f->as_object());
    else problem(where, "\"quantity\" must have a frequency object ({\"count\": N, \"per\": UNIT})");
    return out;
  }

  void read(const json::object& top, Plan& p);
};

void Reader::read(const json::object& top, Plan& p) {
  for (const char* required : {"format", "plan_id", "status", "plan_date", "last_review_date", "next_review_due", "child",
                               "needs", "no_needs_statements", "outcomes", "provision", "advice"})
    if (!member(top, required)) problem("The plan", std::string("has no \"") + required + "\" member");
  if (const auto* f = member(top, "format"); f && !(f->is_string() && f->as_string() == "sendhub-plan/1"))
    problem("\"format\"", "must be \"sendhub-plan/1\"");
  p.plan_id = text(top, "plan_id");
  if (member(top, "plan_id") && p.plan_id.empty()) problem("\"plan_id\"", "must be a string that is not empty");
  if (const auto* v = member(top, "version"); v && v->is_int64() && v->as_int64() >= 1) p.version = v->as_int64();
  if (const auto* la = member(top, "local_authority"); la && la->is_object())
    p.local_authority = LocalAuthorityRef{text(la->as_object(), "code"), text(la->as_object(), "name")};
  p.status = text(top, "status");
  if (member(top, "status") && p.status != "draft" && p.status != "final") problem("\"status\"", "must be \"draft\" or \"final\"");
  p.plan_date = text(top, "plan_date");
  if (const auto* d = member(top, "plan_date"); d && (!d->is_string() || p.plan_date.empty()))
    problem("\"plan_date\"", "must be a date (YYYY-MM-DD)");
  p.last_review_date = nullable_date(top, "last_review_date", "The plan");
  p.next_review_due = nullable_date(top, "next_review_due", "The plan");
  if (const auto* c = member(top, "child"); c && c->is_object()) {
    const auto& o = c->as_object();
    p.child = {text(o, "name"), text(o, "date_of_birth"), text(o, "year_group"), text(o, "setting")};
  } else if (c) {
    problem("\"child\"", "must be an object with name, date_of_birth, year_group and setting");
  }
  if (const auto* a = member(top, "section_a"); a && !a->is_null()) {
    if (!a->is_object()) {
      problem("\"section_a\"", "must be null or an object with \"updated\" and \"items\"");
    } else {
      SectionA s{text(a->as_object(), "updated"), {}};
      std::size_t i = 0;
      for (const auto* item : objects(a->as_object(), "items", "section_a.items")) {
        const std::string where = "section_a.items[" + std::to_string(i++) + "]";
        const auto* voice = member(*item, "voice");
        if (voice && !voice->is_null() && !voice->is_string()) problem(where, "\"voice\" must be a voice or null");
        s.items.push_back({text(*item, "id"), text(*item, "kind"), nullable(*item, "voice"), flag(*item, "direct_quote"),
                           text(*item, "text")});
      }
      p.section_a = std::move(s);
    }
  }
  for (const auto* n : objects(top, "needs", "needs"))
    p.needs.push_back({text(*n, "id"), text(*n, "section"), text(*n, "area"), text(*n, "text")});
  if (const auto* s = member(top, "no_needs_statements")) {
    if (!s->is_object()) {
      problem("\"no_needs_statements\"", "must be an object with C, D, G, H1 and H2");
    } else {
      const auto& o = s->as_object();
      for (const auto& m : o)
        if (!section_from_string(m.key()) || !no_needs_statement(p.no_needs, *section_from_string(m.key())))
          problem("\"no_needs_statements\"", "has \"" + std::string(m.key()) + "\", which is not C, D, G, H1 or H2");
      for (auto sec : {Section::c, Section::d, Section::g, Section::h1, Section::h2}) {
        const std::string key(to_string(sec));
        const auto* v = member(o, key);
        if (!v) problem("\"no_needs_statements\"", "has no \"" + key + "\" member (use null when the section has items)");
        else if (!v->is_null() && !v->is_string()) problem("\"no_needs_statements\"", "\"" + key + "\" must be text or null");
        *no_needs_statement(p.no_needs, sec) = nullable(o, key);
      }
    }
  }
  std::size_t i = 0;
  for (const auto* o : objects(top, "outcomes", "outcomes")) {
    const std::string where = "outcomes[" + std::to_string(i++) + "]";
    Outcome out{text(*o, "id"), text(*o, "text"), nullable(*o, "by"), text(*o, "york_outcome"), std::nullopt, {}, {}};
    const auto* pfa = member(*o, "pfa_area");
    if (pfa && !pfa->is_null() && !pfa->is_string()) problem(where, "\"pfa_area\" must be a preparing-for-adulthood area or null");
    out.pfa_area = nullable(*o, "pfa_area");
    out.need_ids = ids(*o, "need_ids", where);
    out.voice_ids = ids(*o, "voice_ids", where);
    p.outcomes.push_back(std::move(out));
  }
  i = 0;
  for (const auto* o : objects(top, "provision", "provision")) {
    const std::string where = "provision[" + std::to_string(i++) + "]";
    Provision item{text(*o, "id"), text(*o, "section"), text(*o, "text"), nullable(*o, "what"), nullable(*o, "who"),
                   text(*o, "delivery"), frequency(*o), scalar(member(*o, "session_minutes")), nullable(*o, "group")};
    item.need_ids = ids(*o, "need_ids", where);
    item.outcome_ids = ids(*o, "outcome_ids", where);
    item.pfa = strict_flag(*o, "pfa", where);
    item.funding_only = strict_flag(*o, "funding_only", where);
    item.direct_payment = strict_flag(*o, "direct_payment", where);
    p.provision.push_back(std::move(item));
  }
  if (const auto* v = member(top, "placement")) {
    p.placement.included = true;
    if (v->is_object()) {
      const auto& o = v->as_object();
      p.placement.content = Placement{nullable(o, "name"), nullable(o, "urn"), nullable(o, "ukprn"), text(o, "type")};
    } else if (!v->is_null()) {
      problem("\"placement\"", "must be null or an object with a type");
    }
  }
  if (const auto* v = member(top, "personal_budget"); v && (v->is_null() || v->is_object())) {
    p.personal_budget.included = true;
    if (v->is_object()) {
      const auto& o = v->as_object();
      p.personal_budget.content = PersonalBudget{flag(o, "direct_payment"), ids(o, "provision_ids", "personal_budget"),
                                                 scalar(member(o, "amount_per_year")), nullable(o, "details")};
    }
  }
  i = 0;
  for (const auto* o : objects(top, "advice", "advice")) {
    const std::string where = "advice[" + std::to_string(i++) + "]";
    Advice a{text(*o, "id"), text(*o, "from_role"), nullable(*o, "author"), nullable_date(*o, "date", where),
             nullable(*o, "document_ref"), flag(*o, "reuse_agreed"), nullable(*o, "summary"), {}};
    std::size_t j = 0;
    for (const auto* r : objects(*o, "recommendations", where + ".recommendations")) {
      const std::string rwhere = where + ".recommendations[" + std::to_string(j++) + "]";
      Recommendation rec{text(*r, "id"), text(*r, "text"), quantity(*r, rwhere), ids(*r, "mapped_to", rwhere),
                         nullable(*r, "not_included_reason")};
      a.recommendations.push_back(std::move(rec));
    }
    p.advice.push_back(std::move(a));
  }
}

// --- writing ---

json::value nullable_value(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); }

json::value scalar_value(const Scalar& s) {
  return std::visit([](const auto& v) -> json::value {
    using T = std::decay_t<decltype(v)>;
    if constexpr (std::is_same_v<T, std::monostate>) return nullptr;
    else return json::value(v);
  }, s);
}

json::array id_array(const std::vector<std::string>& ids) {
  json::array a;
  for (const auto& id : ids) a.emplace_back(id);
  return a;
}

json::object frequency_value(const Frequency& f) { return {{"count", scalar_value(f.count)}, {"per", f.per}}; }

json::value frequency_field(const FrequencyField& f) {
  if (const auto* o = std::get_if<Frequency>(&f)) return frequency_value(*o);
  if (const auto* s = std::get_if<std::string>(&f)) return json::value(*s);
  return nullptr;
}

json::object to_json(const Plan& p) {
  json::object top;
  top["format"] = "sendhub-plan/1";
  top["plan_id"] = p.plan_id;
  top["version"] = p.version;
  if (p.local_authority) top["local_authority"] = json::object{{"code", p.local_authority->code}, {"name", p.local_authority->name}};
  top["status"] = p.status;
  top["plan_date"] = p.plan_date;
  top["last_review_date"] = nullable_value(p.last_review_date);
  top["next_review_due"] = nullable_value(p.next_review_due);
  top["child"] = json::object{{"name", p.child.name}, {"date_of_birth", p.child.date_of_birth},
                              {"year_group", p.child.year_group}, {"setting", p.child.setting}};
  if (p.section_a) {
    json::array items;
    for (const auto& a : p.section_a->items)
      items.push_back(json::object{{"id", a.id}, {"kind", a.kind}, {"voice", nullable_value(a.voice)},
                                   {"direct_quote", a.direct_quote}, {"text", a.text}});
    top["section_a"] = json::object{{"updated", p.section_a->updated}, {"items", std::move(items)}};
  }
  json::array needs;
  for (const auto& n : p.needs) needs.push_back(json::object{{"id", n.id}, {"section", n.section}, {"area", n.area}, {"text", n.text}});
  top["needs"] = std::move(needs);
  json::object statements;
  for (auto s : {Section::c, Section::d, Section::g, Section::h1, Section::h2})
    statements[to_string(s)] = nullable_value(*no_needs_statement(p.no_needs, s));
  top["no_needs_statements"] = std::move(statements);
  json::array outcomes;
  for (const auto& o : p.outcomes)
    outcomes.push_back(json::object{{"id", o.id}, {"text", o.text}, {"by", nullable_value(o.by)}, {"york_outcome", o.york_outcome},
                                    {"pfa_area", nullable_value(o.pfa_area)}, {"need_ids", id_array(o.need_ids)},
                                    {"voice_ids", id_array(o.voice_ids)}});
  top["outcomes"] = std::move(outcomes);
  json::array provision;
  for (const auto& f : p.provision)
    provision.push_back(json::object{
        {"id", f.id}, {"section", f.section}, {"text", f.text}, {"what", nullable_value(f.what)}, {"who", nullable_value(f.who)},
        {"delivery", f.delivery}, {"frequency", frequency_field(f.frequency)}, {"session_minutes", scalar_value(f.session_minutes)},
        {"group", nullable_value(f.group)}, {"need_ids", id_array(f.need_ids)}, {"outcome_ids", id_array(f.outcome_ids)},
        {"pfa", f.pfa}, {"funding_only", f.funding_only}, {"direct_payment", f.direct_payment}});
  top["provision"] = std::move(provision);
  if (p.placement.included) {
    if (const auto& pl = p.placement.content)
      top["placement"] = json::object{{"name", nullable_value(pl->name)}, {"urn", nullable_value(pl->urn)},
                                      {"ukprn", nullable_value(pl->ukprn)}, {"type", pl->type}};
    else top["placement"] = nullptr;
  }
  if (p.personal_budget.included) {
    if (const auto& b = p.personal_budget.content)
      top["personal_budget"] = json::object{{"direct_payment", b->direct_payment}, {"provision_ids", id_array(b->provision_ids)},
                                            {"amount_per_year", scalar_value(b->amount_per_year)}, {"details", nullable_value(b->details)}};
    else top["personal_budget"] = nullptr;
  }
  json::array advice;
  for (const auto& a : p.advice) {
    json::array recs;
    for (const auto& r : a.recommendations) {
      json::value q = nullptr;
      if (r.quantity)
        q = json::object{{"frequency", frequency_value(r.quantity->frequency)},
                         {"session_minutes", scalar_value(r.quantity->session_minutes)}, {"group", nullable_value(r.quantity->group)}};
      recs.push_back(json::object{{"id", r.id}, {"text", r.text}, {"quantity", std::move(q)}, {"mapped_to", id_array(r.mapped_to)},
                                  {"not_included_reason", nullable_value(r.not_included_reason)}});
    }
    json::object o{{"id", a.id}, {"from_role", a.from_role}, {"author", nullable_value(a.author)}, {"date", nullable_value(a.date)},
                   {"document_ref", nullable_value(a.document_ref)}, {"reuse_agreed", a.reuse_agreed}};
    if (a.summary) o["summary"] = *a.summary;
    o["recommendations"] = std::move(recs);
    advice.push_back(std::move(o));
  }
  top["advice"] = std::move(advice);
  return top;
}

// Doubles keep a decimal point ("30.0"), so a number with a fraction never reads back as an integer.
std::string number_text(double d) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, ec == std::errc{} ? end : buf);
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

bool all_scalars(const json::array& a) {
  for (const auto& v : a)
    if (v.is_object() || v.is_array()) return false;
  return true;
}

void pretty(const json::value& v, std::string& out, int indent) {
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  if (v.is_double()) {
    out += number_text(v.as_double());
  } else if (v.is_object()) {
    const auto& o = v.as_object();
    if (o.empty()) { out += "{}"; return; }
    out += "{\n";
    bool first = true;
    for (const auto& m : o) {
      if (!first) out += ",\n";
      first = false;
      out += pad + json::serialize(json::string(m.key())) + ": ";
      pretty(m.value(), out, indent + 2);
    }
    out += "\n" + std::string(static_cast<std::size_t>(indent), ' ') + "}";
  } else if (v.is_array()) {
    const auto& a = v.as_array();
    if (a.empty() || all_scalars(a)) {
      out += "[";
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (i) out += ", ";
        pretty(a[i], out, indent);
      }
      out += "]";
      return;
    }
    out += "[\n";
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (i) out += ",\n";
      out += pad;
      pretty(a[i], out, indent + 2);
    }
    out += "\n" + std::string(static_cast<std::size_t>(indent), ' ') + "]";
  } else {
    out += json::serialize(v);
  }
}

}  // namespace

Result<ReadPlan> read_plan(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) return fail(ErrorCode::invalid_input, "The file is not JSON: " + ec.message());
  if (!v.is_object()) return fail(ErrorCode::invalid_input, "The file is JSON but not an object: a plan is one JSON object");
  ReadPlan out;
  Reader reader;
  reader.read(v.as_object(), out.plan);
  out.problems = std::move(reader.problems);
  for (auto& p : validity_problems(out.plan)) out.problems.push_back(std::move(p));
  return out;
}

std::string write_plan(const Plan& plan) {
  std::string out;
  pretty(to_json(plan), out, 0);
  out += "\n";
  return out;
}

}  // namespace sendhub::plan
