// Vulnerability management in the browser, in Chinese at desktop width and on a 390 px phone: the
// customer has consented to scans of its loopback address; security scans it now from the scans
// page (a real nmap scan of a port this test listens on) and sees the port and the finding; the
// customer acknowledges the finding in the portal and claims it fixed; an assessment with an open
// item cannot be closed. The portal's top menu still fits at 1440 px with its security group.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };
const ACME = '北京艾克米云科技有限公司';

async function assertFitsWidth(page, name) {
  await settle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= PHONE.width, `${name}: the page is ${scroll} px wide on a ${PHONE.width} px screen`);
}

function listen() {
  return new Promise((resolve) => {
    const server = createServer((socket) => socket.destroy());
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export default function vulns(ctx) {
  describe('vulns', () => {
    let listener;
    let port;
    let findingId;

    it('security scans the customer’s consented address now and sees the port and the finding (zh-CN)', async () => {
      listener = await listen();
      port = listener.address().port;
      const admin = await apiAs(ctx, 'admin');
      const acme = await apiAs(ctx, 'acme.admin');
      const me = (await acme('/api/v1/auth/me')).body.user;
      const prefix = await admin('/api/v1/ipam/prefixes', { method: 'POST', body: JSON.stringify({ prefix: '127.0.0.0/24', customer: me.customer_id, description: '回环测试网段' }) });
      assert.ok([201, 409].includes(prefix.status), JSON.stringify(prefix.body));
      const today = new Date().toISOString().slice(0, 10);
      const later = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10);
      const consent = await acme('/api/v1/vulns/consents', {
        method: 'POST',
        body: JSON.stringify({ granted_by: '王经理（安全负责人）', granted_on: today, scope: ['127.0.0.1'], valid_from: today, valid_until: later }),
      });
      assert.equal(consent.status, 201, JSON.stringify(consent.body));

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'security');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/vulns/scans');
        await page.getByTestId('vuln-scans-page').waitFor();
        await page.getByTestId('vuln-scan-now').click();
        await page.getByTestId('vuln-scan-form').waitFor();
        await page.getByTestId('vuln-scan-customer').click();
        await page.keyboard.type('艾克米');
        await page.locator('.ant-select-item-option', { hasText: ACME }).first().click();
        await page.getByTestId('vuln-scan-targets').fill('127.0.0.1');
        await page.getByTestId('vuln-scan-ports').fill(String(port));
        await shot(page, 'vulns-scan-now.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('vuln-scan-detail').waitFor();
        // The scan runs in the background; the page asks again until it has ended.
        await page.getByTestId('vuln-scan-detail').locator('.ant-tag', { hasText: '完成' }).first().waitFor({ timeout: 120_000 });
        await settle(page);
        assert.match(await page.getByTestId('vuln-scan-ports').innerText(), new RegExp(`${port}/tcp`));
        assert.match(await page.getByTestId('vuln-scan-detail').innerText(), /完成/);
        await shot(page, 'vulns-scan-detail.zh-CN');

        await page.goto('/vulns/findings?severity=medium');
        await page.getByTestId('vuln-findings-table').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('vuln-findings-table').innerText(), new RegExp(`127\\.0\\.0\\.1:${port}/tcp`));
        await shot(page, 'vulns-findings.zh-CN');
        await page.goto('/vulns/consents');
        await page.getByTestId('vuln-consents-table').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('vuln-consents-table').innerText(), /有效/);
        // Security keeps the customer's signed consent with the record.
        const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n');
        await page
          .getByTestId(`vuln-consent-upload-${consent.body.id}`)
          .locator('xpath=ancestor::span[contains(@class,"ant-upload")]//input[@type="file"]')
          .setInputFiles({ name: '扫描授权书.pdf', mimeType: 'application/pdf', buffer: pdf });
        await page.getByTestId(`vuln-consent-file-${consent.body.id}`).waitFor();
        await shot(page, 'vulns-consents.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const findings = (await acme('/api/v1/vulns/findings?status=open')).body.results;
      findingId = findings.find((f) => f.port === port)?.id;
      assert.ok(findingId, 'the customer sees its finding');
    });

    it('the customer acknowledges the finding and claims it fixed in the portal', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'acme.user');
        await page.getByTestId('portal-home').waitFor();
        // The security group stands in the top menu without folding anything into "…".
        assert.ok(await page.getByTestId('nav-group-security').isVisible(), 'the security group stands in the top menu');
        const rest = page.getByTestId('top-menu').locator(':scope > .ant-menu-overflow-item-rest');
        for (let i = 0; i < (await rest.count()); i++) assert.equal(await rest.nth(i).isVisible(), false, 'entries folded into "…"');
        await page.getByTestId('nav-group-security').hover();
        await page.getByTestId('nav-vulnFindings').waitFor({ state: 'visible' });
        await page.getByTestId('nav-vulnFindings').click();
        await page.getByTestId('vuln-findings-table').waitFor();
        await settle(page);
        await shot(page, 'vulns-portal-findings.zh-CN');
        await page.goto(`/vulns/findings/${findingId}`);
        await page.getByTestId('vuln-finding-detail').waitFor();
        await page.getByTestId('vuln-acknowledge').click();
        await page.getByTestId('vuln-step-form').waitFor();
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('vuln-step-form').waitFor({ state: 'hidden' });
        await settle(page);
        assert.match(await page.getByTestId('vuln-finding-detail').innerText(), /已确认/);
        await page.getByTestId('vuln-fix').click();
        await page.getByTestId('vuln-note').fill('测试端口已关闭，请复扫验证');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('vuln-step-form').waitFor({ state: 'hidden' });
        await settle(page);
        assert.match(await page.getByTestId('vuln-finding-detail').innerText(), /已修复待验证/);
        assert.match(await page.getByTestId('vuln-finding-history').innerText(), /声明已修复/);
        await shot(page, 'vulns-portal-finding.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('security verifies the fix with a rescan once the port is closed', async () => {
      await new Promise((resolve) => listener.close(resolve));
      const security = await apiAs(ctx, 'security');
      const acme = await apiAs(ctx, 'acme.admin');
      const me = (await acme('/api/v1/auth/me')).body.user;
      const rescan = await security('/api/v1/vulns/scans', { method: 'POST', body: JSON.stringify({ customer_id: me.customer_id, targets: ['127.0.0.1'], ports: String(port) }) });
      assert.equal(rescan.status, 202, JSON.stringify(rescan.body));
      let ended = rescan.body;
      for (let i = 0; i < 1200 && ended.scan.status === 'running'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        ended = (await security(`/api/v1/vulns/scans/${rescan.body.scan.id}`)).body;
      }
      assert.equal(ended.scan.status, 'done', JSON.stringify(ended));
      assert.equal(ended.scan.findings_closed, 1);
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'security');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/vulns/findings/${findingId}`);
        await page.getByTestId('vuln-finding-detail').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('vuln-finding-detail').innerText(), /已验证修复/);
        assert.match(await page.getByTestId('vuln-finding-history').innerText(), /复扫验证修复/);
        await shot(page, 'vulns-finding-verified.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('an assessment with an open item offers no closing until the item is done', async () => {
      const security = await apiAs(ctx, 'security');
      const today = new Date().toISOString().slice(0, 10);
      const made = await security('/api/v1/vulns/assessments', {
        method: 'POST',
        body: JSON.stringify({ title: '2026 年第四季度安全评估', scope: '机房核心网络、管理系统与堡垒机', assessed_on: today, assessor: '安全部 赵工' }),
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const id = made.body.assessment.id;
      const item = await security(`/api/v1/vulns/assessments/${id}/items`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'action', title: '关闭交换机管理口的公网访问，改由堡垒机登录', severity: 'high', owner: '网络组 李工', due_on: today }),
      });
      assert.equal(item.status, 200, JSON.stringify(item.body));
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'security');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/vulns/assessments/${id}`);
        await page.getByTestId('vuln-assessment-detail').waitFor();
        await settle(page);
        assert.equal(await page.getByTestId('vuln-assessment-close').isDisabled(), true, 'no closing while an item is open');
        await shot(page, 'vulns-assessment.zh-CN');
        await page.locator('[data-testid^="vuln-item-close-"]').first().click();
        await page.getByTestId('vuln-item-resolution').fill('已改为堡垒机访问，公网 ACL 已下发');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('vuln-item-close-form').waitFor({ state: 'hidden' });
        await settle(page);
        assert.equal(await page.getByTestId('vuln-assessment-close').isDisabled(), false);
        await page.goto('/vulns/assessments');
        await page.getByTestId('vuln-assessments-table').waitFor();
        await shot(page, 'vulns-assessments.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('fits a 390 px phone: the portal findings, a finding and the scans', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'acme.admin');
        await page.getByTestId('portal-home').waitFor();
        await page.goto('/vulns/findings');
        await page.getByTestId('vuln-findings-table').waitFor();
        await assertFitsWidth(page, 'findings');
        await shot(page, 'phone-vulns-findings.zh-CN');
        await page.goto(`/vulns/findings/${findingId}`);
        await page.getByTestId('vuln-finding-detail').waitFor();
        await assertFitsWidth(page, 'finding');
        await shot(page, 'phone-vulns-finding.zh-CN');
        await page.goto('/vulns/scans');
        await page.getByTestId('vuln-scans-table').waitFor();
        await assertFitsWidth(page, 'scans');
        await shot(page, 'phone-vulns-scans.zh-CN');
        await page.goto('/vulns/consents');
        await page.getByTestId('vuln-consents-table').waitFor();
        await assertFitsWidth(page, 'consents');
        await shot(page, 'phone-vulns-consents.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const staff = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(staff, 'security');
        await staff.getByTestId('dashboard').waitFor();
        await staff.goto('/vulns/findings');
        await staff.getByTestId('vuln-findings-table').waitFor();
        await assertFitsWidth(staff, 'staff findings');
        await shot(staff, 'phone-vulns-staff-findings.zh-CN');
        assertNoPageErrors(staff);
      } finally {
        await staff.context().close();
      }
    });
  });
}
