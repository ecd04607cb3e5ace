-- Hosting applications (R3.1.1) and their numbering. The approval history is in
-- workflow_transitions (object_type 'application').

-- Gap-free numbers per year: incremented in the same write transaction as the application, so a
-- rolled-back creation gives its number back.
CREATE TABLE application_numbers (
  year INTEGER PRIMARY KEY,
  last_value BIGINT NOT NULL
);

CREATE TABLE applications (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  customer_name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'business_review', 'technical_review', 'management_review',
                                         'approved', 'contracted', 'returned', 'rejected', 'withdrawn')),
  company TEXT NOT NULL,
  devices TEXT NOT NULL,
  site_id BIGINT REFERENCES dcim_sites (id),
  room_id BIGINT REFERENCES dcim_rooms (id),
  space TEXT NOT NULL CHECK (space IN ('units', 'racks')),
  units INTEGER NOT NULL DEFAULT 0 CHECK (units >= 0),
  racks INTEGER NOT NULL DEFAULT 0 CHECK (racks >= 0),
  power_w BIGINT NOT NULL DEFAULT 0 CHECK (power_w >= 0),
  redundant INTEGER NOT NULL DEFAULT 1,
  bandwidth_mbps BIGINT NOT NULL DEFAULT 0 CHECK (bandwidth_mbps >= 0),
  ipv4_count INTEGER NOT NULL DEFAULT 0 CHECK (ipv4_count >= 0),
  start_date TEXT,
  term_months INTEGER NOT NULL DEFAULT 0 CHECK (term_months >= 0),
  extra_services TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL,
  created_by_name TEXT NOT NULL,
  submitted_at TEXT,
  decided_at TEXT,
  contract_id BIGINT,
  -- The feasibility proposal the technical reviewer accepted, and the reservations it holds.
  placement TEXT,
  placement_site_id BIGINT REFERENCES dcim_sites (id),
  reservation_ids TEXT,
  placement_accepted_at TEXT,
  placement_accepted_by TEXT,
  reservation_expires_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX applications_customer ON applications (customer_id, id);
CREATE INDEX applications_status ON applications (status, id);
CREATE INDEX applications_created_by ON applications (created_by, id);
CREATE INDEX applications_placement_site ON applications (placement_site_id, status);
