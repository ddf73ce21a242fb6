// /children/:id/details (change the record's details, versioned, refusing a stale save without
// losing anything) and /children/:id/details/history (every version: who, when, what changed).
#include "app/record/child_record.h"
#include "web/child_access.h"
#include "web/form_problems.h"

namespace sendhub::web {
namespace {

struct TextField {
  const char *name, *label, *hint, *width;
  std::string record::ChildDetails::*value;
};
constexpr TextField text_fields[] = {
    {"upn", "Unique pupil number (UPN)", "13 characters, for example P207000016049.", "govuk-input--width-20", &record::ChildDetails::upn},
    {"nhs_number", "NHS number", "10 digits, for example 943 476 5919.", "govuk-input--width-10", &record::ChildDetails::nhs_number},
    {"postcode", "Postcode", "", "govuk-input--width-10", &record::ChildDetails::postcode},
    {"first_language", "First language", "", "govuk-input--width-20", &record::ChildDetails::first_language},
};

struct SelectField {
  const char *name, *label;
  std::string record::ChildDetails::*value;
  std::span<const record::Code> (*codes)();
};

std::span<const record::Code> year_group_codes() {
  static const std::vector<record::Code> codes = [] {
    std::vector<record::Code> out;
    for (auto y : record::year_groups()) out.push_back({y, y});
    return out;
  }();
  return codes;
}

const SelectField select_fields[] = {
    {"sex", "Sex", &record::ChildDetails::sex, record::sexes},
    {"ethnicity", "Ethnic group", &record::ChildDetails::ethnicity, record::ethnicities},
    {"year_group", "Year group (N1, N2, R, then 1 to 14)", &record::ChildDetails::year_group, year_group_codes},
    {"primary_need", "Primary need", &record::ChildDetails::primary_need, record::needs},
    {"secondary_need", "Secondary need", &record::ChildDetails::secondary_need, record::needs},
};

void field_problem(ctemplate::TemplateDictionary* f, const std::string& name, const std::vector<FieldProblem>& problems) {
  for (const auto& p : problems)
    if (p.field == name) {
      f->SetValue("GROUP_CLASS", "govuk-form-group--error");
      f->SetValue("INPUT_CLASS", "govuk-input--error");
      f->AddSectionDictionary("ERROR")->SetValue("MESSAGE", p.message);
      return;
    }
}

Response form_page(Site& site, const ChildAccess& opened, const record::ChildDetails& v, std::int64_t version,
                   const std::vector<FieldProblem>& problems, const std::optional<app::DetailsVersion>& newer,
                   const record::ChildDetails* before) {
  auto chrome = opened.who->chrome();
  auto r = Response::html(site.views.page("child_details.tpl", page_title("Change record details", problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", opened.who->session.csrf_token);
    d.SetValue("CHILD_ID", opened.child.id);
    d.SetValue("CHILD_NAME", opened.child.name);
    d.SetValue("VERSION", std::to_string(newer ? newer->version : version));
    d.SetValue("COMMUNICATION_NEEDS", v.communication_needs);
    if (newer) {
      auto* n = d.AddSectionDictionary("NEWER");
      n->SetValue("BY", newer->changed_by_name);
      n->SetValue("AT", newer->changed_at.substr(0, 10) + " " + newer->changed_at.substr(11, 5));
      std::string fields;
      for (auto f : record::changed_fields(before ? *before : record::ChildDetails{}, newer->details))
        fields += (fields.empty() ? "" : ", ") + std::string(f);
      n->SetValue("FIELDS", fields.empty() ? "nothing you can see" : fields);
    }
    for (const auto& t : text_fields) {
      auto* f = d.AddSectionDictionary("TEXT_FIELD");
      f->SetValue("NAME", t.name);
      f->SetValue("LABEL", t.label);
      f->SetValue("WIDTH", t.width);
      f->SetValue("VALUE", v.*(t.value));
      if (*t.hint) f->AddSectionDictionary("HINT")->SetValue("TEXT", t.hint);
      field_problem(f, t.name, problems);
    }
    for (const auto& s : select_fields) {
      auto* f = d.AddSectionDictionary("SELECT_FIELD");
      f->SetValue("NAME", s.name);
      f->SetValue("LABEL", s.label);
      for (const auto& c : s.codes()) {
        auto* o = f->AddSectionDictionary("OPTION");
        o->SetValue("CODE", std::string(c.code));
        o->SetValue("MEANING", c.code == c.meaning ? std::string(c.code) : std::string(c.meaning) + " (" + std::string(c.code) + ")");
        if (v.*(s.value) == c.code) o->SetValue("SELECTED", "selected");
      }
      field_problem(f, s.name, problems);
    }
    show_problems(d, problems);
  }, &chrome));
  if (!problems.empty() || newer) r.status = problems.empty() ? 409 : 400;
  return r;
}

Result<Response> show(Site& site, Request& req) {
  auto opened = open_child(site, req, access::Action::edit_record, "record.view");
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  auto current = app::current_child_details(site.db, opened->child.id);
  if (!current) return std::unexpected(current.error());
  return form_page(site, *opened, current->details, current->version, {}, std::nullopt, nullptr);
}

Result<Response> submit(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto opened = open_child(site, req, access::Action::edit_record, "record.view");
  if (!opened) return std::unexpected(opened.error());
  record::ChildDetails typed;
  for (const auto& t : text_fields) typed.*(t.value) = form.get(t.name);
  for (const auto& s : select_fields) typed.*(s.value) = form.get(s.name);
  typed.communication_needs = form.get("communication_needs");
  char* end = nullptr;
  const std::string version_text = form.get("version");
  const std::int64_t version = std::strtoll(version_text.c_str(), &end, 10);
  if (version_text.empty() || *end != '\0') return fail(ErrorCode::invalid_input, "This form has expired. Go back, reload the page and try again.");
  auto saved = app::save_child_details(site.db, who.actor, opened->child.id, typed, version, request_context(site, req));
  if (!saved) return std::unexpected(saved.error());
  if (!saved->problems.empty() || saved->newer)
    return form_page(site, *opened, typed, version, saved->problems, saved->newer, &typed);
  return Response::redirect("/children/" + opened->child.id + "?details=saved");
}

Result<Response> history(Site& site, Request& req) {
  auto opened = open_child(site, req, access::Action::view_record, "record.view");
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  auto versions = app::child_details_history(site.db, opened->child.id);
  if (!versions) return std::unexpected(versions.error());
  auto chrome = opened->who->chrome();
  return Response::html(site.views.page("child_details_history.tpl", "History of changes", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CHILD_ID", opened->child.id);
    d.SetValue("CHILD_NAME", opened->child.name);
    d.ShowSection(versions->empty() ? "NONE" : "HAS_VERSIONS");
    for (const auto& v : *versions) {
      auto* row = d.AddSectionDictionary("VERSION");
      row->SetValue("NUMBER", std::to_string(v.version.version));
      row->SetValue("WHEN", v.version.changed_at.substr(0, 10) + " " + v.version.changed_at.substr(11, 5));
      row->SetValue("WHO", v.version.changed_by_name);
      std::string what;
      for (auto f : v.changed) what += (what.empty() ? "" : ", ") + std::string(f);
      row->SetValue("WHAT", what.empty() ? "Nothing" : what);
    }
  }, &chrome));
}

}  // namespace

Result<void> add_child_details_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/children/:id/details", "child_details", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/children/:id/details", "child_details_submit", Access::signed_in, [&site](Request& r) { return submit(site, r); }},
      {http::verb::get, "/children/:id/details/history", "child_details_history", Access::signed_in,
       [&site](Request& r) { return history(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 32 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
