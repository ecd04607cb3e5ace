// 机房出入 — facility access. Staff: the front desk (look a visit up by its code, check in and
// out, usable on a phone), today's visits, authorised people waiting for approval, equipment
// slips. Customers: their authorised people, visit requests with the code for the desk, slips.
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import QRCode from 'qrcode';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AuthorisedPerson, DeskView, EquipmentSlip, Visit } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import { SlipRequestForm, VisitRequestForm } from './PortalRequests';
import { businessTodayIso, fmtInstant } from '../../lib/format';

interface Page<T> {
  count: number;
  results: T[];
}

const STATUS_COLOURS: Record<string, string> = {
  pending: 'gold',
  requested: 'gold',
  approved: 'green',
  checked_in: 'blue',
  checked_out: 'default',
  completed: 'default',
  rejected: 'red',
  cancelled: 'default',
};

function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status] ?? 'default'}>{t(`facility.status.${status}`)}</Tag>;
}

// The visit code as a QR code the desk scans from the visitor's phone (SVG, drawn locally).
function VisitQr({ code }: { code: string }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    QRCode.toString(code, { type: 'svg', margin: 1, width: 96 }).then(setSvg);
  }, [code]);
  return <span data-testid={`visit-qr-${code}`} style={{ display: 'inline-block', width: 96, height: 96 }} dangerouslySetInnerHTML={{ __html: svg }} />;
}

const when = (s?: string | null) => fmtInstant(s);

