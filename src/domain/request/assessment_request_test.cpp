#include "domain/request/assessment_request.h"

#include <gtest/gtest.h>

namespace sendhub::request {
namespace {

TEST(AssessmentRequest, SchoolsAreAlsoAskedAboutTheFamilysAgreement) {
  EXPECT_EQ(steps_for(false), (std::vector<Step>{Step::difficulties, Step::support_so_far, Step::hopes, Step::evidence, Step::check}));
  EXPECT_EQ(steps_for(true).size(), 6u);
  EXPECT_EQ(steps_for(true)[3], Step::agreement);
  for (auto s : steps_for(true)) EXPECT_EQ(step_from_slug(slug(s)), s);
  EXPECT_FALSE(step_from_slug("nope"));
}

TEST(AssessmentRequest, EachPageSaysWhatIsMissing) {
  Answers a;
  EXPECT_EQ(check_step(Step::difficulties, a, false).at(0).field, "difficulties");
  EXPECT_EQ(check_step(Step::support_so_far, a, false).at(0).field, "support_so_far");
  EXPECT_TRUE(check_step(Step::hopes, a, false).empty());  // optional
  EXPECT_EQ(check_step(Step::agreement, a, true).at(0).message,
            "Select whether the family knows about this request and agrees to it");
  a.family_agreed = "no";
  EXPECT_NE(check_step(Step::agreement, a, true).at(0).message.find("Talk to the family first"), std::string::npos);
  a.difficulties = std::string(5001, 'x');
  EXPECT_EQ(check_step(Step::difficulties, a, false).at(0).message, "Keep this to 5,000 characters or fewer");
  a.difficulties = "  \n ";
  EXPECT_FALSE(check_step(Step::difficulties, a, false).empty());
}

TEST(AssessmentRequest, SomeoneReturningCarriesOnWhereTheyLeftOff) {
  Answers a;
  EXPECT_EQ(resume_at(a, false), Step::difficulties);
  a.difficulties = "Reading.";
  a.reached = Step::support_so_far;
  EXPECT_EQ(resume_at(a, false), Step::support_so_far);
  a.support_so_far = "A reading group.";
  a.reached = Step::hopes;
  EXPECT_EQ(resume_at(a, false), Step::hopes);  // optional, but not yet seen
  a.reached = Step::evidence;
  EXPECT_EQ(resume_at(a, false), Step::evidence);
  a.reached = Step::check;
  EXPECT_EQ(resume_at(a, false), Step::check);
  EXPECT_EQ(resume_at(a, true), Step::agreement);  // a school must still answer for the family
  a.difficulties.clear();
  EXPECT_EQ(resume_at(a, false), Step::difficulties);  // an emptied answer is asked again
}

TEST(AssessmentRequest, ChangingAnAnswerReturnsToCheckYourAnswers) {
  EXPECT_EQ(after(Step::difficulties, false, false), Step::support_so_far);
  EXPECT_EQ(after(Step::hopes, false, false), Step::evidence);
  EXPECT_EQ(after(Step::hopes, true, false), Step::agreement);
  EXPECT_EQ(after(Step::difficulties, false, true), Step::check);
}

TEST(AssessmentRequest, TheRequestReadsAsAnswersUnderTheirQuestions) {
  Answers a{"Reading.", "A reading group.", "", "", Step::check};
  EXPECT_EQ(request_text(a, "Robin"), "What Robin finds hard:\nReading.\n\nSupport tried so far:\nA reading group.");
  a.hopes = "An assessment.";
  EXPECT_NE(request_text(a, "Robin").find("What we would like to happen:\nAn assessment."), std::string::npos);
  EXPECT_EQ(check_all(Answers{}, true).size(), 3u);
}

}  // namespace
}  // namespace sendhub::request
