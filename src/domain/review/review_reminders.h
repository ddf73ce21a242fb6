// Reminding a school about its pupils' annual reviews (issue 7): a review to arrange when it
// falls due within eight weeks and no meeting is arranged yet (time to give the two weeks' notice
// of reg 20(3) and to have advice circulated two weeks before, reg 20(4)), and a review that is
// overdue with no meeting arranged, or one arranged for a day now past and not recorded.
#pragma once

#include <vector>

#include "domain/review/review_planning.h"

namespace sendhub::review {

inline constexpr int arrange_review_days_before = 56;

enum class ReviewReminder { to_arrange, overdue };

struct ReviewToRemind {
  const PlanOnRecord* plan;
  Date due;  // review.meeting from the statutory engine
  ReviewReminder kind;
};

// Soonest due first; a plan appears at most once.
std::vector<ReviewToRemind> reviews_to_remind(const std::vector<PlanOnRecord>& plans, Date today);

}  // namespace sendhub::review
