-- A dispute closed with the outcome "payment plan" (R12) keeps its instalment schedule. While no
-- instalment is overdue the invoices the case links stay paused in collections (no late fee, no
-- reminders, no suspension); the first overdue instalment lifts the pause (lapsed_at).
CREATE TABLE dispute_plans (
  dispute_id BIGINT PRIMARY KEY REFERENCES disputes (id),
  paid_base_fen BIGINT NOT NULL,  -- what the covered invoices had been paid when the plan was agreed
  lapsed_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX dispute_plans_open ON dispute_plans (lapsed_at);

CREATE TABLE dispute_instalments (
  id {{pk}},
  dispute_id BIGINT NOT NULL REFERENCES disputes (id),
  seq INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  amount_fen BIGINT NOT NULL
);
CREATE UNIQUE INDEX dispute_instalments_seq ON dispute_instalments (dispute_id, seq);
