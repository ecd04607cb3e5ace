// The audit log as the security department reads it (in Chinese, with select filters and links to
// the objects), an object's change history on its page, the header search by IP address, and a
// table export downloaded as a file. Ids come from the API, never from demo names.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

async function pick(page, testId, label) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

export default function audit(ctx) {
  describe('audit, history, search and export', () => {
    it('the security department filters the audit log with selects, in Chinese, and opens an object', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'security');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/system/audit');
        await page.getByTestId('audit-table').locator('.ant-table-row').first().waitFor();
        await pick(page, 'audit-filter-action', '创建');
        await page.waitForURL(/action=create/);
        await settle(page);
        const table = page.getByTestId('audit-table');
        const rows = table.locator('.ant-table-row');
        assert.ok((await rows.count()) > 0, 'entries created');
        const text = await table.innerText();
        assert.match(text, /创建/);
        // Object types and actions in the reader's language, not as codes.
        assert.doesNotMatch(text, /dcim\.|\bcreate\b/);
        await shot(page, 'audit-log-zh');

        await pick(page, 'audit-filter-type', '客户');
        await page.waitForURL(/object_type=customer/);
        await settle(page);
        const link = table.getByTestId('audit-object-link').first();
        await link.click();
        await page.waitForURL(/\/customers\/\d+$/);
        await page.getByTestId('customer-detail').waitFor();
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it("a detail page shows its object's own change history", async () => {
      const business = await apiAs(ctx, 'business');
      const made = await business('/api/v1/customers', { method: 'POST', body: JSON.stringify({ name: `变更记录测试 ${Date.now()}` }) });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const id = made.body.id;
      const changed = await business(`/api/v1/customers/${id}`, { method: 'PATCH', body: JSON.stringify({ status: 'active' }) });
      assert.equal(changed.status, 200);

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'technical');
        await page.getByTestId('console-layout').waitFor();
        await page.goto(`/customers/${id}`);
        const history = page.getByTestId('change-history');
        await history.locator('.ant-table-row').nth(1).waitFor();
        const text = await history.innerText();
        assert.match(text, /变更记录/);
        assert.match(text, /修改/);
        assert.match(text, /创建/);
        assert.match(text, /business/);
        await shot(page, 'audit-object-history-zh');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the header search finds a device by its IP address and Enter opens it', async () => {
      // An interface of one of Acme's devices, as Acme sees it, gets an address no demo object uses.
      const acme = await apiAs(ctx, 'acme.admin');
      const me = await acme('/api/v1/auth/me');
      const iface = (await acme('/api/v1/dcim/interfaces?limit=1')).body.results[0];
      const technical = await apiAs(ctx, 'technical');
      const ip = '198.18.9.41';
      const made = await technical('/api/v1/ipam/ip-addresses', {
        method: 'POST',
        body: JSON.stringify({ address: `${ip}/24`, interface: iface.id, customer: me.body.user.customer_id, status: 'active' }),
      });
      assert.ok(made.status === 201 || made.status === 409, JSON.stringify(made.body));

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('console-layout').waitFor();
        await settle(page);
        await page.keyboard.press('/');
        const input = page.getByTestId('search-input');
        await input.waitFor();
        await input.fill(ip);
        await page.getByTestId('search-group-devices').waitFor();
        assert.match(await page.getByTestId('search-results').innerText(), /设备/);
        await shot(page, 'audit-header-search-zh');
        await input.press('Enter');
        await page.waitForURL(new RegExp(`/dcim/devices/${iface.device.id}$`));

        // Ctrl+K opens it too, also in the customer portal, where another customer finds nothing.
        const portal = await newPage(ctx, { locale: 'zh-CN' });
        try {
          await login(portal, 'zenith.admin');
          await portal.getByTestId('portal-layout').waitFor();
          await settle(portal);
          await portal.keyboard.press('Control+k');
          await portal.getByTestId('search-input').fill(ip);
          await portal.getByTestId('search-results').getByText('没有找到匹配的结果').waitFor();
          await shot(portal, 'audit-portal-search-zh');
          assertNoPageErrors(portal);
        } finally {
          await portal.context().close();
        }
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('a table exports what its filter shows as a CSV file with Chinese headers', async () => {
      const admin = await apiAs(ctx, 'admin');
      const count = (await admin('/api/v1/customers?status=active&limit=1')).body.count;
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'admin');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/customers?status=active');
        await page.getByTestId('customers-table').locator('.ant-table-row').first().waitFor();
        await page.getByTestId('export-button').click();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
        assert.match(download.suggestedFilename(), /\.csv$/);
        const body = await readFile(await download.path(), 'utf8');
        assert.equal(body.charCodeAt(0), 0xfeff, 'starts with a BOM');
        const lines = body.slice(1).split('\r\n').filter(Boolean);
        assert.match(lines[0], /[\u4e00-\u9fff]/, `Chinese headers: ${lines[0]}`);
        assert.equal(lines.length - 1, count);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}
