#include "domain/access/policy.h"

#include <algorithm>

namespace sendhub::access {
namespace {

constexpr Decision allow(std::string_view why) { return {true, why}; }
constexpr Decision deny(std::string_view why) { return {false, why}; }

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return !x.empty() && std::find(v.begin(), v.end(), x) != v.end();
}

bool active_involvement(const Actor& a, const Resource& r, std::chrono::sys_days today, bool same_case) {
  return std::any_of(a.involvements.begin(), a.involvements.end(), [&](const Involvement& i) {
    if (today > i.until || i.child_id != r.child_id) return false;
    return !same_case || (!r.case_id.empty() && i.case_id == r.case_id);
  });
}

bool is_family_action(Action action) {
  switch (action) {
    case Action::view_record:
    case Action::contribute_advice:
    case Action::export_record:
    case Action::view_record_access_log: return true;
    default: return false;
  }
}

Decision family(const Actor& a, Action action, const Resource& r) {
  if (r.kind != ResourceKind::child_record || !is_family_action(action)) return deny("families act only on their own child's record");
  if (a.role == Role::young_person)
    return a.own_child_id == r.child_id ? allow("young person's own record") : deny("not this young person's record");
  if (!contains(a.children, r.child_id)) return deny("not this parent's child");
  if (r.young_person_holds_rights && !r.young_person_shares_with_parents)
    return deny("the young person holds their own rights and has not agreed to share");
  return allow("parent or carer of this child");
}

Decision local_authority(const Actor& a, Action action, const Resource& r) {
  if (!contains(a.la_codes, r.la_code)) return deny("another local authority's data");
  if (r.kind == ResourceKind::area)
    return action == Action::view_aggregates || action == Action::export_aggregates ? allow("own authority's figures")
                                                                                     : deny("not an area action");
  if (r.kind == ResourceKind::deployment) {
    bool manager_only = action == Action::view_audit || action == Action::manage_users;
    return manager_only && a.role == Role::sen_manager ? allow("SEN manager for this authority") : deny("needs an SEN manager");
  }
  switch (action) {
    case Action::view_record: return allow("council SEN team, own authority");
    case Action::edit_record:
    case Action::make_decision:
    case Action::export_record:
    case Action::view_record_access_log:
    case Action::contribute_advice:
      return a.role == Role::panel_member ? deny("panel members read and recommend only")
                                          : allow("council SEN team, own authority");
    default: return deny("not a record action");
  }
}

Decision professional(const Actor& a, Action action, const Resource& r, std::chrono::sys_days today) {
  if (r.kind == ResourceKind::area) {
    bool dco_figures = a.role == Role::designated_clinical_officer && contains(a.la_codes, r.la_code) &&
                       (action == Action::view_aggregates || action == Action::export_aggregates);
    return dco_figures ? allow("designated clinical officer, area figures") : deny("no area figures for this role");
  }
  if (r.kind != ResourceKind::child_record) return deny("not a record");
  bool placed_here = a.role == Role::school_senco && !a.setting_urn.empty() && a.setting_urn == r.setting_urn;
  switch (action) {
    case Action::view_record:
      if (placed_here) return allow("pupil placed at this school or setting");
      return active_involvement(a, r, today, false) ? allow("asked to contribute to this child's case")
                                                    : deny("not involved with this child");
    case Action::contribute_advice:
      if (placed_here) return allow("pupil placed at this school or setting");
      return active_involvement(a, r, today, true) ? allow("asked to contribute to this case")
                                                   : deny("not involved in this case");
    default: return deny("professionals read and contribute only");
  }
}

}  // namespace

std::string_view to_string(Action action) {
  switch (action) {
    case Action::view_record: return "view_record";
    case Action::edit_record: return "edit_record";
    case Action::contribute_advice: return "contribute_advice";
    case Action::make_decision: return "make_decision";
    case Action::export_record: return "export_record";
    case Action::view_record_access_log: return "view_record_access_log";
    case Action::view_aggregates: return "view_aggregates";
    case Action::export_aggregates: return "export_aggregates";
    case Action::view_audit: return "view_audit";
    case Action::manage_users: return "manage_users";
  }
  return "unknown";
}

Decision may(const Actor& actor, Action action, const Resource& resource, std::chrono::sys_days today) {
  switch (actor.role) {
    case Role::parent_carer:
    case Role::young_person: return family(actor, action, resource);
    case Role::sen_caseworker:
    case Role::sen_manager:
    case Role::panel_member: return local_authority(actor, action, resource);
    case Role::analyst:
      if (resource.kind == ResourceKind::area && contains(actor.la_codes, resource.la_code) &&
          (action == Action::view_aggregates || action == Action::export_aggregates))
        return allow("analyst, own authority's figures");
      return deny("analysts see figures only, never an individual child");
    case Role::administrator:
      if (resource.kind == ResourceKind::deployment && (action == Action::view_audit || action == Action::manage_users))
        return allow("administrator");
      return deny("administrators manage accounts and audit, not children's records");
    case Role::educational_psychologist:
    case Role::school_senco:
    case Role::health_professional:
    case Role::designated_clinical_officer:
    case Role::social_worker: return professional(actor, action, resource, today);
    case Role::local_offer_editor:
    case Role::service_provider: return deny("Local Offer roles work on the directory of services, never on children's records");
  }
  return deny("unknown role");
}

}  // namespace sendhub::access
