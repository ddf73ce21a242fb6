#include "app/review/review_record.h"

namespace sendhub::app {

const std::vector<ProgressChoice>& progress_choices() {
  static const std::vector<ProgressChoice> all{{"achieved", "Achieved"},
                                               {"on_track", "On track"},
                                               {"some_progress", "Some progress"},
                                               {"no_progress", "No progress yet"}};
  return all;
}

std::string_view progress_label(std::string_view value) {
  for (const auto& p : progress_choices())
    if (p.value == value) return p.label;
  return "";
}

const std::vector<Invitee>& invitees() {
  static const std::vector<Invitee> all{{"family", "The parent or carer", true},
                                        {"young_person", "The child or young person", false},
                                        {"local_authority", "The council's SEN team", true},
                                        {"health", "Health (the designated clinical officer or the health professional involved)", true},
                                        {"social_care", "Social care", true}};
  return all;
}

Result<std::optional<ReviewDetails>> review_details(store::Connection& c, const std::string& case_id) {
  const store::Value p[] = {case_id};
  auto rows = c.query("SELECT plan_id, meeting_on, meeting_where, invited, working, not_working, changes, cease_reason "
                      "FROM review_meetings WHERE case_id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<ReviewDetails>{};
  const auto& r = rows->front();
  ReviewDetails d{case_id, r.get_text(0), r.get_text(1), r.get_text(2), {}, r.get_text(4), r.get_text(5), r.get_text(6), r.get_text(7), {}};
  const std::string invited = r.get_text(3);
  for (std::size_t at = 0; at < invited.size();) {
    auto comma = invited.find(',', at);
    if (comma == std::string::npos) comma = invited.size();
    if (comma > at) d.invited.push_back(invited.substr(at, comma - at));
    at = comma + 1;
  }
  auto progress = c.query("SELECT outcome_id, outcome_text, york_outcome, progress, comment FROM review_outcome_progress "
                          "WHERE case_id = $1 ORDER BY position", p);
  if (!progress) return std::unexpected(progress.error());
  for (const auto& o : *progress)
    d.progress.push_back({o.get_text(0), o.get_text(1), o.get_text(2), o.get_text(3), o.get_text(4)});
  return std::optional(std::move(d));
}

Result<std::optional<ReviewDetails>> review_details(store::Database& db, const std::string& case_id) {
  std::optional<ReviewDetails> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto d = review_details(c, case_id);
    if (!d) return std::unexpected(d.error());
    out = std::move(*d);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
