import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, nav, newPage, settle, shot } from './helpers.mjs';

// R3 and R11 in the browser: a customer applies through the wizard; the business department,
// the technical department (feasibility, accepted proposal) and management approve; the business
// department drafts, signs (scan upload) and activates the contract; the customer sees it in force.
// Another customer cannot open the application.

/** A YYYY-MM-DD day `days` after today (UTC, the server's calendar). */
function day(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A minimal PDF: what a scanner would hand over, as far as the server's checks go. */
const PDF = Buffer.from('%PDF-1.4\n% Colo e2e: signed contract\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** Signs in as `username` in a fresh context and waits for the landing page. */
async function signedIn(ctx, username, locale = 'zh-CN') {
  const page = await newPage(ctx, { locale });
  await login(page, username);
  await page.getByTestId(username.includes('.') ? 'portal-home' : 'dashboard').waitFor();
  return page;
}

/** Types a date into an antd DatePicker and confirms it. */
async function pickDate(page, locator, date) {
  await locator.click();
  await locator.fill(date);
  await locator.press('Enter');
}

/** Takes an application action through its modal (with a comment when given). */
async function act(page, action, comment) {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId('action-form');
  await form.waitFor();
  if (comment) await page.getByTestId('action-comment').fill(comment);
  await page.getByTestId('modal-ok').click();
  await form.waitFor({ state: 'detached' });
}

/** A screenshot without the success toasts (hidden for the rest of the page's life). */
async function quietShot(page, name) {
  await page.addStyleTag({ content: '.ant-message { display: none !important; }' });
  await shot(page, name);
}

async function statusText(page) {
  return (await page.getByTestId('application-detail').locator('.page-heading .ant-tag').first().innerText()).trim();
}

async function waitStatus(page, testId, text) {
  await page.getByTestId(testId).locator('.page-heading .ant-tag', { hasText: text }).first().waitFor();
}

export default function applications(ctx) {
  describe('applications and contracts', () => {
    const walk = { id: null, number: null, contract: null };

    it('a customer applies through the wizard and submits', async () => {
      const page = await signedIn(ctx, 'acme.user');
      try {
        // The portal's top menu folds entries past its width into its overflow; go by the route.
        await nav(page, '/applications');
        await page.getByTestId('applications-page').waitFor();
        await page.getByTestId('application-create').click();
        await page.getByTestId('application-wizard').waitFor();

        // Devices: two servers of our own description and one from the catalogue.
        await page.getByTestId('device-kind-0-custom').click();
        await page.locator('#devices_0_label').fill('E2E 应用服务器 2U');
        await page.locator('#devices_0_u_height').fill('2');
        await page.locator('#devices_0_power_w').fill('450');
        await page.locator('#devices_0_weight_kg').fill('22.5');
        await page.locator('#devices_0_count').fill('2');
        await page.getByTestId('device-add').click();
        await page.getByTestId('device-line-1').waitFor();
        await page.locator('#devices_1_device_type_id').click();
        // The R650 is among the demo's types with or without the device-type library next to the
        // source tree (the built-in fallback has it too), at 1U and 800 W either way.
        await page.locator('#devices_1_device_type_id').fill('PowerEdge R650');
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^Dell PowerEdge R650$/ }).first().click();
        await page.getByTestId('device-line-1').getByText('800 W').waitFor();
        await shot(page, 'application-wizard-devices.zh-CN');
        await page.getByTestId('wizard-next').click();

        // Needs: no site preference (the technical department chooses), bandwidth, addresses, dates.
        await page.getByTestId('wizard-step-needs').waitFor();
        await page.locator('#bandwidth_mbps').fill('100');
        await page.locator('#ipv4_count').fill('4');
        await pickDate(page, page.locator('#start_date'), day(1));
        await page.locator('#term_months').fill('24');
        await page.getByTestId('wizard-step-needs').getByText('远程协助（代维）').click();
        await page.getByTestId('wizard-next').click();

        // Review, then submit.
        const review = page.getByTestId('wizard-review');
        await review.waitFor();
        const text = await review.innerText();
        assert.match(text, /E2E 应用服务器 2U/);
        assert.match(text, /PowerEdge R650(?!xs)/);
        assert.match(text, /5 U/); // 2 × 2U + 1U
        assert.match(text, /24 个月/);
        await shot(page, 'application-wizard-review.zh-CN');
        await page.getByTestId('wizard-submit').click();

        await page.getByTestId('application-detail').waitFor();
        await waitStatus(page, 'application-detail', '业务初审');
        walk.id = Number(new URL(page.url()).pathname.split('/').pop());
        walk.number = (await page.getByTestId('application-detail').locator('.page-title').innerText()).trim();
        assert.ok(walk.id > 0 && /^APP-\d{4}-\d{6}$/.test(walk.number), `${walk.id} ${walk.number}`);
        const timeline = await page.getByTestId('application-timeline').innerText();
        assert.match(timeline, /提交/);
        assert.match(timeline, /acme\.user/);
        // While it is reviewed the customer may only withdraw it.
        assert.equal(await page.getByTestId('action-withdraw').count(), 1);
        assert.equal(await page.getByTestId('action-approve').count(), 0);
        assert.equal(await page.getByTestId('application-edit').count(), 0);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the business department finds it in its inbox and approves; returning needs a reason', async () => {
      assert.ok(walk.id, 'the application of the previous step');
      const page = await signedIn(ctx, 'business');
      try {
        await page.goto('/applications');
        await page.getByTestId('view-inbox').click();
        const table = page.getByTestId('applications-table');
        await table.getByText(walk.number).waitFor();
        await table.getByText(walk.number).click();
        await page.getByTestId('application-detail').waitFor();
        // Returning without a reason is refused next to the comment field.
        await page.getByTestId('action-return').click();
        await page.getByTestId('action-form').waitFor();
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('action-form').locator('.ant-form-item-explain-error').waitFor();
        await page.locator('.ant-modal-footer button').first().click();
        await page.getByTestId('action-form').waitFor({ state: 'detached' });
        assert.equal(await statusText(page), '业务初审');
        // No feasibility for the business department: it is the technical step's.
        assert.equal(await page.getByTestId('feasibility').count(), 0);
        await act(page, 'approve', '客户资料已核实');
        await waitStatus(page, 'application-detail', '技术评估');
        assert.match(await page.getByTestId('application-timeline').innerText(), /客户资料已核实/);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the technical department accepts the feasibility proposal and approves', async () => {
      const page = await signedIn(ctx, 'technical');
      try {
        await page.goto(`/applications/${walk.id}`);
        await page.getByTestId('application-detail').waitFor();
        const verdict = page.getByTestId('feasibility-verdict');
        await verdict.waitFor();
        assert.match(await verdict.innerText(), /资源满足需求/);
        const items = await page.getByTestId('feasibility-items').innerText();
        assert.match(items, /E2E 应用服务器 2U/);
        assert.match(items, /已安置/);
        assert.match(items, /A\+B/);
        // Approving needs an accepted proposal: until then it is not offered at all.
        assert.equal(await page.getByTestId('action-approve').count(), 0);
        assert.equal(await page.getByTestId('action-return').count(), 1);

        await page.getByTestId('accept-proposal').click();
        await page.getByTestId('accept-confirm').click();
        await page.getByTestId('accepted-placement').waitFor();
        await page.getByTestId('action-approve').waitFor();
        assert.match(await page.getByTestId('placement-items').innerText(), /U\d+/);
        await quietShot(page, 'application-detail.zh-CN');
        await act(page, 'approve', '机房资源充足');
        await waitStatus(page, 'application-detail', '管理层审批');
        assert.equal(await page.getByTestId('feasibility').count(), 0);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('management gives the final approval', async () => {
      const page = await signedIn(ctx, 'management');
      try {
        await page.getByTestId('pending-approvals').getByText(walk.number).click();
        await page.getByTestId('application-detail').waitFor();
        await act(page, 'approve');
        await waitStatus(page, 'application-detail', '已批准');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the business department drafts, signs and activates the contract', async () => {
      const page = await signedIn(ctx, 'business');
      try {
        await page.goto(`/applications/${walk.id}`);
        await page.getByTestId('contract-create').click();
        await page.getByTestId('contract-create-page').waitFor();
        await page.getByTestId('contract-application-summary').getByText(walk.number).waitFor();
        await page.locator('#operator_party').fill('Colo 演示数据中心');
        // Price every suggested line (rack space, power, bandwidth, addresses, remote hands).
        const lines = await page.locator('[data-testid^="line-item-"]').count();
        assert.ok(lines >= 4, `${lines} suggested line items`);
        for (let i = 0; i < lines; i++) await page.locator(`#line_items_${i}_unit_price_fen`).fill(i === 0 ? '300' : '1234.5');
        await page.getByTestId('contract-submit').click();

        await page.getByTestId('contract-detail').waitFor();
        await waitStatus(page, 'contract-detail', '草拟');
        walk.contract = Number(new URL(page.url()).pathname.split('/').pop());
        const terms = await page.getByTestId('contract-terms').innerText();
        assert.match(terms, /¥300\.00/);
        assert.match(terms, /¥1,234\.50/);
        assert.match(terms, /99\.90%/);

        // Sign: the scan and the customer's signatory.
        await page.getByTestId('contract-sign').click();
        const sign = page.getByTestId('sign-form');
        await sign.waitFor();
        await page.getByTestId('sign-signatory').fill('吴婷');
        await sign.locator('input[type=file]').setInputFiles({ name: 'signed-contract.pdf', mimeType: 'application/pdf', buffer: PDF });
        await sign.getByText('signed-contract.pdf').waitFor();
        await page.getByTestId('modal-ok').click();
        await sign.waitFor({ state: 'detached' });
        await waitStatus(page, 'contract-detail', '已签署');
        assert.match(await page.getByTestId('contract-signing').innerText(), /吴婷/);
        assert.equal(await page.getByTestId('contract-edit').count(), 0, 'signed terms change only by agreement');

        // Activate: the reserved units become planned devices.
        await page.getByTestId('contract-activate').click();
        await page.getByTestId('activate-confirm').click();
        await waitStatus(page, 'contract-detail', '履行中');
        // The terms in force on the first day of the contract.
        await pickDate(page, page.getByTestId('as-of'), day(1));
        await page.getByTestId('in-force').filter({ hasText: '第 1 版' }).waitFor();
        await quietShot(page, 'contract-detail.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const business = await apiAs(ctx, 'business');
      const app = (await business(`/api/v1/applications/${walk.id}`)).body;
      assert.equal(app.status, 'contracted');
      assert.equal(app.contract_id, walk.contract);
    });

    it('the customer sees its contract in force, and another customer cannot open the application', async () => {
      const page = await signedIn(ctx, 'acme.user');
      try {
        await nav(page, '/contracts');
        const table = page.getByTestId('contracts-table');
        await table.locator('tbody tr.ant-table-row').first().waitFor();
        const link = table.locator(`a[href="/contracts/${walk.contract}"]`);
        await link.click();
        await page.getByTestId('contract-detail').waitFor();
        await waitStatus(page, 'contract-detail', '履行中');
        await settle(page);
        // A customer reads the contract but does not sign, activate or terminate it.
        for (const id of ['contract-sign', 'contract-activate', 'contract-terminate', 'contract-edit']) assert.equal(await page.getByTestId(id).count(), 0, id);
        await page.goto(`/applications/${walk.id}`);
        await waitStatus(page, 'application-detail', '已签约');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }

      const other = await signedIn(ctx, 'zenith.admin');
      try {
        await other.goto(`/applications/${walk.id}`);
        await other.getByTestId('not-found').waitFor();
        const html = await other.content();
        assert.doesNotMatch(html, new RegExp(walk.number));
        assert.doesNotMatch(html, /艾克米|E2E 应用服务器/);
        await other.goto(`/contracts/${walk.contract}`);
        await other.getByTestId('not-found').waitFor();
      } finally {
        await other.context().close();
      }
    });
  });
}
