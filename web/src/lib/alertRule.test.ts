import { describe, expect, it } from 'vitest';
import { ruleLabel } from './alertRule';

const t = (key: string, o?: Record<string, unknown>) => (o ? `${key}${JSON.stringify(o)}` : key);

describe('ruleLabel', () => {
  it('names each kind of rule the server makes', () => {
    expect(ruleLabel('room.4.temperature.high', t)).toBe('alerts.ruleKind.room_temperature_high');
    expect(ruleLabel('room.4.humidity.low', t)).toBe('alerts.ruleKind.room_humidity_low');
    expect(ruleLabel('rack.12.feed.A.power.critical', t)).toBe('alerts.ruleKind.feed_power_critical{"feed":"A"}');
    expect(ruleLabel('device.7.down', t)).toBe('alerts.ruleKind.device_down');
    expect(ruleLabel('device.7.if.3.down', t)).toBe('alerts.ruleKind.interface_down{"index":"3"}');
    expect(ruleLabel('device.7.if.3.utilisation.out', t)).toBe('alerts.ruleKind.utilisation_out{"index":"3"}');
  });
  it('shows a key of an unknown kind as it is', () => {
    expect(ruleLabel('custom.rule', t)).toBe('custom.rule');
    expect(ruleLabel('room.x.temperature.high', t)).toBe('room.x.temperature.high');
  });
});
