// Moves: between phases of education (reg 18), between local authorities (reg 15), and the
// re-assessment decision (reg 25), which is as short and self-contained.
#include "domain/calendar/bank_holidays.h"
#include "domain/statutory/process_rules.h"

namespace sendhub::statutory::detail {
namespace {

using E = EventType;

}  // namespace

Result<void> phase_transfer(const CaseHistory& h, Date today, Timeline& t) {
  const Event* move = last(h.events, E::transfer_planned);
  if (!move) return fail(ErrorCode::invalid_input, "a phase_transfer case needs a transfer_planned event", "events");
  if (move->from_phase == move->to_phase && move->from_phase != Phase::post16)
    return impossible(*move, "is not a move between phases (" + std::string(to_string(move->from_phase)) + " to itself)");
  const char* id = move->from_phase == Phase::post16 && move->to_phase == Phase::post16 ? "transfer.post16_to_post16"
                   : move->from_phase == Phase::secondary && move->to_phase == Phase::post16
                       ? "transfer.secondary_to_post16"
                       : "transfer.other_phases";
  const Rule& r = rule(id);
  add(t, r, r.key, due_date(r, move->date), date_of(first(h.events, E::amended_plan_issued)), today);
  return {};
}

Result<void> reassessment(const CaseHistory& h, Date today, Timeline& t) {
  const Event* request = first(h.events, E::reassessment_requested);
  if (!request) return fail(ErrorCode::invalid_input, "a reassessment case needs a reassessment_requested event", "events");
  if (auto ok = none_before(h, *request, "the request for a re-assessment"); !ok) return ok;
  const Rule& r = rule("reassessment.decision");
  add(t, r, r.key, due_date(r, request->date), date_of(first(h.events, E::reassessment_decision)), today);
  return {};
}

Result<void> la_transfer(const CaseHistory& h, Date today, Timeline& t) {
  const Event* move = first(h.events, E::moved);
  if (!move) return fail(ErrorCode::invalid_input, "an la_transfer case needs a moved event", "events");
  const Event* notified = first(h.events, E::old_la_notified);
  const Event* transferred = first(h.events, E::plan_transferred);
  if (transferred && notified && transferred->date < notified->date)
    return impossible(*transferred, "is before the old council knew of the move");
  // Notified less than 15 working days before the move: 15 working days from notification.
  bool late = notified && calendar::add_working_days(notified->date, 15) > move->date;
  const Rule& transfer = rule(late ? "la_transfer.late_notice" : "la_transfer.on_move");
  add(t, transfer, transfer.key, due_date(transfer, late ? notified->date : move->date), date_of(transferred), today);
  const Rule& tell = rule("la_transfer.new_la_notification");
  add(t, tell, tell.key, due_date(tell, move->date), date_of(first(h.events, E::new_la_notified)), today);
  return {};
}

}  // namespace sendhub::statutory::detail