function Desk() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [code, setCode] = useState('');
  const [room, setRoom] = useState<number | null>(null);
  const [escort, setEscort] = useState('');
  const [view, setView] = useState<DeskView>();
  const [error, setError] = useState<string>();
  const run = async (f: () => Promise<DeskView>) => {
    setError(undefined);
    try {
      setView(await f());
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Card data-testid="facility-desk" style={{ maxWidth: 560 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input
          size="large"
          placeholder={t('facility.codePlaceholder')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => run(() => api.get<DeskView>(`/api/v1/facility/desk/${encodeURIComponent(code.trim())}`))}
          data-testid="desk-code"
        />
        <Space wrap>
          <Button onClick={() => run(() => api.get<DeskView>(`/api/v1/facility/desk/${encodeURIComponent(code.trim())}`))}>
            {t('facility.lookUp')}
          </Button>
        </Space>
        {view && (
          <Descriptions size="small" column={1} bordered data-testid="desk-view">
            <Descriptions.Item label={t('facility.person')}>
              {view.person.name} · {view.person.company}
            </Descriptions.Item>
            <Descriptions.Item label={t('facility.idNumber')}>{view.person.id_number_masked}</Descriptions.Item>
            <Descriptions.Item label={t('facility.window')}>
              {when(view.visit.starts_at)} – {when(view.visit.ends_at)}
            </Descriptions.Item>
            <Descriptions.Item label={t('facility.rooms')}>{view.visit.rooms.join(', ')}</Descriptions.Item>
            <Descriptions.Item label={t('facility.purpose')}>{view.visit.purpose}</Descriptions.Item>
            <Descriptions.Item label={t('facility.carried')}>{view.visit.carried || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('facility.state')}>
              <StatusTag status={view.visit.status} />
            </Descriptions.Item>
          </Descriptions>
        )}
        <Space wrap>
          <InputNumber
            min={1}
            placeholder={t('facility.roomId')}
            value={room}
            onChange={(v) => setRoom(v)}
            style={{ width: 140 }}
          />
          <Input placeholder={t('facility.escort')} value={escort} onChange={(e) => setEscort(e.target.value)} style={{ width: 180 }} />
        </Space>
        <Space wrap>
          <Button
            type="primary"
            disabled={!code || !room || !escort}
            onClick={() =>
              run(async () => {
                const v = await api.post<DeskView>('/api/v1/facility/desk/check-in', { code, room_id: room, escort });
                message.success(t('facility.checkedIn'));
                return v;
              })
            }
          >
            {t('facility.checkIn')}
          </Button>
          <Button
            disabled={!code}
            onClick={() =>
              run(async () => {
                const v = await api.post<DeskView>('/api/v1/facility/desk/check-out', { code });
                message.success(t('facility.checkedOut'));
                return v;
              })
            }
          >
            {t('facility.checkOut')}
          </Button>
        </Space>
        {error && (
          <Typography.Text type="danger" data-testid="desk-error">
            {error}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

function useList<T>(path: string) {
  const [rows, setRows] = useState<T[]>();
  const load = useCallback(() => {
    api.get<Page<T>>(path).then((p) => setRows(p.results));
  }, [path]);
  useEffect(load, [load]);
  return { rows, load };
}

function Visits({ day, staff }: { day?: string; staff: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { rows, load } = useList<Visit>(`/api/v1/facility/visits?limit=200${day ? `&day=${day}` : ''}`);
  const decide = async (v: Visit, approve: boolean) => {
    await api.post(`/api/v1/facility/visits/${v.id}/decision`, { approve });
    load();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {!staff && can('facility.visits.request') && <VisitRequestForm onDone={load} />}
      <Table<Visit>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        columns={[
          { title: t('facility.person'), dataIndex: 'person_name' },
          { title: t('facility.window'), key: 'w', render: (_, v) => `${when(v.starts_at)} – ${when(v.ends_at)}` },
          { title: t('facility.purpose'), dataIndex: 'purpose' },
          { title: t('facility.state'), dataIndex: 'status', render: (s) => <StatusTag status={s} /> },
          {
            title: t('facility.code'),
            dataIndex: 'code',
            render: (c) =>
              c ? (
                <Space direction="vertical" size={4}>
                  <Typography.Text code copyable>
                    {c}
                  </Typography.Text>
                  {!staff && <VisitQr code={c} />}
                </Space>
              ) : (
                '—'
              ),
          },
          ...(staff && can('facility.visits.approve')
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, v: Visit) =>
                    v.status === 'requested' ? (
                      <Space>
                        <Button size="small" type="primary" onClick={() => decide(v, true)}>
                          {t('facility.approve')}
                        </Button>
                        <Button size="small" danger onClick={() => decide(v, false)}>
                          {t('facility.reject')}
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

function People({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { rows, load } = useList<AuthorisedPerson>('/api/v1/facility/people?limit=200');
  const [form] = Form.useForm();
  const decide = async (p: AuthorisedPerson, approve: boolean) => {
    await api.post(`/api/v1/facility/people/${p.id}/decision`, { approve });
    load();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {!staff && can('facility.people.write') && (
        <Card size="small" title={t('facility.addPerson')}>
          <Form
            form={form}
            layout="inline"
            onFinish={async (v) => {
              await api.post('/api/v1/facility/people', {
                ...v,
                racks: String(v.racks ?? '')
                  .split(/[ ,]+/)
                  .filter(Boolean)
                  .map(Number),
              });
              message.success(t('facility.submitted'));
              form.resetFields();
              load();
            }}
          >
            <Form.Item name="name" rules={[{ required: true }]}>
              <Input placeholder={t('facility.name')} />
            </Form.Item>
            <Form.Item name="id_type" initialValue="resident_id">
              <Select style={{ width: 140 }} options={['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'other'].map((v) => ({ value: v, label: t(`facility.idType.${v}`) }))} />
            </Form.Item>
            <Form.Item name="id_number" rules={[{ required: true }]}>
              <Input placeholder={t('facility.idNumber')} />
            </Form.Item>
            <Form.Item name="phone" rules={[{ required: true }]}>
              <Input placeholder={t('facility.phone')} />
            </Form.Item>
            <Form.Item name="company">
              <Input placeholder={t('facility.company')} />
            </Form.Item>
            <Form.Item name="racks" rules={[{ required: true }]}>
              <Input placeholder={t('facility.rackIds')} />
            </Form.Item>
            <Form.Item name="valid_from" rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="valid_to" rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('facility.submit')}
            </Button>
          </Form>
        </Card>
      )}
      <Table<AuthorisedPerson>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        columns={[
          { title: t('facility.name'), dataIndex: 'name' },
          { title: t('facility.company'), dataIndex: 'company' },
          { title: t('facility.idNumber'), dataIndex: 'id_number_masked' },
          { title: t('facility.phone'), dataIndex: 'phone_masked' },
          { title: t('facility.validity'), key: 'v', render: (_, p) => `${p.valid_from} – ${p.valid_to}` },
          { title: t('facility.state'), dataIndex: 'status', render: (s) => <StatusTag status={s} /> },
          ...(staff && can('facility.people.approve')
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, p: AuthorisedPerson) =>
                    p.status === 'pending' ? (
                      <Space>
                        <Button size="small" type="primary" onClick={() => decide(p, true)}>
                          {t('facility.approve')}
                        </Button>
                        <Button size="small" danger onClick={() => decide(p, false)}>
                          {t('facility.reject')}
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

function Slips({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { rows, load } = useList<EquipmentSlip>('/api/v1/facility/slips?limit=200');
  const act = async (s: EquipmentSlip, what: string, body?: unknown) => {
    await api.post(`/api/v1/facility/slips/${s.id}/${what}`, body);
    load();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {!staff && can('facility.slips.request') && <SlipRequestForm onDone={load} />}
      <Table<EquipmentSlip>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        columns={[
          { title: t('facility.direction'), dataIndex: 'direction', render: (d) => t(`facility.dir.${d}`) },
          { title: t('facility.plannedOn'), dataIndex: 'planned_on' },
          { title: t('facility.note'), dataIndex: 'note' },
          {
            title: t('facility.state'),
            key: 's',
            render: (_, s) => (
              <Space>
                <StatusTag status={s.status} />
                {s.needs_release && !s.released_at && <Tag color="orange">{t('facility.awaitingRelease')}</Tag>}
              </Space>
            ),
          },
          ...(staff
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, s: EquipmentSlip) => (
                    <Space>
                      {s.status === 'requested' && can('facility.slips.approve') && (
                        <Button size="small" type="primary" onClick={() => act(s, 'decision', { approve: true })}>
                          {t('facility.approve')}
                        </Button>
                      )}
                      {s.status === 'approved' && s.needs_release && !s.released_at && can('facility.slips.release') && (
                        <Button size="small" onClick={() => act(s, 'release')}>
                          {t('facility.release')}
                        </Button>
                      )}
                      {s.status === 'approved' && can('facility.slips.complete') && (
                        <Button size="small" onClick={() => act(s, 'complete')}>
                          {t('facility.complete')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

export default function Access() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const staff = !user?.customer_id;
  const today = businessTodayIso();
  const items = staff
    ? [
        ...(can('facility.desk') ? [{ key: 'desk', label: t('facility.tab.desk'), children: <Desk /> }] : []),
        { key: 'today', label: t('facility.tab.today'), children: <Visits day={today} staff /> },
        { key: 'people', label: t('facility.tab.people'), children: <People staff /> },
        { key: 'slips', label: t('facility.tab.slips'), children: <Slips staff /> },
      ]
    : [
        { key: 'people', label: t('facility.tab.myPeople'), children: <People staff={false} /> },
        { key: 'visits', label: t('facility.tab.myVisits'), children: <Visits staff={false} /> },
        { key: 'slips', label: t('facility.tab.mySlips'), children: <Slips staff={false} /> },
      ];
  return (
    <PageContainer title={t(staff ? 'facility.title' : 'facility.portalTitle')}>
      <Tabs items={items} />
    </PageContainer>
  );
}
