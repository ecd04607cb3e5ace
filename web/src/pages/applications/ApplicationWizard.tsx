// The application form as a wizard (R3.1.1): the devices to host, the service needs, then a
// review before saving as a draft or submitting. Customers apply for their own company; business
// staff pick the customer. Also edits a draft or returned application (/applications/:id/edit).
import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined, PlusOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Empty,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Skeleton,
  Space,
  Steps,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { Application, DeviceType } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import { LoadError } from '../../components/Results';
import { fmtPower, businessToday } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { useSubmit } from '../../lib/useSubmit';
import { EXTRA_SERVICES } from './shared';

interface DeviceRow {
  kind: 'type' | 'custom';
  device_type_id?: number;
  label?: string;
  u_height?: number;
  power_w?: number;
  weight_kg?: number;
  full_depth?: boolean;
  count?: number;
}

interface WizardValues {
  customer_id?: number;
  devices: DeviceRow[];
  site_id?: number;
  room_id?: number;
  space: 'units' | 'racks';
  units?: number;
  racks?: number;
  power_kw?: number;
  redundant: boolean;
  bandwidth_mbps?: number;
  ipv4_count?: number;
  start_date?: Dayjs;
  term_months?: number;
  extra_services: string[];
  notes?: string;
}

const NEW_LINE: DeviceRow = { kind: 'type', count: 1, full_depth: true };

const DEFAULTS: WizardValues = {
  devices: [NEW_LINE],
  space: 'units',
  redundant: true,
  term_months: 12,
  extra_services: [],
};

/** The form's step that holds an API field, to show the person where an error is. */
function stepOf(name: (string | number)[]): number {
  return name[0] === 'devices' || name[0] === 'customer_id' ? 0 : 1;
}

function fromApplication(a: Application): WizardValues {
  const n = a.needs;
  return {
    devices: a.devices.map((d) =>
      d.device_type_id != null
        ? { kind: 'type', device_type_id: d.device_type_id, count: d.count, power_w: d.power_stated ? d.power_w : undefined }
        : { kind: 'custom', label: d.label, u_height: d.u_height, power_w: d.power_w, weight_kg: d.weight_kg || undefined, full_depth: d.full_depth, count: d.count },
    ),
    site_id: n.site_id ?? undefined,
    room_id: n.room_id ?? undefined,
    space: n.space,
    units: n.units || undefined,
    racks: n.racks || undefined,
    power_kw: n.power_kw || undefined,
    redundant: n.redundant,
    bandwidth_mbps: n.bandwidth_mbps || undefined,
    ipv4_count: n.ipv4_count || undefined,
    start_date: n.start_date ? dayjs(n.start_date) : undefined,
    term_months: n.term_months || undefined,
    extra_services: n.extra_services,
    notes: n.notes || undefined,
  };
}

/** A device line nothing was entered in yet. */
function blankLine(d: DeviceRow): boolean {
  return d.kind === 'type' ? !d.device_type_id : !d.label?.trim() && d.u_height == null && d.power_w == null;
}

/** The request body: every need is sent (a PATCH replaces them), device lines as the API reads them. */
function toBody(v: WizardValues, create: boolean): Record<string, unknown> {
  const devices = (v.devices ?? []).filter((d) => d && !blankLine(d)).map((d) => {
    const count = d.count ?? 1;
    // A catalogue line may state the power the device really draws (below the type's maximum,
    // or where the catalogue has no figure).
    if (d.kind === 'type') return { device_type_id: d.device_type_id, count, ...(d.power_w ? { power_w: d.power_w } : {}) };
    return {
      label: d.label ?? '',
      u_height: d.u_height ?? null,
      power_w: d.power_w ?? null,
      ...(d.weight_kg != null ? { weight_kg: d.weight_kg } : {}),
      full_depth: d.full_depth ?? true,
      count,
    };
  });
  const body: Record<string, unknown> = {
    devices,
    site_id: v.site_id ?? null,
    room_id: v.room_id ?? null,
    space: v.space ?? 'units',
    units: v.space === 'units' ? (v.units ?? 0) : 0,
    racks: v.space === 'racks' ? (v.racks ?? 0) : 0,
    power_kw: v.power_kw ?? 0,
    redundant: v.redundant ?? true,
    bandwidth_mbps: v.bandwidth_mbps ?? 0,
    ipv4_count: v.ipv4_count ?? 0,
    start_date: v.start_date ? v.start_date.format('YYYY-MM-DD') : null,
    term_months: v.term_months ?? 0,
    extra_services: v.extra_services ?? [],
    notes: v.notes ?? '',
  };
  if (create && v.customer_id) body.customer_id = v.customer_id;
  return body;
}

