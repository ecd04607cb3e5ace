import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, clickPortalEntry, login, nav, newPage, shot } from './helpers.mjs';

// Screenshots of the main pages, in both languages where it matters, for review.
export default function screenshots(ctx) {
  describe('screenshots', () => {
    it('login page', async () => {
      for (const locale of ['zh-CN', 'en-US']) {
        const page = await newPage(ctx, { locale });
        try {
          await page.goto('/login');
          await page.getByTestId('login-form').waitFor();
          await shot(page, `login.${locale}`);
        } finally {
          await page.context().close();
        }
      }
    });

    it('staff console pages', async () => {
      const admin = await apiAs(ctx, 'admin');
      const room = (await admin('/api/v1/dcim/rooms?limit=1')).body.results[0];
      const rack = (await admin(`/api/v1/dcim/racks?room=${room.id}&limit=1`)).body.results[0];
      const device = (await admin(`/api/v1/dcim/devices?rack=${rack.id}&limit=1`)).body.results[0];
      await admin(`/api/v1/dcim/devices/${device.id}/maintenance`, {
        method: 'POST',
        body: JSON.stringify({ performed_on: '2026-10-12', performed_by: '张工', summary: '更换故障电源模块 PSU2；固件升级至 2.19', next_due: '2027-04-12' }),
      });
      await admin(`/api/v1/dcim/devices/${device.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'maintenance' }) });
      await admin(`/api/v1/dcim/devices/${device.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'active' }) });
      const customer = (await admin('/api/v1/customers?limit=1')).body.results[0];

      const pages = [
        ['dashboard', '/', 'dashboard'],
        ['sites', '/dcim/sites', null],
        ['site', `/dcim/sites/${room.site.id}`, 'rooms-table'],
        ['room-floor', `/dcim/rooms/${room.id}`, 'floor-grid'],
        ['rack-elevation', `/dcim/racks/${rack.id}`, 'elevation-rear'],
        ['devices', '/dcim/devices', 'devices-table'],
        ['device', `/dcim/devices/${device.id}`, 'device-detail'],
        ['device-types', '/dcim/device-types', 'device-types-table'],
        ['prefixes', '/ipam/prefixes', 'prefixes-table'],
        ['customers', '/customers', 'customers-table'],
        ['customer', `/customers/${customer.id}`, 'customer-detail'],
        ['users', '/system/users', 'users-table'],
        ['audit', '/system/audit', 'audit-table'],
        ['account', '/account', 'account-page'],
      ];
      for (const locale of ['zh-CN', 'en-US']) {
        const page = await newPage(ctx, { locale });
        try {
          await login(page, 'admin');
          await page.getByTestId('dashboard').waitFor();
          for (const [name, path, testId] of pages) {
            if (locale === 'en-US' && !['dashboard', 'room-floor', 'rack-elevation', 'devices', 'device'].includes(name)) continue;
            await nav(page, path);
            if (testId) await page.getByTestId(testId).waitFor();
            await shot(page, `${name}.${locale}`);
          }
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      }
    });

    it('customer portal pages', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'acme.admin');
        await page.getByTestId('portal-home').waitFor();
        await shot(page, 'portal-home.zh-CN');
        await clickPortalEntry(page, 'devices');
        await page.getByTestId('devices-table').waitFor();
        await shot(page, 'portal-devices.zh-CN');
        await clickPortalEntry(page, 'ipAddresses');
        await page.getByTestId('addresses-table').waitFor();
        await shot(page, 'portal-addresses.zh-CN');
        await clickPortalEntry(page, 'customers');
        await page.getByTestId('customer-detail').waitFor();
        await shot(page, 'portal-company.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}
