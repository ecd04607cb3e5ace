// Browser tests against the real server: `npm run e2e` (COLO_BINARY=/abs/path/to/colo).
// Starts `colo serve --demo` on a free port with a throwaway SQLite database, drives Debian's
// Chromium through playwright-core, saves screenshots under ../build/screenshots/, stops the
// server with SIGTERM.
import { after, before, describe } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';
import staff from './staff.spec.mjs';
import tenancy from './tenancy.spec.mjs';
import language from './language.spec.mjs';
import forms from './forms.spec.mjs';
import screenshots from './screenshots.spec.mjs';
import applications from './applications.spec.mjs';
import audit from './audit.spec.mjs';
import phone from './phone.spec.mjs';
import home from './home.spec.mjs';
import messages from './messages.spec.mjs';
import tables from './tables.spec.mjs';
import billingCatalogue from './billing-catalogue.spec.mjs';
import usage from './usage.spec.mjs';
import delivery from './delivery.spec.mjs';
import poller from './poller.spec.mjs';
import billingPayments from './billing-payments.spec.mjs';
import billingInvoicing from './billing-invoicing.spec.mjs';
import billingCollections from './billing-collections.spec.mjs';
import servicedeskTickets from './servicedesk-tickets.spec.mjs';
import servicedeskSla from './servicedesk-sla.spec.mjs';
import alerts from './alerts.spec.mjs';
import facility from './facility.spec.mjs';
import monitoringPages from './monitoring-pages.spec.mjs';
import portalMenu from './portal-menu.spec.mjs';
import facilityMaintenance from './facility-maintenance.spec.mjs';
import facilityPatrol from './facility-patrol.spec.mjs';
import security from './security.spec.mjs';
import facilityOps from './facility-ops.spec.mjs';
import disputes from './disputes.spec.mjs';
import configs from './configs.spec.mjs';
import confidentiality from './confidentiality.spec.mjs';
import backups from './backups.spec.mjs';
import firewall from './firewall.spec.mjs';
import vulns from './vulns.spec.mjs';
import overuse from './overuse.spec.mjs';
import findings from './findings.spec.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// COLO_E2E_ONLY=staff,forms runs only the named suites (all when unset).
const only = new Set((process.env.COLO_E2E_ONLY ?? '').split(',').filter(Boolean));
const suites = {
  staff, tenancy, language, forms, screenshots, applications, audit, phone, home, messages, tables,
  'billing-catalogue': billingCatalogue, usage, delivery, poller, 'billing-payments': billingPayments,
  'billing-invoicing': billingInvoicing, 'billing-collections': billingCollections,
  'servicedesk-tickets': servicedeskTickets, 'servicedesk-sla': servicedeskSla, alerts, facility,
  'monitoring-pages': monitoringPages,
  'portal-menu': portalMenu,
  'facility-maintenance': facilityMaintenance,
  security,
  'facility-ops': facilityOps,
  disputes,
  configs,
  confidentiality,
  'facility-patrol': facilityPatrol,
  backups,
  firewall,
  vulns,
  overuse,
  findings,
};
const ctx = { url: '', browser: null, server: null, paths: new Set() };

describe('colo web', { concurrency: false }, () => {
  before(async () => {
    ctx.server = await startServer({ binary: process.env.COLO_BINARY, webRoot: join(here, '..', 'dist') });
    ctx.url = ctx.server.url;
    const doc = await (await fetch(`${ctx.url}/api/v1/openapi.json`)).json();
    ctx.paths = new Set(Object.keys(doc.paths ?? {}));
    ctx.browser = await launchBrowser();
    console.log(`# colo at ${ctx.url}`);
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });

  for (const [name, suite] of Object.entries(suites)) if (only.size === 0 || only.has(name)) suite(ctx);
});
