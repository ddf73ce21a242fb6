// Disagreements after an appealable decision: the mediation adviser, mediation, certificates and
// the tribunal appeal deadline; and the council's duties after a tribunal order.
#include "domain/statutory/process_rules.h"

namespace sendhub::statutory::detail {
namespace {

using E = EventType;

}  // namespace

Result<void> disagreement(const CaseHistory& h, Date today, Timeline& t) {
  const Event* notice = first(h.events, E::decision_notice_sent);
  if (!notice) return fail(ErrorCode::invalid_input, "a disagreement case needs a decision_notice_sent event", "events");
  if (auto ok = none_before(h, *notice, "the decision notice"); !ok) return ok;
  const Event* declined = first(h.events, E::mediation_declined);
  const Event* requested = first(h.events, E::mediation_requested);
  const Event* concluded = first(h.events, E::mediation_concluded);
  const Event* certificate = last(h.events, E::certificate_issued);
  if (concluded && (!requested || concluded->date < requested->date))
    return impossible(*concluded, "comes before mediation was asked for");

  const Rule& contact = rule("disagreement.mediation_adviser_contact");
  std::optional<Date> contacted;
  for (const Event* e : {declined, requested})
    if (e && (!contacted || e->date < *contacted)) contacted = e->date;
  add(t, contact, contact.key, due_date(contact, notice->date), contacted, today);

  if (requested) {
    const Rule& held = rule("disagreement.mediation_held");
    add(t, held, held.key, due_date(held, requested->date), date_of(concluded), today);
  }
  if (const Event* ended = concluded ? concluded : declined) {
    const Rule& cert = rule(concluded ? "disagreement.certificate_after_mediation" : "disagreement.certificate_after_declining");
    add(t, cert, cert.key, due_date(cert, ended->date), first_on_or_after(h.events, E::certificate_issued, ended->date), today);
  }

  // The later of two months from the notice and one month from the certificate.
  const Rule& from_notice = rule("disagreement.appeal_from_notice");
  const Rule* deadline_rule = &from_notice;
  Date deadline = due_date(from_notice, notice->date);
  if (certificate) {
    const Rule& from_certificate = rule("disagreement.appeal_from_certificate");
    Date later = due_date(from_certificate, certificate->date);
    if (later > deadline) {
      deadline = later;
      deadline_rule = &from_certificate;
    }
  }
  const Event* appeal = first(h.events, E::appeal_registered);
  add(t, *deadline_rule, deadline_rule->key, deadline, date_of(appeal), today);
  const Event* response = first(h.events, E::la_response_sent);
  const Event* concluded_appeal = first(h.events, E::appeal_concluded);
  for (const Event* e : {response, concluded_appeal})
    if (e && (!appeal || e->date < appeal->date)) return impossible(*e, "comes before the appeal was registered");
  if (appeal) {
    // A response is still owed while the appeal is open; once it is decided or withdrawn, it is not.
    const Rule& respond = rule("disagreement.la_response");
    if (response || !concluded_appeal || concluded_appeal->date > due_date(respond, appeal->date))
      add(t, respond, respond.key, due_date(respond, appeal->date), date_of(response), today);
  }
  return {};
}

Result<void> tribunal_order(const CaseHistory& h, Date today, Timeline& t) {
  const Event* order = first(h.events, E::order_made);
  if (!order) return fail(ErrorCode::invalid_input, "a tribunal_order case needs an order_made event", "events");
  if (auto ok = none_before(h, *order, "the tribunal's order"); !ok) return ok;
  const Event* draft = first(h.events, E::draft_plan_issued);
  const Event* final_plan = first(h.events, E::final_plan_issued);
  if (draft && final_plan && final_plan->date < draft->date) return impossible(*final_plan, "is before the draft plan");
  auto milestone = [&](const char* id, EventType done_type) {
    const Rule& r = rule(id);
    add(t, r, r.key, due_date(r, order->date), first_on_or_after(h.events, done_type, order->date), today);
  };
  switch (order->order) {
    case Order::assess: milestone("tribunal.assessment_notice", E::assessment_notice_sent); break;
    case Order::make_plan:
      milestone("tribunal.draft_plan", E::draft_plan_issued);
      milestone("tribunal.final_plan", E::final_plan_issued);
      break;
    case Order::amend: milestone("tribunal.amended_plan", E::amended_plan_issued); break;
    case Order::name_school: milestone("tribunal.name_school", E::amended_plan_issued); break;
    case Order::continue_plan: milestone("tribunal.immediately", E::plan_continued); break;
    case Order::cease: milestone("tribunal.immediately", E::plan_ceased); break;
    case Order::none: return impossible(*order, "does not say what the tribunal ordered");
  }
  return {};
}

}  // namespace sendhub::statutory::detail
