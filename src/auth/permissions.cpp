#include "auth/permissions.hpp"

namespace colo::auth {

namespace {

// Role names, in the regulation's departments (R3.1.2, R3.2.1, R3.2.2) and operations duties.
const std::vector<RoleDef> kRoles = {
    {"admin", "Administrator", "系统管理员", false},
    {"business", "Business department", "业务部门", false},
    {"technical", "Technical department", "技术部门", false},
    {"management", "Management", "管理层", false},
    {"finance", "Finance", "财务", false},
    {"operations", "Operations (NOC)", "运维", false},
    {"security", "Security", "安全", false},
    {"auditor", "Auditor (read-only)", "审计", false},
    {"customer_admin", "Customer administrator", "客户管理员", true},
    {"customer_user", "Customer user", "客户用户", true},
};

const std::vector<std::string> kStaff = {"admin",   "business",   "technical", "management",
                                         "finance", "operations", "security",  "auditor"};

std::vector<std::string> staff_and(std::vector<std::string> extra) {
  auto v = kStaff;
  v.insert(v.end(), extra.begin(), extra.end());
  return v;
}

const std::vector<PermissionDef> kPermissions = {
    // Identity and audit (R5.2.2, R6.1.3, R6.2.2)
    {"auth.self", "Sign in, read and change one's own account, manage one's own API tokens",
     staff_and({"customer_admin", "customer_user"})},
    {"users.read", "List and read user accounts", {"admin", "business", "auditor"}},
    {"users.write", "Create, disable and re-enable staff and customer users, reset passwords, assign roles", {"admin"}},
    {"users.customer_write", "Create customer users for a customer", {"admin", "business"}},
    {"audit.read", "Read the audit log", {"admin", "security", "auditor"}},
    // Customers (R3.1.1, R10)
    {"customers.read", "List and read customers (customers read only their own record)",
     staff_and({"customer_admin", "customer_user"})},
    {"customers.write", "Create and change customers", {"admin", "business"}},
    {"customers.contacts.write",
     "Add, change and remove a customer's contacts",
     {"admin", "business", "customer_admin"}},
    // Inventory (R2, R4.3.1, R4.3.2, R5.1)
    {"dcim.read",
     "Read sites, rooms, racks, device types, devices, power and cabling "
     "(customers: their own devices and the racks they occupy)",
     staff_and({"customer_admin", "customer_user"})},
    {"dcim.sites.write", "Create and change sites, rooms and rows", {"admin", "technical"}},
    {"dcim.racks.write", "Create and change racks, power feeds and PDUs", {"admin", "technical"}},
    {"dcim.device_types.write", "Create device types and import the device-type library", {"admin", "technical"}},
    {"dcim.devices.write",
     "Create, place, move and change devices; record maintenance",
     {"admin", "technical", "operations"}},
    {"dcim.reservations.write", "Reserve rack units for a customer", {"admin", "technical", "business"}},
    {"dcim.power.force", "Allocate power beyond a rack's capacity (audited)", {"admin", "technical"}},
    {"dcim.cables.write", "Connect and disconnect cables; change interfaces", {"admin", "technical", "operations"}},
    {"ipam.read", "Read VLANs, prefixes and addresses (customers: their own)",
     staff_and({"customer_admin", "customer_user"})},
    {"ipam.write", "Create and assign VLANs, prefixes and addresses", {"admin", "technical"}},
    // Monitoring (R5.3)
    {"monitoring.read",
     "Read what is polled and measured: series, graphs, alerts (customers: their own devices and ports)",
     staff_and({"customer_admin", "customer_user"})},
    {"monitoring.write",
     "Choose the devices to poll, set their SNMP credentials and checks; push and import readings",
     {"admin", "technical", "operations"}},
    // Applications (R3.1, R3.2)
    {"applications.read", "Read hosting applications (customers: their own)",
     staff_and({"customer_admin", "customer_user"})},
    {"applications.create",
     "Create and submit hosting applications",
     {"admin", "business", "customer_admin", "customer_user"}},
    {"applications.review.business", "First review of applications (business department)", {"business"}},
    {"applications.review.technical", "Feasibility review of applications (technical department)", {"technical"}},
    {"applications.review.management", "Final approval of applications (management)", {"management"}},
    // Contracts (R3.2.3, R10, R11)
    {"contracts.read", "Read contracts (customers: their own)", staff_and({"customer_admin", "customer_user"})},
    {"contracts.write", "Draft, sign, renew and terminate contracts", {"admin", "business"}},
    {"contracts.settle",
     "Record the money items of a contract's settlement (final invoice, deposit)",
     {"admin", "finance"}},
    {"contracts.amend", "Propose and agree change agreements", {"admin", "business", "customer_admin"}},
    // The price list and price changes (R8.1, R8.3).
    {"catalogue.read", "Read the published price list", staff_and({"customer_admin", "customer_user"})},
    {"catalogue.write", "Add price list items and price versions", {"admin", "business", "finance"}},
    // Usage billed in arrears (R8.2.2): bandwidth and energy meters and their samples
    {"usage.read", "Read usage meters, samples and contract usage (customers: their own)",
     staff_and({"customer_admin", "customer_user"})},
    {"usage.write", "Create and change usage meters, write and import samples", {"admin", "technical", "operations"}},
    // Billing (R8.2, R11.2.3)
    {"billing.read",
     "Read invoices, credit notes, billing runs, buyer details, payments, balances, deposits, statements and ageing "
     "(customers: their own)",
     {"admin", "finance", "business", "management", "auditor", "customer_admin", "customer_user"}},
    {"billing.write",
     "Run billing, issue credit notes, record fapiao numbers; record and reverse payments, apply and refund credit, "
     "receive and settle deposits",
     {"admin", "finance"}},
    {"billing.profile.write",
     "Change a customer's buyer details for the fapiao (customers: their own)",
     {"admin", "finance", "business", "customer_admin"}},
    // The service desk (R7, R2.1): customers raise and follow their own tickets; staff groups work
    // the queue; administrators load the holiday calendar and set contracts' targets.
    {"servicedesk.read", "Read tickets (customers: their own, without internal notes)",
     staff_and({"customer_admin", "customer_user"})},
    {"servicedesk.create",
     "Raise tickets, comment, attach files, close, reopen, rate and answer complaints' verdicts",
     {"admin", "business", "technical", "management", "finance", "operations", "customer_admin", "customer_user"}},
    {"servicedesk.write",
     "Work tickets: assign, change status and priority, internal notes, answer complaints",
     {"admin", "business", "technical", "management", "finance", "operations"}},
    {"servicedesk.admin", "Load the holiday calendar and set contracts' service-desk targets", {"admin", "management"}},
    // Service levels (R9.2): finance reviews SLA credits and compensation claims before billing gets them.
    {"service_levels.review",
     "Review SLA credits and compensation claims, set contracts' credit tables, run the month-end computation",
     {"admin", "finance"}},
    // Facility access (R4.2.1): authorised people, visits, the front desk, the entry/exit log
    {"facility.read", "Read authorised people (masked) and visits (customers: their own)",
     staff_and({"customer_admin", "customer_user"})},
    {"facility.people.write",
     "Add people to a customer's list of those authorised on site",
     {"admin", "business", "operations", "customer_admin"}},
    {"facility.people.approve", "Approve or reject authorised people", {"admin", "business", "operations"}},
    {"facility.people.reveal",
     "Read an authorised person's ID number and phone in clear (audited)",
     {"admin", "operations", "security"}},
    {"facility.visits.request",
     "Request and cancel visits to the site",
     {"admin", "business", "operations", "customer_admin", "customer_user"}},
    {"facility.visits.approve", "Approve or reject visits (gives the visit code)", {"admin", "business", "operations"}},
    {"facility.desk",
     "Look visits up by code, check visitors in and out at the front desk",
     {"admin", "operations", "security"}},
    {"facility.slips.request",
     "Request equipment slips (devices moving in or out)",
     {"admin", "business", "operations", "customer_admin"}},
    {"facility.slips.approve", "Approve or reject equipment slips", {"admin", "business", "operations"}},
    {"facility.slips.release",
     "Release a slip moving out devices of a contract in arrears or suspended",
     {"admin", "finance"}},
    {"facility.slips.complete",
     "Record that a slip's devices have moved (changes the ledger)",
     {"admin", "operations"}},
    {"facility.entries.read", "Read the entry/exit log of the rooms", {"admin", "operations", "security", "auditor"}},
    // Infrastructure maintenance (R4.1.2, R4.1.3): assets, plans, work orders; staff only
    {"facility.maintenance.read",
     "Read infrastructure assets, maintenance plans and work orders",
     {"admin", "technical", "management", "operations", "auditor"}},
    {"facility.maintenance.write",
     "Add and change infrastructure assets and maintenance plans; assign and fill in work orders",
     {"admin", "technical", "operations"}},
    {"facility.maintenance.sign",
     "Sign off a completed maintenance work order (not one's own)",
     {"admin", "technical", "management", "operations"}},
    {"notifications.read", "Read one's own notifications", staff_and({"customer_admin", "customer_user"})},
    // Delivery of notifications and events (e-mail, webhooks)
    {"deliveries.read", "Read the log of e-mail and webhook deliveries", {"admin", "auditor"}},
    {"deliveries.retry", "Retry an undelivered or abandoned e-mail or webhook delivery", {"admin"}},
    {"webhooks.read", "List webhook subscriptions", {"admin", "auditor"}},
    {"webhooks.write", "Create, change, switch off and remove webhook subscriptions", {"admin"}},
    // Collections: late-payment penalties, reminders and suspension of service (R9.1). Waiving and
    // pausing a penalty take billing.write.
    {"billing.suspensions.read",
     "Read suspensions of service and their timelines (customers: their own)",
     {"admin", "finance", "business", "management", "operations", "security", "auditor", "customer_admin",
      "customer_user"}},
    {"billing.suspensions.propose",
     "Propose suspending a contract's service (non-payment, abuse, over-use) and propose lifting it",
     {"finance", "operations", "security"}},
    {"billing.suspensions.approve", "Approve or reject a suspension of service and its lifting", {"management"}},
    {"billing.suspensions.immediate",
     "Suspend a contract's service at once for abuse or over-use, with the evidence (lifting needs approval)",
     {"operations"}},
    // Change control (R4.3.2): technical approves every change, management also those of high risk.
    {"facility.changes.read", "Read change requests, their checklists and timelines", kStaff},
    {"facility.changes.write",
     "Request change requests, edit the customers they affect, cancel them",
     {"admin", "technical", "operations"}},
    {"facility.changes.approve_technical", "Approve or reject change requests as technical", {"admin", "technical"}},
    {"facility.changes.approve_management",
     "Approve or reject high-risk change requests as management",
     {"admin", "management"}},
    // Emergency plans and drills (R4.2.3).
    {"facility.drills.read", "Read emergency plans, drills, their records and the yearly report", kStaff},
    {"facility.drills.write",
     "Write emergency plans (new versions), schedule and record drills, their findings and follow-up actions",
     {"admin", "technical", "operations", "management"}},
    {"facility.shift.read", "Read the shift's today view (visits, rounds, work orders, changes, alerts)", kStaff},
    {"facility.changes.execute",
     "Start change requests, tick their checklists and close them with the result",
     {"admin", "technical", "operations"}},
    // Disputes (R12): business, finance and management negotiate and escalate; management and
    // administrators put a case's records under legal hold.
    {"disputes.read", "Read dispute cases (customers: their own)", staff_and({"customer_admin", "customer_user"})},
    {"disputes.write",
     "Open dispute cases, keep their negotiation log and deadlines, link records, escalate and close them",
     {"admin", "business", "finance", "management"}},
    {"disputes.hold", "Put a dispute case's records under legal hold and release them", {"admin", "management"}},
    // Breach records (R9) of either side; customers read their own.
    {"breaches.read", "Read breach records (customers: their own)", staff_and({"customer_admin", "customer_user"})},
    {"breaches.record",
     "Record breaches of either side, add evidence, choose the consequence and close them",
     {"admin", "business", "finance", "management", "operations", "security"}},
    // The compliance view of every clause (R1–R12), for management and regulators.
    {"compliance.read", "Read the compliance view of the regulation's clauses", {"admin", "management", "auditor"}},
    // Device configuration backups (R4.3.3)
    {"configs.read",
     "Read network devices' configuration backups, versions and diffs, secrets masked (customers: their own)",
     staff_and({"customer_admin", "customer_user"})},
    {"configs.write",
     "Set up configuration backups (SSH credentials, host keys), fetch now, accept a changed host key",
     {"admin", "technical", "operations"}},
    {"configs.secrets.read", "Read device configurations with their secrets in clear (audited)", {"admin", "security"}},
    // Confidentiality (R10): what is held and how sensitive, disclosures, obligations, exports;
    // customers read their own obligations and disclosures and export what is held about them.
    {"confidentiality.read",
     "Read what is held per customer and how sensitive, disclosures, reads of personal data, obligations and exports "
     "(customers: their own)",
     {"admin", "business", "management", "security", "auditor", "customer_admin", "customer_user"}},
    {"confidentiality.request",
     "Request disclosures of customer information, upload the customer's written consent and record disclosures made",
     {"admin", "business", "security"}},
    {"confidentiality.approve", "Approve or reject disclosures of customer information", {"admin", "management"}},
    {"confidentiality.manage",
     "Set the sensitivity of each category of customer information and contracts' confidentiality years",
     {"admin", "management"}},
    // Patrol inspections (R4.2.2); staff only
    {"facility.patrol.read", "Read patrol templates, schedules, rounds, their history and trends", kStaff},
    {"facility.patrol.write",
     "Start patrol rounds, record checkpoints with readings and photos, and submit them",
     {"admin", "technical", "operations"}},
    {"facility.patrol.manage", "Add and change patrol templates and schedules", {"admin", "technical", "operations"}},
    // Customer backup service (R6.1): plans, runs and restores; customers read their own and ask
    // for restores, operations approves and executes them.
    {"backups.read", "Read backup plans, runs and restore requests (customers: their own)",
     staff_and({"customer_admin", "customer_user"})},
    {"backups.write",
     "Create and edit backup plans, run a backup or a restore test now",
     {"admin", "technical", "operations"}},
    {"backups.restore_request",
     "Request a restore of the customer's own data and confirm it once verified",
     {"admin", "operations", "customer_admin"}},
    {"backups.restore_approve", "Approve, reject and execute restore requests", {"admin", "operations"}},
    {"backups.report",
     "Report runs of backup engines Colo does not drive (Veeam, Bacula)",
     {"admin", "technical", "operations"}},
    // Firewall and access requests (R5.2.1, R5.2.2): customers and the NOC ask, security reviews.
    {"firewall.read", "Read firewall requests and rule sets (customers: their own)",
     staff_and({"customer_admin", "customer_user"})},
    {"firewall.request",
     "Ask to open or close addresses and ports on a customer's device",
     {"admin", "technical", "operations", "security", "customer_admin", "customer_user"}},
    {"firewall.review",
     "Review firewall requests: approve or reject with a risk level and note",
     {"admin", "security"}},
    // Vulnerability management (R5.2.3): security scans and assesses; customers consent to scans of
    // their own addresses, declare their services, acknowledge findings and claim them fixed.
    {"vulns.read", "Read scan consents, scans, findings and security assessments (customers: their own)",
     staff_and({"customer_admin", "customer_user"})},
    {"vulns.consent",
     "Record and revoke consent to scanning and declare the services a customer runs",
     {"admin", "security", "customer_admin"}},
    {"vulns.scan", "Run and schedule scans and import nmap and OpenVAS reports", {"admin", "security"}},
    {"vulns.findings.respond",
     "Acknowledge findings and claim them fixed",
     {"admin", "security", "technical", "operations", "customer_admin", "customer_user"}},
    {"vulns.findings.manage", "Name a finding's owner and accept its risk (the approver)", {"admin", "security"}},
    {"vulns.assess",
     "Record security assessments, their findings and actions, and close them",
     {"admin", "security", "management"}},
};

}  // namespace

const std::vector<RoleDef>& all_roles() { return kRoles; }
const std::vector<PermissionDef>& all_permissions() { return kPermissions; }

const RoleDef* find_role(std::string_view name) {
  for (const auto& r : kRoles)
    if (r.name == name) return &r;
  return nullptr;
}

bool is_customer_role(std::string_view role) {
  const auto* r = find_role(role);
  return r && r->customer;
}

std::unordered_set<std::string> permissions_for(const std::vector<std::string>& roles) {
  std::unordered_set<std::string> out;
  for (const auto& p : kPermissions)
    for (const auto& granted : p.roles)
      for (const auto& r : roles)
        if (granted == r) out.insert(p.name);
  return out;
}

std::string permissions_markdown() {
  std::string md =
      "# Permissions\n\n"
      "Generated from `src/auth/permissions.cpp`; a test keeps this file equal to the code.\n\n"
      "## Roles\n\n| role | en-US | zh-CN | customer |\n| --- | --- | --- | --- |\n";
  for (const auto& r : kRoles)
    md += "| `" + r.name + "` | " + r.label_en + " | " + r.label_zh + " | " + (r.customer ? "yes" : "no") + " |\n";
  md += "\n## Permissions\n\n| permission | allows | roles |\n| --- | --- | --- |\n";
  for (const auto& p : kPermissions) {
    std::string roles;
    for (const auto& r : p.roles) roles += (roles.empty() ? "" : ", ") + std::string("`") + r + "`";
    md += "| `" + p.name + "` | " + p.description + " | " + roles + " |\n";
  }
  return md;
}

}  // namespace colo::auth
