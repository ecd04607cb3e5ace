// The portal's request forms for facility access: a customer asks for a visit by one of its
// approved authorised people, and for an equipment slip moving its devices in or out. Field
// errors from the server (overlapping visits, a rack not granted, another customer's device)
// appear next to their fields.
import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AuthorisedPerson } from '../../api/types';
import { businessWallToInstant } from '../../lib/format';
import { useSubmit } from '../../lib/useSubmit';

const ids = (s?: string) =>
  String(s ?? '')
    .split(/[\s,，]+/)
    .filter(Boolean)
    .map(Number);
// <input type="datetime-local"> gives a wall-clock time, read in the business zone; the API takes instants.
const instant = (local?: string) => businessWallToInstant(local);

export function VisitRequestForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = useSubmit(form, { starts_at: 'starts', ends_at: 'ends' });
  const [people, setPeople] = useState<AuthorisedPerson[]>([]);
  useEffect(() => {
    api.get<{ results: AuthorisedPerson[] }>('/api/v1/facility/people?status=approved&limit=200').then((p) => setPeople(p.results));
  }, []);
  const finish = async (v: Record<string, string>) => {
    const ok = await submit.run(() =>
      api.post('/api/v1/facility/visits', {
        person_id: Number(v.person_id),
        starts_at: instant(v.starts),
        ends_at: instant(v.ends),
        racks: ids(v.racks),
        purpose: v.purpose,
        carried: v.carried ?? '',
      }),
    );
    if (ok) {
      message.success(t('facility_ops.portal.sent'));
      form.resetFields();
      onDone();
    }
  };
  return (
    <Card size="small" title={t('facility_ops.portal.requestVisit')} data-testid="portal-visit-form">
      {submit.alert}
      <Form form={form} name="visit_request" layout="vertical" onFinish={finish}>
        <Space wrap align="start">
          <Form.Item name="person_id" label={t('facility_ops.portal.person')} rules={[{ required: true }]}>
            <Select style={{ width: 200 }} options={people.map((p) => ({ value: p.id, label: `${p.name} · ${p.company}` }))} />
          </Form.Item>
          <Form.Item name="starts" label={t('facility_ops.portal.starts')} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="ends" label={t('facility_ops.portal.ends')} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="racks" label={t('facility_ops.portal.racks')} rules={[{ required: true }]}>
            <Input style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="purpose" label={t('facility_ops.portal.purpose')} rules={[{ required: true }]}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="carried" label={t('facility_ops.portal.carried')}>
            <Input style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={submit.submitting}>
          {t('facility_ops.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export function SlipRequestForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = useSubmit(form);
  const finish = async (v: Record<string, string>) => {
    const items = [
      ...ids(v.devices).map((device_id) => ({ device_id })),
      ...String(v.serials ?? '')
        .split(/[\s,，]+/)
        .filter(Boolean)
        .map((serial) => ({ serial })),
    ];
    const ok = await submit.run(() =>
      api.post('/api/v1/facility/slips', { direction: v.direction, planned_on: v.planned_on, note: v.note ?? '', items }),
    );
    if (ok) {
      message.success(t('facility_ops.portal.sent'));
      form.resetFields();
      onDone();
    }
  };
  return (
    <Card size="small" title={t('facility_ops.portal.requestSlip')} data-testid="portal-slip-form">
      {submit.alert}
      <Form form={form} name="slip_request" layout="vertical" onFinish={finish} initialValues={{ direction: 'in' }}>
        <Space wrap align="start">
          <Form.Item name="direction" label={t('facility_ops.portal.direction')} rules={[{ required: true }]}>
            <Select style={{ width: 110 }} options={['in', 'out'].map((d) => ({ value: d, label: t(`facility.dir.${d}`) }))} />
          </Form.Item>
          <Form.Item name="planned_on" label={t('facility_ops.portal.plannedOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="devices" label={t('facility_ops.portal.deviceIds')}>
            <Input style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="serials" label={t('facility_ops.portal.newSerials')}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="note" label={t('facility_ops.portal.note')}>
            <Input style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={submit.submitting}>
          {t('facility_ops.submit')}
        </Button>
      </Form>
    </Card>
  );
}
