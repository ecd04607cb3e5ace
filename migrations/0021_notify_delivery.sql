-- Delivery of the outbox: e-mail for in-app notifications, webhooks for domain events, and a
-- record of every attempt.

-- An outbox entry that announces an in-app notification by e-mail names it; the dispatcher finds
-- its recipients when it sends (so an address set in the meantime is used). An entry that failed
-- too often is dead: kept and listed, never tried again until an administrator retries it.
ALTER TABLE notify_outbox ADD COLUMN notification_id BIGINT REFERENCES notifications (id);
ALTER TABLE notify_outbox ADD COLUMN dead_at TEXT;
CREATE INDEX notify_outbox_notification ON notify_outbox (notification_id);

-- Every attempt to deliver an outbox entry to one target: an e-mail address (target_key
-- "user:<id>") or a webhook subscription ("webhook:<id>"). A target delivered once is not sent
-- to again when the entry is retried for another target.
CREATE TABLE notify_deliveries (
  id {{pk}},
  outbox_id BIGINT NOT NULL REFERENCES notify_outbox (id),
  notification_id BIGINT REFERENCES notifications (id),
  channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
  target TEXT NOT NULL,
  target_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('delivered', 'failed', 'not_configured')),
  response_code INTEGER,
  reply TEXT,
  error TEXT,
  attempted_at TEXT NOT NULL
);
CREATE INDEX notify_deliveries_outbox ON notify_deliveries (outbox_id, status);
CREATE INDEX notify_deliveries_notification ON notify_deliveries (notification_id, status);
CREATE INDEX notify_deliveries_channel ON notify_deliveries (channel, id);
CREATE INDEX notify_deliveries_status ON notify_deliveries (status, id);

-- Webhook subscriptions. The secret is sealed with a key derived from the data key; topics is a
-- JSON array of exact topics or prefixes ("invoice.*"). Removed subscriptions are kept.
CREATE TABLE notify_webhooks (
  id {{pk}},
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  secret_enc TEXT NOT NULL,
  topics TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
);
CREATE INDEX notify_webhooks_active ON notify_webhooks (removed_at, active);

-- Each user's choice of notification e-mail and its language; no row = e-mail on, in Chinese.
CREATE TABLE notify_preferences (
  user_id BIGINT PRIMARY KEY REFERENCES users (id),
  email_enabled INTEGER NOT NULL DEFAULT 1,
  language TEXT NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en-US')),
  updated_at TEXT NOT NULL
);
