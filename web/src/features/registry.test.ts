import { describe, expect, it } from 'vitest';
import type { User } from '../api/types';
import { availability, FEATURES, visibleFeatures } from './registry';

const base: User = {
  id: 1,
  username: 'x',
  display_name: 'X',
  email: '',
  roles: [],
  customer_id: null,
  customer_name: null,
  permissions: [],
  active: true,
  created_at: '',
  last_login_at: null,
};
const paths = new Set(['/api/v1/ipam/prefixes', '/api/v1/ipam/ip-addresses', '/api/v1/ipam/vlans']);

describe('feature registry', () => {
  it('gives staff what their permissions allow', () => {
    const auditor = { ...base, roles: ['auditor'], permissions: ['auth.self', 'audit.read', 'dcim.read', 'users.read', 'customers.read'] };
    const keys = visibleFeatures(auditor, paths).map((f) => f.key);
    expect(keys).toContain('audit');
    expect(keys).toContain('devices');
    expect(keys).not.toContain('prefixes'); // no ipam.read
  });

  it('keeps staff pages from customers and shows their portal pages', () => {
    const customer = { ...base, roles: ['customer_user'], customer_id: 7, permissions: ['auth.self', 'dcim.read', 'ipam.read', 'customers.read', 'applications.read', 'contracts.read'] };
    const keys = visibleFeatures(customer, paths).map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['dashboard', 'devices', 'racks', 'ipAddresses', 'customers']));
    expect(keys).not.toContain('sites');
    expect(keys).not.toContain('deviceTypes');
    expect(keys).not.toContain('audit');
    expect(keys).not.toContain('users');
  });

  it('hides modules the server does not have yet', () => {
    const admin = { ...base, roles: ['admin'], permissions: ['applications.read', 'contracts.read'] };
    const apps = FEATURES.find((f) => f.key === 'applications')!;
    expect(availability(apps, admin, paths)).toBe('absent');
    expect(availability(apps, admin, undefined)).toBe('unknown');
    expect(availability(apps, admin, new Set(['/api/v1/applications']))).toBe('yes');
  });

  it('has unique keys and routes', () => {
    const keys = FEATURES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const routes = FEATURES.flatMap((f) => f.routes.map((r) => r.path));
    expect(new Set(routes).size).toBe(routes.length);
  });
});
