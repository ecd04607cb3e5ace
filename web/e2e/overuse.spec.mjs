// Over-use proposed from monitoring, in the console in Chinese at desktop width and on a 390 px
// phone: the overuse-detect job finds the demo Zenith contract drawing more power than its
// contracted kW and proposes a breach; the customer does not see it; operations reads the figures
// and confirms it, after which it is an open breach the customer sees.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

export default function overuse(ctx) {
  describe('overuse', () => {
    let breach;

    it('the job proposes the power over-use once; the customer does not see the proposal', async () => {
      const run = () =>
        execFileSync(process.env.COLO_BINARY, ['jobs', 'run', 'overuse-detect', '--db', `sqlite://${join(ctx.server.dir, 'e2e.db')}`], {
          env: { ...process.env, COLO_DEMO: 'true' },
        }).toString();
      const first = run();
      assert.match(first, /contract\(s\)/, first);
      const ops = await apiAs(ctx, 'operations');
      const find = async () => {
        const r = await ops('/api/v1/breaches?status=proposed&kind=over_use&limit=100');
        assert.equal(r.status, 200, JSON.stringify(r.body));
        return r.body.results.filter((b) => b.overuse?.metric === 'power' && b.customer_name.includes('天顶'));
      };
      const found = await find();
      assert.equal(found.length, 1, JSON.stringify(found));
      breach = found[0];
      assert.ok(breach.overuse.peak > breach.overuse.limit, JSON.stringify(breach.overuse));
      assert.ok(breach.overuse.minutes >= 60, JSON.stringify(breach.overuse));
      // Run again: the same episode, not a second proposal.
      run();
      assert.equal((await find()).length, 1);
      const zenith = await apiAs(ctx, 'zenith.admin');
      assert.equal((await zenith(`/api/v1/breaches/${breach.id}`)).status, 404);
      const theirs = await zenith('/api/v1/breaches?limit=100');
      assert.ok(!theirs.body.results.some((b) => b.id === breach.id), 'a proposal is not listed to the customer');
    });

    it('operations reads the proposal on a phone', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/breaches/${breach.id}`);
        await page.getByTestId('breach-overuse').waitFor();
        await settle(page);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scroll <= PHONE.width, `the page is ${scroll} px wide on a ${PHONE.width} px screen`);
        assert.match(await page.getByTestId('breach-overuse').innerText(), /用电超出合同约定功率/);
        await shot(page, 'overuse-proposed-phone.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('operations finds the proposal in the list, reads the figures and confirms it (zh-CN)', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/breaches?status=proposed');
        await page.getByTestId('breaches-table').waitFor();
        await settle(page);
        const row = page.getByTestId('breaches-table').locator('.ant-table-row', { hasText: breach.number });
        await row.waitFor();
        assert.match(await row.innerText(), /待确认/);
        await shot(page, 'overuse-list.zh-CN');
        await row.getByRole('link', { name: breach.number }).click();
        await page.getByTestId('breach-detail').waitFor();
        await page.getByTestId('breach-overuse').waitFor();
        await settle(page);
        const figures = await page.getByTestId('breach-overuse').innerText();
        assert.match(figures, /用电超出合同约定功率/);
        assert.match(figures, /kW/);
        assert.match(await page.getByTestId('breach-overview').innerText(), /持续 \d+ 分钟，峰值/);
        await page.getByTestId('breach-proposed-help').waitFor();
        assert.equal(await page.getByTestId('breach-decide').count(), 0, 'no decision before review');
        await shot(page, 'overuse-proposed.zh-CN');
        await page.getByTestId('breach-confirm').click();
        await page.getByTestId('breach-step-form').waitFor();
        await shot(page, 'overuse-confirm.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('breach-step-form').waitFor({ state: 'hidden' });
        await page.getByTestId('breach-decide').waitFor();
        assert.match(await page.getByTestId('breach-detail').innerText(), /待处理/);
        assert.equal(await page.getByTestId('breach-confirm').count(), 0);
        await shot(page, 'overuse-confirmed.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const zenith = await apiAs(ctx, 'zenith.admin');
      assert.equal((await zenith(`/api/v1/breaches/${breach.id}`)).status, 200, 'confirmed, the customer sees it');
    });
  });
}
