// Demo complaints, made through the same use cases as the pages: Jordan's parent complained that
// nobody answered their emails about the review (the council replied and upheld it), and an
// advocate wrote about the delay in another family's request (waiting for a reply).
#include "app/clock.h"
#include "app/casework/cases.h"
#include "app/complaints/complaints.h"
#include "app/demo_data.h"

namespace sendhub::app {

Result<void> load_demo_complaints(store::Database& db) {
  bool loaded = false;
  auto read = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT 1 FROM complaints WHERE child_id IN ('child-demo-jordan', 'child-demo-003')");
    if (!rows) return std::unexpected(rows.error());
    loaded = !rows->empty();
    return {};
  });
  if (!read) return read;
  if (loaded) return {};
  constexpr std::int64_t day = 86400;
  const std::int64_t now = unix_now();
  const access::Actor parent{"user-parent", access::Role::parent_carer, {}, "", {"child-demo-jordan"}, "", {}};
  const access::Actor caseworker{"user-caseworker", access::Role::sen_caseworker, {"816"}, "", {}, "", {}};
  auto at = [&](int days_ago) { return RequestContext{"demo", "demo-complaints", "sendhub demo", now - days_ago * day, ""}; };
  auto jordan = make_complaint(db, parent,
                               {"child-demo-jordan", "case-demo-jordan-1",
                                {"communication", "", "", "I have emailed three times about Jordan's review and nobody has replied."}},
                               at(20));
  if (!jordan) return std::unexpected(jordan.error());
  if (!jordan->problems.empty()) return fail(ErrorCode::internal, "demo complaint: " + jordan->problems.front().message);
  auto answered = respond_to_complaint(db, caseworker, jordan->id, {"upheld", ""}, at(8));
  if (!answered) return std::unexpected(answered.error());
  auto letter = make_complaint(db, caseworker,
                               {"child-demo-003", "case-demo-003",
                                {"delay", "advocate", calendar::format_date(day_of(now - 4 * day)),
                                 "The advocate says the family have waited months for a decision on advice."}},
                               at(3));
  if (!letter) return std::unexpected(letter.error());
  if (!letter->problems.empty()) return fail(ErrorCode::internal, "demo complaint: " + letter->problems.front().message);
  return {};
}

}  // namespace sendhub::app
