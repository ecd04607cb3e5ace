// Customer backups in the browser, in Chinese at desktop width and on a 390 px phone: operations
// backs a plan up from its page and reads the run with its log; the customer asks for a restore,
// operations approves and executes it, Colo verifies it and the customer confirms it in the
// portal; another customer sees none of it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

async function assertFitsWidth(page, name) {
  await settle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= PHONE.width, `${name}: the page is ${scroll} px wide on a ${PHONE.width} px screen`);
}

export default function backups(ctx) {
  describe('backups', () => {
    let plan;
    let restoreId;
    const dir = mkdtempSync(join(tmpdir(), 'colo-e2e-backups-'));

    it('operations backs a plan up from its page and reads the run (zh-CN)', async () => {
      const zenith = await apiAs(ctx, 'zenith.admin');
      const contract = (await zenith('/api/v1/contracts?status=active&limit=1')).body.results[0];
      assert.ok(contract, 'the demo has an active zenith contract');
      mkdirSync(join(dir, 'zenith', 'www'), { recursive: true });
      writeFileSync(join(dir, 'zenith', 'www', 'index.html'), '<h1>天顶科技官网</h1>');
      writeFileSync(join(dir, 'zenith', 'www', 'orders.csv'), '订单号,金额\n1001,2300\n');
      const ops = await apiAs(ctx, 'operations');
      const made = await ops('/api/v1/backups/plans', {
        method: 'POST',
        body: JSON.stringify({
          contract_id: contract.id,
          name: '官网与订单数据',
          source_kind: 'paths',
          paths: [join(dir, 'zenith', 'www')],
          schedule_kind: 'daily',
          daily_at: '02:30',
          retention: { keep_last: 3, keep_daily: 7, keep_weekly: 4, keep_monthly: 6 },
          repository: join(dir, 'repo'),
          location: 'B 栋 201 机房 备份存储柜 R12',
          repository_password: 'e2e backup repository password',
          restore_test_days: 30,
        }),
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      plan = made.body;
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/backups/plans');
        await page.getByTestId('backup-plans-table').waitFor();
        await page.getByTestId(`backup-plan-run-${plan.id}`).click();
        await page.locator('.ant-message', { hasText: '备份成功' }).waitFor();
        await settle(page);
        assert.match(await page.getByTestId('backup-plans-table').innerText(), /官网与订单数据/);
        await shot(page, 'backups-plans.zh-CN');
        await page.getByTestId(`backup-plan-edit-${plan.id}`).click();
        await page.getByTestId('backup-plan-form').waitFor();
        await settle(page);
        await shot(page, 'backups-plan-form.zh-CN');
        await page.keyboard.press('Escape');
        await page.goto('/backups/runs');
        await page.getByTestId('backup-runs-table').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('backup-runs-table').innerText(), /成功/);
        const run = (await ops(`/api/v1/backups/runs?plan_id=${plan.id}`)).body.results[0];
        await page.getByTestId(`backup-run-log-open-${run.id}`).click();
        await page.getByTestId('backup-run-log').first().waitFor();
        assert.match(await page.getByTestId('backup-run-log').first().innerText(), /summary|snapshot/);
        await shot(page, 'backups-runs.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the customer asks for a restore, operations approves and executes it, the customer confirms (zh-CN)', async () => {
      const zenith = await apiAs(ctx, 'zenith.admin');
      const runs = (await zenith(`/api/v1/backups/runs?plan_id=${plan.id}&status=succeeded`)).body.results;
      assert.ok(runs.length > 0, 'the customer sees its succeeded run');
      const asked = await zenith('/api/v1/backups/restores', {
        method: 'POST',
        body: JSON.stringify({
          plan_id: plan.id,
          snapshot_id: runs[0].snapshot_id,
          target_kind: 'path',
          target_path: join(dir, 'zenith', 'www', 'restored'),
          note: '误删了订单文件，恢复到 restored 目录核对',
        }),
      });
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      restoreId = asked.body.id;
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/backups/restores');
        await page.getByTestId('backup-restores-table').waitFor();
        await settle(page);
        await shot(page, 'backups-restores-requested.zh-CN');
        await page.getByTestId(`backup-restore-approve-${restoreId}`).click();
        await page.locator('.ant-modal-confirm .ant-btn-primary').click();
        await page.getByTestId(`backup-restore-execute-${restoreId}`).click();
        await page.locator('.ant-modal-confirm .ant-btn-primary').click();
        await page.locator('.ant-message', { hasText: '校验通过' }).waitFor();
        await settle(page);
        assert.match(await page.getByTestId('backup-restores-table').innerText(), /已校验/);
        await shot(page, 'backups-restores-verified.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const portal = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(portal, 'zenith.admin');
        await portal.getByTestId('portal-home').waitFor();
        await portal.goto('/backups/restores');
        await portal.getByTestId('backup-restores-table').waitFor();
        await portal.getByTestId(`backup-restore-confirm-${restoreId}`).click();
        await portal.locator('.ant-modal-confirm .ant-btn-primary').click();
        await portal.getByTestId('backup-restores-table').getByText('客户已确认').waitFor();
        await shot(portal, 'backups-portal-restores.zh-CN');
        assertNoPageErrors(portal);
      } finally {
        await portal.context().close();
      }
      const other = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(other, 'acme.admin');
        await other.getByTestId('portal-home').waitFor();
        await other.goto('/backups/plans');
        await other.getByTestId('backup-plans-table').waitFor();
        await settle(other);
        assert.doesNotMatch(await other.getByTestId('backup-plans-table').innerText(), /官网与订单数据/);
      } finally {
        await other.context().close();
      }
    });

    it('works on a 390 px phone, for the customer and for operations', async () => {
      for (const user of ['zenith.admin', 'operations']) {
        const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
        try {
          await login(page, user);
          await page.getByTestId(user === 'operations' ? 'dashboard' : 'portal-home').waitFor();
          for (const [name, path, testId] of [
            ['plans', '/backups/plans', 'backup-plans-table'],
            ['runs', '/backups/runs', 'backup-runs-table'],
            ['restores', '/backups/restores', 'backup-restores-table'],
          ]) {
            await page.goto(path);
            await page.getByTestId(testId).waitFor();
            await assertFitsWidth(page, `${user} ${name}`);
            await shot(page, `phone-backups-${name}-${user === 'operations' ? 'staff' : 'portal'}.zh-CN`);
          }
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      }
    });
  });
}
