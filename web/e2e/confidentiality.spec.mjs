// Confidentiality in the browser, in Chinese at desktop width and on a 390 px phone: business
// requests a disclosure of a customer's contacts on a legal basis; management approves it and
// business records it as made; the classification, what is held per customer, the reads of
// sensitive data and the obligations show on their tabs; the customer sees its obligations and the
// disclosure in the portal and downloads the export of everything held about it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertGlyphs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

async function assertFitsWidth(page, name) {
  await settle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= PHONE.width, `${name}: the page is ${scroll} px wide on a ${PHONE.width} px screen`);
}

export default function confidentiality(ctx) {
  describe('confidentiality', () => {
    let disclosureId;
    let number;

    it('business requests a disclosure on a legal basis; management approves; it is recorded as made (zh-CN)', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/confidentiality');
        await page.getByTestId('confidentiality-page').waitFor();
        await page.getByTestId('disclosure-new').click();
        await page.getByTestId('disclosure-form').waitFor();
        await page.getByTestId('disclosure-customer').click();
        await page.keyboard.type('天顶');
        await page.locator('.ant-select-item-option', { hasText: '天顶' }).first().click();
        await page.getByTestId('disclosure-recipient').fill('上海市公安局网络安全保卫总队');
        await page.getByTestId('disclosure-purpose').fill('协助调查一起针对客户服务器的网络攻击案件');
        await page.getByTestId('disclosure-law').fill('中华人民共和国网络安全法');
        await page.getByTestId('disclosure-article').fill('第二十八条');
        await page.getByTestId('disclosure-document').fill('沪公网安调字〔2026〕第 118 号');
        await shot(page, 'confidentiality-request.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('disclosure-detail').waitFor();
        disclosureId = page.url().split('/').pop();
        await settle(page);
        assert.match(await page.getByTestId('disclosure-fields').innerText(), /待审批/);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const page2 = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page2, 'management');
        await page2.getByTestId('dashboard').waitFor();
        await page2.goto(`/confidentiality/disclosures/${disclosureId}`);
        await page2.getByTestId('disclosure-approve').click();
        await page2.getByTestId('disclosure-step').waitFor();
        await page2.getByTestId('disclosure-note').fill('依法配合，限提供联系人信息');
        await page2.getByTestId('modal-ok').click();
        await page2.getByTestId('disclosure-step').waitFor({ state: 'hidden' });
        assert.match(await page2.getByTestId('disclosure-fields').innerText(), /已批准/);
      } finally {
        await page2.context().close();
      }
      const page3 = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page3, 'business');
        await page3.getByTestId('dashboard').waitFor();
        await page3.goto(`/confidentiality/disclosures/${disclosureId}`);
        await page3.getByTestId('disclosure-disclose').click();
        await page3.getByTestId('disclosure-step').waitFor();
        await page3.getByTestId('disclosure-what').fill('客户联系人姓名及电话 2 条，经办民警当面签收');
        await page3.getByTestId('modal-ok').click();
        await page3
          .getByTestId('disclosure-step')
          .waitFor({ state: 'hidden' })
          .catch(async (e) => {
            await shot(page3, 'confidentiality-disclose-failed.zh-CN');
            throw new Error(`${e.message}\n${await page3.getByTestId('disclosure-step').innerText()}`);
          });
        const text = await page3.getByTestId('disclosure-fields').innerText();
        assert.match(text, /已披露/);
        number = (await page3.locator('h1, .page-title').first().innerText()).match(/DSC-\d{4}-\d{6}/)?.[0];
        await assertGlyphs(page3);
        await shot(page3, 'confidentiality-disclosed.zh-CN');
        assertNoPageErrors(page3);
      } finally {
        await page3.context().close();
      }
    });

    it('shows the classification, what is held, the sensitive reads and the obligations (zh-CN, desktop and phone)', async () => {
      const business = await apiAs(ctx, 'business');
      const zenith = (await business('/api/v1/customers?q=%E5%A4%A9%E9%A1%B6&limit=1')).body.results[0];
      // A read of the customer's decrypted contacts, to be listed.
      assert.equal((await business(`/api/v1/customers/${zenith.id}`)).status, 200);
      for (const [suffix, size] of [['', {}], ['phone-', PHONE]]) {
        const page = await newPage(ctx, { locale: 'zh-CN', ...size });
        try {
          await login(page, 'management');
          await page.getByTestId('dashboard').waitFor();
          await page.goto('/confidentiality?tab=classification');
          await page.getByTestId('levels-table').waitFor();
          await page.getByTestId('holdings-customer').click();
          await page.keyboard.type('天顶');
          await page.locator('.ant-select-item-option', { hasText: '天顶' }).first().click();
          await page.getByTestId('holdings-table').waitFor();
          assert.match(await page.getByTestId('holdings-table').innerText(), /合同/);
          await shot(page, `confidentiality-${suffix}classification.zh-CN`);
          await page.goto(`/confidentiality?tab=reads`);
          await page.getByTestId('reads-table').waitFor();
          await settle(page);
          assert.match(await page.getByTestId('reads-table').innerText(), /business/);
          await shot(page, `confidentiality-${suffix}reads.zh-CN`);
          await page.goto('/confidentiality?tab=obligations');
          await page.getByTestId('obligations-table').waitFor();
          await settle(page);
          assert.match(await page.getByTestId('obligations-table').innerText(), /CT-/);
          await shot(page, `confidentiality-${suffix}obligations.zh-CN`);
          if (suffix) await assertFitsWidth(page, 'obligations');
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      }
    });

    it('the customer sees its obligations and the disclosure in the portal and exports its data', async () => {
      for (const [suffix, size] of [['', {}], ['phone-', PHONE]]) {
        const page = await newPage(ctx, { locale: 'zh-CN', ...size });
        try {
          await login(page, 'zenith.admin');
          await page.getByTestId('portal-home').waitFor();
          await page.goto('/confidentiality/mine');
          await page.getByTestId('my-obligations-table').waitFor();
          await page.getByTestId('my-disclosures-table').waitFor();
          await settle(page);
          assert.match(await page.getByTestId('my-obligations-table').innerText(), /CT-/);
          if (number) assert.match(await page.getByTestId('my-disclosures-table').innerText(), new RegExp(number));
          await assertGlyphs(page);
          await shot(page, `confidentiality-${suffix}portal.zh-CN`);
          if (suffix) {
            await assertFitsWidth(page, 'portal confidentiality');
          } else {
            const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('my-export').click()]);
            const file = await download.path();
            const { readFile } = await import('node:fs/promises');
            const data = JSON.parse(await readFile(file, 'utf8'));
            assert.ok(data.contracts.length >= 1, 'the export holds the customer’s contracts');
            assert.ok(data.customer[0].name.includes('天顶'));
          }
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      }
    });
  });
}
