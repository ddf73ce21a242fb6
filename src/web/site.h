// Everything the web layer builds once at start-up: assets, templates, routes, metrics and the
// error responder. Handlers get the Site by reference; nothing here changes after start-up
// except the metrics counters.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "app/casework/caseload.h"
#include "app/review/plan_register.h"
#include "app/identity/password_hasher.h"
#include "app/kpi/kpi_state.h"
#include "domain/kpi/targets.h"
#include "store/database.h"
#include "web/metrics.h"
#include "web/router.h"
#include "web/server.h"
#include "web/static_assets.h"
#include "web/views.h"

namespace sendhub::web {

struct SiteOptions {
  std::filesystem::path templates = "templates";
  std::filesystem::path govuk_assets = "node_modules/govuk-frontend/dist/govuk";
  std::filesystem::path own_assets = "static";
  bool demo = false;  // say on the sign-in page that demo accounts exist
  std::string public_url = "http://127.0.0.1:8080";  // for links in emails; never taken from a request
  std::filesystem::path kpi_targets = "config/kpi_targets.json";  // the board's targets; a missing file means none set
};

// Which children each session has already been shown in a list today, so list pages audit each
// name once a day per session rather than on every view. Bounded: forgetting only means writing
// an entry again, never missing one.
class ListAuditMemory {
 public:
  bool first_today(const std::string& session_hash, const std::string& child_id, const std::string& day) {
    std::lock_guard lock(mutex_);
    if (seen_.size() > 500'000) seen_.clear();
    return seen_.insert(session_hash + '|' + child_id + '|' + day).second;
  }

 private:
  std::mutex mutex_;
  std::unordered_set<std::string> seen_;
};

class Site {
 public:
  static Result<std::unique_ptr<Site>> create(const SiteOptions& options, store::Database& db);

  store::Database& db;
  StaticAssets assets;
  Views views;
  Router router;
  Metrics metrics;
  ErrorResponder errors;
  app::PasswordHasher hasher;
  bool demo = false;
  std::string public_url;
  ListAuditMemory list_audits;
  app::OpenCases open_cases;  // the caseload's in-memory timelines
  app::PlanRegister plan_register;  // the review lists' plans, per authority or setting
  std::unique_ptr<app::kpi::KpiState> kpis;  // the dashboard's facts, kept up to date from the kpi_changes feed
  std::vector<kpi::Target> kpi_targets;
  std::filesystem::path templates_dir;  // also holds messages/ (the Local Offer's interface strings)

  explicit Site(store::Database& database) : db(database) {}
};

// Draws a page whose reads all share one read transaction (store::Database::read_together):
// one snapshot and one pooled connection for the whole page.
Result<Response> in_one_read(Site& site, const std::function<Result<Response>()>& page);

// Route groups, one file each.
Result<void> add_public_pages(Site& site);
Result<void> add_operations_routes(Site& site);
Result<void> add_asset_routes(Site& site);
Result<void> add_sign_in_pages(Site& site);
Result<void> add_children_pages(Site& site);
Result<void> add_audit_pages(Site& site);
Result<void> add_account_pages(Site& site);
Result<void> add_two_factor_pages(Site& site);
Result<void> add_password_reset_pages(Site& site);
Result<void> add_invitation_pages(Site& site);
Result<void> add_people_pages(Site& site);
Result<void> add_api_token_pages(Site& site);
Result<void> add_api_routes(Site& site);
Result<void> add_outbox_pages(Site& site);
Result<void> add_case_pages(Site& site);
Result<void> add_caseload_pages(Site& site);
Result<void> add_advice_pages(Site& site);
Result<void> add_child_views_pages(Site& site);
Result<void> add_child_details_pages(Site& site);
Result<void> add_document_pages(Site& site);
Result<void> add_panel_pages(Site& site);
Result<void> add_request_assessment_pages(Site& site);
// The Local Offer: public search and service pages, editing, and the Open Referral UK API.
Result<void> add_local_offer_pages(Site& site);
Result<void> add_plan_pages(Site& site);
// Annual reviews: the planning lists, the phase-transfer list, arranging a review and its page.
Result<void> add_review_pages(Site& site);
Result<void> add_disagreement_pages(Site& site);
Result<void> add_complaint_pages(Site& site);
Result<void> add_transfer_pages(Site& site);
// The partnership board's dashboard of KPIs (aggregates only).
Result<void> add_dashboard_pages(Site& site);
// One KPI in full, its downloads, and the records behind a figure.
Result<void> add_dashboard_kpi_pages(Site& site);
Result<void> add_dashboard_cases_pages(Site& site);
// The printable board report for a chosen period (small numbers suppressed).
Result<void> add_dashboard_report_pages(Site& site);
// The DfE SEN2 return: the pre-submission check and the XML download.
Result<void> add_sen2_pages(Site& site);

}  // namespace sendhub::web
