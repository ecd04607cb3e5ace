// The service quality page in Chinese, at desktop size and on a phone: management reads the month
// over every customer and opens one customer's report; finance reviews a compensation claim and
// reads a contract's credit table; operations opens an improvement action and starts it; the
// customer reads its own month, where a month nobody measured says so instead of showing full
// availability, and its claims.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

export default function servicedeskSla(ctx) {
  describe('service desk service levels', () => {
    it('management, finance, operations and the customer work the month in Chinese', async () => {
      const finance = await apiAs(ctx, 'finance');
      const zenith = await apiAs(ctx, 'zenith.admin');
      const now = new Date();
      const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
      const run = await finance('/api/v1/servicedesk/levels/month-end', { method: 'POST', body: JSON.stringify({ month }) });
      assert.equal(run.status, 200, JSON.stringify(run.body));
      const contracts = await zenith('/api/v1/contracts?limit=5');
      assert.equal(contracts.status, 200);
      const contract = contracts.body.results[0];
      let claim = null;
      if (contract) {
        const made = await zenith('/api/v1/servicedesk/levels/claims', {
          method: 'POST',
          body: JSON.stringify({ contract_id: contract.id, description: '存储阵列故障导致 3 月 2 日备份丢失', evidence: '备份任务日志', claimed_fen: 500000 }),
        });
        assert.equal(made.status, 201, JSON.stringify(made.body));
        claim = made.body;
      }

      // Management: the month over every customer, then one customer's report.
      const staff = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(staff, 'management');
        await staff.getByTestId('dashboard').waitFor();
        await staff.goto('/servicedesk/levels');
        await staff.getByTestId('service-quality-report').waitFor();
        await staff.getByTestId('report-customers').waitFor();
        await staff.getByText('全部客户').first().waitFor();
        await shot(staff, 'servicedesk-sla-report.zh-CN');
        assertNoPageErrors(staff);
      } finally {
        await staff.context().close();
      }

      // Finance: the claim assessed, a contract's credit table read.
      const fin = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(fin, 'finance');
        await fin.getByTestId('dashboard').waitFor();
        await fin.goto('/servicedesk/levels');
        await fin.getByRole('tab', { name: 'SLA 赔偿' }).click();
        await fin.getByTestId('service-levels-credits').waitFor();
        const tableButton = fin.locator('[data-testid^="credit-table-"]').first();
        if (await tableButton.count()) {
          await tableButton.click();
          await fin.getByText('SLA 赔偿阶梯').first().waitFor();
          await shot(fin, 'servicedesk-sla-credit-table.zh-CN');
          await fin.keyboard.press('Escape');
          await fin.getByTestId('credit-table-form').waitFor({ state: 'hidden' }).catch(() => {});
        }
        const expand = fin.getByTestId('service-levels-credits').locator('.ant-table-row-expand-icon').first();
        if (await expand.count()) {
          await expand.click();
          await fin.locator('[data-testid^="credit-computation-"]').first().getByText('赔偿比例').first().waitFor();
        }
        await shot(fin, 'servicedesk-sla-credits.zh-CN');
        await fin.getByRole('tab', { name: '赔偿申请' }).click();
        await fin.getByTestId('service-levels-claims').waitFor();
        if (claim) {
          await fin.getByTestId(`claim-assess-${claim.id}`).click();
          await fin.getByTestId('claim-assessment').fill('核实丢失 1 天的备份数据，按合同约定赔偿');
          await fin.getByTestId('claim-offer').fill('3000');
          await fin.getByTestId('modal-ok').click();
          await fin.getByTestId(`claim-agree-${claim.id}`).waitFor();
          const after = await zenith('/api/v1/servicedesk/levels/claims');
          const mine = after.body.results.find((c) => c.id === claim.id);
          assert.equal(mine.status, 'assessed');
          assert.equal(mine.agreed_fen, 300000);
        }
        await shot(fin, 'servicedesk-sla-claims.zh-CN');
        assertNoPageErrors(fin);
      } finally {
        await fin.context().close();
      }

      // Operations: an improvement action opened and started.
      const ops = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(ops, 'operations');
        await ops.getByTestId('dashboard').waitFor();
        await ops.goto('/servicedesk/levels');
        await ops.getByRole('tab', { name: '改进措施' }).click();
        await ops.getByTestId('action-new').click();
        await ops.getByTestId('action-title').fill('UPS 电池组每季度放电测试');
        await ops.getByTestId('action-owner').fill('张工');
        const due = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
        await ops.getByTestId('action-due').click();
        await ops.getByTestId('action-due').fill(due);
        await ops.getByTestId('action-due').press('Enter');
        await ops.getByTestId('modal-ok').click();
        const row = ops.getByTestId('service-levels-actions').locator('tr', { hasText: 'UPS 电池组每季度放电测试' }).first();
        await row.getByRole('button', { name: '开始处理' }).click();
        await ops.getByTestId('modal-ok').click();
        await row.getByText('处理中').waitFor();
        await shot(ops, 'servicedesk-sla-actions.zh-CN');
        assertNoPageErrors(ops);
      } finally {
        await ops.context().close();
      }

      // The customer on a phone: its own month, unmeasured said so; its claims.
      const customer = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(customer, 'zenith.admin');
        await customer.getByTestId('portal-home').waitFor();
        await customer.goto('/servicedesk/levels');
        await customer.getByTestId('service-quality-report').waitFor();
        if (contract) await customer.getByTestId('report-services').getByText('未测量').first().waitFor();
        await shot(customer, 'servicedesk-sla-phone.zh-CN');
        await customer.getByRole('tab', { name: '赔偿申请' }).click();
        await customer.getByTestId('service-levels-claims').waitFor();
        await shot(customer, 'servicedesk-sla-claims-phone.zh-CN');
        assertNoPageErrors(customer);
      } finally {
        await customer.context().close();
      }
    });
  });
}
