// 隐患整改 in Chinese: a round with a failed item at a room checkpoint opens a rectification order;
// from the round's page on a phone (390 px) the finding links to it; operations assigns it to
// technical, technical takes a photo and rectifies it and is refused when verifying its own work, operations
// verifies it; the list on a desk and on a phone, with the timeline, nothing overflowing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertGlyphs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

// A real 2×2 PNG, so the page can draw it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

export default function findings(ctx) {
  describe('findings', () => {
    it('a room finding becomes an order that is assigned, rectified and verified by a second person', async (t) => {
      if (!ctx.paths.has('/api/v1/facility/findings')) return t.skip('no rectification orders on this server');
      const ops = await apiAs(ctx, 'operations');
      const room = (await ops('/api/v1/dcim/rooms?limit=1')).body.results[0].id;
      const tag = Date.now() % 100000;
      const route = await ops('/api/v1/facility/patrol-templates', {
        method: 'POST',
        body: JSON.stringify({
          name: `B02 机房整改巡检 ${tag}`,
          checkpoints: [
            {
              key: 'room',
              name: `B02 机房热通道 ${tag}`,
              kind: 'room',
              ref_id: room,
              qr: `FND-ROOM-${tag}`,
              items: [{ key: 'leak', label: '精密空调下无漏水', kind: 'check' }],
            },
          ],
        }),
      });
      assert.equal(route.status, 201, JSON.stringify(route.body));
      const round = await ops('/api/v1/facility/patrol-rounds', { method: 'POST', body: JSON.stringify({ template_id: route.body.id }) });
      assert.equal(round.status, 201, JSON.stringify(round.body));
      const roundPath = `/api/v1/facility/patrol-rounds/${round.body.id}`;
      assert.equal((await ops(`${roundPath}/start`, { method: 'POST', body: '{}' })).status, 200);
      const walked = await ops(`${roundPath}/visits`, {
        method: 'POST',
        body: JSON.stringify({ checkpoint: 'room', payload: `FND-ROOM-${tag}`, manual: true, results: [{ key: 'leak', ok: false, note: '地板下有积水' }] }),
      });
      assert.equal(walked.status, 200, JSON.stringify(walked.body));
      assert.equal((await ops(`${roundPath}/submit`, { method: 'POST', body: '{}' })).status, 200);
      const orderId = walked.body.findings[0].order_id;
      assert.ok(orderId, 'the finding opened an order');

      const phone = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(phone, 'operations');
        await phone.getByTestId('console-layout').waitFor();
        // The round's finding links to its order.
        await phone.goto(`/facility/patrol/rounds/${round.body.id}`);
        await phone.getByTestId('finding-order-room-leak').click();
        await phone.getByTestId('finding-detail').waitFor();
        assert.match(await phone.getByTestId('finding-detail').innerText(), /待派单/);
        await phone.getByTestId('assign-text').fill('technical');
        await phone.getByTestId('assign-button').click();
        await phone.getByTestId('finding-detail').getByText('整改中').first().waitFor();
        await settle(phone);
        await assertGlyphs(phone);
        await shot(phone, 'findings-assigned-phone-zh');
        const width = await phone.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `the order overflows the phone: ${width}px`);
        assertNoPageErrors(phone);
      } finally {
        await phone.close();
      }

      const tech = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(tech, 'technical');
        await tech.getByTestId('console-layout').waitFor();
        await tech.goto(`/facility/findings/${orderId}`);
        await tech.getByTestId('finding-photo-input').setInputFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: PNG });
        await tech.getByTestId('finding-photo').waitFor();
        await tech.getByTestId('rectify-text').fill('更换冷凝水管接头，地面已清理干燥');
        await tech.getByTestId('rectify-button').click();
        await tech.getByTestId('verify-button').waitFor();
        // The rectifier cannot verify their own work.
        await tech.getByTestId('verify-button').click();
        await tech.getByTestId('finding-error').waitFor();
        assert.match(await tech.getByTestId('finding-error').innerText(), /整改人不能自己验收/);
        await settle(tech);
        await assertGlyphs(tech);
        await shot(tech, 'findings-same-person-phone-zh');
      } finally {
        await tech.close();
      }

      const desk = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(desk, 'operations');
        await desk.getByTestId('console-layout').waitFor();
        await desk.goto(`/facility/findings/${orderId}`);
        await desk.getByTestId('verify-button').click();
        await desk.getByTestId('finding-detail').getByText('已验收').first().waitFor();
        const timeline = await desk.getByTestId('finding-timeline').innerText();
        for (const step of ['巡检发现，生成整改单', '派单', '整改完成', '验收通过']) assert.match(timeline, new RegExp(step));
        await settle(desk);
        await assertGlyphs(desk);
        await shot(desk, 'findings-verified-zh');
        await desk.goto('/facility/findings');
        await desk.getByTestId('findings-filter').getByText('全部').click();
        await desk.getByTestId(`finding-${orderId}`).waitFor();
        assert.match(await desk.getByTestId(`finding-${orderId}`).innerText(), /已验收/);
        await settle(desk);
        await shot(desk, 'findings-list-zh');
        // Verified: among the closed ones (the server filters), no longer among those to be worked.
        await desk.getByTestId('findings-filter').getByText('已关闭').click();
        await desk.getByTestId(`finding-${orderId}`).waitFor();
        await desk.getByTestId('findings-filter').getByText('未关闭').click();
        await desk.getByTestId('findings-list').locator('.ant-list-item, .ant-list-empty-text').first().waitFor();
        await settle(desk);
        assert.equal(await desk.getByTestId(`finding-${orderId}`).count(), 0);
        // The home card counts the orders still to be worked, as the list does.
        const open = (await ops('/api/v1/facility/findings?closed=false&limit=1')).body.count;
        await desk.goto('/');
        const card = desk.getByTestId('home-findings-open');
        await card.waitFor();
        assert.match(await card.innerText(), new RegExp(`^${open}`));
        assertNoPageErrors(desk);
      } finally {
        await desk.close();
      }

      const list = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(list, 'operations');
        await list.getByTestId('console-layout').waitFor();
        await list.goto('/facility/findings');
        await list.getByTestId('findings-filter').getByText('全部').click();
        await list.getByTestId(`finding-${orderId}`).waitFor();
        await settle(list);
        await assertGlyphs(list);
        await shot(list, 'findings-list-phone-zh');
        const width = await list.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `the list overflows the phone: ${width}px`);
        assertNoPageErrors(list);
      } finally {
        await list.close();
      }
    });
  });
}
