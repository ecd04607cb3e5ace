// An alert rule's key ("room.4.temperature.high", "device.7.if.3.utilisation.in") read as words:
// the kind of rule with what it names, for operators who should not have to parse keys. A key of
// a kind not known here is shown as it is.
type Translate = (key: string, options?: Record<string, unknown>) => string;

const PATTERNS: { re: RegExp; label: (m: RegExpMatchArray, t: Translate) => string }[] = [
  { re: /^room\.\d+\.(temperature|humidity)\.(high|low)$/, label: (m, t) => t(`alerts.ruleKind.room_${m[1]}_${m[2]}`) },
  { re: /^rack\.\d+\.feed\.(.+)\.power\.(warning|critical)$/, label: (m, t) => t(`alerts.ruleKind.feed_power_${m[2]}`, { feed: m[1] }) },
  { re: /^device\.\d+\.down$/, label: (_m, t) => t('alerts.ruleKind.device_down') },
  { re: /^device\.\d+\.if\.(\d+)\.down$/, label: (m, t) => t('alerts.ruleKind.interface_down', { index: m[1] }) },
  {
    re: /^device\.\d+\.if\.(\d+)\.utilisation\.(in|out)$/,
    label: (m, t) => t(`alerts.ruleKind.utilisation_${m[2]}`, { index: m[1] }),
  },
];

export function ruleLabel(key: string, t: Translate): string {
  for (const p of PATTERNS) {
    const m = key.match(p.re);
    if (m) return p.label(m, t);
  }
  return key;
}
