// Both translation files have the same keys, no empty labels, the same {{placeholders}}, and
// every key the code asks for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from './detect';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const en = flatten(enUS as Tree);
const zh = flatten(zhCN as Tree);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(tsx?)$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('translation files', () => {
  it('have the same keys', () => {
    const onlyEn = [...en.keys()].filter((k) => !zh.has(k));
    const onlyZh = [...zh.keys()].filter((k) => !en.has(k));
    expect({ onlyEn, onlyZh }).toEqual({ onlyEn: [], onlyZh: [] });
  });

  it('have no empty labels', () => {
    expect([...en].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect([...zh].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const diff = [...en.keys()].filter((k) => JSON.stringify(vars(en.get(k)!)) !== JSON.stringify(vars(zh.get(k) ?? '')));
    expect(diff).toEqual([]);
  });

  it('contain every key the code uses', () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const used = new Set<string>();
    for (const f of sourceFiles(src)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !en.has(k))).toEqual([]);
  });

  it('cover the values the server sends', () => {
    const families: Record<string, string[]> = {
      'status.device': ['planned', 'installed', 'active', 'maintenance', 'decommissioned'],
      'status.rack': ['planned', 'active', 'reserved', 'decommissioned'],
      'status.customer': ['prospect', 'active', 'suspended', 'closed'],
      'devices.roles': ['server', 'switch', 'router', 'firewall', 'pdu', 'storage', 'other'],
      role: ['admin', 'business', 'technical', 'management', 'finance', 'operations', 'security', 'auditor', 'customer_admin', 'customer_user'],
      'nav.group': ['overview', 'infrastructure', 'customers', 'business', 'system'],
      'rack.face': ['front', 'rear', 'both'],
      'status.application': ['draft', 'business_review', 'technical_review', 'management_review', 'approved', 'contracted', 'returned', 'rejected', 'withdrawn'],
      'applications.actions': ['submit', 'withdraw', 'approve', 'reject', 'return'],
      'applications.actionHelp': ['submit', 'withdraw', 'approve', 'reject', 'return'],
      'applications.services': ['remote_hands', 'data_backup'],
      'workflow.actions': ['submit', 'approve', 'reject', 'return', 'withdraw', 'contract', 'propose', 'agree', 'take_effect'],
      'status.contract': ['draft', 'signed', 'active', 'expired', 'terminated'],
      'status.amendment': ['proposed_by_operator', 'proposed_by_customer', 'agreed', 'effective', 'rejected', 'withdrawn'],
      'amendments.actions': ['agree', 'reject', 'withdraw'],
      'amendments.actionHelp': ['agree', 'reject', 'withdraw'],
      'contracts.services': ['rack_space', 'whole_rack', 'power', 'bandwidth', 'ip_addresses', 'remote_hands', 'data_backup', 'other'],
      'contracts.cycles': ['monthly', 'quarterly', 'yearly'],
      'contracts.per': ['monthly', 'quarterly', 'yearly'],
      'contracts.reasons': ['initial', 'amendment', 'renewal'],
      'contracts.sides': ['operator', 'customer'],
      'settlement.kinds': ['final_invoice', 'deposit', 'equipment_move_out', 'reservations_released', 'addresses_reclaimed'],
      'applications.check': ['ok', 'insufficient', 'unknown'],
    };
    const missing = Object.entries(families).flatMap(([p, vs]) => vs.map((v) => `${p}.${v}`).filter((k) => !en.has(k)));
    expect(missing).toEqual([]);
  });
});

describe('language detection', () => {
  it('follows the stored choice, then the browser', () => {
    expect(detectLanguage('en-US', 'zh-CN')).toBe('en-US');
    expect(detectLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(detectLanguage(null, 'zh')).toBe('zh-CN');
    expect(detectLanguage(null, 'de-DE')).toBe('en-US');
    expect(detectLanguage('fr', 'en-GB')).toBe('en-US');
    expect(detectLanguage(null, undefined)).toBe('en-US');
  });
});
