// Test helpers for SEN2: a synthetic return that uses every module (fictional children, LA 999),
// and xmllint run against the 2024 schema, so tests can show that what check_sen2 passes the
// schema accepts and what it reports the schema rejects.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "domain/sen2/sen2_return.h"
#include "domain/sen2/sen2_xml.h"

namespace sendhub::sen2::testing {

inline Date d(std::string_view s) { return *calendar::parse_date(s); }

// `relative` in the current directory or the nearest parent that has it; empty if none does.
inline std::filesystem::path find_upward(const std::filesystem::path& relative) {
  std::error_code ec;
  for (auto dir = std::filesystem::current_path(ec); !ec && !dir.empty(); dir = dir.parent_path()) {
    if (std::filesystem::is_regular_file(dir / relative, ec)) return dir / relative;
    if (dir == dir.parent_path()) break;
  }
  return {};
}

// SENDHUB_SEN2_XSD, else the repository's copy (tests run in the source directory, but a test
// binary may be run from elsewhere, so it is also looked for upward). Empty when there is none:
// the caller fails the test.
inline std::string sen2_xsd_path() {
  if (const char* env = std::getenv("SENDHUB_SEN2_XSD"); env && *env) return env;
  return find_upward("data/sen2/SEN2_schema_2024.xsd").string();
}

inline std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Lint {
  int status = -1;     // xmllint's exit status: 0 valid, 3 invalid, 127 not installed
  std::string output;  // what it printed
};

// Writes `xml` to a temporary file and runs `xmllint <args> <file>` on it.
inline Lint xmllint(const std::string& xml, const std::string& args) {
  static std::atomic<int> serial{0};
  auto dir = std::filesystem::temp_directory_path();
  auto stem = "sen2-test-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
  auto file = dir / (stem + ".xml"), out = dir / (stem + ".out");
  std::ofstream(file, std::ios::binary) << xml;
  std::string command = "xmllint " + args + " '" + file.string() + "' > '" + out.string() + "' 2>&1";
  int raw = std::system(command.c_str());
  Lint lint{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_all(out)};
  std::filesystem::remove(file);
  std::filesystem::remove(out);
  return lint;
}

// Schema validation of `xml`; fails the calling test when the schema or xmllint is missing.
inline Lint validate(const std::string& xml) {
  auto xsd = sen2_xsd_path();
  EXPECT_TRUE(!xsd.empty() && std::filesystem::is_regular_file(xsd))
      << "SEN2_schema_2024.xsd not found (\"" << xsd << "\"): set SENDHUB_SEN2_XSD to its path";
  Lint lint = xmllint(xml, "--noout --schema '" + xsd + "'");
  EXPECT_NE(lint.status, 127) << "xmllint is not installed (Debian package libxml2-utils)";
  return lint;
}

inline Header synthetic_header() {
  Header h;
  h.year = 2024;
  h.reference_date = d("2024-01-18");
  h.lea = "999";
  h.software_code = "SENDhub";
  h.release = "0.1.0";
  h.serial_no = "001";
  h.date_time = DateTime{d("2024-02-01"), 9, 30, 0};
  h.dmo = "Y";
  h.dco = "Y";
  return h;
}

// Request, assessment with a 20-week exception, a named plan with two placements, and an active
// plan with two needs and a review.
inline Person synthetic_child_with_active_plan() {
  Person p{.child_ref = "SYN-001", .surname = "Quillfeather", .forename = "Ada", .birth_date = d("2014-03-09"),
           .sex = "F", .ethnicity = "WBRI", .postcode = "ZZ99 1AA", .upn = "A999000000001"};
  Request r{.received_date = d("2023-01-10"), .rya = false, .outcome_date = d("2023-02-20"), .outcome = "Y",
            .mediation = false, .tribunal = false};
  NamedPlan plan{.start_date = d("2023-07-14")};
  plan.plan_details = {
      {.urn = "999001", .sen_setting = "OTH", .sen_setting_other = "Synthetic primary school", .placement_rank = 1,
       .resourced_provision = true},
      {.ukprn = "19999999", .sen_setting = "OPA", .placement_rank = 2, .sen_unit = true}};
  plan.pb = true;
  plan.oa = false;
  plan.dp = "E";
  r.assessment = Assessment{.outcome = "Y", .outcome_date = d("2023-07-14"), .assessment_mediation = false,
                            .assessment_tribunal = false, .other_mediation = false, .other_tribunal = false,
                            .week20 = true, .named_plan = plan};
  ActivePlan active;
  active.placements = {{.urn = "999001", .sen_setting = "OTH", .sen_setting_other = "Synthetic primary school",
                        .placement_rank = 1, .entry_date = d("2023-09-04"), .resourced_provision = true}};
  active.needs = {{"SLCN", 1}, {"ASD", 2}};
  active.review_meeting = d("2023-12-05");
  active.review_outcome = "M";
  active.last_review = d("2023-12-05");
  r.active_plan = active;
  p.requests = {r};
  return p;
}

// No UPN (a reason instead), a ULN, a historical plan that has ceased, and a later request the
// LA declined to assess.
inline Person synthetic_child_with_ceased_plan() {
  Person p{.child_ref = "SYN-002", .surname = "Marchbanks", .forename = "Theo", .birth_date = d("2005-11-30"),
           .sex = "M", .ethnicity = "MWAS", .postcode = "ZZ99 2BB", .uln = "9999000001", .upn_unknown = "UN2"};
  Request historical{.outcome = "H"};
  NamedPlan plan{.start_date = d("2019-05-01")};
  plan.plan_details = {{.ukprn = "19999998", .sen_setting = "OTH", .placement_rank = 1}};
  plan.plan_res = "A";
  plan.plan_wbp = "S";
  plan.cease_date = d("2023-07-31");
  plan.cease_reason = "4";
  historical.assessment = Assessment{.outcome = "H", .named_plan = plan};
  Request declined{.received_date = d("2023-09-01"), .outcome_date = d("2023-10-13"), .outcome = "N",
                   .mediation = true, .tribunal = false, .exported = "816"};
  p.requests = {historical, declined};
  return p;
}

// A temporary UPN, a plan transferred in from another LA with two placements, one left.
inline Person synthetic_transferred_child() {
  Person p{.child_ref = "SYN-003", .surname = "Okonkwo-Lark", .forename = "Jun", .birth_date = d("2010-08-21"),
           .sex = "U", .ethnicity = "NOBT", .postcode = "ZZ99 3CC", .upn = "Z99900000002A"};
  Request r{.outcome = "H"};
  r.assessment = Assessment{.outcome = "H", .week20 = false};
  ActivePlan active{.transfer_la = "816"};
  active.placements = {
      {.sen_setting = "EHE", .placement_rank = 2, .entry_date = d("2023-01-09"), .leaving_date = d("2023-04-28")},
      {.urn = "999002", .sen_setting = "OLA", .placement_rank = 1, .entry_date = d("2023-04-24"),
       .sen_unit = true, .res = "B", .wbp = "A"}};
  active.needs = {{"SEMH", 1}};
  active.review_meeting = d("2023-10-02");
  active.review_outcome = "A";
  r.active_plan = active;
  p.requests = {r};
  return p;
}

inline Sen2Return synthetic_return() {
  return {synthetic_header(),
          {synthetic_child_with_active_plan(), synthetic_child_with_ceased_plan(), synthetic_transferred_child()}};
}

}  // namespace sendhub::sen2::testing
