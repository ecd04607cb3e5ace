import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

// What the server says reaches a Chinese reader in Chinese, naming business numbers: the
// notifications list, an application's timeline and a refused request's message.
export default function messages(ctx) {
  describe('server messages', () => {
    it('notifications read in Chinese name contracts and applications by number', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/notifications');
        await page.getByTestId('notification-title').first().waitFor();
        await settle(page);
        const titles = await page.getByTestId('notification-title').allInnerTexts();
        assert.ok(titles.some((t) => /(合同|托管申请) (CT|APP)-\d{4}-\d{6}/.test(t)), titles.join('\n'));
        assert.ok(titles.every((t) => !/^(Contract|Application) /.test(t)), titles.join('\n'));
        await shot(page, 'messages-notifications-zh');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it("a contracted application's timeline names its contract's number in the reader's language", async () => {
      const api = await apiAs(ctx, 'business');
      const list = await api('/api/v1/applications?status=contracted&limit=1');
      assert.equal(list.status, 200);
      assert.ok(list.body.results.length > 0, 'the demo has a contracted application');
      const id = list.body.results[0].id;
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/applications/${id}`);
        const timeline = page.getByTestId('application-timeline');
        await timeline.waitFor();
        assert.match(await timeline.innerText(), /合同 CT-\d{4}-\d{6} 已生效/);
        assert.doesNotMatch(await timeline.innerText(), /Contract \d+ activated/);
        await shot(page, 'messages-timeline-zh');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it("a conflict is shown on the form in the reader's language", async () => {
      const api = await apiAs(ctx, 'business');
      const list = await api('/api/v1/customers?limit=100');
      const taken = list.body.results.find((c) => c.credit_code)?.credit_code;
      assert.ok(taken, 'a demo customer has a credit code');
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/customers');
        await page.getByTestId('customer-create').click();
        const form = page.getByTestId('customer-form');
        await form.waitFor();
        await form.locator('#name').fill('重复信用代码测试公司');
        await form.locator('#credit_code').fill(taken);
        await page.getByTestId('modal-ok').click();
        const item = form.locator('.ant-form-item').filter({ has: page.locator('#credit_code') });
        await item.locator('.ant-form-item-explain-error').waitFor();
        assert.match(await item.locator('.ant-form-item-explain-error').innerText(), /已有其他客户使用此统一社会信用代码/);
        await shot(page, 'messages-conflict-zh');
      } finally {
        await page.context().close();
      }
    });

    it('a refused sign-in says why in the chosen language', async () => {
      for (const [locale, text] of [
        ['zh-CN', /用户名或密码错误/],
        ['en-US', /user name or password is wrong/i],
      ]) {
        const page = await newPage(ctx, { locale });
        try {
          await login(page, `nobody-${locale}`, 'not-the-password');
          const err = page.getByTestId('login-error');
          await err.waitFor();
          assert.match(await err.innerText(), text);
        } finally {
          await page.context().close();
        }
      }
    });
  });
}
