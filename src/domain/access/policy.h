// The one authorisation decision in SENDhub: may this actor do this action on this resource?
// Pure: the caller loads the relationships (which children a parent has, which cases a
// professional is involved in, where a child is placed) and passes them in. Every use case asks
// before touching data; a refusal of a child's data is shown as "not found", so existence does
// not leak.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access/role.h"

namespace sendhub::access {

enum class Action {
  view_record,             // read a child's shared record and cases
  edit_record,             // change facts on the shared record
  contribute_advice,       // write advice, views or review contributions to a case
  make_decision,           // record statutory decisions on a case
  export_record,           // download or print a child's record
  view_record_access_log,  // see who looked at this child's record
  view_aggregates,         // area figures on the dashboard
  export_aggregates,       // download area figures (small numbers suppressed)
  view_audit,              // the audit trail for a local authority
  manage_users,            // invite people and change roles
};

inline constexpr std::array all_actions{
    Action::view_record,     Action::edit_record,       Action::contribute_advice, Action::make_decision,
    Action::export_record,   Action::view_record_access_log, Action::view_aggregates, Action::export_aggregates,
    Action::view_audit,      Action::manage_users,
};

std::string_view to_string(Action action);

// A professional asked to contribute to one case, until the involvement ends.
struct Involvement {
  std::string case_id;
  std::string child_id;
  std::chrono::sys_days until;
};

struct Actor {
  std::string user_id;
  Role role;
  std::vector<std::string> la_codes;  // authorities a council or NHS role works for
  std::string setting_urn;            // a SENCO's school or setting
  std::vector<std::string> children;  // a parent's or carer's children
  std::string own_child_id;           // a young person's own record
  std::vector<Involvement> involvements;
};

enum class ResourceKind { child_record, area, deployment };

struct Resource {
  ResourceKind kind;
  std::string la_code;      // the authority the child or figures belong to
  std::string child_id;     // child_record only
  std::string case_id;      // the case acted on, if any
  std::string setting_urn;  // where the child is placed now
  // From the end of compulsory school age decisions are the young person's (CAFA s.80); parents
  // then see the record only if the young person agrees.
  bool young_person_holds_rights = false;
  bool young_person_shares_with_parents = false;
};

struct Decision {
  bool allowed;
  std::string_view reason;  // for the audit trail, never shown as a reason to the refused person
  explicit operator bool() const { return allowed; }
};

Decision may(const Actor& actor, Action action, const Resource& resource, std::chrono::sys_days today);

}  // namespace sendhub::access
