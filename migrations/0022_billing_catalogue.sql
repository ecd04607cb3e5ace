-- The price list (收费标准, R8.1): catalogue items and their prices by date. A price is never
-- edited: a new version supersedes it from its date; a version without a price retires the item.
-- Money is INTEGER fen per unit and cycle.
CREATE TABLE billing_catalogue_items (
  id {{pk}},
  code TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  service TEXT NOT NULL,
  unit TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('recurring', 'one_off', 'usage')),
  metric TEXT CHECK (metric IN ('bandwidth_p95', 'power_kwh')),
  billing_cycle TEXT NOT NULL CHECK (billing_cycle IN ('monthly', 'quarterly', 'yearly')),
  tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE billing_catalogue_prices (
  id {{pk}},
  item_id BIGINT NOT NULL REFERENCES billing_catalogue_items (id),
  effective_from TEXT NOT NULL,
  price_fen BIGINT CHECK (price_fen IS NULL OR price_fen >= 0),
  note TEXT NOT NULL DEFAULT '',
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (item_id, effective_from)
);

-- The list operators start from: the usual services of a Chinese colocation site at common prices.
INSERT INTO billing_catalogue_items (code, name_zh, name_en, service, unit, mode, metric, billing_cycle, tax_rate_bp,
                                     description, created_at, updated_at) VALUES
  ('RACK-U', '机柜空间（按U）', 'Rack space per U', 'rack_space', 'U', 'recurring', NULL, 'monthly', 600,
   '标准42U机柜内按U计费，含双路电源接入', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('RACK-42U', '整机柜（42U）', 'Whole 42U rack', 'whole_rack', 'rack', 'recurring', NULL, 'monthly', 600,
   '独享42U机柜，含机柜门锁', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('POWER-KW', '电力（按kW）', 'Power per kW', 'power', 'kW', 'recurring', NULL, 'monthly', 600,
   'A+B双路供电，按合同约定功率计费', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('BW-COMMIT-MBPS', '保底带宽（按Mbps）', 'Committed bandwidth per Mbps', 'bandwidth', 'Mbps', 'recurring', NULL,
   'monthly', 900, 'BGP多线独享带宽，按承诺速率计费', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('BW-BURST-P95-MBPS', '突发带宽（95计费，按Mbps）', 'Burst bandwidth, 95th percentile, per Mbps', 'bandwidth',
   'Mbps', 'usage', 'bandwidth_p95', 'monthly', 900, '超出保底部分按月95峰值计费',
   '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('IPV4', 'IPv4地址（按个）', 'IPv4 address', 'ip_addresses', 'IP', 'recurring', NULL, 'monthly', 600,
   '独立公网IPv4地址', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('REMOTE-HANDS-H', '远程协助（按小时）', 'Remote hands per hour', 'remote_hands', 'hour', 'one_off', NULL,
   'monthly', 600, '重启、插拔线缆、更换硬盘等现场操作', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('BACKUP-TB', '数据备份（按TB）', 'Data backup per TB', 'data_backup', 'TB', 'recurring', NULL, 'monthly', 600,
   '异地备份存储空间', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('XCONNECT', '跨连线（按条）', 'Cross-connect', 'other', 'item', 'recurring', NULL, 'monthly', 600,
   '机房内光纤或铜缆跨连', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('INSTALL', '上架安装费（一次性）', 'Installation (one-off)', 'other', 'item', 'one_off', NULL, 'monthly', 600,
   '设备上架、布线及标签', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

INSERT INTO billing_catalogue_prices (item_id, effective_from, price_fen, note, created_by_name, created_at)
  SELECT id, '2026-01-01',
         CASE code
           WHEN 'RACK-U' THEN 30000
           WHEN 'RACK-42U' THEN 450000
           WHEN 'POWER-KW' THEN 80000
           WHEN 'BW-COMMIT-MBPS' THEN 2500
           WHEN 'BW-BURST-P95-MBPS' THEN 3500
           WHEN 'IPV4' THEN 5000
           WHEN 'REMOTE-HANDS-H' THEN 20000
           WHEN 'BACKUP-TB' THEN 15000
           WHEN 'XCONNECT' THEN 50000
           ELSE 100000
         END,
         '2026年标准价', 'system', '2026-01-01T00:00:00.000Z'
  FROM billing_catalogue_items;

-- A change agreement that raises a price is a price change (R8.3): the notice sent to the customer
-- (the in-app notification and when), the earliest day it may take effect, and each raised line.
ALTER TABLE contract_amendments ADD COLUMN price_change INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contract_amendments ADD COLUMN notified_at TEXT;
ALTER TABLE contract_amendments ADD COLUMN notification_id BIGINT;
ALTER TABLE contract_amendments ADD COLUMN earliest_date TEXT;
ALTER TABLE contract_amendments ADD COLUMN price_rises TEXT NOT NULL DEFAULT '[]';
CREATE INDEX contract_amendments_price_change ON contract_amendments (price_change, status, effective_date);
