// What the audit log records, for showing it: every action and object type the server writes
// (each has a label under audit.actions / audit.objectTypes), and the page of the object an entry
// is about.

/** Every action the server records (the modules' services). */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'remove',
  'login',
  'logout',
  'change_password',
  'reset_password',
  'disable',
  'enable',
  'revoke',
  'place',
  'status',
  'maintenance',
  'import',
  'reserve',
  'release',
  'bulk_fill',
  'force_power',
  'allocate',
  'assign',
  'decommission',
  'submit',
  'approve',
  'reject',
  'return',
  'withdraw',
  'contract',
  'accept_feasibility',
  'release_reservations',
  'sign',
  'activate',
  'terminate',
  'renew',
  'expire',
  'offboard',
  'release_address',
  'close',
  'reopen',
  'accept',
  'decline',
  'propose',
  'agree',
  'take_effect',
  'lapse',
  'read',
  'retry',
  'login_second_step_owed',
  'login_second_step_failed',
  'totp_enrolment_begun',
  'totp_enabled',
  'totp_disabled',
  'totp_reset',
  'backup',
  'restore',
  'archive',
  'read_sensitive',
  'request',
  'consent',
  'disclose',
  'export',
] as const;

/** Every object type the server records. */
export const AUDIT_OBJECT_TYPES = [
  'customer',
  'customer.contact',
  'user',
  'session',
  'api_token',
  'dcim.site',
  'dcim.room',
  'dcim.rack',
  'dcim.device',
  'dcim.device_type',
  'dcim.maintenance',
  'dcim.interface',
  'dcim.power_feed',
  'dcim.reservation',
  'dcim.cable',
  'ipam.prefix',
  'ipam.ip_address',
  'ipam.vlan',
  'ipam.interface_vlans',
  'application',
  'contract',
  'contract_amendment',
  'contract_termination_request',
  'contract_settlement_item',
  'notification',
  'notify.webhook',
  'notify.outbox',
  'notify.preferences',
  'backup',
  'audit_archive',
  'disclosure',
  'confidentiality.level',
  'confidentiality.obligation',
] as const;

function idOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  if (typeof v === 'string' && /^[1-9][0-9]*$/.test(v)) return Number(v);
  return null;
}

/** A field of the entry's after (or before, for a removal) state. */
function stateField(entry: { before: unknown; after: unknown }, key: string): unknown {
  for (const s of [entry.after, entry.before]) {
    if (s && typeof s === 'object' && key in (s as Record<string, unknown>)) return (s as Record<string, unknown>)[key];
  }
  return undefined;
}

const DIRECT: Record<string, string> = {
  customer: '/customers/',
  user: '/system/users/',
  'dcim.site': '/dcim/sites/',
  'dcim.room': '/dcim/rooms/',
  'dcim.rack': '/dcim/racks/',
  'dcim.device': '/dcim/devices/',
  'dcim.device_type': '/dcim/device-types/',
  application: '/applications/',
  contract: '/contracts/',
  disclosure: '/confidentiality/disclosures/',
};

/** Where an object lives by a field of its recorded state: a maintenance record on its device, ... */
const VIA: Record<string, { field: string; base: string }> = {
  'customer.contact': { field: 'customer_id', base: '/customers/' },
  'dcim.maintenance': { field: 'device_id', base: '/dcim/devices/' },
  'dcim.reservation': { field: 'rack_id', base: '/dcim/racks/' },
  'dcim.power_feed': { field: 'rack_id', base: '/dcim/racks/' },
  'dcim.interface': { field: 'device_id', base: '/dcim/devices/' },
  contract_amendment: { field: 'contract_id', base: '/contracts/' },
  contract_termination_request: { field: 'contract_id', base: '/contracts/' },
  contract_settlement_item: { field: 'contract_id', base: '/contracts/' },
};

const LISTS: Record<string, string> = {
  'ipam.prefix': '/ipam/prefixes',
  'ipam.ip_address': '/ipam/ip-addresses',
  'ipam.vlan': '/ipam/vlans',
};

export interface AuditObject {
  object_type: string;
  object_id: string;
  before: unknown;
  after: unknown;
}

/** The console page showing the entry's object, or null when it has none. */
export function auditObjectLink(entry: AuditObject): string | null {
  const direct = DIRECT[entry.object_type];
  if (direct) {
    const id = idOf(entry.object_id);
    return id ? direct + id : null;
  }
  const via = VIA[entry.object_type];
  if (via) {
    const id = idOf(stateField(entry, via.field));
    return id ? via.base + id : null;
  }
  return LISTS[entry.object_type] ?? null;
}

/** The audit object type of each detail page's object, for its change history. */
export const HISTORY_TYPES = {
  site: 'dcim.site',
  room: 'dcim.room',
  rack: 'dcim.rack',
  device: 'dcim.device',
  deviceType: 'dcim.device_type',
  customer: 'customer',
  application: 'application',
  contract: 'contract',
  user: 'user',
} as const;
