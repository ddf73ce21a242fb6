// Every state-changing route, found by walking the router so a new one cannot be forgotten, is
// sent a forged request three ways: no CSRF token, the right token from a foreign Origin, and
// Sec-Fetch-Site: cross-site. Each must be refused with 400 and leave every table as it was. A
// control request with the right token and origin shows that the comparison does see a change.
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "test_server.h"

namespace sendhub::testing {
namespace {

namespace http = web::http;

struct Reply {
  unsigned status = 0;
  std::string text;
};

Reply send(unsigned short port, std::string_view method, std::string_view target, std::string_view headers,
           std::string_view body = "") {
  RawClient c(port);
  std::string req = std::string(method) + " " + std::string(target) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                    std::string(headers) + "Connection: close\r\n";
  if (method == "POST")
    req += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  req += "\r\n" + std::string(body);
  c.send(req);
  auto text = c.read_all();
  return {status_of(text), text};
}

std::string cookie_value(std::string_view response, std::string_view name) {
  std::regex pattern(std::string(name) + "=([^;\r\n]+)");
  std::string text(response);
  std::smatch sm;
  return std::regex_search(text, sm, pattern) ? sm[1].str() : "";
}

std::string csrf_field(const std::string& page) {
  std::smatch m;
  return std::regex_search(page, m, std::regex("name=\"csrf_token\" value=\"([^\"]+)\"")) ? m[1].str() : "";
}

std::map<std::string, std::int64_t> snapshot(store::Database& db) {
  std::map<std::string, std::int64_t> out;
  EXPECT_TRUE(db.read([&](store::Connection& c) -> Result<void> {
    for (const char* table : {"users", "memberships", "family_links", "involvements", "sessions", "invitations",
                              "password_resets", "email_outbox", "api_tokens", "audit_log", "sign_in_failures", "plans",
                              "plan_versions", "plan_working_copies", "plan_section_locks",
                              "lo_services", "lo_metadata", "lo_change_requests", "lo_problem_reports", "lo_review_links"}) {
      auto rows = c.query(std::string("SELECT count(*) FROM ") + table, {});
      if (!rows) return std::unexpected(rows.error());
      out[table] = (*rows)[0].get_int(0);
    }
    auto disabled = c.query("SELECT count(*) FROM users WHERE disabled = 1", {});
    if (!disabled) return std::unexpected(disabled.error());
    out["users disabled"] = (*disabled)[0].get_int(0);
    return {};
  }));
  return out;
}

class StateChange : public ::testing::Test {
 protected:
  void SetUp() override {
    auto page = send(server.port(), "GET", "/sign-in", "");
    const std::string pre = cookie_value(page.text, "sendhub_csrf");
    auto signed_in = send(server.port(), "POST", "/sign-in", "Cookie: sendhub_csrf=" + pre + "\r\n",
                          "csrf_token=" + pre + "&email=admin%40demo.sendhub.test&password=demo-password-change-me");
    ASSERT_EQ(signed_in.status, 303u) << signed_in.text;
    session = cookie_value(signed_in.text, "sendhub_session");
    ASSERT_FALSE(session.empty());
    token = csrf_field(send(server.port(), "GET", "/account", "Cookie: sendhub_session=" + session + "\r\n").text);
    ASSERT_EQ(token.size(), 43u);
  }
  TestServer server;
  std::string session, token;
};

const std::string plausible_form =
    "email=new%40example.org&display_name=New+Person&role=sen_caseworker&organisation_id=org-york-sen"
    "&user_id=user-caseworker&from=sen_caseworker&disabled=1&name=Sync&scopes=records%3Aread&id=tok-x"
    "&password=long+enough+password+here&password_confirm=long+enough+password+here&code=123456&token=t";

TEST_F(StateChange, EveryPostRouteRefusesForgedRequestsAndChangesNothing) {
  int checked = 0;
  for (const auto& route : server.site().router.routes()) {
    if (route->method != http::verb::post) continue;
    std::string target = std::regex_replace(route->pattern, std::regex(":id"), "child-demo-alex");
    const std::string cookies = "Cookie: sendhub_session=" + session + "; sendhub_form_csrf=" + token +
                                "; sendhub_csrf=" + token + "\r\n";
    struct Forgery {
      const char* what;
      std::string headers, body;
    } forgeries[] = {
        {"no token", cookies, plausible_form},
        {"foreign origin", cookies + "Origin: https://evil.example\r\n", plausible_form + "&csrf_token=" + token},
        {"cross-site fetch", cookies + "Sec-Fetch-Site: cross-site\r\n", plausible_form + "&csrf_token=" + token},
    };
    for (const auto& f : forgeries) {
      auto before = snapshot(server.db());
      auto reply = send(server.port(), "POST", target, f.headers, f.body);
      EXPECT_EQ(reply.status, 400u) << route->pattern << " with " << f.what;
      EXPECT_EQ(snapshot(server.db()), before) << route->pattern << " with " << f.what << " changed stored data";
    }
    ++checked;
  }
  EXPECT_GE(checked, 33);  // every POST route the site has today; more is fine
}

TEST_F(StateChange, TheSameRequestWithTheRightTokenAndOriginDoesChangeData) {
  auto before = snapshot(server.db());
  auto reply = send(server.port(), "POST", "/people/access",
                    "Cookie: sendhub_session=" + session + "\r\nOrigin: http://127.0.0.1\r\n",
                    "user_id=user-caseworker&disabled=1&csrf_token=" + token);
  EXPECT_EQ(reply.status, 303u) << reply.text;
  auto after = snapshot(server.db());
  EXPECT_EQ(after["users disabled"], before["users disabled"] + 1);
  EXPECT_EQ(after["audit_log"], before["audit_log"] + 1);
}

}  // namespace
}  // namespace sendhub::testing
