// Collections in the browser, in Chinese at desktop width and on a 390 px phone: operations
// suspends a contract for abuse with evidence, in force at once; management sees it, the contract
// page and the customer's portal show the notice; the penalties and reminders pages of finance.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

async function assertFitsWidth(page, name) {
  await settle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= PHONE.width, `${name}: the page is ${scroll} px wide on a ${PHONE.width} px screen`);
}

export default function billingCollections(ctx) {
  describe('billing collections', () => {
    let contract;
    let suspensionId;

    it('operations suspends a contract for abuse at once, with evidence (zh-CN)', async () => {
      const zenith = await apiAs(ctx, 'zenith.admin');
      contract = (await zenith('/api/v1/contracts?status=active&limit=1')).body.results[0];
      assert.ok(contract, 'the demo has an active zenith contract');
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/billing/suspensions');
        await page.getByTestId('suspensions-page').waitFor();
        await page.getByTestId('suspension-new').click();
        await page.getByTestId('propose-form').waitFor();
        await page.getByTestId('suspension-contract').click();
        await page.keyboard.type(contract.number);
        await page.locator('.ant-select-item-option', { hasText: contract.number }).first().click();
        await page.getByTestId('suspension-evidence').fill('2026-11-20 14:05 起监测到该客户服务器对外发起 DDoS 攻击，峰值 40 Gbps，工单 NOC-2026-1120-07');
        await shot(page, 'collections-propose.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('suspension-detail').waitFor();
        suspensionId = page.url().split('/').pop();
        await settle(page);
        assert.match(await page.getByTestId('suspension-detail').innerText(), /已停机/);
        assert.equal(await page.getByTestId('suspension-approve').count(), 0, 'nothing left to approve');
        await shot(page, 'collections-suspension-immediate.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('management sees it in force, with only the lift to decide later, and the contract page says so', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'management');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/billing/suspensions/${suspensionId}`);
        await page.getByTestId('suspension-detail').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('suspension-detail').innerText(), /已停机/);
        assert.match(await page.getByTestId('suspension-timeline').innerText(), /立即停机/);
        assert.equal(await page.getByTestId('suspension-approve').count(), 0);
        await shot(page, 'collections-suspension-active.zh-CN');
        await page.goto(`/contracts/${contract.id}`);
        await page.getByTestId('contract-suspended').waitFor();
        await shot(page, 'collections-contract-banner.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('finance sees penalties and reminders; the customer sees the suspension notice', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'finance');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/billing/penalties');
        await page.getByTestId('penalties-page').waitFor();
        await shot(page, 'collections-penalties.zh-CN');
        await page.goto('/billing/reminders');
        await page.getByTestId('reminders-page').waitFor();
        await shot(page, 'collections-reminders.zh-CN');
        await page.goto('/billing/suspensions');
        await page.getByTestId('suspensions-table').waitFor();
        await shot(page, 'collections-suspensions.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const portal = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(portal, 'zenith.admin');
        await portal.getByTestId('portal-home').waitFor();
        await portal.goto('/billing/penalties');
        await portal.getByTestId('suspension-notice').waitFor();
        await shot(portal, 'collections-portal-notice.zh-CN');
        assertNoPageErrors(portal);
      } finally {
        await portal.context().close();
      }
    });

    it('works on a 390 px phone', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'management');
        await page.getByTestId('dashboard').waitFor();
        for (const [name, path, testId] of [
          ['suspensions', '/billing/suspensions', 'suspensions-table'],
          ['suspension', `/billing/suspensions/${suspensionId}`, 'suspension-detail'],
          ['penalties', '/billing/penalties', 'penalties-page'],
          ['reminders', '/billing/reminders', 'reminders-page'],
        ]) {
          await page.goto(path);
          await page.getByTestId(testId).waitFor();
          await assertFitsWidth(page, name);
          await shot(page, `phone-collections-${name}.zh-CN`);
        }
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}
