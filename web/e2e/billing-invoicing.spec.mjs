import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, nav, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

/** Nothing on the page sticks out of the screen sideways. */
async function assertFitsWidth(page, name, width) {
  await settle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${name}: the page is ${scroll} px wide on a ${width} px screen`);
}

export default function billingInvoicing(ctx) {
  describe('billing-invoicing', () => {
    it('finance previews and runs billing, reads the invoice, issues a credit note and records the fapiao', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'finance');
        await page.getByTestId('dashboard').waitFor();
        await nav(page, '/billing/runs');
        await page.getByTestId('billing-runs-page').waitFor();
        await settle(page);
        await shot(page, 'billing-runs.zh-CN');
        await page.getByTestId('run-now').click();
        await page.locator('.ant-popconfirm .ant-btn-primary').click();
        await page.getByText('运行完成').waitFor();
        await settle(page);

        const finance = await apiAs(ctx, 'finance');
        const invoices = (await finance('/api/v1/billing/invoices?kind=invoice')).body;
        assert.ok(invoices.count >= 1, 'the demo contract is billed');
        const id = invoices.results[0].id;

        await nav(page, '/billing/invoices');
        await page.getByTestId('invoices-table').waitFor();
        await shot(page, 'billing-invoices.zh-CN');

        await nav(page, `/billing/invoices/${id}`);
        await page.getByTestId('invoice-detail').waitFor();
        await page.getByTestId('invoice-lines').waitFor();
        const before = await page.getByTestId('invoice-outstanding').innerText();
        await shot(page, 'billing-invoice.zh-CN');

        await page.getByTestId('invoice-credit').click();
        const modal = page.getByTestId('credit-note-modal');
        await modal.waitFor();
        await modal.locator('input.ant-input-number-input').first().fill('10');
        await page.getByTestId('credit-reason').fill('机房断电 2 小时补偿');
        await shot(page, 'billing-credit-note.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByText('已开具红字账单').waitFor();
        await settle(page);
        assert.notEqual(await page.getByTestId('invoice-outstanding').innerText(), before, 'the credit note lowers what is left');

        await page.getByTestId('invoice-fapiao').click();
        await page.getByTestId('fapiao-number').fill('26112000000123456789');
        await page.getByTestId('modal-ok').click();
        await page.getByText('发票号码已登记').waitFor();
        assert.equal(await page.getByTestId('invoice-fapiao').count(), 0, 'recorded once');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the pages at 390 px, and the customer sees only its own bills', async () => {
      const finance = await apiAs(ctx, 'finance');
      const inv = (await finance('/api/v1/billing/invoices?kind=invoice')).body.results[0];
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'finance');
        await page.getByTestId('dashboard').waitFor();
        for (const [name, path, testId] of [
          ['runs', '/billing/runs', 'billing-runs-page'],
          ['invoices', '/billing/invoices', 'invoices-table'],
          ['invoice', `/billing/invoices/${inv.id}`, 'invoice-lines'],
        ]) {
          await nav(page, path);
          await page.getByTestId(testId).waitFor();
          await assertFitsWidth(page, name, PHONE.width);
          await shot(page, `phone-billing-${name}.zh-CN`);
        }
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      // The owner of the demo contract reads its bill in the portal; the other customer has none.
      const owner = inv.customer.id;
      const users = { acme: await apiAs(ctx, 'acme.admin'), zenith: await apiAs(ctx, 'zenith.admin') };
      let mine = null;
      for (const [name, api] of Object.entries(users)) {
        const me = (await api('/api/v1/auth/me')).body.user.customer_id;
        if (me === owner) mine = `${name}.admin`;
        else assert.equal((await api(`/api/v1/billing/invoices/${inv.id}`)).status, 404);
      }
      assert.ok(mine);
      const portal = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(portal, mine);
        await portal.getByTestId('portal-home').waitFor();
        await nav(portal, '/billing/invoices');
        await portal.getByTestId('invoices-table').waitFor();
        await assertFitsWidth(portal, 'my bills', PHONE.width);
        await shot(portal, 'phone-portal-bills.zh-CN');
        await nav(portal, `/billing/invoices/${inv.id}`);
        await portal.getByTestId('invoice-lines').waitFor();
        assert.equal(await portal.getByTestId('invoice-credit').count(), 0, 'no credit notes from the portal');
        await shot(portal, 'phone-portal-bill.zh-CN');

        // The customer's administrator keeps its fapiao details (开票信息); the code is checked.
        await nav(portal, `/customers/${owner}`);
        await portal.getByTestId('tab-billing-profile').click();
        await portal.getByTestId('billing-profile-edit').click();
        const form = portal.getByTestId('billing-profile-modal');
        await form.locator('#name').fill('上海天顶数据服务有限公司');
        await form.locator('#taxpayer_id').fill('91310000MA1FL0000X');
        await form.getByText('增值税普通发票').click();
        await portal.getByTestId('modal-ok').click();
        await form.getByText('不是有效的统一社会信用代码').first().waitFor();
        await shot(portal, 'phone-portal-billing-profile-error.zh-CN');
        await form.locator('#taxpayer_id').fill('91110108551385082Q');
        await portal.getByTestId('modal-ok').click();
        await portal.getByText('开票信息已保存').waitFor();
        await settle(portal);
        await assertFitsWidth(portal, 'billing profile', PHONE.width);
        await shot(portal, 'phone-portal-billing-profile.zh-CN');
        assertNoPageErrors(portal);
      } finally {
        await portal.context().close();
      }
    });
  });
}
