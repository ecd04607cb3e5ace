-- Notifications: the outbox of domain events and the in-app notifications of users.

-- Domain events written in the same transaction as the change they announce; a dispatcher
-- (e-mail, webhooks) claims due rows, delivers them and marks them delivered, or counts the
-- attempt and sets the next one. Nothing is lost when a receiver is down.
CREATE TABLE notify_outbox (
  id {{pk}},
  topic TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  delivered_at TEXT,
  last_error TEXT
);
CREATE INDEX notify_outbox_due ON notify_outbox (delivered_at, next_attempt_at);

-- In-app notifications. The audience is exactly one of: a user, a staff role (every user who
-- holds it), or a customer (every user of that customer).
CREATE TABLE notifications (
  id {{pk}},
  user_id BIGINT REFERENCES users (id),
  role TEXT,
  customer_id BIGINT REFERENCES customers (id),
  topic TEXT NOT NULL,
  title_en TEXT NOT NULL,
  title_zh TEXT NOT NULL,
  body TEXT NOT NULL,
  link TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK ((CASE WHEN user_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN role IS NULL THEN 0 ELSE 1 END) +
         (CASE WHEN customer_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_role ON notifications (role, id);
CREATE INDEX notifications_customer ON notifications (customer_id, id);

-- Per-user read state (a role or customer notification is read by each user separately).
CREATE TABLE notification_reads (
  notification_id BIGINT NOT NULL REFERENCES notifications (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  read_at TEXT NOT NULL,
  PRIMARY KEY (notification_id, user_id)
);
