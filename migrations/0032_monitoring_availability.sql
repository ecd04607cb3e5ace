-- Availability per device per business day, computed once a day from the device_up samples: the
-- primary key makes a day computed once however many servers run the job. A day without samples
-- is kept as unmeasured (measured = 0), never as a full day up. outage_spans and
-- maintenance_spans are the day's stretches as "from_ms-to_ms" separated by ";", so that a month's
-- figure can merge them with the outages recorded by hand without counting a minute twice.
CREATE TABLE monitoring_availability_days (
  device_id BIGINT NOT NULL,
  day TEXT NOT NULL,  -- YYYY-MM-DD, business date
  customer_id BIGINT,  -- the device's customer when the day was computed
  measured INTEGER NOT NULL,
  samples INTEGER NOT NULL,
  minutes INTEGER NOT NULL,  -- of the day
  outage_minutes INTEGER NOT NULL,  -- whole minutes, each outage from one whole minute
  maintenance_minutes INTEGER NOT NULL,  -- inside announced (not emergency) windows
  outage_spans TEXT NOT NULL,
  maintenance_spans TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  PRIMARY KEY (device_id, day)
);
CREATE INDEX monitoring_availability_days_customer ON monitoring_availability_days (customer_id, day);

-- Which service-desk ticket an alert opened or commented on, so that a rule firing again on the
-- same series while that ticket is open adds to it instead of opening another.
CREATE TABLE monitoring_alert_tickets (
  alert_id BIGINT PRIMARY KEY REFERENCES monitoring_alerts (id),
  rule_key TEXT NOT NULL,
  series_id BIGINT NOT NULL,
  ticket_alert_id TEXT NOT NULL  -- the ticket's alert reference (servicedesk_tickets.alert_id)
);
CREATE INDEX monitoring_alert_tickets_series ON monitoring_alert_tickets (rule_key, series_id, alert_id);