const typeCache = new Map<number, Promise<DeviceType | null>>();
function loadType(id: number): Promise<DeviceType | null> {
  let p = typeCache.get(id);
  if (!p) {
    p = api.get<DeviceType>(`/api/v1/dcim/device-types/${id}`).catch(() => {
      typeCache.delete(id);
      return null;
    });
    typeCache.set(id, p);
  }
  return p;
}

/** The catalogue figures of the device types in use, by id. */
function useDeviceTypes(ids: number[]): Map<number, DeviceType> {
  const [types, setTypes] = useState(new Map<number, DeviceType>());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let live = true;
    const want = key ? key.split(',').map(Number) : [];
    Promise.all(want.map(loadType)).then((list) => {
      if (!live) return;
      const m = new Map<number, DeviceType>();
      list.forEach((d) => d && m.set(d.id, d));
      setTypes(m);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return types;
}

function TypeFigures({ type }: { type: DeviceType | undefined }) {
  const { t } = useTranslation();
  if (!type) return null;
  return (
    <Space size={4} wrap className="muted" style={{ fontSize: 12 }}>
      <Tag bordered={false}>{type.u_height} U</Tag>
      <Tag bordered={false}>
        {t('deviceTypes.maxPower')} {fmtPower(type.max_power_w)}
      </Tag>
      {type.weight_kg != null && <Tag bordered={false}>{type.weight_kg} kg</Tag>}
      <Tag bordered={false}>{type.full_depth ? t('deviceTypes.fullDepth') : t('applications.halfDepth')}</Tag>
    </Space>
  );
}

function DevicesStep({ create, staff }: { create: boolean; staff: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<WizardValues>();
  const lines = Form.useWatch('devices', form) ?? [];
  const types = useDeviceTypes(lines.filter((l) => l?.kind === 'type' && l.device_type_id).map((l) => l.device_type_id!));
  return (
    <>
      {staff && create && (
        <Form.Item
          name="customer_id"
          label={t('dcim.customer')}
          rules={[{ required: true, message: t('applications.customerRequired') }]}
          extra={t('applications.customerHelp')}
        >
          <RefSelect kind="customers" style={{ maxWidth: 420 }} data-testid="wizard-customer" />
        </Form.Item>
      )}
      <Typography.Paragraph type="secondary">{t('applications.devicesHelp')}</Typography.Paragraph>
      <Form.List
        name="devices"
        rules={[
          {
            validator: async (_, value: DeviceRow[] | undefined) => {
              if (!value || value.length === 0) throw new Error(t('applications.devicesRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => {
              const kind = lines[i]?.kind ?? 'type';
              return (
                <Card
                  key={field.key}
                  size="small"
                  className="device-line"
                  data-testid={`device-line-${i}`}
                  title={t('applications.deviceLine', { n: i + 1 })}
                  extra={
                    fields.length > 1 && (
                      <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} data-testid={`device-remove-${i}`} />
                    )
                  }
                  style={{ marginBottom: 12 }}
                >
                  <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 12 }}>
                    <Radio.Group
                      optionType="button"
                      buttonStyle="solid"
                      size="small"
                      data-testid={`device-kind-${i}`}
                      options={[
                        { value: 'type', label: <span data-testid={`device-kind-${i}-type`}>{t('applications.fromCatalogue')}</span> },
                        { value: 'custom', label: <span data-testid={`device-kind-${i}-custom`}>{t('applications.ownFigures')}</span> },
                      ]}
                    />
                  </Form.Item>
                  {kind === 'type' ? (
                    <Row gutter={16}>
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[field.name, 'device_type_id']}
                          label={t('applications.deviceType')}
                          rules={[{ required: true, message: t('applications.deviceTypeRequired') }]}
                          extra={<TypeFigures type={lines[i]?.device_type_id ? types.get(lines[i].device_type_id!) : undefined} />}
                        >
                          <RefSelect kind="device-types" placeholder={t('applications.deviceTypeSearch')} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item
                          name={[field.name, 'power_w']}
                          label={t('applications.statedPower')}
                          tooltip={t('applications.statedPowerHelp')}
                        >
                          <InputNumber min={1} max={100000} precision={0} addonAfter="W" style={{ width: '100%' }} data-testid={`device-power-${i}`} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[field.name, 'count']} label={t('applications.count')} rules={[{ required: true }]}>
                          <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    </Row>
                  ) : (
                    <Row gutter={16}>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'label']} label={t('applications.deviceLabel')} rules={[{ required: true, whitespace: true }]}>
                          <Input maxLength={200} placeholder={t('applications.deviceLabelPlaceholder')} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={4}>
                        <Form.Item name={[field.name, 'u_height']} label={t('applications.uHeight')} rules={[{ required: true }]}>
                          <InputNumber min={0.5} max={100} addonAfter="U" style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={4}>
                        <Form.Item name={[field.name, 'power_w']} label={t('applications.maxPower')} rules={[{ required: true }]}>
                          <InputNumber min={0} max={100000} precision={0} addonAfter="W" style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={4}>
                        <Form.Item name={[field.name, 'weight_kg']} label={t('deviceTypes.weight')}>
                          <InputNumber min={0} max={2000} addonAfter="kg" style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={4}>
                        <Form.Item name={[field.name, 'count']} label={t('applications.count')} rules={[{ required: true }]}>
                          <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col span={24}>
                        <Form.Item name={[field.name, 'full_depth']} valuePropName="checked" style={{ marginBottom: 0 }}>
                          <Checkbox>{t('deviceTypes.fullDepth')}</Checkbox>
                        </Form.Item>
                      </Col>
                    </Row>
                  )}
                </Card>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ ...NEW_LINE })} data-testid="device-add">
              {t('applications.addDevice')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

function NeedsStep() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<WizardValues>();
  const site = Form.useWatch('site_id', form);
  const space = Form.useWatch('space', form);
  return (
    <>
      <Divider orientation="left" orientationMargin={0}>
        {t('applications.location')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="site_id" label={t('applications.preferredSite')} extra={t('applications.noPreference')}>
            <RefSelect kind="sites" onChange={(v) => form.setFieldsValue({ site_id: v, room_id: undefined })} data-testid="wizard-site" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="room_id" label={t('applications.preferredRoom')}>
            <RefSelect kind="rooms" params={{ site: site ?? undefined }} data-testid="wizard-room" />
          </Form.Item>
        </Col>
      </Row>
      <Divider orientation="left" orientationMargin={0}>
        {t('applications.spaceAndPower')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="space" label={t('applications.space')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'units', label: t('applications.spaceUnits') },
                { value: 'racks', label: t('applications.spaceRacks') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          {space === 'racks' ? (
            <Form.Item name="racks" label={t('applications.racks')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ) : (
            <Form.Item name="units" label={t('applications.unitsWanted')} extra={t('applications.unitsHelp')}>
              <InputNumber min={0} max={10000} precision={0} addonAfter="U" style={{ width: '100%' }} />
            </Form.Item>
          )}
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="power_kw" label={t('applications.powerKw')} extra={t('applications.powerHelp')}>
            <InputNumber min={0} max={100000} addonAfter="kW" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="redundant" label={t('applications.redundant')} valuePropName="checked" extra={t('applications.redundantHelp')}>
            <Switch data-testid="wizard-redundant" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="bandwidth_mbps" label={t('applications.bandwidth')}>
            <InputNumber min={0} max={10000000} precision={0} addonAfter="Mbps" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="ipv4_count" label={t('applications.ipv4')}>
            <InputNumber min={0} max={65536} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Divider orientation="left" orientationMargin={0}>
        {t('applications.termAndServices')}
      </Divider>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item name="start_date" label={t('applications.startDate')} rules={[{ required: true, message: t('applications.startDateRequired') }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(businessToday())} data-testid="wizard-start-date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="term_months" label={t('applications.termMonths')} rules={[{ required: true, message: t('applications.termRequired') }]}>
            <InputNumber min={1} max={120} precision={0} addonAfter={t('applications.monthUnit')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="extra_services" label={t('applications.extraServices')}>
            <Checkbox.Group options={EXTRA_SERVICES.map((s) => ({ value: s, label: t(`applications.services.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={t('applications.notes')}>
            <Input.TextArea rows={3} maxLength={4000} showCount />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

function ReviewStep({ values, staff }: { values: WizardValues; staff: boolean }) {
  const { t } = useTranslation();
  const devices = values.devices ?? [];
  const types = useDeviceTypes(devices.filter((l) => l.kind === 'type' && l.device_type_id).map((l) => l.device_type_id!));
  const rows = devices.map((d, i) => {
    const type = d.kind === 'type' && d.device_type_id ? types.get(d.device_type_id) : undefined;
    return {
      key: i,
      label: d.kind === 'type' ? (type ? `${type.manufacturer} ${type.model}` : d.device_type_id ? `#${d.device_type_id}` : '—') : d.label || '—',
      u: type ? type.u_height : d.u_height,
      power: type ? (d.power_w ?? type.max_power_w) : d.power_w,
      weight: type ? type.weight_kg : d.weight_kg,
      count: d.count ?? 1,
    };
  });
  const units = rows.reduce((s, r) => s + (r.u ?? 0) * r.count, 0);
  const power = rows.reduce((s, r) => s + (r.power ?? 0) * r.count, 0);
  const dash = <span className="muted">—</span>;
  return (
    <div data-testid="wizard-review">
      {staff && values.customer_id && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('dcim.customer')}>
            <RefName kind="customers" id={values.customer_id} link={false} />
          </Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Title level={5}>{t('applications.devices')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applications.devicesRequired')} /> }}
        columns={[
          { title: t('applications.deviceLabel'), dataIndex: 'label' },
          { title: t('applications.uHeight'), dataIndex: 'u', render: (u?: number) => (u != null ? `${u} U` : '—') },
          { title: t('applications.maxPower'), dataIndex: 'power', render: (w?: number) => fmtPower(w) },
          { title: t('deviceTypes.weight'), dataIndex: 'weight', render: (w?: number | null) => (w != null ? `${w} kg` : '—') },
          { title: t('applications.count'), dataIndex: 'count', align: 'right' },
        ]}
        summary={() =>
          rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('applications.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{units} U</Table.Summary.Cell>
              <Table.Summary.Cell index={2}>{fmtPower(power)}</Table.Summary.Cell>
              <Table.Summary.Cell index={3} />
              <Table.Summary.Cell index={4} align="right">
                {rows.reduce((s, r) => s + r.count, 0)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('applications.needs')}
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('applications.preferredSite')}>{values.site_id ? <RefName kind="sites" id={values.site_id} link={false} /> : t('applications.any')}</Descriptions.Item>
        <Descriptions.Item label={t('applications.preferredRoom')}>{values.room_id ? <RefName kind="rooms" id={values.room_id} link={false} /> : t('applications.any')}</Descriptions.Item>
        <Descriptions.Item label={t('applications.space')}>
          {values.space === 'racks' ? `${t('applications.spaceRacks')} × ${values.racks ?? '—'}` : values.units ? `${values.units} U` : t('applications.asDevicesTake', { units })}
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.powerKw')}>{values.power_kw ? `${values.power_kw} kW` : t('applications.asDevicesDraw', { power: fmtPower(power) })}</Descriptions.Item>
        <Descriptions.Item label={t('applications.redundant')}>{values.redundant ? t('devices.redundantAB') : t('applications.singleFeed')}</Descriptions.Item>
        <Descriptions.Item label={t('applications.bandwidth')}>{values.bandwidth_mbps ? `${values.bandwidth_mbps} Mbps` : dash}</Descriptions.Item>
        <Descriptions.Item label={t('applications.ipv4')}>{values.ipv4_count || dash}</Descriptions.Item>
        <Descriptions.Item label={t('applications.startDate')}>{values.start_date ? values.start_date.format('YYYY-MM-DD') : dash}</Descriptions.Item>
        <Descriptions.Item label={t('applications.termMonths')}>{values.term_months ? t('applications.months', { count: values.term_months }) : dash}</Descriptions.Item>
        <Descriptions.Item label={t('applications.extraServices')}>
          {values.extra_services?.length ? values.extra_services.map((s) => <Tag key={s}>{t(`applications.services.${s}`)}</Tag>) : dash}
        </Descriptions.Item>
        {values.notes && (
          <Descriptions.Item label={t('applications.notes')} span={2}>
            {values.notes}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('applications.submitHelp')}
      </Typography.Paragraph>
    </div>
  );
}

export default function ApplicationWizard() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<WizardValues>();
  const submit = useSubmit(form);
  const [step, setStep] = useState(0);
  // The draft once saved: later saves change it rather than creating another.
  const [savedId, setSavedId] = useState<number | null>(id ? Number(id) : null);
  const existing = useApi<Application>(id ? `/api/v1/applications/${id}` : null);
  const [loaded, setLoaded] = useState(!id);
  const staff = !isCustomer;
  const create = !id;

  useEffect(() => {
    if (existing.data && !loaded) {
      form.setFieldsValue(fromApplication(existing.data));
      setLoaded(true);
    }
  }, [existing.data, loaded, form]);

  const steps = useMemo(
    () => [
      { key: 'devices', title: t('applications.stepDevices') },
      { key: 'needs', title: t('applications.stepNeeds') },
      { key: 'review', title: t('applications.stepReview') },
    ],
    [t],
  );

  if (existing.error) return <LoadError error={existing.error} onRetry={existing.reload} />;
  if (id && !existing.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const a = existing.data;
  const title = a ? `${t('applications.edit')} ${a.number}` : isCustomer ? t('applications.apply') : t('applications.createForCustomer');
  const crumbs = [{ title: isCustomer ? t('nav.myApplications') : t('nav.applications'), path: '/applications' }, ...(a ? [{ title: a.number, path: `/applications/${a.id}` }] : []), { title }];
  if (a && !a.editable) {
    return (
      <PageContainer title={title} crumbs={crumbs}>
        <Result
          status="warning"
          title={t('applications.notEditable', { status: t(`status.application.${a.status}`) })}
          extra={
            <Link to={`/applications/${a.id}`}>
              <Button type="primary">{t('applications.backToApplication')}</Button>
            </Link>
          }
        />
      </PageContainer>
    );
  }

  const next = async () => {
    try {
      if (step === 0) await form.validateFields([['customer_id'], ['devices']], { recursive: true });
      else await form.validateFields(['start_date', 'term_months', 'racks']);
      setStep(step + 1);
    } catch {
      /* the fields show what is missing */
    }
  };

  const save = async (andSubmit: boolean) => {
    if (andSubmit) {
      try {
        await form.validateFields(undefined, { recursive: true });
      } catch (e) {
        const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
        if (first) setStep(stepOf(first.name));
        return;
      }
    }
    // Blank device lines are dropped before saving, so that the server's errors about device
    // lines (devices/<i>/...) point at the lines the form shows.
    const lines = (form.getFieldValue('devices') as DeviceRow[] | undefined) ?? [];
    const kept = lines.filter((d) => d && !blankLine(d));
    if (kept.length !== lines.length) form.setFieldValue('devices', kept.length ? kept : [{ ...NEW_LINE }]);
    const values = form.getFieldsValue(true) as WizardValues;
    const done = await submit.run(async () => {
      let app: Application;
      if (savedId) {
        const body = toBody(values, false);
        app = await api.patch<Application>(`/api/v1/applications/${savedId}`, body);
      } else {
        app = await api.post<Application>('/api/v1/applications', toBody(values, true));
        setSavedId(app.id);
      }
      if (andSubmit) app = await api.post<Application>(`/api/v1/applications/${app.id}/transitions`, { action: 'submit' });
      return app;
    });
    if (!done) {
      // Show the step with the first field the server named.
      const bad = form.getFieldsError().find((f) => f.errors.length > 0);
      if (bad) setStep(stepOf(bad.name));
      return;
    }
    message.success(andSubmit ? t('applications.submitted', { number: done.number }) : t('applications.draftSaved', { number: done.number }));
    navigate(`/applications/${done.id}`);
  };

  return (
    <PageContainer title={title} crumbs={crumbs} testId="application-wizard" subTitle={a ? a.customer.name : undefined}>
      <Card>
        <Steps
          current={step}
          items={steps.map((s, i) => ({ title: s.title, key: s.key, onClick: i < step ? () => setStep(i) : undefined }))}
          style={{ marginBottom: 24 }}
          data-testid="wizard-steps"
        />
        {submit.alert}
        <Form<WizardValues> form={form} layout="vertical" initialValues={DEFAULTS} requiredMark="optional" scrollToFirstError>
          <div style={{ display: step === 0 ? undefined : 'none' }} data-testid="wizard-step-devices">
            <DevicesStep create={create} staff={staff} />
          </div>
          <div style={{ display: step === 1 ? undefined : 'none' }} data-testid="wizard-step-needs">
            <NeedsStep />
          </div>
          {step === 2 && <ReviewStep values={form.getFieldsValue(true) as WizardValues} staff={staff} />}
        </Form>
        <Divider />
        <div className="wizard-actions">
          <Space>
            {step > 0 && (
              <Button icon={<ArrowLeftOutlined />} onClick={() => setStep(step - 1)} data-testid="wizard-prev">
                {t('applications.prev')}
              </Button>
            )}
          </Space>
          <Space wrap>
            <Button icon={<SaveOutlined />} onClick={() => void save(false)} loading={submit.submitting} data-testid="wizard-save">
              {t('applications.saveDraft')}
            </Button>
            {step < 2 ? (
              <Button type="primary" onClick={() => void next()} data-testid="wizard-next">
                {t('applications.next')} <ArrowRightOutlined />
              </Button>
            ) : (
              <Button type="primary" icon={<SendOutlined />} onClick={() => void save(true)} loading={submit.submitting} data-testid="wizard-submit">
                {t('applications.saveAndSubmit')}
              </Button>
            )}
          </Space>
        </div>
      </Card>
    </PageContainer>
  );
}
