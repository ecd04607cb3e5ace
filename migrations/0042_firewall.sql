-- Firewall and access requests (R5.2.1, R5.2.2). A customer or staff asks to open or close
-- addresses and ports on one of the customer's devices; security reviews it with a risk note;
-- an approved request changes the rule set in force. Rules are never deleted: a rule leaves the
-- set in force with the request that closed it (or "expired") and when, which is its history.
CREATE TABLE firewall_requests (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,       -- FW-2026-000001
  customer_id BIGINT NOT NULL,
  customer_name TEXT NOT NULL,
  device_id BIGINT NOT NULL,
  device_name TEXT NOT NULL,
  action TEXT NOT NULL,              -- open, close
  reason TEXT NOT NULL,
  expires_on TEXT,                   -- open: the last day its rules stay in force (none: until closed)
  risk_level TEXT NOT NULL,          -- low, medium, high: what the risk rules found in its lines
  risk_flags TEXT NOT NULL,          -- JSON array of the flags found
  status TEXT NOT NULL,              -- submitted, approved, rejected
  review_risk_level TEXT,            -- the reviewer's judgement
  review_note TEXT,
  reviewed_by TEXT,
  reviewed_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX firewall_requests_customer ON firewall_requests (customer_id, created_at);
CREATE INDEX firewall_requests_status ON firewall_requests (status, created_at);

-- What a request asks for, line by line: the rule to add (open) or the rule in force to remove
-- (close, rule_id set).
CREATE TABLE firewall_request_lines (
  id {{pk}},
  request_id BIGINT NOT NULL,
  direction TEXT NOT NULL,           -- inbound, outbound
  protocol TEXT NOT NULL,            -- tcp, udp, icmp, any
  source TEXT NOT NULL,              -- "any" or canonical CIDR / address
  destination TEXT NOT NULL,
  ports TEXT NOT NULL,               -- "any" or "22", "80,443", "8000-8100"
  risk_flags TEXT NOT NULL,          -- JSON array
  rule_id BIGINT
);
CREATE INDEX firewall_request_lines_request ON firewall_request_lines (request_id);

CREATE TABLE firewall_rules (
  id {{pk}},
  customer_id BIGINT NOT NULL,
  customer_name TEXT NOT NULL,
  device_id BIGINT NOT NULL,
  device_name TEXT NOT NULL,
  direction TEXT NOT NULL,
  protocol TEXT NOT NULL,
  source TEXT NOT NULL,
  destination TEXT NOT NULL,
  ports TEXT NOT NULL,
  match_key TEXT NOT NULL,           -- device and the five fields: one rule in force per key
  risk_level TEXT NOT NULL,          -- the reviewer's judgement of the request that added it
  expires_on TEXT,
  added_request_id BIGINT NOT NULL,
  added_at TEXT NOT NULL,
  reviewed_by TEXT NOT NULL,
  removed_request_id BIGINT,
  removed_at TEXT,
  removed_reason TEXT,               -- closed, expired
  notified_at TEXT                   -- when the customer was told it expires soon
);
CREATE INDEX firewall_rules_customer ON firewall_rules (customer_id, device_id, removed_at);
CREATE INDEX firewall_rules_expiry ON firewall_rules (removed_at, expires_on);
CREATE UNIQUE INDEX firewall_rules_in_force ON firewall_rules (match_key) WHERE removed_at IS NULL;

CREATE TABLE firewall_numbers (
  year INTEGER PRIMARY KEY,
  last_value BIGINT NOT NULL
);
