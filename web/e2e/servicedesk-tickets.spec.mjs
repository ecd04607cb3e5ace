// The service desk in the browser, in Chinese, at desktop size and on a phone: a customer raises a
// ticket in the portal, operations finds it in the agent queue, writes an internal note and a
// public reply, and puts it on hold for the customer (the SLA clock pauses); the customer sees the
// reply and the paused clock but never the note.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

export default function servicedeskTickets(ctx) {
  describe('service desk tickets', () => {
    it('a customer raises a ticket, operations answers with a note and a reply, the customer sees only the reply', async () => {
      const title = `机柜 A-01 服务器无法访问 ${Date.now()}`;
      const customer = await newPage(ctx, { locale: 'zh-CN' });
      let id;
      try {
        await login(customer, 'acme.user');
        await customer.getByTestId('portal-home').waitFor();
        await customer.goto('/servicedesk/tickets');
        await customer.getByTestId('tickets-page').waitFor();
        await customer.getByTestId('ticket-create').click();
        const form = customer.getByTestId('ticket-form');
        await form.waitFor();
        await form.getByTestId('ticket-form-title').fill(title);
        await customer.locator('.ant-modal-footer .ant-btn-primary').click();
        await customer.getByTestId('ticket-page').waitFor();
        id = customer.url().split('/').pop();
        assert.ok(await customer.getByText('新建').first().isVisible());
        assertNoPageErrors(customer);
      } finally {
        await customer.context().close();
      }

      const ops = await apiAs(ctx, 'operations');
      const secret = `内部备注：疑似交换机端口故障 ${Date.now()}`;
      const staff = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(staff, 'operations');
        await staff.getByTestId('dashboard').waitFor();
        await staff.goto('/servicedesk/tickets');
        await staff.getByTestId('tickets-table').getByText(title).waitFor();
        await shot(staff, 'servicedesk-queue.zh-CN');
        await staff.goto(`/servicedesk/tickets/${id}`);
        await staff.getByTestId('ticket-page').waitFor();
        await staff.getByTestId('ticket-action-assign').click();
        await staff.getByTestId('ticket-action-start').waitFor();
        await staff.getByTestId('ticket-action-start').click();
        await staff.getByTestId('ticket-action-wait').waitFor();
        await staff.getByTestId('ticket-reply').fill(secret);
        await staff.locator('.ant-radio-button-wrapper', { hasText: '内部备注' }).click();
        await staff.getByTestId('ticket-send').click();
        await staff.getByTestId('ticket-note').waitFor();
        await staff.getByTestId('ticket-reply').fill('已安排工程师排查，请确认服务器是否已开机。');
        await staff.locator('.ant-radio-button-wrapper', { hasText: '回复客户' }).click();
        await staff.getByTestId('ticket-send').click();
        await staff.getByTestId('ticket-comment').waitFor();
        await staff.getByTestId('ticket-action-wait').click();
        await staff.getByText('等待客户').first().waitFor();
        await settle(staff);
        await shot(staff, 'servicedesk-ticket.zh-CN');
        assertNoPageErrors(staff);
      } finally {
        await staff.context().close();
      }
      assert.equal((await ops(`/api/v1/servicedesk/tickets/${id}`)).body.ticket.status, 'waiting_for_customer');

      const phone = await newPage(ctx, { locale: 'zh-CN', width: PHONE.width, height: PHONE.height });
      try {
        await login(phone, 'acme.user');
        await phone.getByTestId('portal-home').waitFor();
        await phone.goto(`/servicedesk/tickets/${id}`);
        await phone.getByTestId('ticket-sla').waitFor();
        await phone.getByText('已安排工程师排查').waitFor();
        assert.ok(await phone.getByText('已暂停').first().isVisible());
        assert.equal(await phone.getByText(secret).count(), 0, 'the customer must not see the internal note');
        await settle(phone);
        const scroll = await phone.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scroll <= PHONE.width, `the ticket is ${scroll} px wide on a ${PHONE.width} px screen`);
        await shot(phone, 'servicedesk-ticket-phone.zh-CN');
        await phone.goto('/servicedesk/tickets');
        await phone.getByTestId('tickets-page').waitFor();
        await settle(phone);
        await shot(phone, 'servicedesk-portal-phone.zh-CN');
        assertNoPageErrors(phone);
      } finally {
        await phone.context().close();
      }
    });
  });
}
