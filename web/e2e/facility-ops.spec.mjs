// 变更管理 and 今日值班 in Chinese: management approves a high-risk change after technical, the
// shift ticks its checklist on a phone and sees it in progress on the today view; the portal's
// request forms for visits and equipment slips, at desktop width and on a phone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertGlyphs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const at = (hours) => new Date(Date.now() + hours * 3600000).toISOString().replace(/\.\d+Z$/, 'Z');
const day = (d) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10);

async function fitsPhone(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page overflows the phone: ${width}px`);
}

export default function facilityOps(ctx) {
  describe('facility change control and the shift', () => {
    it('management approves a high-risk change; the shift runs its checklist and sees it today', async (t) => {
      if (!ctx.paths.has('/api/v1/facility/changes')) return t.skip('no change control on this server');
      const acme = await apiAs(ctx, 'acme.admin');
      const rack = (await acme('/api/v1/dcim/racks?limit=1')).body.results[0];
      const operations = await apiAs(ctx, 'operations');
      const created = await operations('/api/v1/facility/changes', {
        method: 'POST',
        body: JSON.stringify({
          title: '更换 UPS-2 电池组',
          reason: '放电测试中两节电池容量不足',
          risk: 'high',
          rollback_plan: '装回原电池组，UPS-2 恢复在线运行',
          window_start: at(24 * 5),
          window_end: at(24 * 5 + 4),
          racks: [rack.id],
          steps: ['负载切换至 UPS-1', '更换电池组', 'UPS-2 恢复在线并核对负载'],
        }),
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const { id, number } = created.body.change;
      const technical = await apiAs(ctx, 'technical');
      const tech = await technical(`/api/v1/facility/changes/${id}/actions`, { method: 'POST', body: '{"action":"approve"}' });
      assert.equal(tech.status, 200, JSON.stringify(tech.body));

      const desk = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(desk, 'management');
        await desk.getByTestId('console-layout').waitFor();
        await desk.goto(`/facility/changes?open=${id}`);
        await desk.getByTestId('change-drawer').getByText('待管理层审批').first().waitFor();
        await desk.getByTestId('change-drawer').getByRole('button', { name: /批\s?准/ }).click();
        await desk.getByTestId('change-drawer').getByText('已批准').first().waitFor();
        await desk.getByTestId('change-timeline').getByText('批准').first().waitFor();
        await settle(desk);
        await assertGlyphs(desk);
        await shot(desk, 'facility-change-approved-zh');
        assertNoPageErrors(desk);
      } finally {
        await desk.close();
      }
      const started = await operations(`/api/v1/facility/changes/${id}/actions`, { method: 'POST', body: '{"action":"start"}' });
      assert.equal(started.status, 200, JSON.stringify(started.body));

      const phone = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(phone, 'operations');
        await phone.getByTestId('console-layout').waitFor();
        await phone.goto(`/facility/changes?open=${id}`);
        await phone.getByTestId('change-checklist').getByText('负载切换至 UPS-1').click();
        await phone.getByTestId('change-checklist').getByText('· operations').first().waitFor();
        await settle(phone);
        await assertGlyphs(phone);
        await shot(phone, 'facility-change-checklist-phone-zh');
        assertNoPageErrors(phone);

        await phone.goto('/facility/today');
        await phone.getByTestId('today-changes-in-progress').getByText(number, { exact: false }).waitFor();
        await settle(phone);
        await assertGlyphs(phone);
        await fitsPhone(phone);
        await shot(phone, 'facility-today-phone-zh');
        assertNoPageErrors(phone);
      } finally {
        await phone.close();
      }

      const wide = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(wide, 'operations');
        await wide.getByTestId('console-layout').waitFor();
        await wide.goto('/facility/today');
        await wide.getByTestId('today-changes-in-progress').getByText(number, { exact: false }).waitFor();
        await settle(wide);
        await shot(wide, 'facility-today-zh');
        await wide.goto('/facility/changes');
        await wide.getByText(number).first().waitFor();
        await settle(wide);
        await shot(wide, 'facility-changes-list-zh');
        assertNoPageErrors(wide);
      } finally {
        await wide.close();
      }
    });

    it('a drill of a plan never drilled is recorded with a finding; the yearly report counts it', async (t) => {
      if (!ctx.paths.has('/api/v1/facility/plans')) return t.skip('no drills on this server');
      const operations = await apiAs(ctx, 'operations');
      const title = `数据中心市电中断应急预案-${Date.now() % 10000}`;
      const plan = await operations('/api/v1/facility/plans', {
        method: 'POST',
        body: JSON.stringify({ scenario: 'power_failure', title, owner: '值班经理 王磊', body: '1. 确认市电中断范围\n2. 确认柴油发电机启动并带载\n3. 通知受影响客户' }),
      });
      assert.equal(plan.status, 201, JSON.stringify(plan.body));
      const drillTitle = `四季度断电演练-${Date.now() % 10000}`;
      const drill = await operations('/api/v1/facility/drills', {
        method: 'POST',
        body: JSON.stringify({ plan_id: plan.body.id, title: drillTitle, scheduled_on: day(0) }),
      });
      assert.equal(drill.status, 201, JSON.stringify(drill.body));

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/facility/drills');
        await page.getByTestId('plans-table').getByText(title).waitFor();
        await page.getByTestId('plans-table').getByText('12 个月内未演练').first().waitFor();
        await page.getByRole('tab', { name: '演练日历' }).click();
        await page.getByTestId('drills-table').getByText(drillTitle).click();
        const drawer = page.getByTestId('drill-drawer');
        await drawer.getByPlaceholder('参演人员，用逗号分隔').fill('王磊，李娜，保安刘');
        await drawer.getByRole('button', { name: '记录演练已举行' }).click();
        await drawer.getByText('王磊、李娜、保安刘').waitFor();
        await drawer.locator('.ant-select').first().click();
        await page.locator('.ant-select-item-option').filter({ hasText: '发现' }).click();
        // The entry is added only once the kind's dropdown has closed over the button.
        await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
        await drawer.getByTestId('drill-entry-text').fill('柴发启动延迟 40 秒');
        await drawer.getByRole('button', { name: /添\s?加/ }).first().click();
        await drawer.getByTestId('drill-entries').getByText('柴发启动延迟 40 秒').waitFor();
        await settle(page);
        await assertGlyphs(page);
        await shot(page, 'facility-drill-recorded-zh');
        await page.keyboard.press('Escape');
        await page.getByRole('tab', { name: '年度演练报告' }).click();
        await page.getByTestId('drill-report').getByText(title).waitFor();
        await settle(page);
        await shot(page, 'facility-drill-report-zh');
        assertNoPageErrors(page);
      } finally {
        await page.close();
      }
      const phone = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(phone, 'operations');
        await phone.getByTestId('console-layout').waitFor();
        await phone.goto('/facility/drills');
        await phone.getByTestId('plans-table').getByText(title).waitFor();
        await settle(phone);
        await assertGlyphs(phone);
        await fitsPhone(phone);
        await shot(phone, 'facility-drills-phone-zh');
        assertNoPageErrors(phone);
      } finally {
        await phone.close();
      }
    });

    it('a customer requests an equipment slip from the portal form, on a desktop and on a phone', async (t) => {
      if (!ctx.paths.has('/api/v1/facility/slips')) return t.skip('no facility module on this server');
      // An approved person of acme's to request a visit for.
      const acme = await apiAs(ctx, 'acme.admin');
      const rack = (await acme('/api/v1/dcim/racks?limit=1')).body.results[0];
      const visitor = `赵敏${Date.now() % 10000}`;
      const person = await acme('/api/v1/facility/people', {
        method: 'POST',
        body: JSON.stringify({ name: visitor, id_type: 'resident_id', id_number: '110101199208081234', phone: '13800138000', company: '艾克美科技', racks: [rack.id], valid_from: day(-1), valid_to: day(100) }),
      });
      assert.equal(person.status, 201, JSON.stringify(person.body));
      const business = await apiAs(ctx, 'business');
      assert.equal((await business(`/api/v1/facility/people/${person.body.id}/decision`, { method: 'POST', body: '{"approve":true}' })).status, 200);
      const local = (days, hour) => `${day(days)}T${String(hour).padStart(2, '0')}:00`;
      for (const [width, name] of [
        [1440, 'facility-portal-slip-form-zh'],
        [390, 'facility-portal-slip-form-phone-zh'],
      ]) {
        const page = await newPage(ctx, { locale: 'zh-CN', width, height: width === 390 ? 844 : 900 });
        try {
          await login(page, 'acme.admin');
          await page.getByTestId('portal-home').waitFor();
          await page.goto('/facility/access');
          await page.getByRole('tab', { name: '设备出入库' }).click();
          const form = page.getByTestId('portal-slip-form');
          await form.waitFor();
          const serial = `SN-E2E-${width}-${Date.now() % 100000}`;
          await form.locator('input[type="date"]').fill(day(3));
          await form.getByLabel('新设备序列号').fill(serial);
          await form.getByLabel('备注').fill('新服务器上架');
          await form.getByRole('button', { name: /提\s?交/ }).click();
          await page.getByText('申请已提交，等待审批').first().waitFor();
          await page.getByText('新服务器上架').first().waitFor();
          await page.getByRole('tab', { name: '来访申请' }).click();
          const visitForm = page.getByTestId('portal-visit-form');
          await visitForm.waitFor();
          if (width !== 390) {
            // A visit request from the form: the visitor, a window, the rack and the purpose.
            await visitForm.getByLabel('来访人员').click();
            await page.locator('.ant-select-item-option').filter({ hasText: visitor }).click();
            await visitForm.getByLabel('开始时间').fill(local(4, 9));
            await visitForm.getByLabel('结束时间').fill(local(4, 11));
            await visitForm.getByLabel('机柜编号').fill(String(rack.id));
            await visitForm.getByLabel('来访事由').fill('更换故障电源模块');
            await visitForm.getByRole('button', { name: /提\s?交/ }).click();
            await page.getByText('更换故障电源模块').first().waitFor();
          }
          await settle(page);
          await assertGlyphs(page);
          if (width === 390) await fitsPhone(page);
          await shot(page, name);
          assertNoPageErrors(page);
        } finally {
          await page.close();
        }
      }
    });
  });
}
