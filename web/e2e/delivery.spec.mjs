// Delivery in the console, in Chinese: an administrator subscribes a webhook (the secret is shown
// once), an application's notices are e-mailed and POSTed (no SMTP server is configured here, so
// the e-mail waits as "未配置"; the webhook's receiver is down, so it fails), the delivery log
// shows both and retries one; a user switches notification e-mail off on the Account page; the
// log fits a phone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

async function waitFor(check, what, tries = 60) {
  for (let i = 0; i < tries; i++) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`timed out waiting for ${what}`);
}

export default function delivery(ctx) {
  describe('delivery', () => {
    const address = `biz-${Date.now()}@colo.example.cn`;

    it('an administrator subscribes a webhook and sees its secret once', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'admin');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/system/webhooks');
        await page.getByTestId('webhooks-page').waitFor();
        await page.getByTestId('webhook-create').click();
        await page.getByTestId('webhook-name').fill('财务 ERP 对接');
        // Port 9 (discard) on this machine: nothing listens, so deliveries fail and are retried.
        await page.getByTestId('webhook-url').fill('http://127.0.0.1:9/colo/events');
        const topics = page.getByTestId('webhook-topics');
        await topics.click();
        await page.keyboard.type('application.*');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        await shot(page, 'webhook-form-zh');
        await page.getByTestId('modal-ok').click();
        const secret = page.getByTestId('webhook-secret');
        await secret.waitFor();
        assert.match(await secret.innerText(), /^whsec_/);
        assert.match(await page.getByRole('dialog', { name: '订阅已创建' }).innerText(), /只显示这一次/);
        await shot(page, 'webhook-secret-zh');
        await page.getByTestId('webhook-secret-done').click();
        const table = page.getByTestId('webhooks-table');
        await table.locator('.ant-table-row', { hasText: '财务 ERP 对接' }).waitFor();
        assert.doesNotMatch(await table.innerText(), /whsec_/, 'the list never shows the secret');
        await shot(page, 'webhooks-zh');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the delivery log shows a waiting e-mail and a failed webhook, and retries', async () => {
      const admin = await apiAs(ctx, 'admin');
      const users = (await admin('/api/v1/users?q=business')).body.results;
      const business = users.find((u) => u.username === 'business');
      assert.equal((await admin(`/api/v1/users/${business.id}`, { method: 'PATCH', body: JSON.stringify({ email: address }) })).status, 200);
      const customer = await apiAs(ctx, 'acme.user');
      const room = (await admin('/api/v1/dcim/rooms?limit=1')).body.results[0];
      const created = await customer('/api/v1/applications', {
        method: 'POST',
        body: JSON.stringify({
          devices: [{ label: '客户服务器 2U', u_height: 2, power_w: 500, weight_kg: 25, count: 1 }],
          room_id: room.id,
          space: 'units',
          power_kw: 1,
          redundant: true,
          bandwidth_mbps: 100,
          ipv4_count: 0,
          start_date: today(),
          term_months: 12,
          extra_services: [],
        }),
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const submitted = await customer(`/api/v1/applications/${created.body.id}/transitions`, { method: 'POST', body: JSON.stringify({ action: 'submit' }) });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      // The server's dispatcher runs every few seconds.
      await waitFor(async () => (await admin(`/api/v1/deliveries?channel=email&q=${encodeURIComponent(address)}`)).body.count > 0, 'the e-mail attempt');
      await waitFor(async () => (await admin('/api/v1/deliveries?channel=webhook&status=failed')).body.count > 0, 'the webhook attempt');

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'admin');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/system/deliveries');
        const table = page.getByTestId('deliveries-table');
        await table.locator('.ant-table-row').first().waitFor();
        await settle(page);
        const text = await table.innerText();
        assert.match(text, /未配置/);
        assert.match(text, /失败/);
        assert.match(text, new RegExp(address.replace(/[.+]/g, '\\$&')));
        await shot(page, 'deliveries-zh');
        await page.getByTestId('delivery-filter-channel').click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Webhook' }).first().click();
        await page.waitForURL(/channel=webhook/);
        await settle(page);
        const row = table.locator('.ant-table-row', { hasText: '失败' }).first();
        await row.getByRole('button', { name: /重试/ }).click();
        await page.locator('.ant-message', { hasText: '已重新排入投递队列' }).waitFor();
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('a user switches notification e-mail off on the Account page', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'business');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/account');
        const card = page.getByTestId('notification-settings');
        await card.waitFor();
        await page.waitForFunction((a) => document.querySelector('[data-testid="settings-email"]')?.value === a, address);
        const toggle = page.getByTestId('settings-email-enabled');
        assert.equal(await toggle.getAttribute('aria-checked'), 'true');
        await toggle.click();
        await page.getByTestId('settings-save').click();
        await page.locator('.ant-message', { hasText: '已保存' }).waitFor();
        await shot(page, 'account-notification-email-zh');
        const api = await apiAs(ctx, 'business');
        const saved = (await api('/api/v1/me/notification-settings')).body;
        assert.equal(saved.email_enabled, false);
        assert.equal(saved.email, address);
        await api('/api/v1/me/notification-settings', { method: 'PUT', body: JSON.stringify({ email_enabled: true }) });
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the delivery log and the webhooks fit a phone', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'admin');
        await page.getByTestId('console-layout').waitFor();
        for (const [path, table, name] of [
          ['/system/deliveries', 'deliveries-table', 'deliveries-phone-zh'],
          ['/system/webhooks', 'webhooks-table', 'webhooks-phone-zh'],
        ]) {
          await page.goto(path);
          await page.getByTestId(table).locator('.ant-table-row').first().waitFor();
          await settle(page);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scroll <= PHONE.width, `${path} is ${scroll} px wide on a ${PHONE.width} px screen`);
          await shot(page, name);
        }
        // Switched off, then removed: the subscription leaves the list.
        const row = page.getByTestId('webhooks-table').locator('.ant-table-row', { hasText: '财务 ERP 对接' }).first();
        await row.locator('[data-testid^="webhook-active-"]').click();
        await page.locator('.ant-message', { hasText: '已停用订阅' }).waitFor();
        await row.locator('[data-testid^="webhook-remove-"]').click();
        await page.locator('.ant-popover:visible').getByRole('button', { name: /删\s*除/ }).click();
        await page.locator('.ant-message', { hasText: '已删除订阅' }).waitFor();
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}
