-- A change agreement not yet in effect when its contract ends lapses (R11.1, R11.2): the status
-- gains 'lapsed'. SQLite cannot change a CHECK constraint, so the table is rebuilt with its rows
-- (ids included) on both engines.
CREATE TABLE contract_amendments_v2 (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  number INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('proposed_by_operator', 'proposed_by_customer', 'agreed', 'effective',
                                         'rejected', 'withdrawn', 'lapsed')),
  proposed_by_side TEXT NOT NULL CHECK (proposed_by_side IN ('operator', 'customer')),
  proposed_by BIGINT NOT NULL,
  proposed_by_name TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  summary TEXT NOT NULL,
  rights_duties TEXT NOT NULL,
  changes TEXT NOT NULL,
  version INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (contract_id, number)
);
INSERT INTO contract_amendments_v2 (id, contract_id, customer_id, number, status, proposed_by_side, proposed_by,
                                    proposed_by_name, effective_date, summary, rights_duties, changes, version,
                                    created_at, updated_at)
  SELECT id, contract_id, customer_id, number, status, proposed_by_side, proposed_by, proposed_by_name,
         effective_date, summary, rights_duties, changes, version, created_at, updated_at
  FROM contract_amendments;
DROP TABLE contract_amendments;
ALTER TABLE contract_amendments_v2 RENAME TO contract_amendments;
CREATE INDEX contract_amendments_status ON contract_amendments (status, effective_date);
{{reset_identity:contract_amendments}};
