// 巡检管理 in Chinese: a route with a room and the generator yard is walked on a phone (390 px):
// the round is started, the room's code is typed (no camera in the test browser), a temperature
// above its range is marked 异常 and listed as a finding, the yard's photo is taken, the round is
// submitted; at a desk the rounds list shows it and the trend tab draws the room's temperature.
// A maintenance plan is made with the console's form (a range with its max below its min refused
// at its field first).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertGlyphs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

export default function facilityPatrol(ctx) {
  describe('facility patrol', () => {
    it('a round is walked on a phone by typed codes and its temperature trend is drawn', async (t) => {
      if (!ctx.paths.has('/api/v1/facility/patrol-rounds')) return t.skip('no patrol inspections on this server');
      const ops = await apiAs(ctx, 'operations');
      const room = (await ops('/api/v1/dcim/rooms?limit=1')).body.results[0].id;
      const tag = Date.now() % 100000;
      const route = await ops('/api/v1/facility/patrol-templates', {
        method: 'POST',
        body: JSON.stringify({
          name: `A01 机房夜间巡检 ${tag}`,
          checkpoints: [
            {
              key: 'room',
              name: 'A01 机房冷通道',
              kind: 'room',
              ref_id: room,
              qr: `CP-ROOM-${tag}`,
              items: [
                { key: 'temp', label: '进风温度', kind: 'reading', unit: '°C', min: 18, max: 27 },
                { key: 'leak', label: '地板下无漏水', kind: 'check' },
              ],
            },
            { key: 'yard', name: '发电机场地', kind: 'yard', qr: `CP-YARD-${tag}`, items: [{ key: 'panel', label: '控制面板照片', kind: 'photo' }] },
          ],
        }),
      });
      assert.equal(route.status, 201, JSON.stringify(route.body));
      const schedule = await ops('/api/v1/facility/patrol-schedules', {
        method: 'POST',
        body: JSON.stringify({ template_id: route.body.id, kind: 'every_hours', every_hours: 2, starts_on: new Date().toISOString().slice(0, 10), grace_minutes: 30 }),
      });
      assert.equal(schedule.status, 201, JSON.stringify(schedule.body));
      const round = await ops('/api/v1/facility/patrol-rounds', { method: 'POST', body: JSON.stringify({ template_id: route.body.id }) });
      assert.equal(round.status, 201, JSON.stringify(round.body));

      const phone = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(phone, 'operations');
        await phone.getByTestId('console-layout').waitFor();
        await phone.goto(`/facility/patrol/rounds/${round.body.id}`);
        await phone.getByTestId('start-round').click();
        await phone.getByTestId('submit-round').waitFor();
        await settle(phone);
        await assertGlyphs(phone);
        await shot(phone, 'facility-patrol-round-phone-zh');

        // The room: a wrong code first, then the right one typed by hand.
        await phone.getByTestId('checkpoint-room').click();
        const form = phone.getByTestId('checkpoint-form-room');
        await form.getByTestId('code').fill(`CP-YARD-${tag}`);
        await form.getByTestId('item-temp').locator('input').fill('31');
        await form.getByTestId('item-leak').getByText('正常', { exact: true }).click();
        await form.getByTestId('save-checkpoint').click();
        await form.getByTestId('patrol-error').waitFor();
        assert.match(await form.getByTestId('patrol-error').innerText(), /A01 机房冷通道/);
        await settle(phone);
        await shot(phone, 'facility-patrol-checkpoint-phone-zh');
        await form.getByTestId('code').fill(`CP-ROOM-${tag}`);
        await form.getByTestId('save-checkpoint').click();
        await phone.getByTestId('checkpoints').waitFor();
        assert.match(await phone.getByTestId('checkpoint-room').innerText(), /已巡/);
        assert.match(await phone.getByTestId('checkpoint-room').innerText(), /异常 1/);
        assert.match(await phone.getByTestId('findings').innerText(), /进风温度/);

        // The yard: its photo.
        await phone.getByTestId('checkpoint-yard').click();
        const yard = phone.getByTestId('checkpoint-form-yard');
        await yard.getByTestId('photo-panel').setInputFiles({ name: 'panel.png', mimeType: 'image/png', buffer: PNG });
        await yard.getByTestId('item-panel').getByText('已拍 1 张').waitFor();
        await yard.getByTestId('code').fill(`CP-YARD-${tag}`);
        await yard.getByTestId('save-checkpoint').click();
        await phone.getByTestId('checkpoints').waitFor();
        await phone.getByTestId('submit-round').click();
        await phone.getByText('已提交').first().waitFor();
        await settle(phone);
        await assertGlyphs(phone);
        await shot(phone, 'facility-patrol-submitted-phone-zh');
        const width = await phone.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `the round overflows the phone: ${width}px`);

        // The list on the phone.
        await phone.goto('/facility/patrol');
        await phone.getByTestId('round-table').waitFor();
        await settle(phone);
        await shot(phone, 'facility-patrol-list-phone-zh');
        const listWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(listWidth <= 390, `the rounds list overflows the phone: ${listWidth}px`);
        assertNoPageErrors(phone);
      } finally {
        await phone.close();
      }

      const desk = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(desk, 'operations');
        await desk.getByTestId('console-layout').waitFor();
        await desk.goto('/facility/patrol');
        await desk.getByTestId('round-table').waitFor();
        await desk.getByRole('tab', { name: '巡检路线' }).click();
        await desk.getByTestId('route-list').getByText(`A01 机房夜间巡检 ${tag}`).waitFor();
        await settle(desk);
        await assertGlyphs(desk);
        await shot(desk, 'facility-patrol-routes-zh');
        await desk.getByRole('tab', { name: '读数趋势' }).click();
        await desk.getByTestId('trend-item').click();
        await desk.getByText(`A01 机房夜间巡检 ${tag} · A01 机房冷通道 · 进风温度 (°C)`).click();
        await desk.getByTestId('trend-chart').locator('svg').waitFor();
        await settle(desk);
        await shot(desk, 'facility-patrol-trend-zh');
        assertNoPageErrors(desk);
      } finally {
        await desk.close();
      }
    });

    it('a maintenance plan is made with the console form, a wrong schedule shown at its field', async (t) => {
      if (!ctx.paths.has('/api/v1/facility/maintenance-plans')) return t.skip('no facility maintenance on this server');
      const ops = await apiAs(ctx, 'operations');
      const room = (await ops('/api/v1/dcim/rooms?limit=1')).body.results[0].id;
      const code = `UPS-${Date.now() % 100000}`;
      const asset = await ops('/api/v1/facility/assets', {
        method: 'POST',
        body: JSON.stringify({ code, name: '2号 UPS 主机', kind: 'ups', model: 'UPS-400', serial: 'SN-UPS-2', room_id: room }),
      });
      assert.equal(asset.status, 201, JSON.stringify(asset.body));
      const page = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(page, 'operations');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/facility/maintenance');
        await page.getByRole('tab', { name: '维护计划' }).click();
        await page.getByTestId('add-plan').click();
        const form = page.getByTestId('plan-form');
        await form.waitFor();
        await form.getByTestId('plan-name').fill(`季度放电测试 ${code}`);
        await form.getByTestId('plan-asset').click();
        await page.locator('.ant-select-item-option', { hasText: code }).click();
        const every = form.getByTestId('plan-every');
        await ((await every.evaluate((e) => e.tagName)) === 'INPUT' ? every : every.locator('input')).fill('3');
        await form.getByTestId('plan-first-due').fill(new Date().toISOString().slice(0, 10));
        const item = form.getByTestId('plan-item-0');
        await item.locator('input').nth(0).fill('voltage');
        await item.locator('input').nth(1).fill('放电终止电压');
        await item.locator('.ant-select').first().click();
        await page.locator('.ant-select-item-option', { hasText: '读数' }).click();
        await item.locator('.ant-select').nth(1).click();
        await page.locator('.ant-select-item-option', { hasText: /^V$/ }).click();
        await item.locator('input').nth(4).fill('420');
        await item.locator('input').nth(5).fill('380');
        await form.getByTestId('plan-save').click();
        // Max below min: the server's field error beside it, nothing added.
        await page.getByText('上限低于下限').first().waitFor();
        await settle(page);
        await assertGlyphs(page);
        await shot(page, 'facility-plan-form-phone-zh');
        await item.locator('input').nth(5).fill('440');
        await form.getByTestId('plan-save').click();
        await page.getByTestId('plan-table').getByText(`季度放电测试 ${code}`).waitFor();
        await settle(page);
        await shot(page, 'facility-plan-added-phone-zh');
        const plans = await ops(`/api/v1/facility/maintenance-plans?asset=${asset.body.id}`);
        assert.equal(plans.body.count, 1);
        assert.deepEqual(plans.body.results[0].checklist[0], { key: 'voltage', label: '放电终止电压', kind: 'reading', unit: 'V', min: 420, max: 440 });
        assertNoPageErrors(page);
      } finally {
        await page.close();
      }
    });
  });
}
