-- Disagreements (issue 7). A disagreement is a case (process disagreement) about one appealable
-- decision in another case; its dates (mediation, certificate, appeal, the council's response)
-- are that case's events. This row says which decision, how mediation and the appeal ended,
-- and, when the tribunal made an order, the case (process tribunal_order) that tracks it.
CREATE TABLE disagreements (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  about_case_id TEXT NOT NULL REFERENCES cases (id),
  about TEXT NOT NULL CHECK (about IN ('refusal_to_assess', 'no_plan', 'plan_contents', 'review_decision', 'cease')),
  mediation_outcome TEXT NOT NULL DEFAULT '' CHECK (mediation_outcome IN ('', 'agreed', 'partly_agreed', 'not_agreed')),
  tribunal_reference TEXT NOT NULL DEFAULT '',
  hearing_on TEXT NOT NULL DEFAULT '',
  appeal_outcome TEXT NOT NULL DEFAULT '' CHECK (appeal_outcome IN ('', 'order', 'dismissed', 'withdrawn', 'conceded')),
  order_case_id TEXT REFERENCES cases (id)
) STRICT;
CREATE INDEX disagreements_by_case ON disagreements (about_case_id);
