// Disputes in the browser, in Chinese at desktop width and on a 390 px phone: business opens a
// case on a contract, logs the negotiation, escalates it to arbitration with the case number; no
// closing is offered while a deadline is open; once done, the case closes with a credit;
// management puts it under legal hold; the customer sees its own case in the portal. Operations
// records an over-use breach with its evidence and charges the penalty; the customer sees it too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

async function assertFitsWidth(page, name) {
  await settle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= PHONE.width, `${name}: the page is ${scroll} px wide on a ${PHONE.width} px screen`);
}

export default function disputes(ctx) {
  describe('disputes', () => {
    let contract;
    let disputeId;
    let breachId;

    it('business opens a dispute on a contract and logs the negotiation (zh-CN)', async () => {
      const zenith = await apiAs(ctx, 'zenith.admin');
      contract = (await zenith('/api/v1/contracts?status=active&limit=1')).body.results[0];
      assert.ok(contract, 'the demo has an active zenith contract');
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/disputes');
        await page.getByTestId('disputes-page').waitFor();
        await page.getByTestId('dispute-new').click();
        await page.getByTestId('dispute-open-form').waitFor();
        await page.getByTestId('suspension-contract').click();
        await page.keyboard.type(contract.number);
        await page.locator('.ant-select-item-option', { hasText: contract.number }).first().click();
        await page.getByTestId('dispute-claim').fill('客户认为 10 月机柜电力按 6kW 计收有误，合同约定为 4kW，要求退还多收电费');
        await page.getByTestId('dispute-amount').fill('1200');
        await shot(page, 'disputes-open.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('dispute-detail').waitFor();
        disputeId = page.url().split('/').pop();
        await settle(page);
        assert.match(await page.getByTestId('dispute-detail').innerText(), /协商中/);
        // The negotiation log and a deadline, written as the people on the phone would.
        const business = await apiAs(ctx, 'business');
        const today = new Date().toISOString().slice(0, 10);
        const later = new Date(Date.now() + 10 * 86400e3).toISOString().slice(0, 10);
        for (const entry of [
          { kind: 'meeting', on_date: today, summary: '与客户运维负责人电话会谈，核对 10 月电力计量数据' },
          { kind: 'proposal', on_date: today, summary: '我方提出按实测 95 百分位 4.6kW 计收，退还差额', amount_fen: 60000 },
        ]) {
          const r = await business(`/api/v1/disputes/${disputeId}/entries`, { method: 'POST', body: JSON.stringify(entry) });
          assert.equal(r.status, 200, JSON.stringify(r.body));
        }
        const dl = await business(`/api/v1/disputes/${disputeId}/deadlines`, { method: 'POST', body: JSON.stringify({ title: '提交电力计量记录', due_date: later }) });
        assert.equal(dl.status, 200, JSON.stringify(dl.body));
        await page.reload();
        await page.getByTestId('dispute-entries').waitFor();
        assert.match(await page.getByTestId('dispute-entries').innerText(), /95 百分位/);
        await shot(page, 'disputes-negotiating.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('escalates to arbitration; no closing while a deadline is open, then closes with a credit', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/disputes/${disputeId}`);
        await page.getByTestId('dispute-escalate').click();
        await page.getByTestId('dispute-step-form').waitFor();
        await page.getByTestId('escalate-forum').fill('上海国际仲裁中心');
        await page.getByTestId('escalate-case-number').fill('(2026)沪仲案字第0042号');
        await shot(page, 'disputes-escalate.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('dispute-step-form').waitFor({ state: 'hidden' });
        await settle(page);
        assert.match(await page.getByTestId('dispute-overview').innerText(), /上海国际仲裁中心/);
        // With the deadline open the case offers no closing (the server refuses it with 409 too).
        assert.equal(await page.getByTestId('dispute-close').count(), 0, 'no closing while a deadline is open');
        assert.match(await page.getByTestId('dispute-deadlines').innerText(), /提交电力计量记录/);
        await shot(page, 'disputes-escalated.zh-CN');
        // The deadline done, the case closes with the agreed credit.
        await page.locator('[data-testid^="deadline-done-"]').first().click();
        await settle(page);
        await page.getByTestId('dispute-close').click();
        await page.getByTestId('dispute-step-form').waitFor();
        await page.getByTestId('close-outcome').click();
        await page.locator('.ant-select-item-option', { hasText: '退款/减免' }).first().click();
        await page.getByTestId('close-amount').fill('600');
        await page.getByTestId('close-note').fill('双方协商一致，退还多收电费 600 元，计入下期账单');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('dispute-outcome').waitFor();
        assert.match(await page.getByTestId('dispute-outcome').innerText(), /计入下期账单/);
        assert.match(await page.getByTestId('dispute-detail').innerText(), /已结案/);
        await shot(page, 'disputes-resolved.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('management puts the case under legal hold; the customer sees its own case', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'management');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/disputes/${disputeId}`);
        await page.getByTestId('dispute-hold').click();
        await page.getByTestId('hold-reason').fill('仲裁程序尚未终结，相关记录须保全');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('dispute-hold-tag').waitFor();
        await shot(page, 'disputes-hold.zh-CN');
        await page.goto('/disputes');
        await page.getByTestId('disputes-table').waitFor();
        await shot(page, 'disputes-list.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const portal = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(portal, 'zenith.admin');
        await portal.getByTestId('portal-home').waitFor();
        await portal.goto('/disputes');
        await portal.getByTestId('disputes-table').waitFor();
        await settle(portal);
        assert.match(await portal.getByTestId('disputes-table').innerText(), /DSP-/);
        await shot(portal, 'disputes-portal.zh-CN');
        await portal.goto(`/disputes/${disputeId}`);
        await portal.getByTestId('dispute-detail').waitFor();
        assert.equal(await portal.getByTestId('dispute-close').count(), 0, 'the customer takes no steps');
        await shot(portal, 'disputes-portal-detail.zh-CN');
        assertNoPageErrors(portal);
      } finally {
        await portal.context().close();
      }
      const other = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(other, 'acme.admin');
        await other.getByTestId('portal-home').waitFor();
        await other.goto('/disputes');
        await other.getByTestId('disputes-table').waitFor();
        await settle(other);
        assert.doesNotMatch(await other.getByTestId('disputes-table').innerText(), /DSP-/);
      } finally {
        await other.context().close();
      }
    });

    it('operations records an over-use breach, adds evidence and charges the penalty (zh-CN)', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/breaches');
        await page.getByTestId('breaches-page').waitFor();
        await page.getByTestId('breach-new').click();
        await page.getByTestId('breach-form').waitFor();
        await page.getByTestId('suspension-contract').click();
        await page.keyboard.type(contract.number);
        await page.locator('.ant-select-item-option', { hasText: contract.number }).first().click();
        await page.getByTestId('breach-clause').fill('第五条 电力容量');
        await page.getByTestId('breach-description').fill('11 月 18 日至 21 日连续 72 小时用电 6.2kW，超出合同约定的 4kW');
        const date = page.getByTestId('breach-date');
        await date.click();
        await date.fill(new Date(Date.now() - 3 * 86400e3).toISOString().slice(0, 10));
        await date.press('Enter');
        await shot(page, 'breaches-record.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('breach-detail').waitFor();
        breachId = page.url().split('/').pop();
        await page.getByTestId('breach-evidence-table').waitFor();
        // Evidence: a document (the power readings), then the consequence.
        await page.getByTestId('breach-evidence').click();
        await page.getByTestId('breach-step-form').waitFor();
        await page.getByTestId('evidence-type').click();
        await page.locator('.ant-select-item-option', { hasText: '文件' }).first().click();
        await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
        await page.getByTestId('evidence-label').fill('PDU 电流记录 2026-11-18 至 11-21（导出表）');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('breach-step-form').waitFor({ state: 'hidden' });
        await page.getByTestId('breach-decide').click();
        await page.getByTestId('breach-step-form').waitFor();
        await page.getByTestId('breach-amount').fill('500');
        await page.getByTestId('breach-note').fill('按合同第五条收取超量使用违约金');
        await shot(page, 'breaches-decide.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('breach-consequence').waitFor();
        assert.match(await page.getByTestId('breach-consequence').innerText(), /已计入下期账单/);
        assert.match(await page.getByTestId('breach-evidence-table').innerText(), /PDU 电流记录/);
        await shot(page, 'breaches-decided.zh-CN');
        await page.goto('/breaches');
        await page.getByTestId('breaches-table').waitFor();
        await shot(page, 'breaches-list.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const portal = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(portal, 'zenith.admin');
        await portal.getByTestId('portal-home').waitFor();
        await portal.goto('/breaches');
        await portal.getByTestId('breaches-table').waitFor();
        await settle(portal);
        assert.match(await portal.getByTestId('breaches-table').innerText(), /BR-/);
        await shot(portal, 'breaches-portal.zh-CN');
        assertNoPageErrors(portal);
      } finally {
        await portal.context().close();
      }
    });

    it('management reads the compliance view: measured clauses from the records, the rest not measured', async () => {
      for (const [suffix, size] of [['', {}], ['phone-', PHONE]]) {
        const page = await newPage(ctx, { locale: 'zh-CN', ...size });
        try {
          await login(page, 'management');
          await page.getByTestId('dashboard').waitFor();
          await page.goto('/compliance');
          await page.getByTestId('compliance-table').waitFor();
          await settle(page);
          const table = await page.getByTestId('compliance-table').innerText();
          assert.match(table, /R12\.1/);
          assert.match(table, /尚未计量/);
          assert.match(table, /R4\.1\.1/);
          assert.match(table, /本条期间/, 'a clause measured over this month says so');
          assert.match(await page.getByTestId('compliance-audit-head').innerText(), /审计链第 \d+ 条/);
          assert.match(await page.getByTestId('compliance-pdf').getAttribute('href'), /\/api\/v1\/compliance\/report\?lang=zh-CN/);
          // The cases above were handled as the regulation asks: none of their clauses fails (other
          // suites' records may make other clauses fail).
          for (const clause of ['R9.1.1', 'R9.1.2', 'R9.2.1', 'R9.2.2', 'R12.1', 'R12.2']) {
            const row = page.locator(`[data-testid="compliance-table"] tr[data-row-key="${clause}"]`);
            assert.doesNotMatch(await row.innerText(), /不合规/, `${clause}: the cases above were handled as the regulation asks`);
          }
          if (suffix) await assertFitsWidth(page, 'compliance');
          await shot(page, `${suffix}compliance.zh-CN`);
          await page.getByTestId('compliance-measured-only').click();
          await settle(page);
          if (!suffix) await shot(page, 'compliance-measured.zh-CN');
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      }
    });

    it('works on a 390 px phone', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        for (const [name, path, testId] of [
          ['list', '/disputes', 'disputes-table'],
          ['detail', `/disputes/${disputeId}`, 'dispute-detail'],
          ['breaches', '/breaches', 'breaches-table'],
          ['breach', `/breaches/${breachId}`, 'breach-detail'],
        ]) {
          await page.goto(path);
          await page.getByTestId(testId).waitFor();
          await assertFitsWidth(page, name);
          await shot(page, `phone-disputes-${name}.zh-CN`);
        }
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}
