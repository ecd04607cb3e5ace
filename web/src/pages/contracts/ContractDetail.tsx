// One colocation service contract (托管服务合同): parties and dates, the terms in force on any day
// with every version, change agreements (变更协议, R11.1) with their own steps, signing with the
// scanned copy, activation, early termination (R11.2.2) and the settlement checklist (R11.2.3).
import {
  CheckOutlined,
  DiffOutlined,
  EditOutlined,
  FilePdfOutlined,
  PlayCircleOutlined,
  SignatureOutlined,
  StopOutlined,
  UndoOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Steps,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { Amendment, Contract, ContractTerms, ContractVersion, SettlementItem } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import ActionModal from '../../components/ActionModal';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import StatusTag from '../../components/StatusTag';
import WorkflowTimeline from '../../components/WorkflowTimeline';
import { fmtBp } from '../../lib/format';
import { changed } from '../../lib/objects';
import { useApi } from '../../lib/useApi';
import { BpInput, contractBody, LineItemsEditor, LineItemsTable, SIDES, TermsFormItems, TermsView, useTotals } from './shared';

const SCAN_TYPES: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

function scanType(file: File): string {
  if (file.type) return file.type;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return SCAN_TYPES[ext] ?? 'application/octet-stream';
}

function fmtBytes(n: number | null | undefined): string {
  if (n == null) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** The terms of a draft as form values. */
function termsValues(c: Contract) {
  const x = c.terms;
  return {
    operator_party: c.parties.operator,
    effective_date: dayjs(x.effective_date),
    end_date: dayjs(x.end_date),
    term_months: x.term_months,
    auto_renew: x.auto_renew,
    notice_days: x.notice_days,
    sla_availability_bp: x.sla_availability_bp,
    sla_response_minutes: x.sla_response_minutes,
    late_fee_bp_per_day: x.late_fee_bp_per_day,
    confidentiality_years: x.confidentiality_years,
    line_items: x.line_items,
  };
}

/** What a change agreement changes, field by field. */
function ChangesView({ changes }: { changes: Amendment['changes'] }) {
  const { t } = useTranslation();
  const rows: [string, React.ReactNode][] = [];
  if (changes.end_date) rows.push([t('contracts.endDate'), changes.end_date]);
  if (changes.term_months != null) rows.push([t('applications.termMonths'), t('applications.months', { count: changes.term_months })]);
  if (changes.auto_renew != null) rows.push([t('contracts.autoRenew'), changes.auto_renew ? t('common.yes') : t('common.no')]);
  if (changes.notice_days != null) rows.push([t('contracts.noticeDays'), t('contracts.days', { count: changes.notice_days })]);
  if (changes.sla_availability_bp != null) rows.push([t('contracts.slaAvailability'), fmtBp(changes.sla_availability_bp)]);
  if (changes.sla_response_minutes != null) rows.push([t('contracts.slaResponse'), t('contracts.minutes', { count: changes.sla_response_minutes })]);
  if (changes.late_fee_bp_per_day != null) rows.push([t('contracts.lateFee'), `${fmtBp(changes.late_fee_bp_per_day)} ${t('contracts.perDay')}`]);
  if (changes.confidentiality_years != null) rows.push([t('contracts.confidentiality'), t('contracts.confidentialityTerm', { years: changes.confidentiality_years })]);
  return (
    <>
      {rows.length > 0 && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          {rows.map(([k, v]) => (
            <Descriptions.Item key={k} label={k}>
              {v}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {changes.line_items && (
        <>
          <Typography.Text type="secondary">{t('contracts.newLineItems')}</Typography.Text>
          <LineItemsTable items={changes.line_items} />
        </>
      )}
    </>
  );
}

function AmendmentCard({ a, onAction }: { a: Amendment; onAction: (a: Amendment, action: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`amendment-${a.number}`}
      title={
        <Space wrap>
          <span>{t('amendments.title', { number: a.number })}</span>
          <StatusTag kind="amendment" value={a.status} />
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {a.summary}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {a.actions.map((x) => (
            <Button key={x} size="small" type={x === 'agree' ? 'primary' : 'default'} danger={x === 'reject'} onClick={() => onAction(a, x)} data-testid={`amendment-${a.number}-${x}`}>
              {t(`amendments.actions.${x}`)}
            </Button>
          ))}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('amendments.proposedBy')}>
          {t(`contracts.sides.${a.proposed_by.side}`)} · {a.proposed_by.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('amendments.effectiveDate')}>{a.effective_date}</Descriptions.Item>
        <Descriptions.Item label={t('amendments.version')}>{a.version != null ? `v${a.version}` : '—'}</Descriptions.Item>
        {a.rights_duties && (
          <Descriptions.Item label={t('amendments.rightsDuties')} span={3}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{a.rights_duties}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Divider orientation="left" orientationMargin={0} plain style={{ margin: '8px 0' }}>
        {t('amendments.changes')}
      </Divider>
      <ChangesView changes={a.changes} />
      <Divider orientation="left" orientationMargin={0} plain style={{ margin: '8px 0' }}>
        {t('applications.timeline')}
      </Divider>
      <WorkflowTimeline steps={a.timeline} />
    </Card>
  );
}

function VersionsTable({ versions, current }: { versions: ContractVersion[]; current: number }) {
  const { t } = useTranslation();
  const totals = useTotals();
  return (
    <Table<ContractVersion>
      rowKey="version"
      size="small"
      pagination={false}
      dataSource={[...versions].sort((a, b) => b.version - a.version)}
      data-testid="versions-table"
      expandable={{ expandedRowRender: (v) => <TermsView terms={v.terms} /> }}
      columns={[
        {
          title: t('contracts.version'),
          dataIndex: 'version',
          render: (n: number) => (
            <Space size={4}>
              <span>v{n}</span>
              {n === current && (
                <Tag color="green" bordered={false}>
                  {t('contracts.current')}
                </Tag>
              )}
            </Space>
          ),
        },
        { title: t('contracts.effectiveFrom'), dataIndex: 'effective_from' },
        { title: t('contracts.endDate'), render: (_, v) => v.terms.end_date },
        { title: t('contracts.reason'), dataIndex: 'reason', render: (r: string, v) => `${t(`contracts.reasons.${r}`, { defaultValue: r })}${v.amendment_id ? ` #${v.amendment_id}` : ''}` },
        { title: t('contracts.total'), render: (_, v) => <span className="money">{totals(v.terms.line_items)}</span> },
        { title: t('common.createdAt'), dataIndex: 'created_at', render: (d: string) => <DateTime value={d} /> },
      ]}
    />
  );
}

export default function ContractDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const contract = useApi<Contract>(`/api/v1/contracts/${id}`);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const dated = useApi<Contract>(asOf ? `/api/v1/contracts/${id}` : null, asOf ? { as_of: asOf.format('YYYY-MM-DD') } : undefined);
  const [modal, setModal] = useState<null | 'edit' | 'sign' | 'terminate' | 'amend'>(null);
  const [amendmentAction, setAmendmentAction] = useState<{ a: Amendment; action: string } | null>(null);
  const [settling, setSettling] = useState<SettlementItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<string>();

  if (contract.error) return <LoadError error={contract.error} onRetry={contract.reload} />;
  if (!contract.data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const c = contract.data;
  const staff = !isCustomer;
  const has = (x: string) => c.actions.includes(x);
  const canSettle = staff && can('contracts.write');

  const activate = async () => {
    setBusy(true);
    try {
      contract.setData(await api.post<Contract>(`/api/v1/contracts/${c.id}/activate`));
      message.success(t('contracts.activated'));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const reopen = async (item: SettlementItem) => {
    try {
      contract.setData(await api.patch<Contract>(`/api/v1/contracts/${c.id}/settlement/${item.id}`, { done: false }));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  // The terms shown: in force today, or on the chosen day.
  const view = asOf ? dated.data : c;
  const inForce = view?.in_force ?? null;
  const step = c.status === 'draft' ? 0 : c.status === 'signed' ? 1 : c.status === 'active' ? 2 : 3;
  const settlementDone = c.settlement.filter((s) => s.done).length;

  return (
    <PageContainer
      title={<span className="mono">{c.number}</span>}
      docTitle={`${t('contracts.contract')} ${c.number}`}
      tags={<StatusTag kind="contract" value={c.status} />}
      subTitle={c.customer.name}
      testId="contract-detail"
      crumbs={
        isCustomer
          ? [{ title: t('nav.myContracts'), path: '/contracts' }, { title: c.number }]
          : [{ title: t('nav.group.business') }, { title: t('nav.contracts'), path: '/contracts' }, { title: c.number }]
      }
      extra={
        <>
          {c.signing && (
            <a href={c.signing.scan.url} target="_blank" rel="noreferrer" data-testid="contract-scan">
              <Button icon={<FilePdfOutlined />}>{t('contracts.viewScan')}</Button>
            </a>
          )}
          {has('update') && (
            <Button icon={<EditOutlined />} onClick={() => setModal('edit')} data-testid="contract-edit">
              {t('contracts.editTerms')}
            </Button>
          )}
          {has('propose_amendment') && (
            <Button icon={<DiffOutlined />} onClick={() => setModal('amend')} data-testid="amendment-propose">
              {t('amendments.propose')}
            </Button>
          )}
          {has('terminate') && (
            <Button danger icon={<StopOutlined />} onClick={() => setModal('terminate')} data-testid="contract-terminate">
              {t('contracts.terminate')}
            </Button>
          )}
          {has('sign') && (
            <Button type="primary" icon={<SignatureOutlined />} onClick={() => setModal('sign')} data-testid="contract-sign">
              {t('contracts.sign')}
            </Button>
          )}
          {has('activate') && (
            <Popconfirm
              title={t('contracts.activateConfirm')}
              description={t('contracts.activateHelp')}
              okText={t('contracts.activate')}
              cancelText={t('common.cancel')}
              onConfirm={activate}
              okButtonProps={{ 'data-testid': 'activate-confirm' } as never}
            >
              <Button type="primary" icon={<PlayCircleOutlined />} loading={busy} data-testid="contract-activate">
                {t('contracts.activate')}
              </Button>
            </Popconfirm>
          )}
        </>
      }
    >
      {c.status === 'terminated' && c.termination && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="termination"
          message={t('contracts.terminatedOn', { date: c.termination.date, side: t(`contracts.sides.${c.termination.initiated_by ?? 'operator'}`) })}
          description={c.termination.reason}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <div className="stack">
            <Card title={t('contracts.overview')}>
              <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="contract-overview">
                <Descriptions.Item label={t('contracts.operatorParty')}>{c.parties.operator}</Descriptions.Item>
                <Descriptions.Item label={t('contracts.customerParty')}>{staff ? <Link to={`/customers/${c.customer.id}`}>{c.parties.customer}</Link> : c.parties.customer}</Descriptions.Item>
                <Descriptions.Item label={t('contracts.effectiveDate')}>{c.effective_date}</Descriptions.Item>
                <Descriptions.Item label={t('contracts.endDate')}>{c.end_date}</Descriptions.Item>
                <Descriptions.Item label={t('applications.termMonths')}>{t('applications.months', { count: c.term_months })}</Descriptions.Item>
                <Descriptions.Item label={t('contracts.autoRenew')}>
                  {c.auto_renew ? t('contracts.autoRenewYes', { days: c.notice_days }) : t('common.no')}
                </Descriptions.Item>
                <Descriptions.Item label={t('contracts.confidentiality')}>
                  <span data-testid="confidentiality">
                    {t('contracts.confidentialityTerm', { years: c.confidentiality.years })} · {t('contracts.until', { date: c.confidentiality.until })}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('contracts.lateFee')}>
                  {fmtBp(c.terms.late_fee_bp_per_day)} {t('contracts.perDay')}
                </Descriptions.Item>
                <Descriptions.Item label={t('contracts.application')}>
                  {c.application_id ? <Link to={`/applications/${c.application_id}`}>{t('contracts.openApplication')}</Link> : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('contracts.version')}>v{c.version}</Descriptions.Item>
                <Descriptions.Item label={t('contracts.createdBy')}>
                  <div>
                    {c.created_by}
                    <div className="muted">
                      <DateTime value={c.created_at} />
                    </div>
                  </div>
                </Descriptions.Item>
                {c.activated_at && (
                  <Descriptions.Item label={t('contracts.activatedAt')}>
                    <div>
                      {c.activated_by}
                      <div className="muted">
                        <DateTime value={c.activated_at} />
                      </div>
                    </div>
                  </Descriptions.Item>
                )}
                {c.ended_at && (
                  <Descriptions.Item label={t('contracts.endedAt')}>
                    <DateTime value={c.ended_at} />
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Card
              title={t('contracts.termsInForce')}
              data-testid="contract-terms"
              extra={
                <Space>
                  <span className="muted">{t('contracts.asOf')}</span>
                  <DatePicker value={asOf} onChange={(d) => setAsOf(d)} allowClear placeholder={t('contracts.today')} data-testid="as-of" />
                </Space>
              }
            >
              {asOf && dated.error ? (
                <LoadError error={dated.error} />
              ) : asOf && !dated.data ? (
                <Skeleton active />
              ) : inForce ? (
                <>
                  <Typography.Paragraph type="secondary" data-testid="in-force">
                    {t('contracts.versionInForce', {
                      version: inForce.version,
                      from: inForce.effective_from,
                      reason: t(`contracts.reasons.${inForce.reason}`, { defaultValue: inForce.reason }),
                      date: asOf ? asOf.format('YYYY-MM-DD') : t('contracts.today'),
                    })}
                  </Typography.Paragraph>
                  <TermsView terms={inForce.terms} />
                </>
              ) : (
                <>
                  <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('contracts.notYetInForce', { date: asOf ? asOf.format('YYYY-MM-DD') : t('contracts.today'), from: c.effective_date })} />
                  <TermsView terms={c.terms} />
                </>
              )}
            </Card>
            <Card styles={{ body: { paddingTop: 0 } }}>
              <Tabs
                activeKey={tab ?? (c.settlement.length ? 'settlement' : c.amendments.length ? 'amendments' : 'versions')}
                onChange={setTab}
                items={[
                  {
                    key: 'versions',
                    label: `${t('contracts.versions')} (${c.versions.length})`,
                    children: <VersionsTable versions={c.versions} current={c.version} />,
                  },
                  {
                    key: 'amendments',
                    label: `${t('amendments.tab')} (${c.amendments.length})`,
                    children: c.amendments.length ? (
                      <div data-testid="amendments">
                        {[...c.amendments].reverse().map((a) => (
                          <AmendmentCard key={a.id} a={a} onAction={(am, action) => setAmendmentAction({ a: am, action })} />
                        ))}
                      </div>
                    ) : (
                      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('amendments.empty')} />
                    ),
                  },
                  ...(c.settlement.length
                    ? [
                        {
                          key: 'settlement',
                          label: `${t('settlement.tab')} (${settlementDone}/${c.settlement.length})`,
                          children: (
                            <Table<SettlementItem>
                              rowKey="id"
                              size="small"
                              pagination={false}
                              dataSource={c.settlement}
                              data-testid="settlement-table"
                              columns={[
                                { title: t('settlement.item'), dataIndex: 'kind', render: (k: string) => t(`settlement.kinds.${k}`, { defaultValue: k }) },
                                {
                                  title: t('common.status'),
                                  dataIndex: 'done',
                                  render: (d: boolean) => (d ? <Tag color="green" bordered={false}>{t('settlement.done')}</Tag> : <Tag color="orange" bordered={false}>{t('settlement.open')}</Tag>),
                                },
                                { title: t('settlement.note'), dataIndex: 'note', render: (n: string) => n || '—' },
                                { title: t('settlement.doneBy'), render: (_, s) => (s.done_by ? <span>{s.done_by} · <DateTime value={s.done_at} /></span> : '—') },
                                ...(canSettle
                                  ? [
                                      {
                                        title: '',
                                        width: 110,
                                        render: (_: unknown, s: SettlementItem) =>
                                          s.done ? (
                                            <Popconfirm title={t('settlement.reopenConfirm')} okText={t('settlement.reopen')} cancelText={t('common.cancel')} onConfirm={() => reopen(s)}>
                                              <Button size="small" icon={<UndoOutlined />}>
                                                {t('settlement.reopen')}
                                              </Button>
                                            </Popconfirm>
                                          ) : (
                                            <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setSettling(s)} data-testid={`settle-${s.kind}`}>
                                              {t('settlement.close')}
                                            </Button>
                                          ),
                                      },
                                    ]
                                  : []),
                              ]}
                            />
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <div className="stack">
            <Card title={t('contracts.lifecycle')}>
              <Steps
                direction="vertical"
                size="small"
                current={step}
                status={c.status === 'terminated' ? 'error' : c.status === 'expired' ? 'finish' : 'process'}
                items={[
                  { title: t('status.contract.draft'), description: <DateTime value={c.created_at} /> },
                  { title: t('status.contract.signed'), description: c.signing ? <span>{c.signing.signed_on}</span> : undefined },
                  { title: t('status.contract.active'), description: c.activated_at ? <DateTime value={c.activated_at} /> : undefined },
                  {
                    title: c.status === 'terminated' ? t('status.contract.terminated') : t('status.contract.expired'),
                    description: c.ended_at ? <DateTime value={c.ended_at} /> : t('contracts.endsOn', { date: c.end_date }),
                  },
                ]}
              />
            </Card>
            <Card title={t('contracts.signing')} data-testid="contract-signing">
              {c.signing ? (
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('contracts.signedOn')}>{c.signing.signed_on ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('contracts.customerSignatory')}>{c.signing.customer_signatory || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('contracts.recordedBy')}>
                    {c.signing.signed_by.name ?? '—'} · <DateTime value={c.signing.signed_at} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('contracts.scan')}>
                    <a href={c.signing.scan.url} target="_blank" rel="noreferrer">
                      {c.signing.scan.content_type} · {fmtBytes(c.signing.scan.size)}
                    </a>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('contracts.scanHash')}>
                    <Typography.Text className="mono" style={{ fontSize: 12 }} copyable={!!c.signing.scan.hash} ellipsis={{ tooltip: c.signing.scan.hash }}>
                      {c.signing.scan.hash ?? '—'}
                    </Typography.Text>
                  </Descriptions.Item>
                </Descriptions>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contracts.notSigned')} />
              )}
            </Card>
          </div>
        </Col>
      </Row>

      <FormModal<Record<string, unknown>>
        open={modal === 'edit'}
        title={t('contracts.editTerms')}
        width={980}
        initialValues={termsValues(c)}
        onClose={() => setModal(null)}
        testId="contract-edit-form"
        onSubmit={async (v) => {
          const patch = changed(contractBody(termsValues(c)), contractBody(v));
          if (Object.keys(patch).length === 0) return;
          contract.setData(await api.patch<Contract>(`/api/v1/contracts/${c.id}`, patch));
          message.success(t('common.saved'));
        }}
      >
        <Form.Item name="operator_party" label={t('contracts.operatorParty')}>
          <Input maxLength={200} />
        </Form.Item>
        <TermsFormItems />
        <Divider orientation="left" orientationMargin={0}>
          {t('contracts.lineItems')}
        </Divider>
        <LineItemsEditor />
      </FormModal>

      <FormModal<{ customer_signatory: string; signed_on?: Dayjs; scan: UploadFile[] }>
        open={modal === 'sign'}
        title={t('contracts.sign')}
        okText={t('contracts.recordSignature')}
        initialValues={{ signed_on: dayjs() }}
        onClose={() => setModal(null)}
        testId="sign-form"
        onSubmit={async (v) => {
          const file = v.scan?.[0]?.originFileObj as File | undefined;
          if (!file) throw new ApiError({ status: 400, title: t('contracts.scanRequired'), errors: [{ field: 'scan', code: 'required', message: t('contracts.scanRequired') }] });
          const next = await api.upload<Contract>(`/api/v1/contracts/${c.id}/sign`, file, scanType(file), {
            customer_signatory: v.customer_signatory.trim(),
            signed_on: v.signed_on ? v.signed_on.format('YYYY-MM-DD') : undefined,
          });
          contract.setData(next);
          message.success(t('contracts.signedMessage'));
        }}
      >
        <Typography.Paragraph type="secondary">{t('contracts.signHelp')}</Typography.Paragraph>
        <Form.Item name="customer_signatory" label={t('contracts.customerSignatory')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="sign-signatory" />
        </Form.Item>
        <Form.Item name="signed_on" label={t('contracts.signedOn')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs().endOf('day'))} />
        </Form.Item>
        <Form.Item
          name="scan"
          label={t('contracts.scan')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList?: UploadFile[] } | UploadFile[]) => (Array.isArray(e) ? e : (e?.fileList ?? []).slice(-1))}
          rules={[{ required: true, message: t('contracts.scanRequired') }]}
          extra={t('contracts.scanHelp')}
        >
          <Upload.Dragger accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" maxCount={1} beforeUpload={() => false} data-testid="sign-scan">
            <p className="ant-upload-drag-icon">
              <UploadOutlined />
            </p>
            <p className="ant-upload-text">{t('contracts.scanDrop')}</p>
          </Upload.Dragger>
        </Form.Item>
      </FormModal>

      <FormModal<{ initiated_by: string; reason: string; date: Dayjs }>
        open={modal === 'terminate'}
        title={t('contracts.terminate')}
        okText={t('contracts.terminate')}
        initialValues={{ initiated_by: 'operator', date: dayjs() }}
        onClose={() => setModal(null)}
        testId="terminate-form"
        onSubmit={async (v) => {
          contract.setData(
            await api.post<Contract>(`/api/v1/contracts/${c.id}/terminate`, {
              initiated_by: v.initiated_by,
              reason: v.reason.trim(),
              date: v.date.format('YYYY-MM-DD'),
            }),
          );
          setTab('settlement');
          message.success(t('contracts.terminated'));
        }}
      >
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('contracts.terminateHelp')} />
        <Form.Item name="initiated_by" label={t('contracts.initiatedBy')} rules={[{ required: true }]}>
          <Radio.Group options={SIDES.map((s) => ({ value: s, label: t(`contracts.sides.${s}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('contracts.terminationReason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="date" label={t('contracts.terminationDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs().endOf('day'))} />
        </Form.Item>
      </FormModal>

      <AmendmentForm
        open={modal === 'amend'}
        contract={c}
        onClose={() => setModal(null)}
        onDone={() => {
          setTab('amendments');
          contract.reload();
        }}
      />

      <FormModal<{ note?: string }>
        open={settling !== null}
        title={settling ? `${t('settlement.close')}: ${t(`settlement.kinds.${settling.kind}`, { defaultValue: settling.kind })}` : ''}
        okText={t('settlement.close')}
        initialValues={{ note: settling?.note ?? '' }}
        onClose={() => setSettling(null)}
        testId="settle-form"
        onSubmit={async (v) => {
          if (!settling) return;
          contract.setData(await api.patch<Contract>(`/api/v1/contracts/${c.id}/settlement/${settling.id}`, { done: true, note: v.note?.trim() ?? '' }));
          message.success(t('settlement.closed'));
        }}
      >
        <Form.Item name="note" label={t('settlement.note')}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="settle-note" />
        </Form.Item>
      </FormModal>

      {amendmentAction && (
        <ActionModal<Amendment>
          action={amendmentAction.action}
          ns="amendments"
          path={`/api/v1/contracts/${c.id}/amendments/${amendmentAction.a.id}/transitions`}
          onClose={() => setAmendmentAction(null)}
          onDone={(a) => {
            message.success(t('amendments.actionDone', { status: t(`status.amendment.${a.status}`) }));
            contract.reload();
          }}
        />
      )}
    </PageContainer>
  );
}

/** The earliest day a change may take effect: today, or the contract's first day if later. */
function firstChangeDay(c: Contract): Dayjs {
  const today = dayjs().startOf('day');
  const start = dayjs(c.effective_date);
  return start.isAfter(today) ? start : today;
}

interface AmendmentValues {
  effective_date: Dayjs;
  summary: string;
  rights_duties?: string;
  change_items?: boolean;
  changes: Partial<Omit<ContractTerms, 'end_date' | 'auto_renew'>> & { end_date?: Dayjs; auto_renew?: 'yes' | 'no' };
}

/** Proposing a change agreement: from when, what about, the rights and duties, and the changes. */
function AmendmentForm({ open, contract: c, onClose, onDone }: { open: boolean; contract: Contract; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [items, setItems] = useState(false);
  return (
    <FormModal<AmendmentValues>
      open={open}
      title={t('amendments.propose')}
      okText={t('amendments.submit')}
      width={980}
      initialValues={{ effective_date: firstChangeDay(c), changes: { line_items: c.terms.line_items } }}
      onClose={() => {
        setItems(false);
        onClose();
      }}
      testId="amendment-form"
      onSubmit={async (v) => {
        const ch = v.changes ?? {};
        const changes: Record<string, unknown> = {};
        if (ch.end_date) changes.end_date = ch.end_date.format('YYYY-MM-DD');
        if (ch.auto_renew) changes.auto_renew = ch.auto_renew === 'yes';
        for (const k of ['term_months', 'notice_days', 'sla_availability_bp', 'sla_response_minutes', 'late_fee_bp_per_day', 'confidentiality_years'] as const)
          if (ch[k] != null) changes[k] = ch[k];
        if (v.change_items) changes.line_items = (contractBody({ line_items: ch.line_items ?? [] }).line_items as unknown[]) ?? [];
        await api.post(`/api/v1/contracts/${c.id}/amendments`, {
          effective_date: v.effective_date.format('YYYY-MM-DD'),
          summary: v.summary.trim(),
          rights_duties: v.rights_duties?.trim() ?? '',
          changes,
        });
        message.success(t('amendments.proposed'));
        onDone();
      }}
    >
      <Typography.Paragraph type="secondary">{t('amendments.help')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="effective_date" label={t('amendments.effectiveDate')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="summary" label={t('amendments.summary')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="rights_duties" label={t('amendments.rightsDuties')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Divider orientation="left" orientationMargin={0}>
        {t('amendments.changes')}
      </Divider>
      <Typography.Paragraph type="secondary">{t('amendments.changesHelp')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'end_date']} label={t('contracts.endDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'term_months']} label={t('applications.termMonths')}>
            <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'auto_renew']} label={t('contracts.autoRenew')}>
            <Select
              allowClear
              placeholder={t('amendments.unchanged')}
              options={[
                { value: 'yes', label: t('common.yes') },
                { value: 'no', label: t('common.no') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'notice_days']} label={t('contracts.noticeDays')}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'sla_availability_bp']} label={t('contracts.slaAvailability')}>
            <BpInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'sla_response_minutes']} label={t('contracts.slaResponse')}>
            <InputNumber min={1} max={10080} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'late_fee_bp_per_day']} label={t('contracts.lateFee')}>
            <BpInput addonAfter={t('contracts.percentPerDay')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'confidentiality_years']} label={t('contracts.confidentialityYears')}>
            <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="change_items" valuePropName="checked" label={t('amendments.changeLineItems')}>
        <Switch onChange={setItems} />
      </Form.Item>
      {items && <LineItemsEditor name={['changes', 'line_items']} />}
    </FormModal>
  );
}
