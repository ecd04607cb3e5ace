-- What a contract put into the ledger: the devices planned and the IPv4 addresses assigned at
-- activation. The settlement checklist derives "equipment moved out" and "addresses reclaimed"
-- from them, and termination returns the addresses after a grace period (release_due, by the
-- daily job; released_at once done).
CREATE TABLE contract_resources (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  kind TEXT NOT NULL CHECK (kind IN ('device', 'ipv4_address')),
  ref_id BIGINT NOT NULL,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  release_due TEXT,
  released_at TEXT,
  UNIQUE (contract_id, kind, ref_id)
);
CREATE INDEX contract_resources_due ON contract_resources (release_due);
