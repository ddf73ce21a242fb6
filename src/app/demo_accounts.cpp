// Demo organisations, people and two children, for `serve --demo` only. Every name is made up.
// All demo accounts share the password below and have two-factor authentication off.
#include "app/demo_data.h"

#include <sodium.h>

#include "app/clock.h"
#include "app/identity/password_hasher.h"

namespace sendhub::app {
namespace {

struct DemoOrganisation {
  const char *id, *kind, *name, *la_code, *urn;
};
struct DemoUser {
  const char *id, *email, *name, *organisation, *role;  // organisation empty for families
};

constexpr DemoOrganisation organisations[] = {
    {"org-york-sen", "local_authority", "City of York Council SEN team", "816", nullptr},
    {"org-demo-primary", "school", "Demo Primary School", "816", "100001"},
    {"org-demo-academy", "school", "Demo Academy", "816", "100002"},
    {"org-demo-secondary", "school", "Demo Secondary School", "816", "100003"},
    {"org-demo-infant", "school", "Demo Infant School", "816", "100004"},
    {"org-demo-nhs", "nhs", "Demo NHS Foundation Trust", "816", nullptr},
    {"org-york-social", "social_care", "City of York Children's Social Care", "816", nullptr},
    {"org-york-ep", "local_authority", "City of York Educational Psychology Service", "816", nullptr},
    {"org-demo-icb", "nhs", "Demo Integrated Care Board", "816", nullptr},
    {"org-nyorks-sen", "local_authority", "North Yorkshire Council SEN team", "815", nullptr},
};
// The ICB works across all three demo authorities.
constexpr const char* icb_areas[] = {"815", "811"};

constexpr DemoUser users[] = {
    {"user-caseworker", "caseworker@demo.sendhub.test", "Casey Worker", "org-york-sen", "sen_caseworker"},
    {"user-manager", "manager@demo.sendhub.test", "Morgan Manager", "org-york-sen", "sen_manager"},
    {"user-senco", "senco@demo.sendhub.test", "Sam Senco", "org-demo-primary", "school_senco"},
    {"user-health", "health@demo.sendhub.test", "Harper Health", "org-demo-nhs", "health_professional"},
    {"user-ep", "ep@demo.sendhub.test", "Eden Psychologist", "org-york-ep", "educational_psychologist"},
    {"user-social", "social@demo.sendhub.test", "Sol Social", "org-york-social", "social_worker"},
    {"user-analyst", "analyst@demo.sendhub.test", "Ari Analyst", "org-york-sen", "analyst"},
    {"user-admin", "admin@demo.sendhub.test", "Adi Admin", "org-york-sen", "administrator"},
    {"user-dco", "dco@demo.sendhub.test", "Dee Clinical-Officer", "org-demo-icb", "designated_clinical_officer"},
    {"user-caseworker-ny", "caseworker.northyorks@demo.sendhub.test", "Noor Yorkshire", "org-nyorks-sen", "sen_caseworker"},
    {"user-parent", "parent@demo.sendhub.test", "Pat Parent", "", "parent_carer"},
    {"user-parent2", "parent2@demo.sendhub.test", "Parker Parent", "", "parent_carer"},
};

Result<void> run(store::Connection& c, const char* sql, std::span<const store::Value> p) {
  auto n = c.execute(sql, p);
  if (!n) return std::unexpected(n.error());
  return {};
}

}  // namespace

Result<void> load_demo_accounts(store::Database& db) {
  PasswordHasher hasher(1);
  auto hash = hasher.hash(demo_password);
  if (!hash) return std::unexpected(hash.error());
  const std::string now = utc_timestamp_now();
  return db.write([&](store::Connection& c) -> Result<void> {
    for (const auto& o : organisations) {
      const store::Value p[] = {o.id, o.kind, o.name, o.la_code ? store::Value(o.la_code) : store::Value(),
                                o.urn ? store::Value(o.urn) : store::Value(), now};
      if (auto ok = run(c, "INSERT INTO organisations (id, kind, name, la_code, urn, created_at) VALUES ($1, $2, $3, $4, $5, $6) "
                           "ON CONFLICT (id) DO NOTHING", p); !ok) return ok;
    }
    for (const char* la : icb_areas) {
      const store::Value p[] = {"org-demo-icb", la};
      if (auto ok = run(c, "INSERT INTO organisation_areas (organisation_id, la_code) VALUES ($1, $2) ON CONFLICT DO NOTHING", p); !ok)
        return ok;
    }
    for (const auto& u : users) {
      const store::Value p[] = {u.id, u.email, u.name, *hash, now};
      if (auto ok = run(c, "INSERT INTO users (id, email, display_name, password_hash, is_demo, created_at) "
                           "VALUES ($1, $2, $3, $4, 1, $5) ON CONFLICT (id) DO NOTHING", p); !ok) return ok;
      if (u.organisation[0] != '\0') {
        const store::Value m[] = {u.id, u.organisation, u.role};
        if (auto ok = run(c, "INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3) "
                             "ON CONFLICT DO NOTHING", m); !ok) return ok;
      }
    }
    // Two children: Alex at Demo Primary (the demo SENCO's school), Robin at Demo Academy.
    const store::Value alex[] = {"child-demo-alex", "816", "Alex", "Example", "2016-04-12", "100001", now};
    const store::Value robin[] = {"child-demo-robin", "816", "Robin", "Sample", "2012-09-30", "100002", now};
    for (auto* child : {alex, robin})
      if (auto ok = run(c, "INSERT INTO children (id, la_code, given_name, family_name, date_of_birth, setting_urn, created_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
                        std::span<const store::Value>(child, 7)); !ok) return ok;
    const store::Value links[][3] = {{"user-parent", "child-demo-alex", "parent_carer"},
                                     {"user-parent2", "child-demo-robin", "parent_carer"}};
    for (const auto& l : links)
      if (auto ok = run(c, "INSERT INTO family_links (user_id, child_id, relationship) VALUES ($1, $2, $3) "
                           "ON CONFLICT DO NOTHING", l); !ok) return ok;
    // Health, the educational psychologist and social care are asked to contribute to Alex's case.
    for (const char* who : {"user-health", "user-ep", "user-social"}) {
      const store::Value inv[] = {who, "child-demo-alex", "case-demo-alex-1", "2030-12-31"};
      if (auto ok = run(c, "INSERT INTO involvements (user_id, child_id, case_id, until) VALUES ($1, $2, $3, $4) "
                           "ON CONFLICT DO NOTHING", inv); !ok) return ok;
    }
    return {};
  });
}

}  // namespace sendhub::app
