-- Vulnerability management (R5.2.3): a customer's consent to scanning, scans of its own addresses
-- (nmap run by Colo, or nmap/OpenVAS reports imported), findings deduplicated across scans and
-- tracked to a deadline by severity, and security assessments with their items.

-- Consent to scanning: who gave it, for which of the customer's prefixes and addresses (CIDR text,
-- one per line), and the dates it is valid (business dates, inclusive). Revoked, never deleted.
CREATE TABLE vulns_consents (
  id {{pk}},
  customer_id BIGINT NOT NULL,
  granted_by TEXT NOT NULL,  -- the customer's signatory
  granted_on TEXT NOT NULL,
  scope TEXT NOT NULL,       -- CIDRs, newline-separated, canonical
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  source TEXT NOT NULL,      -- portal, signed
  document TEXT NOT NULL,    -- the signed document's reference (file name, archive number)
  file_hash TEXT,            -- the signed document uploaded (stored by content hash)
  file_type TEXT,
  revoked_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX vulns_consents_customer ON vulns_consents (customer_id, valid_until);

-- Ports the customer declares as its services: an open one is not a finding.
CREATE TABLE vulns_allowed_ports (
  id {{pk}},
  customer_id BIGINT NOT NULL,
  protocol TEXT NOT NULL,
  port INTEGER NOT NULL,
  note TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX vulns_allowed_ports_key ON vulns_allowed_ports (customer_id, protocol, port);

-- Scheduled scans per customer.
CREATE TABLE vulns_schedules (
  id {{pk}},
  customer_id BIGINT NOT NULL,
  targets TEXT NOT NULL,  -- CIDRs, newline-separated
  profile TEXT NOT NULL,  -- top, full, service
  ports TEXT,
  interval_days INTEGER NOT NULL,
  next_run_on TEXT NOT NULL,
  active INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX vulns_schedules_due ON vulns_schedules (active, next_run_on);
CREATE INDEX vulns_schedules_customer ON vulns_schedules (customer_id);

-- A scan run by Colo or imported from a report.
CREATE TABLE vulns_scans (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL,
  schedule_id BIGINT,
  kind TEXT NOT NULL,     -- nmap, nmap_import, openvas_import
  targets TEXT NOT NULL,
  profile TEXT,
  ports TEXT,
  status TEXT NOT NULL,   -- done, failed
  hosts_up INTEGER NOT NULL,
  open_ports INTEGER NOT NULL,
  findings_new INTEGER NOT NULL,
  findings_closed INTEGER NOT NULL,
  findings_reopened INTEGER NOT NULL,
  error TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX vulns_scans_customer ON vulns_scans (customer_id, started_at);
CREATE INDEX vulns_scans_schedule ON vulns_scans (schedule_id, finished_at);

-- What a scan saw: one row per open port (with its service) of a host.
CREATE TABLE vulns_scan_ports (
  id {{pk}},
  scan_id BIGINT NOT NULL REFERENCES vulns_scans (id),
  host TEXT NOT NULL,
  protocol TEXT NOT NULL,
  port INTEGER NOT NULL,
  service TEXT NOT NULL,
  product TEXT NOT NULL,
  version TEXT NOT NULL
);
CREATE INDEX vulns_scan_ports_scan ON vulns_scan_ports (scan_id, host, port);

-- A finding, one per customer, host, port and plugin across all scans.
CREATE TABLE vulns_findings (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL,
  host TEXT NOT NULL,
  protocol TEXT NOT NULL,
  port INTEGER NOT NULL,   -- 0: the host itself
  plugin TEXT NOT NULL,    -- open-port, or the OpenVAS NVT OID
  title TEXT NOT NULL,
  detail TEXT NOT NULL,
  cvss_tenths INTEGER,     -- CVSS base score x 10
  severity TEXT NOT NULL,  -- critical, high, medium, low, info
  status TEXT NOT NULL,    -- open, acknowledged, fixed, verified, accepted
  due_on TEXT NOT NULL,
  owner TEXT NOT NULL,
  acknowledged_by TEXT,
  acknowledged_at TEXT,
  risk_reason TEXT,
  risk_approved_by TEXT,
  first_scan_id BIGINT NOT NULL,
  last_scan_id BIGINT NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  closed_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX vulns_findings_key ON vulns_findings (customer_id, host, protocol, port, plugin);
CREATE INDEX vulns_findings_status ON vulns_findings (status, due_on);
CREATE INDEX vulns_findings_customer ON vulns_findings (customer_id, due_on);

-- Every change of a finding: found, acknowledged, fixed, verified, reopened, accepted, owner.
CREATE TABLE vulns_finding_events (
  id {{pk}},
  finding_id BIGINT NOT NULL REFERENCES vulns_findings (id),
  action TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  scan_id BIGINT,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX vulns_finding_events_finding ON vulns_finding_events (finding_id, id);

-- Security assessments (periodic reviews) of a customer or, without one, of the operator itself.
CREATE TABLE vulns_assessments (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT,
  title TEXT NOT NULL,
  scope TEXT NOT NULL,
  assessed_on TEXT NOT NULL,
  assessor TEXT NOT NULL,
  status TEXT NOT NULL,  -- open, closed
  summary TEXT NOT NULL,
  closed_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX vulns_assessments_customer ON vulns_assessments (customer_id, assessed_on);

-- An assessment's findings and the actions taken on them, each with an owner and a due date.
CREATE TABLE vulns_assessment_items (
  id {{pk}},
  assessment_id BIGINT NOT NULL REFERENCES vulns_assessments (id),
  kind TEXT NOT NULL,      -- finding, action
  title TEXT NOT NULL,
  severity TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,    -- open, done
  resolution TEXT,
  closed_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX vulns_assessment_items_assessment ON vulns_assessment_items (assessment_id, due_on);

CREATE TABLE vulns_numbers (
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_value BIGINT NOT NULL,
  PRIMARY KEY (kind, year)
);
