// Lists and forms: a prefix and an address created through the UI (next free address), a bulk
// status change of devices, a saved filter that survives a reload, the rack list's utilisation,
// and a customer's contracts and applications as tabs. Screenshots in Chinese.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const zh = JSON.parse(readFileSync(new URL('../src/i18n/zh-CN.json', import.meta.url), 'utf8'));

/** Opens a select (by its test id), optionally types to search, and picks the option with this text. */
async function pick(page, testId, text, search) {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

export default function tables(ctx) {
  describe('tables', () => {
    it('creates a prefix and takes its next free address through the UI', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'technical');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/ipam/prefixes');
        await page.getByTestId('prefix-create').click();
        await page.getByTestId('prefix-input').fill('198.18.77.0/24');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('prefixes-table').getByText('198.18.77.0/24').waitFor();
        await shot(page, 'tables-prefixes');

        await page.goto('/ipam/ip-addresses');
        await page.getByTestId('address-create').click();
        await pick(page, 'address-prefix', '198.18.77.0/24', '198.18.77');
        await page.getByTestId('address-next-free').click();
        await page.waitForFunction(() => document.querySelector('[data-testid=address-input]')?.value === '198.18.77.1/24');
        await shot(page, 'tables-address-form');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('addresses-table').getByText('198.18.77.1/24').waitFor();

        const api = await apiAs(ctx, 'technical');
        const list = await api('/api/v1/ipam/ip-addresses?q=198.18.77.1');
        assert.equal(list.body.count, 1, JSON.stringify(list.body));
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('bulk-edits the status of selected devices and keeps a saved filter across a reload', async () => {
      const api = await apiAs(ctx, 'technical');
      const types = await api('/api/v1/dcim/device-types?limit=1');
      const type = types.body.results[0].id;
      const ids = [];
      for (const n of [1, 2]) {
        const r = await api('/api/v1/dcim/devices', {
          method: 'POST',
          body: JSON.stringify({ device_type_id: type, name: `e2e-bulk-${n}`, status: 'planned' }),
        });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        ids.push(r.body.id);
      }
      const page = await newPage(ctx);
      try {
        await login(page, 'technical');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/dcim/devices?q=e2e-bulk');
        const table = page.getByTestId('devices-table');
        await table.getByText('e2e-bulk-2').waitFor();
        await table.locator('thead .ant-checkbox-input').check();
        await page.getByTestId('table-bulkbar').waitFor();
        await shot(page, 'tables-devices-selected');
        await page.getByTestId('bulk-edit').click();
        await pick(page, 'bulk-status', zh.status.device.maintenance);
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('bulk-form').waitFor({ state: 'detached' });
        for (const id of ids) {
          const d = await api(`/api/v1/dcim/devices/${id}`);
          assert.equal(d.body.status, 'maintenance', `device ${id}`);
        }

        // Save "maintenance, e2e-bulk" as a filter, leave, reload, and apply it again.
        await page.goto('/dcim/devices?q=e2e-bulk&status=maintenance');
        await table.getByText('e2e-bulk-1').waitFor();
        await page.getByTestId('saved-views-save').click();
        await page.getByTestId('saved-views-name').fill('维护中的测试设备');
        await page.getByTestId('saved-views-ok').click();
        await page.getByTestId('saved-views-name').waitFor({ state: 'detached' });
        await page.goto('/dcim/devices');
        await page.reload();
        await settle(page);
        await pick(page, 'saved-views', '维护中的测试设备');
        await page.waitForURL(/status=maintenance/);
        await table.getByText('e2e-bulk-2').waitFor();
        const url = new URL(page.url());
        assert.equal(url.searchParams.get('q'), 'e2e-bulk');
        // The search box shows the view's text too, not only the list.
        const search = await page.getByTestId('devices-search').evaluate((el) => (el.tagName === 'INPUT' ? el.value : el.querySelector('input')?.value));
        assert.equal(search, 'e2e-bulk');
        await shot(page, 'tables-devices-saved-view');
        const views = await api('/api/v1/me/saved-views?page=dcim.devices');
        assert.deepEqual(views.body.map((v) => v.name), ['维护中的测试设备']);

        // A CSV import with a wrong line: nothing is imported and the line is named.
        await page.locator('[data-testid=devices-table-toolbar] input[type=file]').setInputFiles({
          name: 'devices.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('name,status\ne2e-import-1,active\ne2e-import-2,sideways\n'),
        });
        const problem = page.locator('.ant-modal [data-testid=problem]');
        await problem.waitFor();
        assert.match(await problem.innerText(), /line 3/);
        await shot(page, 'tables-import-errors');
        const imported = await api('/api/v1/dcim/devices?q=e2e-import');
        assert.equal(imported.body.count, 0);
        await page.locator('.ant-modal-wrap:visible').getByRole('button').last().click();

        // Racks and devices are decommissioned, not deleted: the bulk action says so and does it.
        await table.locator('thead .ant-checkbox-input').check();
        await page.getByTestId('bulk-decommission').click();
        await page.getByTestId('bulk-decommission-ok').click();
        // The list shows maintenance devices only, so the decommissioned ones leave it.
        await table.getByText('e2e-bulk-1').waitFor({ state: 'detached' });
        for (const id of ids) assert.equal((await api(`/api/v1/dcim/devices/${id}`)).body.status, 'decommissioned');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('shows units and power used on the rack list', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'technical');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/dcim/racks');
        await page.getByTestId('racks-table').locator('.ant-progress').first().waitFor();
        await shot(page, 'tables-racks');
        // Hide the "row" column and choose compact rows: both are still so after a reload.
        const header = page.getByTestId('racks-table').locator('thead');
        await header.getByText(zh.racks.row, { exact: true }).waitFor();
        await page.getByTestId('table-columns').click();
        await page.getByTestId('column-settings').getByText(zh.racks.row, { exact: true }).click();
        await header.getByText(zh.racks.row, { exact: true }).waitFor({ state: 'detached' });
        await page.getByTestId('table-density').click();
        await page.locator('.ant-dropdown:visible').getByText(zh.tables.density.small).click();
        await page.reload();
        await page.getByTestId('racks-table').locator('.ant-progress').first().waitFor();
        assert.equal(await header.getByText(zh.racks.row, { exact: true }).count(), 0);
        assert.equal(await page.getByTestId('racks-table').locator('.ant-table-small').count(), 1);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('creates and edits a device type, adds a power feed to a rack and shows a device\'s cables', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'technical');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/dcim/device-types');
        await page.getByTestId('device-type-create').click();
        await page.getByTestId('device-type-manufacturer').fill('浪潮');
        await page.getByTestId('device-type-model').fill('NF5280M6-E2E');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('device-type-edit').click();
        await page.getByTestId('device-type-model').fill('NF5280M6-E2E2');
        await page.getByTestId('modal-ok').click();
        await page.getByText('浪潮 NF5280M6-E2E2').first().waitFor();

        const api = await apiAs(ctx, 'technical');
        const racks = await api('/api/v1/dcim/racks?limit=1');
        const rack = racks.body.results[0];
        await page.goto(`/dcim/racks/${rack.id}`);
        await page.getByTestId('rack-tab-feeds').click();
        await page.getByTestId('feed-create').click();
        const form = page.getByTestId('feed-form');
        await form.locator('#name').fill('E2E-A2');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('power-feeds').getByText('E2E-A2').waitFor();
        await shot(page, 'tables-rack-feeds');

        const cables = await api('/api/v1/dcim/cables?status=connected&limit=1');
        assert.ok(cables.body.results.length > 0, 'the demo data has a cable');
        const cable = cables.body.results[0];
        await page.goto(`/dcim/devices/${cable.a_interface.device.id}`);
        await page.getByTestId('device-tab-cables').click();
        await page.getByTestId('cables').getByText(cable.b_interface.device.name).first().waitFor();
        await shot(page, 'tables-device-cables');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('a customer asks to end a contract early and the business department answers', async () => {
      // A customer administrator whose company has an active contract in the demo data.
      let user = null;
      let contract = null;
      let acme = null;
      for (const candidate of ['zenith.admin', 'acme.admin']) {
        const call = await apiAs(ctx, candidate);
        const mine = await call('/api/v1/contracts?status=active&limit=1');
        if (mine.body.results.length) {
          [user, contract, acme] = [candidate, mine.body.results[0], call];
          break;
        }
      }
      assert.ok(contract, 'a customer of the demo data has an active contract');
      const customer = await newPage(ctx);
      try {
        await login(customer, user);
        await customer.waitForURL((u) => !u.pathname.startsWith('/login'));
        await customer.goto(`/contracts/${contract.id}`);
        await customer.getByTestId('contract-detail').waitFor();
        await customer.getByTestId('termination-request').click();
        const form = customer.getByTestId('termination-request-form');
        await form.locator('#reason').fill('业务迁移至自建机房');
        await customer.getByTestId('modal-ok').click();
        await customer.getByTestId('termination-requests').getByText('业务迁移至自建机房').waitFor();
        assertNoPageErrors(customer);
      } finally {
        await customer.context().close();
      }
      const page = await newPage(ctx);
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/contracts/${contract.id}`);
        await page.getByTestId('termination-requests').getByText('业务迁移至自建机房').waitFor();
        await shot(page, 'tables-termination-request');
        await page.getByTestId('termination-decline').click();
        await page.getByTestId('termination-decision-form').locator('#comment').fill('合同期内请先沟通迁移计划');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('termination-requests').getByText('合同期内请先沟通迁移计划').waitFor();
        const after = await acme(`/api/v1/contracts/${contract.id}`);
        assert.equal(after.body.status, 'active');
        assert.equal(after.body.termination_requests[0].status, 'declined');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it("shows a customer's contracts and applications as tabs", async () => {
      const api = await apiAs(ctx, 'business');
      const contracts = await api('/api/v1/contracts?limit=1');
      assert.ok(contracts.body.results.length > 0, 'the demo data has a contract');
      const contract = contracts.body.results[0];
      const page = await newPage(ctx);
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/customers/${contract.customer.id}`);
        await page.getByTestId('customer-tab-contracts').click();
        await page.getByTestId('customer-contracts').getByText(contract.number).waitFor();
        assert.match(page.url(), /tab=contracts/);
        await shot(page, 'tables-customer-contracts');
        await page.getByTestId('customer-tab-applications').click();
        await page.getByTestId('customer-applications').waitFor();
        await settle(page);
        const apps = await api(`/api/v1/applications?customer=${contract.customer.id}&limit=1`);
        if (apps.body.results.length) await page.getByTestId('customer-applications').getByText(apps.body.results[0].number).waitFor();
        await shot(page, 'tables-customer-applications');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}
