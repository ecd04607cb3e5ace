import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, login, newPage, settle } from './helpers.mjs';

// A customer sees its own records only; another customer's pages answer not-found, never 403.
export default function tenancy(ctx) {
  describe('customer portal tenancy', () => {
    it('acme.user sees the portal with its own devices and not another customer’s', async () => {
      const admin = await apiAs(ctx, 'admin');
      const customers = (await admin('/api/v1/customers?limit=100')).body.results;
      const acme = customers.find((c) => /艾克米|Acme/i.test(c.name));
      const other = customers.find((c) => c.id !== acme.id);
      assert.ok(acme && other, 'demo customers');
      const foreign = (await admin(`/api/v1/dcim/devices?customer=${other.id}&limit=1`)).body.results[0];
      const own = (await admin(`/api/v1/dcim/devices?customer=${acme.id}&limit=1`)).body.results[0];
      assert.ok(foreign && own, 'demo devices of both customers');

      const page = await newPage(ctx);
      try {
        await login(page, 'acme.user');
        await page.getByTestId('portal-layout').waitFor();
        await page.getByTestId('portal-home').waitFor();
        assert.match(await page.getByTestId('portal-company').innerText(), /艾克米|Acme/i);
        // No staff menu: sites, device types, users and audit are not offered.
        for (const id of ['nav-sites', 'nav-deviceTypes', 'nav-users', 'nav-audit']) assert.equal(await page.getByTestId(id).count(), 0, id);

        // Its own device opens.
        await page.goto(`/dcim/devices/${own.id}`);
        await page.getByTestId('device-detail').waitFor();
        assert.match(await page.getByTestId('device-detail').innerText(), new RegExp(own.name));

        // Another customer's device and customer record answer not-found.
        await page.goto(`/dcim/devices/${foreign.id}`);
        await page.getByTestId('not-found').waitFor();
        assert.doesNotMatch(await page.content(), new RegExp(foreign.name));
        await page.goto(`/customers/${other.id}`);
        await page.getByTestId('not-found').waitFor();
        assert.doesNotMatch(await page.content(), new RegExp(other.name));

        // Staff pages are not there for a customer either.
        for (const path of ['/dcim/sites', '/system/audit', '/system/users', '/dcim/device-types']) {
          await page.goto(path);
          await page.getByTestId('not-found').waitFor();
        }

        // The ledger lists only its own devices.
        await page.goto('/dcim/devices');
        await page.getByTestId('devices-table').locator('tbody tr.ant-table-row').first().waitFor();
        await settle(page);
        const text = await page.getByTestId('devices-table').innerText();
        assert.doesNotMatch(text, new RegExp(foreign.name));
      } finally {
        await page.context().close();
      }
    });
  });
}
