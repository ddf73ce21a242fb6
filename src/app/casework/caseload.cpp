#include "app/casework/caseload.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/identity/accounts.h"
#include "domain/disagreement/disagreement_summary.h"
#include "domain/review/review_summary.h"
#include "domain/transfer/la_move.h"
#include "domain/statutory/family_summary.h"

namespace sendhub::app {

std::string milestone_name(std::string_view key) {
  if (key == "review_meeting") return "Annual review meeting";
  if (key == "invitations_sent") return "Invitations to the review (2 weeks' notice)";
  if (key == "advice_circulated") return "Advice sent out before the review";
  if (key == "review_report") return "Review report sent to everyone";
  if (key == "review_decision") return "Decision after the review";
  if (key == "amendment_representations_close") return "Family's comments on the proposed changes";
  if (key == "amended_plan") return "Amended plan";
  if (key == "decision_to_assess") return "Decision whether to assess";
  if (key == "decision_not_to_issue") return "Decision whether to issue a plan";
  if (key == "draft_representations_close") return "Family's comments on the draft";
  if (key == "final_plan") return "Final plan";
  if (key == "mediation_adviser_contact") return "Family contacts the mediation adviser";
  if (key == "mediation_held") return "Mediation held";
  if (key == "mediation_certificate") return "Mediation certificate";
  if (key == "appeal_deadline") return "Last day to appeal to the tribunal";
  if (key == "la_response") return "Council's response to the appeal";
  if (key == "plan_transfer") return "Plan passed to the new council";
  if (key == "new_la_notification") return "New council tells the family it has the plan";
  if (key == "assessment_notice") return "Notice that the council will assess (tribunal order)";
  if (key == "draft_plan") return "Draft plan (tribunal order)";
  if (key == "order_carried_out") return "Tribunal order carried out";
  if (key.starts_with("advice:")) {
    auto adviser = statutory::adviser_from_string(key.substr(7));
    std::string who(statutory::adviser_for_families(adviser.value_or(statutory::Adviser::other)));
    if (adviser == statutory::Adviser::parent) who = "the family";
    return "Advice from " + who;
  }
  return std::string(key);
}

namespace {

// Every open case, its timeline and next statutory step, soonest first, for everyone alike; who
// may see which is decided per request.
Result<std::vector<OpenCases::Entry>> read_open_cases(store::Connection& c, calendar::Date today) {
  std::vector<OpenCases::Entry> out;
  // Three queries for the whole caseload, not one per case.
  auto cases = c.query(std::string("SELECT k.id, k.child_id, c.given_name || ' ' || c.family_name, k.la_code, k.process, "
                                   "COALESCE(k.caseworker_user_id, ''), COALESCE(u.display_name, ''), ") +
                           child_resource_columns +
                           ", COALESCE(o.name, ''), COALESCE((SELECT v.primary_need FROM child_detail_versions v "
                           "WHERE v.child_id = k.child_id ORDER BY v.version DESC LIMIT 1), '')"
                           " FROM cases k JOIN children c ON c.id = k.child_id LEFT JOIN organisations o ON o.urn = c.setting_urn "
                           "LEFT JOIN users u ON u.id = k.caseworker_user_id WHERE k.closed_on IS NULL ORDER BY k.id", {});
  if (!cases) return std::unexpected(cases.error());
  auto events = c.query("SELECT e.case_id, e.type, e.event_date, e.outcome, e.adviser FROM case_events e "
                        "JOIN cases k ON k.id = e.case_id WHERE k.closed_on IS NULL ORDER BY e.case_id, e.sequence", {});
  if (!events) return std::unexpected(events.error());
  std::map<std::string, statutory::CaseHistory> histories;
  for (const auto& e : *events)
    if (auto ev = event_from_row(e, 1)) histories[e.get_text(0)].events.push_back(*ev);
  auto exceptions = c.query("SELECT x.case_id, x.type, x.from_date, x.to_date FROM case_exceptions x "
                            "JOIN cases k ON k.id = x.case_id WHERE k.closed_on IS NULL ORDER BY x.case_id, x.position", {});
  if (!exceptions) return std::unexpected(exceptions.error());
  for (const auto& x : *exceptions)
    if (auto period = exception_from_row(x, 1)) histories[x.get_text(0)].exceptions.push_back(*period);
  for (const auto& r : *cases) {
    auto resource = child_resource_from(r, 7);
    resource.case_id = r.get_text(0);
    auto process = statutory::process_from_string(r.get_text(4));
    if (!process) continue;
    auto& history = histories[r.get_text(0)];
    history.process = *process;
    auto timeline = statutory::compute_timeline(history, today);
    if (!timeline) continue;
    CaseloadRow row{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), "", r.get_text(6)};
    row.caseworker_user_id = r.get_text(5);
    row.setting_urn = resource.setting_urn;
    row.setting_name = r.get_text(13);
    row.primary_need = r.get_text(14);
    if (*process == statutory::Process::annual_review) row.stage = "Annual review: " + review::review_summary(history, *timeline, today).stage;
    else if (*process == statutory::Process::disagreement || *process == statutory::Process::tribunal_order)
      row.stage = (*process == statutory::Process::disagreement ? "Disagreement: " : "Tribunal order: ") +
                  disagreement::disagreement_summary(history, *timeline, today).stage;
    else if (*process == statutory::Process::la_transfer)
      row.stage = "Moving council: " + transfer::transfer_summary(history, *timeline, "the old council", "the new council", today).stage;
    else row.stage = statutory::family_summary(history, *timeline, today).stage;
    for (const auto& m : timeline->milestones) {
      if (m.status != statutory::Status::due && m.status != statutory::Status::overdue) continue;
      if (row.next_due && m.due >= *row.next_due) continue;
      row.next_due = m.due;
      row.next_what = milestone_name(m.key);
      row.overdue = m.status == statutory::Status::overdue;
    }
    row.due_soon = row.next_due && !row.overdue && *row.next_due <= today + std::chrono::days(due_soon_days);
    out.push_back({std::move(row), std::move(resource)});
  }
  std::stable_sort(out.begin(), out.end(), [](const OpenCases::Entry& a, const OpenCases::Entry& b) {
    if (a.row.next_due.has_value() != b.row.next_due.has_value()) return a.row.next_due.has_value();
    return a.row.next_due < b.row.next_due;
  });
  return out;
}

}  // namespace

