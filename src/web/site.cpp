#include "web/site.h"

#include "web/error_pages.h"

#include <fstream>
#include <sstream>

namespace sendhub::web {

Result<std::unique_ptr<Site>> Site::create(const SiteOptions& options, store::Database& db) {
  auto site = std::make_unique<Site>(db);
  const auto govuk = options.govuk_assets;
  if (auto ok = site->assets.add_file(govuk / "govuk-frontend.min.css", "govuk-frontend.min.css"); !ok)
    return std::unexpected(ok.error());
  if (auto ok = site->assets.add_file(govuk / "govuk-frontend.min.js", "govuk-frontend.min.js"); !ok)
    return std::unexpected(ok.error());
  // GOV.UK Frontend's stylesheet refers to /assets/fonts/… and /assets/images/….
  if (auto ok = site->assets.add_directory(govuk / "assets"); !ok) return std::unexpected(ok.error());
  if (auto ok = site->assets.add_directory(options.own_assets); !ok) return std::unexpected(ok.error());
  if (auto ok = site->views.load(options.templates, site->assets); !ok) return std::unexpected(ok.error());
  site->errors = make_error_responder(site->views);
  site->demo = options.demo;
  site->public_url = options.public_url;
  site->templates_dir = options.templates;
  site->kpis = std::make_unique<app::kpi::KpiState>(db);
  if (std::ifstream in(options.kpi_targets); in) {
    std::stringstream text;
    text << in.rdbuf();
    auto targets = kpi::parse_targets(text.str());
    if (!targets) return fail(ErrorCode::invalid_input, options.kpi_targets.string() + ": " + targets.error().message);
    site->kpi_targets = std::move(*targets);
  }
  for (auto add : {add_public_pages, add_operations_routes, add_asset_routes, add_sign_in_pages, add_children_pages,
                    add_audit_pages, add_account_pages, add_two_factor_pages, add_password_reset_pages,
                    add_invitation_pages, add_people_pages, add_api_token_pages, add_api_routes, add_outbox_pages, add_case_pages,
                    add_caseload_pages, add_advice_pages, add_request_assessment_pages, add_child_views_pages,
                    add_child_details_pages, add_document_pages,
                    add_panel_pages, add_plan_pages, add_local_offer_pages, add_review_pages, add_disagreement_pages, add_complaint_pages, add_transfer_pages, add_dashboard_pages, add_dashboard_kpi_pages,
                    add_dashboard_cases_pages, add_dashboard_report_pages, add_sen2_pages})
    if (auto ok = add(*site); !ok) return std::unexpected(ok.error());
  return site;
}

Result<Response> in_one_read(Site& site, const std::function<Result<Response>()>& page) {
  Result<Response> out = fail(ErrorCode::internal, "page not drawn");
  auto read = site.db.read_together([&]() -> Result<void> {
    out = page();
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

}  // namespace sendhub::web
