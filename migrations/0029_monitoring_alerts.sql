-- Alerts: where each watched series stands against each rule (so that the evaluation job is
-- idempotent and picks up where the last run stopped), the alerts raised with their history, and
-- the maintenance windows that silence them.
CREATE TABLE monitoring_rule_states (
  rule_key TEXT NOT NULL,
  series_id BIGINT NOT NULL,
  phase TEXT NOT NULL,  -- ok, pending, firing, recovering
  since_ms BIGINT NOT NULL,
  sample_count INTEGER NOT NULL,
  last_t_ms BIGINT NOT NULL,
  last_value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (rule_key, series_id)
);

-- One alert per firing of a rule on a series: firing, then acknowledged (optional), then resolved.
-- customer_id, device_id, rack_id and room_id are copied from the series' labels so that lists
-- filter by tenant and maintenance windows match without reading the series.
CREATE TABLE monitoring_alerts (
  id {{pk}},
  rule_key TEXT NOT NULL,
  series_id BIGINT NOT NULL,
  metric TEXT NOT NULL,
  labels TEXT NOT NULL,  -- JSON object of the series' labels
  severity TEXT NOT NULL,  -- info, warning, critical
  state TEXT NOT NULL,  -- firing, acknowledged, resolved
  silenced INTEGER NOT NULL,  -- raised inside a maintenance window: listed, never announced
  customer_id BIGINT,
  device_id BIGINT,
  rack_id BIGINT,
  room_id BIGINT,
  threshold DOUBLE PRECISION NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  fired_at TEXT NOT NULL,
  acknowledged_at TEXT,
  acknowledged_by BIGINT,
  resolved_at TEXT,
  resolved_by BIGINT  -- NULL when the rule recovered by itself
);
CREATE INDEX monitoring_alerts_open ON monitoring_alerts (rule_key, series_id, state);
CREATE INDEX monitoring_alerts_customer ON monitoring_alerts (customer_id, fired_at);
CREATE INDEX monitoring_alerts_fired ON monitoring_alerts (fired_at);

CREATE TABLE monitoring_alert_events (
  id {{pk}},
  alert_id BIGINT NOT NULL REFERENCES monitoring_alerts (id),
  kind TEXT NOT NULL,  -- fired, acknowledged, resolved, recovered
  actor_id BIGINT,     -- NULL for the evaluation job
  comment TEXT NOT NULL,
  value DOUBLE PRECISION,
  at TEXT NOT NULL
);
CREATE INDEX monitoring_alert_events_alert ON monitoring_alert_events (alert_id, id);

-- Planned work on devices, racks or rooms: alerts raised inside are silenced, and reachability
-- lost inside does not count as outage. Announced to the affected customers when created.
CREATE TABLE monitoring_maintenance (
  id {{pk}},
  scope TEXT NOT NULL,  -- device, rack or room
  scope_id BIGINT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  title TEXT NOT NULL,
  emergency INTEGER NOT NULL,
  reason TEXT NOT NULL,
  created_by BIGINT,
  created_at TEXT NOT NULL,
  CHECK (starts_at < ends_at)
);
CREATE INDEX monitoring_maintenance_scope ON monitoring_maintenance (scope, scope_id, ends_at);
