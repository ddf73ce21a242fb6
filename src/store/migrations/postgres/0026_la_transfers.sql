-- Moving to another council (issue 7, SEND Regs 2014 reg 15). The move is a case (process
-- la_transfer) whose events are when the old council heard, the move, the plan passed on and the
-- new council telling the family. This row says which councils. When the plan is passed on, the
-- child's record, the plan and the child's open cases move to the new council with all their
-- history; closed cases keep the council that held them.
CREATE TABLE la_transfers (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  from_la TEXT NOT NULL REFERENCES local_authorities (code),
  to_la TEXT NOT NULL REFERENCES local_authorities (code),
  CHECK (from_la <> to_la)
);
