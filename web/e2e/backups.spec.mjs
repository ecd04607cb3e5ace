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
        const run = (await ops(`/api/v1/backups/runs?plan_id=${plan.id}&kind=backup`)).body.results[0];
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

    it('operations plans a backup of the customer\'s host over SSH from the form; the key is kept sealed (zh-CN)', async () => {
      const zenith = await apiAs(ctx, 'zenith.admin');
      const contract = (await zenith('/api/v1/contracts?status=active&limit=1')).body.results[0];
      const ops = await apiAs(ctx, 'operations');
      const name = `天顶数据库主机备份 ${Date.now() % 100000}`;
      const key = '-----BEGIN OPENSSH PRIVATE KEY-----\ne2e-not-a-real-key\n-----END OPENSSH PRIVATE KEY-----\n';
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/backups/plans');
        await page.getByTestId('backup-plans-table').waitFor();
        await page.getByTestId('backup-plan-new').click();
        const form = page.getByTestId('backup-plan-form');
        await form.waitFor();
        await form.getByTestId('suspension-contract').click();
        await page.keyboard.type(contract.number);
        await page.locator('.ant-select-item-option', { hasText: contract.number }).first().click();
        await page.getByTestId('backup-plan-name').fill(name);
        await form.getByTestId('backup-plan-source-kind').click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '客户主机（SSH）' }).first().click();
        await page.getByTestId('backup-plan-ssh-host').fill('10.20.30.40');
        await page.getByTestId('backup-plan-ssh-port').fill('2222');
        await page.getByTestId('backup-plan-ssh-user').fill('backup');
        await page.getByTestId('backup-plan-ssh-key').fill(key);
        await page.getByTestId('backup-plan-paths').fill('/var/lib/mysql-dumps\n/etc/nginx');
        await page.getByTestId('backup-plan-repository').fill(join(dir, 'ssh-repo'));
        await page.getByTestId('backup-plan-location').fill('B 栋 201 机房 备份存储柜 R12');
        await page.getByTestId('backup-plan-password').fill('e2e ssh repository password');
        await shot(page, 'backups-plan-form-ssh.zh-CN');
        await page.getByTestId('modal-ok').click();
        await form.waitFor({ state: 'hidden' });
        const made = (await ops(`/api/v1/backups/plans?q=${encodeURIComponent(name)}`)).body.results;
        assert.equal(made.length, 1, JSON.stringify(made));
        const p = made[0];
        assert.equal(p.source_kind, 'ssh');
        assert.equal(p.ssh_host, '10.20.30.40');
        assert.equal(p.ssh_port, 2222);
        assert.equal(p.ssh_user, 'backup');
        assert.deepEqual(p.paths, ['/var/lib/mysql-dumps', '/etc/nginx']);
        assert.equal(p.ssh_key_set, true);
        assert.ok(!JSON.stringify(p).includes('e2e-not-a-real-key'), 'the key is never answered');
        await settle(page);
        assert.match(await page.getByTestId(`backup-plan-source-${p.id}`).innerText(), /backup@10\.20\.30\.40:2222 \/var\/lib\/mysql-dumps/);

        // Edited, the form shows that a key is kept and not the key; saving without one keeps it.
        await page.getByTestId(`backup-plan-edit-${p.id}`).click();
        await form.waitFor();
        await settle(page);
        await shot(page, 'backups-plan-form-ssh-edit.zh-CN');
        assert.equal(await page.getByTestId('backup-plan-ssh-key').inputValue(), '');
        assert.match(await form.innerText(), /已保存私钥；留空则保持不变/);
        await page.getByTestId('backup-plan-ssh-host').fill('10.20.30.41');
        await page.getByTestId('modal-ok').click();
        await form.waitFor({ state: 'hidden' });
        const after = (await ops(`/api/v1/backups/plans/${p.id}`)).body;
        assert.equal(after.ssh_host, '10.20.30.41');
        assert.equal(after.ssh_key_set, true, 'the key is kept');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
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
