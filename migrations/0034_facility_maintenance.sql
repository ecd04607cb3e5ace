-- Infrastructure assets and their maintenance (R4.1.2, R4.1.3): the power, cooling and fire
-- equipment of the rooms (the operator's, never a customer's), maintenance plans with a schedule
-- and a checklist template, and the work orders the daily job generates from them.
CREATE TABLE facility_assets (
  id {{pk}},
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,  -- ups, battery_string, generator, ats, crac, gas_suppression, fire_detection, distribution_board
  model TEXT NOT NULL,
  serial TEXT NOT NULL,
  room_id BIGINT NOT NULL,
  power_feed_id BIGINT,
  installed_on TEXT,
  status TEXT NOT NULL,  -- in_service, standby, fault, retired
  note TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX facility_assets_code ON facility_assets (code);
CREATE INDEX facility_assets_kind ON facility_assets (kind, status);
CREATE INDEX facility_assets_room ON facility_assets (room_id);

-- A plan covers one asset, or every asset of a kind. Due dates are first_due + k × every unit
-- (counted from first_due, so a plan due on the 31st stays on month ends). checklist is the JSON
-- template: [{key, label, kind: check|reading|photo, unit, min, max}].
CREATE TABLE facility_maintenance_plans (
  id {{pk}},
  name TEXT NOT NULL,
  asset_id BIGINT REFERENCES facility_assets (id),
  asset_kind TEXT,
  every_n INTEGER NOT NULL,
  unit TEXT NOT NULL,  -- days, months
  first_due TEXT NOT NULL,
  checklist TEXT NOT NULL,
  active INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX facility_maintenance_plans_asset ON facility_maintenance_plans (asset_id);
CREATE INDEX facility_maintenance_plans_kind ON facility_maintenance_plans (asset_kind);

-- One work order per plan, asset and due date: the unique key makes generation idempotent and
-- lets racing servers generate each once. results is the JSON of the filled checklist.
CREATE TABLE facility_work_orders (
  id {{pk}},
  plan_id BIGINT NOT NULL REFERENCES facility_maintenance_plans (id),
  asset_id BIGINT NOT NULL REFERENCES facility_assets (id),
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,  -- open, assigned, completed, closed
  assignee TEXT,
  results TEXT NOT NULL,
  completed_by TEXT,
  completed_at TEXT,
  signed_by TEXT,
  signed_at TEXT,
  next_due_on TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX facility_work_orders_key ON facility_work_orders (plan_id, asset_id, due_on);
CREATE INDEX facility_work_orders_due ON facility_work_orders (status, due_on);
CREATE INDEX facility_work_orders_asset ON facility_work_orders (asset_id, due_on);

-- Photos of a work order's checklist items (JPEG or PNG, size limited by the service), kept in the
-- database as base64 text so that both engines store and answer them alike.
CREATE TABLE facility_work_order_photos (
  id {{pk}},
  work_order_id BIGINT NOT NULL REFERENCES facility_work_orders (id),
  item_key TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  data TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE INDEX facility_work_order_photos_order ON facility_work_order_photos (work_order_id);
