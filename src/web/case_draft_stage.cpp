#include "web/case_draft_stage.h"

#include "app/casework/consultations.h"
#include "web/child_access.h"

namespace sendhub::web {
namespace {

std::string long_of(const std::string& ymd) {
  auto d = calendar::parse_date(ymd.substr(0, 10));
  return d ? long_date(*d) : ymd;
}

std::string answer_words(const std::string& a) {
  if (a == "can_meet") return "Yes, it can meet the needs";
  if (a == "can_meet_with_changes") return "Yes, with changes or extra resources";
  if (a == "cannot_meet") return "No, it cannot meet the needs";
  return "";
}

void kept(ctemplate::TemplateDictionary& d, const std::vector<FieldProblem>& problems, const FormFields* typed,
          std::initializer_list<std::pair<const char*, const char*>> fields) {
  show_problems(d, problems);
  if (!typed || problems.empty()) return;
  for (auto [field, key] : fields) d.SetValue(key, typed->get(field));
}

}  // namespace

Result<void> draw_draft_stage(Site& site, ctemplate::TemplateDictionary& page, const SignedIn& who, const app::CaseRecord& k,
                              const DraftStage& stage, const CaseForms& forms) {
  if (!stage.drafted) return {};
  const auto now = today();
  auto consultations = app::consultations_for(site.db, k.id, now);
  if (!consultations) return std::unexpected(consultations.error());
  auto meetings = app::meeting_requests_for(site.db, k.id);
  if (!meetings) return std::unexpected(meetings.error());
  auto mine = app::consultation_for_school(site.db, who.actor, k.id);
  if (!mine) return std::unexpected(mine.error());
  auto* d = page.AddIncludeDictionary("DRAFT_STAGE");
  d->SetFilename("case_draft_stage.tpl");
  d->SetValue("CASE_ID", k.id);
  d->SetValue("CSRF_TOKEN", who.session.csrf_token);
  const bool open = !stage.final_issued && !k.closed_on;
  if (stage.may_act || stage.family) {
    auto* list = d->AddSectionDictionary("CONSULTATIONS");
    if (consultations->empty()) list->ShowSection("NONE");
    for (const auto& c : *consultations) {
      auto* row = list->AddSectionDictionary("ROW");
      row->SetValue("SCHOOL", c.school_name);
      row->SetValue("SENT", long_of(c.sent_on));
      row->SetValue("REPLY_BY", long_of(c.reply_by));
      if (c.answer.empty()) {
        auto* w = row->AddSectionDictionary("WAITING");
        w->SetValue("STATE", c.overdue ? "Reply overdue" : "Waiting for a reply");
        w->SetValue("TAG", c.overdue ? "govuk-tag--red" : "govuk-tag--blue");
      } else {
        auto* a = row->AddSectionDictionary("ANSWERED");
        a->SetValue("ANSWER", answer_words(c.answer));
        a->SetValue("BY", c.answered_by_name);
        if (!c.reasons.empty()) a->AddSectionDictionary("REASONS")->SetValue("TEXT", c.reasons);
      }
    }
  }
  if (stage.may_act && open) {
    auto* f = d->AddSectionDictionary("CONSULT_FORM");
    kept(*f, forms.consult, forms.typed, {});
    auto schools = app::schools_to_consult(site.db, k.la_code);
    if (!schools) return std::unexpected(schools.error());
    for (const auto& s : *schools) {
      auto* o = f->AddSectionDictionary("SCHOOL_OPTION");
      o->SetValue("ID", s.organisation_id);
      o->SetValue("NAME", s.name);
      if (forms.typed && !forms.consult.empty() && forms.typed->get("school") == s.organisation_id) o->SetValue("SELECTED", "selected");
    }
    date_input(*f, "REPLY_BY", "reply_by", "Reply wanted by", "Leave the school time to answer before the final plan is due.",
               forms.consult.empty() ? nullptr : forms.typed, forms.consult);
  }
  if (*mine && (*mine)->answer.empty() && open) {
    auto* f = d->AddSectionDictionary("ANSWER_FORM");
    f->SetValue("SCHOOL", (*mine)->school_name);
    f->SetValue("REPLY_BY", long_of((*mine)->reply_by));
    kept(*f, forms.consult_answer, forms.typed, {{"reasons", "REASONS_TYPED"}});
    if (forms.typed && !forms.consult_answer.empty()) {
      const auto a = forms.typed->get("answer");
      f->SetValue(a == "can_meet" ? "CAN_MEET" : a == "can_meet_with_changes" ? "WITH_CHANGES" : "CANNOT", a.empty() ? "" : "checked");
    }
  }
  if ((stage.may_act || stage.family) && !meetings->empty()) {
    auto* list = d->AddSectionDictionary("MEETINGS");
    for (const auto& m : *meetings) {
      auto* row = list->AddSectionDictionary("MEETING");
      row->SetValue("BY", m.asked_by_name);
      row->SetValue("WHEN", long_of(m.asked_at));
      row->SetValue("NOTE", m.note);
      if (!m.arranged_for.empty()) {
        auto* a = row->AddSectionDictionary("ARRANGED");
        a->SetValue("FOR", m.arranged_for);
        a->SetValue("WHERE", m.arranged_where);
      } else if (stage.may_act) {
        auto* f = row->AddSectionDictionary("ARRANGE_FORM");
        f->SetValue("ID", m.id);
        if (forms.arrange_id == m.id) kept(*f, forms.arrange, forms.typed, {{"meeting_when", "MEETING_WHEN"}, {"meeting_where", "MEETING_WHERE"}});
      }
    }
  }
  if (stage.family && open) kept(*d->AddSectionDictionary("MEETING_FORM"), forms.meeting, forms.typed, {{"meeting_note", "MEETING_NOTE"}});
  for (const auto* p : {&forms.consult, &forms.consult_answer, &forms.meeting, &forms.arrange}) show_problems(page, *p);
  return {};
}

}  // namespace sendhub::web
