import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { login, newPage, settle } from './helpers.mjs';

export default function forms(ctx) {
  describe('forms', () => {
    it('server validation errors appear next to the fields they concern', async () => {
      const page = await newPage(ctx, { locale: 'en-US' });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/customers');
        await page.getByTestId('customer-create').click();
        const form = page.getByTestId('customer-form');
        await form.waitFor();
        await form.locator('#name').fill('E2E 测试客户有限公司');
        await form.locator('#credit_code').fill('12345');
        await page.getByTestId('modal-ok').click();
        const item = form.locator('.ant-form-item').filter({ has: page.locator('#credit_code') });
        await item.locator('.ant-form-item-explain-error').waitFor();
        assert.match(await item.locator('.ant-form-item-explain-error').innerText(), /\S/);
        // A valid code then creates the customer and opens it.
        await form.locator('#credit_code').fill('');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('customer-detail').waitFor();
        assert.match(await page.getByTestId('customer-detail').innerText(), /E2E 测试客户有限公司/);
        // The customer's form is gone (its closing modal would hold a second OK button).
        await form.waitFor({ state: 'detached' });
        // A contact without phone or e-mail: the server's rule shows on the form.
        await page.getByTestId('contact-add').click();
        const contact = page.getByTestId('contact-form');
        const contactOk = page.locator('.ant-modal').filter({ has: contact }).getByTestId('modal-ok');
        await contact.locator('#name').fill('王五');
        await contactOk.click();
        await contact.locator('.ant-form-item-explain-error, [data-testid=problem]').first().waitFor();
        await contact.locator('#phone').fill('+86 10 5555 0199');
        await contactOk.click();
        await page.getByTestId('contacts-table').getByText('王五').waitFor();
      } finally {
        await page.context().close();
      }
    });

    it('a new API token is shown once with a copy button', async () => {
      const page = await newPage(ctx, { locale: 'en-US' });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.getByTestId('user-menu').click();
        await page.getByTestId('menu-account').click();
        await page.getByTestId('account-page').waitFor();
        await page.getByTestId('token-create').click();
        await page.getByTestId('token-name').fill('e2e poller');
        await page.getByTestId('modal-ok').click();
        const secret = page.getByTestId('token-secret');
        await secret.waitFor();
        const token = (await secret.innerText()).trim();
        assert.ok(token.length >= 20, `token ${token}`);
        assert.equal(await secret.locator('.ant-typography-copy').count(), 1);
        // The token works as a bearer token.
        const res = await fetch(`${ctx.url}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(res.status, 200);
        await page.getByTestId('token-done').click();
        await settle(page);
        const table = await page.getByTestId('tokens-table').innerText();
        assert.match(table, /e2e poller/);
        assert.doesNotMatch(table, new RegExp(token));
      } finally {
        await page.context().close();
      }
    });

    it('the rack elevation opens a device on click', async () => {
      const page = await newPage(ctx, { locale: 'en-US' });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/dcim/racks/1');
        const front = page.getByTestId('elevation-front');
        await front.waitFor();
        const device = front.locator('[data-device-id]').first();
        const id = await device.getAttribute('data-device-id');
        await device.click();
        await page.getByTestId('device-detail').waitFor();
        assert.match(page.url(), new RegExp(`/dcim/devices/${id}$`));
      } finally {
        await page.context().close();
      }
    });
  });
}