Result<std::int64_t> caseload_counter(store::Connection& c) {
  auto rows = c.query("SELECT value FROM change_counters WHERE name = 'caseload'", {});
  if (!rows) return std::unexpected(rows.error());
  return rows->empty() ? 0 : rows->front().get_int(0);
}

Result<std::shared_ptr<const OpenCases::Snapshot>> OpenCases::current(store::Connection& c, calendar::Date today) {
  auto counter = caseload_counter(c);
  if (!counter) return std::unexpected(counter.error());
  {
    std::lock_guard lock(mutex_);
    if (snapshot_ && snapshot_->counter == *counter && snapshot_->day == today) return snapshot_;
  }
  auto entries = read_open_cases(c, today);
  if (!entries) return std::unexpected(entries.error());
  auto fresh = std::make_shared<const Snapshot>(Snapshot{*counter, today, std::move(*entries)});
  ++rebuilds_;
  std::lock_guard lock(mutex_);
  // The read that saw a later counter wins, whichever finished first.
  if (!snapshot_ || snapshot_->counter <= fresh->counter) snapshot_ = fresh;
  return fresh;
}

Result<std::vector<CaseloadRow>> caseload(store::Database& db, const access::Actor& actor, const CaseloadFilter& filter,
                                          calendar::Date today, CaseloadChoices* choices, OpenCases* cache) {
  std::map<std::string, std::string> caseworkers, settings;
  std::set<std::string> needs;
  std::vector<CaseloadRow> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    std::shared_ptr<const OpenCases::Snapshot> snapshot;
    if (cache) {
      auto current = cache->current(c, today);
      if (!current) return std::unexpected(current.error());
      snapshot = *current;
    } else {
      auto entries = read_open_cases(c, today);
      if (!entries) return std::unexpected(entries.error());
      snapshot = std::make_shared<const OpenCases::Snapshot>(OpenCases::Snapshot{0, today, std::move(*entries)});
    }
    for (const auto& [row, resource] : snapshot->entries) {
      if (!access::may(actor, access::Action::view_record, resource, today)) continue;
      if (!row.caseworker_user_id.empty()) caseworkers[row.caseworker_user_id] = row.caseworker_name;
      if (!row.setting_urn.empty()) settings[row.setting_urn] = row.setting_name.empty() ? row.setting_urn : row.setting_name;
      if (!row.primary_need.empty()) needs.insert(row.primary_need);
      if (!filter.holder_user_id.empty() && row.caseworker_user_id != filter.holder_user_id) continue;
      if (!filter.setting_urn.empty() && row.setting_urn != filter.setting_urn) continue;
      if (!filter.primary_need.empty() && row.primary_need != filter.primary_need) continue;
      if (!filter.stage.empty() && row.stage != filter.stage) continue;
      out.push_back(row);
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (choices) {
    choices->caseworkers.assign(caseworkers.begin(), caseworkers.end());
    choices->settings.assign(settings.begin(), settings.end());
    choices->needs.assign(needs.begin(), needs.end());
    const auto by_name = [](const auto& a, const auto& b) { return a.second < b.second; };
    std::sort(choices->caseworkers.begin(), choices->caseworkers.end(), by_name);
    std::sort(choices->settings.begin(), choices->settings.end(), by_name);
  }
  return out;
}

}  // namespace sendhub::app
