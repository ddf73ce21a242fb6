#include "domain/email/message.h"

#include <gtest/gtest.h>

#include "domain/email/messages.h"

namespace sendhub::email {
namespace {

TEST(EmailAddress, AcceptsOrdinaryAddressesAndRefusesMistakes) {
  EXPECT_TRUE(valid_address("pat.parent@example.org"));
  EXPECT_TRUE(valid_address("a+b@sub.example.co.uk"));
  for (const char* bad : {"", "no-at-sign", "@example.org", "a@b", "a@@b.org", "a b@example.org", "a@example..org",
                          "a@example.org.", "a@.example.org", "a@example.org\r\nBcc: x@y.org", "<a@example.org>",
                          "a@example.org,b@example.org"})
    EXPECT_FALSE(valid_address(bad)) << bad;
  EXPECT_FALSE(valid_address(std::string(250, 'a') + "@b.org"));
}

TEST(EmailMessage, HeaderInjectionAndLongLinesAreRefused) {
  EXPECT_TRUE(check_message({"a@example.org", "Hello", "Body\n"}));
  EXPECT_FALSE(check_message({"a@example.org", "Hello\r\nBcc: victim@example.org", "x"}));
  EXPECT_FALSE(check_message({"a@example.org", "", "x"}));
  EXPECT_FALSE(check_message({"a@example.org", "Hi", std::string("a\0b", 3)}));
  EXPECT_FALSE(check_message({"a@example.org", "Hi", std::string(999, 'x')}));
  EXPECT_TRUE(check_message({"a@example.org", "Hi", std::string(998, 'x') + "\n" + std::string(998, 'y')}));
}

TEST(EmailMessage, RendersCrlfHeadersAndEncodesNonAsciiSubjects) {
  auto text = render({"a@example.org", "Hello", "Line one\nLine two"}, "SENDhub <no-reply@example.org>",
                     "Tue, 24 Nov 2026 09:05:00 +0000", "1@example.org");
  EXPECT_NE(text.find("Subject: Hello\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\n\r\nLine one\r\nLine two\r\n"), std::string::npos);
  EXPECT_EQ(text.find("\n\n"), std::string::npos);  // every line break is CRLF

  auto encoded = render({"a@example.org", "Zaproszenie do SENDhub: żółć", "x"}, "f@example.org", "d", "id");
  EXPECT_NE(encoded.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_EQ(encoded.find("żółć"), std::string::npos);
}

TEST(EmailMessage, ASubjectOfStrayContinuationBytesStillRendersAndEnds) {
  // Found by fuzz_email_message: the encoder looked for a character boundary that never came.
  std::string subject = "Temat " + std::string(60, '\xa8');
  auto text = render({"a@example.org", subject, "x"}, "f@example.org", "d", "id");
  EXPECT_NE(text.find("Subject: =?UTF-8?B?"), std::string::npos);
}

TEST(EmailMessage, DateIsRfc5322) {
  using namespace std::chrono;
  EXPECT_EQ(rfc5322_date(sys_days{2026y / November / 24} + hours(9) + minutes(5)), "Tue, 24 Nov 2026 09:05:00 +0000");
  EXPECT_EQ(rfc5322_date(sys_days{2028y / February / 29}), "Tue, 29 Feb 2028 00:00:00 +0000");
}

TEST(EmailRetry, DoublesFromAMinuteAndGivesUpAfterTenTries) {
  using namespace std::chrono;
  EXPECT_EQ(retry_delay(1), seconds(60));
  EXPECT_EQ(retry_delay(2), seconds(120));
  EXPECT_EQ(retry_delay(5), seconds(960));
  EXPECT_EQ(retry_delay(9), seconds(15360));  // about 4 hours; about 8.5 hours of trying in all
  EXPECT_EQ(retry_delay(max_attempts), std::nullopt);
  EXPECT_EQ(retry_delay(0), std::nullopt);
}

TEST(EmailContent, InvitationSaysWhatHappenedAndWhatToDoWithoutChildDetails) {
  auto m = invitation_message({"pat@example.org", "Pat Parent", "City of York Council SEN team", "Parent or carer",
                               "https://sendhub.example/invitations/accept?token=abc", "1 December 2026", true});
  EXPECT_TRUE(check_message(m));
  EXPECT_NE(m.body.find("City of York Council SEN team has invited you"), std::string::npos);
  EXPECT_NE(m.body.find("https://sendhub.example/invitations/accept?token=abc"), std::string::npos);
  EXPECT_NE(m.body.find("stops working on 1 December 2026"), std::string::npos);
  EXPECT_NE(m.body.find("we do not put them in emails"), std::string::npos);
}

TEST(EmailContent, EveryMessagePassesTheChecks) {
  EXPECT_TRUE(check_message(password_reset_message("a@example.org", "https://x.example/reset?token=t", 60)));
  EXPECT_TRUE(check_message(password_changed_message("a@example.org", "https://x.example/sign-in")));
  EXPECT_TRUE(check_message(role_changed_message("a@example.org", "SEN manager", "https://x.example/sign-in")));
  EXPECT_TRUE(check_message(assessment_decision_message("a@example.org", true, "https://x.example/cases/c")));
  EXPECT_TRUE(check_message(assessment_decision_message("a@example.org", false, "https://x.example/cases/c")));
  EXPECT_TRUE(check_message(draft_plan_message("a@example.org", "28 April 2025", "https://x.example/cases/c")));
  EXPECT_TRUE(check_message(final_plan_message("a@example.org", "https://x.example/cases/c")));
  EXPECT_TRUE(check_message(case_message_notice("a@example.org", true, "https://x.example/cases/c#messages")));
  EXPECT_TRUE(check_message(advice_reminder_message("a@example.org", "5 March 2027", true, "https://x.example/cases/c/advice")));
  EXPECT_EQ(overdue_digest_message("a@example.org", 3, "https://x.example/cases").subject, "3 statutory steps became overdue yesterday");
}

}  // namespace
}  // namespace sendhub::email
