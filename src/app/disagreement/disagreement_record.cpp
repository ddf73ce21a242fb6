#include "app/disagreement/disagreement_record.h"

namespace sendhub::app {

Result<std::optional<DisagreementDetails>> disagreement_details(store::Connection& c, const std::string& case_id) {
  const store::Value p[] = {case_id};
  auto rows = c.query("SELECT d.case_id, d.about_case_id, d.about, d.mediation_outcome, d.tribunal_reference, d.hearing_on, "
                      "d.appeal_outcome, COALESCE(d.order_case_id, ''), COALESCE(MIN(e.event_date), '') FROM disagreements d "
                      "LEFT JOIN case_events e ON e.case_id = d.case_id AND e.type = 'decision_notice_sent' "
                      "WHERE d.case_id = $1 OR d.order_case_id = $1 GROUP BY d.case_id, d.about_case_id, d.about, "
                      "d.mediation_outcome, d.tribunal_reference, d.hearing_on, d.appeal_outcome, d.order_case_id", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<DisagreementDetails>{};
  const auto& r = rows->front();
  return DisagreementDetails{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4),
                             r.get_text(5), r.get_text(6), r.get_text(7), r.get_text(8)};
}

Result<std::vector<DisagreementLink>> disagreements_about(store::Connection& c, const std::string& about_case_id) {
  const store::Value p[] = {about_case_id};
  auto rows = c.query("SELECT d.case_id, d.about, substr(k.opened_at, 1, 10), k.closed_on, COALESCE(d.order_case_id, ''), "
                      "CASE WHEN o.id IS NOT NULL AND o.closed_on IS NULL THEN 1 ELSE 0 END FROM disagreements d JOIN cases k ON k.id = d.case_id "
                      "LEFT JOIN cases o ON o.id = d.order_case_id WHERE d.about_case_id = $1 ORDER BY k.opened_at, d.case_id", p);
  if (!rows) return std::unexpected(rows.error());
  std::vector<DisagreementLink> out;
  for (const auto& r : *rows)
    out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.is_null(3), r.get_text(4), r.get_int(5) != 0});
  return out;
}

}  // namespace sendhub::app
