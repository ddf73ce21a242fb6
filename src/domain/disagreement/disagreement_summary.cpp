#include "domain/disagreement/disagreement_summary.h"

namespace sendhub::disagreement {
namespace {

using statutory::EventType;

std::string on(calendar::Date d) { return calendar::format_long_date(d); }

const statutory::Event* latest(const statutory::CaseHistory& h, EventType type) {
  const statutory::Event* found = nullptr;
  for (const auto& e : h.events)
    if (e.type == type && (!found || e.date >= found->date)) found = &e;
  return found;
}

const statutory::Milestone* milestone(const statutory::Timeline& t, std::string_view key) {
  for (const auto& m : t.milestones)
    if (m.key == key) return &m;
  return nullptr;
}

std::string by(const statutory::Timeline& t, std::string_view key) {
  const auto* m = milestone(t, key);
  return m ? on(m->due) : std::string("the date in the letter");
}

constexpr const char* sendiass = "Ask SENDIASS for free, confidential advice at any point.";
constexpr std::string_view late_appeal =
    "The tribunal can accept a late appeal when there is a good reason (HESC Rules 2008 r.5(3)(a)): ask SENDIASS or the tribunal.";

statutory::FamilySummary order_summary(const statutory::CaseHistory& h, const statutory::Timeline& t) {
  statutory::FamilySummary s;
  const auto* order = latest(h, EventType::order_made);
  if (!order) return s;
  s.where_now = "On " + on(order->date) + " the tribunal ordered the council to " + std::string(order_words(order->order)) + ".";
  for (const auto& m : t.milestones) {
    if (m.done) continue;
    s.stage = m.status == statutory::Status::overdue ? "Tribunal order overdue" : "Carrying out the tribunal's order";
    s.next_step = std::string(m.rule->explanation) + " That is by " + on(m.due) + ".";
    s.you_can = {"Contact the caseworker if you have not heard from the council.",
                 "If the council does not carry out the order in time, you can complain to the Local Government and "
                 "Social Care Ombudsman or ask for a judicial review.",
                 sendiass};
    return s;
  }
  s.stage = "Tribunal order carried out";
  std::optional<calendar::Date> last;
  for (const auto& m : t.milestones)
    if (m.done && (!last || *m.done > *last)) last = m.done;
  s.next_step = last ? "The council carried out the order on " + on(*last) + "." : "The council carried out the order.";
  return s;
}

}  // namespace

std::string_view order_words(statutory::Order order) {
  using statutory::Order;
  switch (order) {
    case Order::assess: return "carry out an EHC needs assessment";
    case Order::make_plan: return "make and keep an EHC plan";
    case Order::amend: return "change the EHC plan";
    case Order::name_school: return "name a different school or setting in the EHC plan";
    case Order::continue_plan: return "keep the EHC plan";
    case Order::cease: return "stop maintaining the EHC plan, as it decided";
    case Order::none: break;
  }
  return "act on its decision";
}

const std::vector<Choice>& mediation_outcomes() {
  static const std::vector<Choice> list{{"agreed", "Everything was agreed"},
                                        {"partly_agreed", "Some things were agreed"},
                                        {"not_agreed", "Nothing was agreed"}};
  return list;
}

const std::vector<Choice>& appeal_outcomes() {
  static const std::vector<Choice> list{{"order", "The tribunal made an order"},
                                        {"dismissed", "The tribunal dismissed the appeal"},
                                        {"withdrawn", "The family withdrew the appeal"},
                                        {"conceded", "The council did not oppose the appeal"}};
  return list;
}

std::string_view label_of(const std::vector<Choice>& choices, std::string_view value) {
  for (const auto& c : choices)
    if (c.value == value) return c.label;
  return "";
}

statutory::FamilySummary disagreement_summary(const statutory::CaseHistory& h, const statutory::Timeline& t,
                                              calendar::Date today) {
  if (h.process == statutory::Process::tribunal_order) return order_summary(h, t);
  statutory::FamilySummary s;
  const auto* notice = latest(h, EventType::decision_notice_sent);
  const auto* declined = latest(h, EventType::mediation_declined);
  const auto* requested = latest(h, EventType::mediation_requested);
  const auto* mediated = latest(h, EventType::mediation_concluded);
  const auto* certificate = latest(h, EventType::certificate_issued);
  const auto* appeal = latest(h, EventType::appeal_registered);
  const auto* response = latest(h, EventType::la_response_sent);
  const auto* ended = latest(h, EventType::appeal_concluded);
  const std::string deadline = by(t, "appeal_deadline");
  const auto* deadline_m = milestone(t, "appeal_deadline");
  const bool may_still_appeal = !appeal && deadline_m && today <= deadline_m->due;
  if (ended) {
    s.stage = "Appeal ended";
    s.where_now = "The appeal to the tribunal ended on " + on(ended->date) + ".";
    s.next_step = "If the tribunal made an order, the council must carry it out within the time the law sets.";
    return s;
  }
  if (appeal) {
    s.stage = response ? "Appeal: waiting for the hearing" : "Appeal registered";
    s.where_now = "The appeal was registered with the tribunal on " + on(appeal->date) + "." +
                  (response ? " The council sent its response on " + on(response->date) + "." : "");
    s.next_step = response ? "The tribunal will hold a hearing and send its decision."
                           : "The council must send the tribunal its response by " + by(t, "la_response") + ".";
    s.you_can = {"Send the tribunal any evidence it asks for by the dates it gives.",
                 "You can still talk to the council: an agreement can end the appeal.", sendiass};
    return s;
  }
  if (certificate) {
    s.stage = "Mediation certificate issued";
    s.where_now = "The mediation certificate was issued on " + on(certificate->date) + ".";
    s.next_step = may_still_appeal ? "You can appeal to the tribunal until " + deadline + "."
                                   : "The time to appeal ended on " + deadline + ".";
    s.you_can = may_still_appeal ? std::vector<std::string>{"Appeal to the SEND Tribunal online, with the certificate.", sendiass}
                                 : std::vector<std::string>{std::string(late_appeal), sendiass};
    return s;
  }
  if (mediated) {
    s.stage = "Mediation held";
    s.where_now = "The mediation took place on " + on(mediated->date) + ".";
    s.next_step = "The mediator must give you a certificate by " + by(t, "mediation_certificate") +
                  ". You can appeal until one month after the certificate, or " + deadline + " if that is later.";
    s.you_can = {sendiass};
    return s;
  }
  if (requested) {
    s.stage = "Mediation asked for";
    s.where_now = "Mediation was asked for on " + on(requested->date) + ".";
    s.next_step = "The council must arrange for mediation to take place by " + by(t, "mediation_held") + ".";
    s.you_can = {"Tell the mediation service who you would like to come with you.", sendiass};
    return s;
  }
  if (declined) {
    s.stage = "Mediation not wanted";
    s.where_now = "On " + on(declined->date) + " the mediation adviser was told mediation was not wanted.";
    s.next_step = "The mediation adviser must give you a certificate by " + by(t, "mediation_certificate") + ".";
    s.you_can = {sendiass};
    return s;
  }
  s.stage = "Disagreement recorded";
  if (notice) s.where_now = "The decision letter was sent on " + on(notice->date) + ".";
  s.next_step = may_still_appeal ? "To appeal, first contact the mediation adviser by " + by(t, "mediation_adviser_contact") +
                                       ". You can appeal to the tribunal until " + deadline + "."
                                 : "The time to appeal ended on " + deadline + ".";
  if (!may_still_appeal) {
    s.you_can = {std::string(late_appeal), "Talk to the caseworker: many disagreements are settled by a meeting.", sendiass};
    return s;
  }
  s.you_can = {"Ask for mediation, or tell the mediation adviser you do not want it and get a certificate.",
               "Talk to the caseworker: many disagreements are settled by a meeting.", sendiass};
  return s;
}

}  // namespace sendhub::disagreement
