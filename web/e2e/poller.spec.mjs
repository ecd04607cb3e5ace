// The monitored devices page in Chinese: operations starts polling a device with SNMPv3
// credentials (a too short passphrase is refused next to its field), the secrets never come back
// to the page, and a TCP check is added under the device's row.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

export default function poller(ctx) {
  describe('monitored devices', () => {
    it('operations configures SNMPv3 polling and a TCP check; secrets are never shown', async (t) => {
      if (!ctx.paths.has('/api/v1/monitoring/devices')) return t.skip('no monitoring on this server');
      const admin = await apiAs(ctx, 'admin');
      // A device given a name of its own, so that picking it by name in the form picks this one.
      const list = await admin('/api/v1/dcim/devices?limit=1&offset=20');
      const device = { ...list.body.results[0], name: `poller-e2e-${Date.now()}` };
      const patched = await admin(`/api/v1/dcim/devices/${device.id}`, { method: 'PATCH', body: JSON.stringify({ name: device.name, mgmt_address: '10.88.0.7' }) });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/monitoring/devices');
        await page.getByTestId('monitored-devices-page').waitFor();
        await page.getByTestId('monitored-device-create').click();
        const form = page.getByTestId('monitored-device-form');
        await form.waitFor();
        const selector = (id) => form.locator('.ant-form-item').filter({ has: page.locator(`#${id}`) }).locator('.ant-select-selector');
        await selector('device').click();
        await form.locator('#device').fill(device.name);
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: device.name }).first().click();
        await selector('snmp_version').click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'SNMP v3' }).click();
        await form.locator('#snmp_user').fill('noc-poller');
        await form.locator('#snmp_auth_pass').fill('short');
        await form.locator('#snmp_priv_pass').fill('priv-pass-e2e-42');
        await shot(page, 'monitoring-device-form-zh');
        await page.getByTestId('modal-ok').click();
        const item = form.locator('.ant-form-item').filter({ has: page.locator('#snmp_auth_pass') });
        await item.locator('.ant-form-item-explain-error').waitFor();
        assert.match(await item.locator('.ant-form-item-explain-error').innerText(), /8 至 64/);
        await form.locator('#snmp_auth_pass').fill('auth-pass-e2e-41');
        await page.getByTestId('modal-ok').click();
        await form.waitFor({ state: 'detached' }).catch(() => {});
        const table = page.getByTestId('monitored-devices-table');
        const row = table.locator('.ant-table-row', { hasText: device.name });
        await row.waitFor();
        assert.match(await row.innerText(), /凭据已设置/);
        assert.match(await row.innerText(), /SNMP v3/);

        // The device's checks, under its row.
        await row.locator('.ant-table-row-expand-icon').click();
        await page.getByTestId(`check-add-${device.id}`).click();
        const check = page.getByTestId('check-form');
        await check.waitFor();
        await check.locator('#port').fill('22');
        await page.locator('.ant-modal').filter({ has: check }).getByTestId('modal-ok').click();
        await page.getByTestId(`checks-${device.id}`).getByText('TCP 22').waitFor();
        await settle(page);
        const text = await page.locator('body').innerText();
        for (const secret of ['auth-pass-e2e-41', 'priv-pass-e2e-42']) assert.ok(!text.includes(secret), `${secret} shown`);
        await shot(page, 'monitoring-devices-zh');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
        await admin(`/api/v1/monitoring/devices/${device.id}`, { method: 'DELETE' });
      }
    });
  });
}
