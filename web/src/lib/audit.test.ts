import { describe, expect, it } from 'vitest';
import enUS from '../i18n/en-US.json';
import zhCN from '../i18n/zh-CN.json';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, auditObjectLink } from './audit';

const entry = (object_type: string, object_id: string, after: unknown = null, before: unknown = null) => ({ object_type, object_id, after, before });

describe('audit labels', () => {
  it('name every recorded action and object type in both languages', () => {
    for (const lang of [zhCN, enUS]) {
      for (const a of AUDIT_ACTIONS) expect((lang.audit.actions as Record<string, string>)[a], a).toBeTruthy();
      for (const o of AUDIT_OBJECT_TYPES) expect((lang.audit.objectTypes as Record<string, string>)[o], o).toBeTruthy();
    }
  });
});

describe('auditObjectLink', () => {
  it('links objects with pages to their page', () => {
    expect(auditObjectLink(entry('dcim.device', '42'))).toBe('/dcim/devices/42');
    expect(auditObjectLink(entry('dcim.device_type', '3'))).toBe('/dcim/device-types/3');
    expect(auditObjectLink(entry('customer', '1'))).toBe('/customers/1');
    expect(auditObjectLink(entry('contract', '9'))).toBe('/contracts/9');
    expect(auditObjectLink(entry('user', '5'))).toBe('/system/users/5');
  });
  it('links parts to the object they belong to, from the recorded state', () => {
    expect(auditObjectLink(entry('dcim.maintenance', '8', { device_id: 42 }))).toBe('/dcim/devices/42');
    expect(auditObjectLink(entry('contract_amendment', '2', { contract_id: 9 }))).toBe('/contracts/9');
    expect(auditObjectLink(entry('customer.contact', '4', null, { customer_id: 1 }))).toBe('/customers/1');
    expect(auditObjectLink(entry('dcim.maintenance', '8', {}))).toBeNull();
  });
  it('sends list-only objects to their list and the rest nowhere', () => {
    expect(auditObjectLink(entry('ipam.prefix', '1'))).toBe('/ipam/prefixes');
    expect(auditObjectLink(entry('session', '1'))).toBeNull();
    expect(auditObjectLink(entry('dcim.rack', '*'))).toBeNull();
  });
});
