#include "app/plan/plan_sources.h"

#include "domain/plan/plan_readiness.h"
#include "domain/plan/vocabulary.h"

namespace sendhub::app {
namespace {

std::string role_of(statutory::Adviser a) {
  switch (a) {
    case statutory::Adviser::parent: return "parent";
    case statutory::Adviser::education: return "education";
    case statutory::Adviser::health: return "health";
    case statutory::Adviser::psychology: return "psychology";
    case statutory::Adviser::social_care: return "social_care";
    case statutory::Adviser::preparing_for_adulthood: return "preparing_for_adulthood";
    default: return "other";
  }
}

// "Speech and language therapy: speech and language therapist, 1 session a week, 30 minutes".
std::string recommendation_text(const ProvisionItem& p) {
  std::string s = p.what;
  for (const auto* part : {&p.who, &p.how_often, &p.how_long})
    if (!part->empty()) s += (s == p.what ? ": " : ", ") + *part;
  return s;
}

// Items brought in from the family's views carry ids starting "a-views-", so a later refresh
// replaces them and leaves the caseworker's own items alone.
constexpr std::string_view views_prefix = "a-views-";

}  // namespace

Result<plan::Child> child_for_plan(store::Connection& c, const std::string& child_id, const std::string& plan_date) {
  const store::Value p[] = {child_id};
  auto rows = c.query("SELECT ch.given_name || ' ' || ch.family_name, ch.date_of_birth, COALESCE(o.name, ''), "
                      "COALESCE((SELECT v.year_group FROM child_detail_versions v WHERE v.child_id = ch.id "
                      "ORDER BY v.version DESC LIMIT 1), '') FROM children ch LEFT JOIN organisations o ON o.urn = ch.setting_urn "
                      "WHERE ch.id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return fail(ErrorCode::not_found, "There is no such child");
  const auto& r = rows->front();
  plan::Child child{r.get_text(0), r.get_text(1), plan::year_group_for(r.get_text(1), plan_date), r.get_text(2)};
  // The record's year group wins when it agrees with the date of birth (the format requires that).
  const std::string recorded = r.get_text(3);
  if (!recorded.empty() && recorded == child.year_group) child.year_group = recorded;
  if (child.setting.empty()) child.setting = "Not attending a school or setting known to SENDhub";
  return child;
}

Result<plan::LocalAuthorityRef> authority_for_plan(store::Connection& c, const std::string& la_code) {
  const store::Value p[] = {la_code};
  auto rows = c.query("SELECT name FROM local_authorities WHERE code = $1", p);
  if (!rows) return std::unexpected(rows.error());
  return plan::LocalAuthorityRef{la_code, rows->empty() ? "" : rows->front().get_text(0)};
}

bool bring_in_advice(plan::Plan& plan, const std::vector<SubmittedAdvice>& advice) {
  bool added = false;
  for (const auto& a : advice) {
    const std::string ref = "advice/" + a.id;
    if (std::any_of(plan.advice.begin(), plan.advice.end(), [&](const plan::Advice& k) { return k.document_ref == ref; })) continue;
    int n = 1;
    while (std::any_of(plan.advice.begin(), plan.advice.end(), [&](const plan::Advice& k) { return k.id == "k" + std::to_string(n); })) ++n;
    plan::Advice k{"k" + std::to_string(n), role_of(a.adviser), a.author_name, a.submitted_at.substr(0, 10), ref, false,
                   "Needs seen: " + a.needs + "\nOutcomes suggested: " + a.outcomes, {}};
    for (std::size_t i = 0; i < a.provision.size(); ++i)
      k.recommendations.push_back({k.id + "." + std::to_string(i + 1), recommendation_text(a.provision[i]), std::nullopt, {}, std::nullopt});
    plan.advice.push_back(std::move(k));
    added = true;
  }
  return added;
}

void bring_in_views(plan::Plan& plan, const StoredFamilyViews& views, const std::string& voice) {
  if (!plan.section_a) plan.section_a = plan::SectionA{views.submitted_on, {}};
  auto& items = plan.section_a->items;
  std::erase_if(items, [](const plan::SectionAItem& i) { return i.id.starts_with(views_prefix); });
  const std::pair<const char*, const std::string*> answers[] = {
      {"strengths", &views.views.like_about_me},
      {"interests", &views.views.important_to_me},
      {"other", &views.views.support_me},
      {"aspiration", &views.views.my_hopes},
  };
  std::vector<plan::SectionAItem> brought;
  for (const auto& [kind, text] : answers)
    if (!text->empty()) brought.push_back({std::string(views_prefix) + kind, kind, voice, true, *text});
  items.insert(items.begin(), brought.begin(), brought.end());
  if (plan.section_a->updated < views.submitted_on) plan.section_a->updated = views.submitted_on;
}

Result<std::string> voice_of_views(store::Connection& c, const std::string& child_id) {
  const store::Value p[] = {child_id};
  auto rows = c.query("SELECT COALESCE(l.relationship, '') FROM family_views v LEFT JOIN family_links l "
                      "ON l.user_id = v.author_user_id AND l.child_id = v.child_id WHERE v.child_id = $1 "
                      "ORDER BY v.submitted_at DESC, v.id DESC LIMIT 1", p);
  if (!rows) return std::unexpected(rows.error());
  return std::string(!rows->empty() && rows->front().get_text(0) == "young_person" ? "young_person" : "parent");
}

}  // namespace sendhub::app
