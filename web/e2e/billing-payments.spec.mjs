// Receivables in the browser: finance records a payment with its allocation preview, opens it
// and reverses it; the ageing report; a customer's 往来 tab and a contract's deposit card; the
// portal's 付款记录 and 对账单. Screenshots in Chinese at 1440 px and 390 px.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

/** Nothing on the page is wider than the window (a phone must not scroll sideways). */
async function assertNoOverflow(page) {
  const wide = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    return document.documentElement.scrollWidth > w + 1 ? `page is ${document.documentElement.scrollWidth}px wide in ${w}px` : '';
  });
  assert.equal(wide, '');
}

async function acme(ctx) {
  const api = await apiAs(ctx, 'acme.admin');
  const me = await api('/api/v1/auth/me');
  return me.body.user.customer_id;
}

export default function billingPayments(ctx) {
  describe('billing payments', () => {
    it('finance records a payment with a preview, opens it and reverses it', async () => {
      const customer = await acme(ctx);
      const page = await newPage(ctx);
      try {
        await login(page, 'finance');
        await page.getByTestId('nav-payments').click();
        await page.getByTestId('payments-page').waitFor();
        await page.getByTestId('payment-record').click();
        const form = page.getByTestId('payment-form');
        await form.waitFor();
        // The customer: typed into the search select and chosen.
        await form.locator('.ant-select').first().click();
        await page.keyboard.type('艾克米');
        await page.locator('.ant-select-item-option', { hasText: '艾克米' }).first().click();
        await page.getByTestId('payment-amount').fill('1234.56');
        const reference = `E2E-${Date.now()}`;
        await page.getByTestId('payment-reference').fill(reference);
        await page.getByTestId('payment-preview').waitFor();
        const preview = await page.getByTestId('payment-preview').innerText();
        assert.match(preview, /预收余额/);
        await shot(page, 'billing-payments-record.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('payment-detail').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('payment-detail').innerText(), /¥1,234\.56/);
        await shot(page, 'billing-payments-detail.zh-CN');

        // The same bank reference again is refused next to its field... by the server: 409.
        const finance = await apiAs(ctx, 'finance');
        const again = await finance('/api/v1/billing/payments', {
          method: 'POST',
          body: JSON.stringify({ customer_id: customer, amount_fen: 100, received_on: new Date().toISOString().slice(0, 10), method: 'bank_transfer', bank_reference: reference }),
        });
        assert.equal(again.status, 409);

        await page.getByTestId('payment-reverse').click();
        const reverse = page.getByTestId('payment-reverse-form');
        await reverse.locator('textarea').fill('银行退票');
        await page.getByTestId('modal-ok').click();
        await page.getByText('已冲销').first().waitFor();

        await page.goto('/billing/payments');
        await page.getByTestId('payments-table').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('payments-table').innerText(), new RegExp(reference));
        await shot(page, 'billing-payments-list.zh-CN');
        await page.setViewportSize({ width: 390, height: 844 });
        await settle(page);
        await assertNoOverflow(page);
        await shot(page, 'billing-payments-list.zh-CN.390');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the ageing report shows its totals and table', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'finance');
        await page.getByTestId('nav-ageing').click();
        await page.getByTestId('ageing-page').waitFor();
        await page.getByTestId('ageing-summary').waitFor();
        await settle(page);
        const text = await page.getByTestId('ageing-page').innerText();
        for (const label of ['未到期', '逾期 1–30 天', '逾期 90 天以上', '应收合计']) assert.ok(text.includes(label), label);
        await shot(page, 'billing-payments-ageing.zh-CN');
        await page.setViewportSize({ width: 390, height: 844 });
        await settle(page);
        await assertNoOverflow(page);
        await shot(page, 'billing-payments-ageing.zh-CN.390');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it("a customer's account tab and a contract's deposit card", async () => {
      const customer = await acme(ctx);
      const finance = await apiAs(ctx, 'finance');
      const paid = await finance('/api/v1/billing/payments', {
        method: 'POST',
        body: JSON.stringify({ customer_id: customer, amount_fen: 50000, received_on: new Date().toISOString().slice(0, 10), method: 'cash', payer_name: '艾克米财务' }),
      });
      assert.equal(paid.status, 201);
      const contracts = await finance('/api/v1/contracts?status=active&limit=1');
      assert.ok(contracts.body.count > 0, 'the demo has an active contract');
      const page = await newPage(ctx);
      try {
        await login(page, 'finance');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/customers/${customer}?tab=account`);
        await page.getByTestId('customer-account').waitFor();
        await page.getByTestId('statement').waitFor();
        await settle(page);
        const text = await page.getByTestId('customer-account').innerText();
        assert.match(text, /预收余额/);
        assert.match(text, /期末余额/);
        await shot(page, 'billing-payments-customer-account.zh-CN');
        await page.setViewportSize({ width: 390, height: 844 });
        await settle(page);
        await assertNoOverflow(page);
        await shot(page, 'billing-payments-customer-account.zh-CN.390');
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.goto(`/contracts/${contracts.body.results[0].id}`);
        await page.getByTestId('deposit-card').waitFor();
        await page.getByTestId('deposit-receive').click();
        const form = page.getByTestId('deposit-form');
        await form.locator('input.ant-input-number-input').fill('2000');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('deposit-card').getByText('在押').first().waitFor();
        await shot(page, 'billing-payments-contract-deposit.zh-CN');
        await page.setViewportSize({ width: 390, height: 844 });
        await settle(page);
        await assertNoOverflow(page);
        await shot(page, 'billing-payments-contract-deposit.zh-CN.390');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('a customer sees its payments and statement in the portal, on a phone too', async () => {
      const page = await newPage(ctx, { width: 390, height: 844 });
      try {
        await login(page, 'acme.admin');
        await page.getByTestId('portal-home').waitFor();
        await page.goto('/billing/payments');
        await page.getByTestId('payments-table').waitFor();
        await settle(page);
        assert.equal(await page.getByTestId('payment-record').count(), 0, 'a customer records no payments');
        await assertNoOverflow(page);
        await shot(page, 'billing-payments-portal-payments.zh-CN.390');
        await page.goto('/billing/statement');
        await page.getByTestId('statement').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('statement-page').innerText(), /期初余额/);
        await assertNoOverflow(page);
        await shot(page, 'billing-payments-portal-statement.zh-CN.390');
        await page.setViewportSize({ width: 1440, height: 900 });
        await settle(page);
        await shot(page, 'billing-payments-portal-statement.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}
