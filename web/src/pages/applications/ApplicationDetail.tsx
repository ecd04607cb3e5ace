// One hosting application: the company as it was when submitted, the devices, the needs, the
// decision timeline of the three departments, the feasibility assessment with its proposed
// placement (technical department), and the actions the signed-in person may take now.
import { CheckCircleOutlined, CheckOutlined, CloseOutlined, EditOutlined, FileAddOutlined, FileProtectOutlined, RollbackOutlined, SendOutlined, StopOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { Application, ApplicationDeviceLine, Feasibility } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import ActionModal from '../../components/ActionModal';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import ProblemAlert from '../../components/ProblemAlert';
import { RefName } from '../../components/Ref';
import { LoadError } from '../../components/Results';
import StatusTag from '../../components/StatusTag';
import WorkflowTimeline from '../../components/WorkflowTimeline';
import { fmtPower, shortSite } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { PlacementTable } from './shared';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

const ACTION_ICONS: Record<string, ReactNode> = {
  submit: <SendOutlined />,
  approve: <CheckOutlined />,
  reject: <CloseOutlined />,
  return: <RollbackOutlined />,
  withdraw: <StopOutlined />,
};

/** The order buttons appear in, the main one last. */
const ACTION_ORDER = ['withdraw', 'reject', 'return', 'submit', 'approve'];

function StatusLine({ status, children }: { status: 'ok' | 'insufficient' | 'unknown'; children: ReactNode }) {
  const { t } = useTranslation();
  const colour = status === 'ok' ? 'green' : status === 'insufficient' ? 'red' : 'default';
  return (
    <span>
      <Tag color={colour} bordered={false}>
        {t(`applications.check.${status}`)}
      </Tag>
      {children}
    </span>
  );
}

/** The live assessment (staff only): verdict, checks, reasons and the proposed placement. */
function FeasibilityCard({ app, onAccepted }: { app: Application; onAccepted: (a: Application) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const f = useApi<Feasibility>(`/api/v1/applications/${app.id}/feasibility`);
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const accept = async () => {
    setAccepting(true);
    setError(null);
    try {
      const next = await api.post<Application>(`/api/v1/applications/${app.id}/feasibility/accept`);
      message.success(t('applications.proposalAccepted'));
      onAccepted(next);
      f.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, detail: String(e) }));
    } finally {
      setAccepting(false);
    }
  };
  const d = f.data;
  return (
    <Card
      title={t('applications.feasibility')}
      data-testid="feasibility"
      extra={
        <Space>
          <Button size="small" icon={<SyncOutlined />} onClick={f.reload} loading={f.loading}>
            {t('applications.reassess')}
          </Button>
          {app.can_accept_feasibility && (
            <Popconfirm
              title={app.placement ? t('applications.acceptAgainConfirm') : t('applications.acceptConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={accept}
              okButtonProps={{ 'data-testid': 'accept-confirm' } as never}
            >
              <Button type="primary" size="small" icon={<CheckCircleOutlined />} loading={accepting} disabled={!d?.feasible} data-testid="accept-proposal">
                {app.placement ? t('applications.acceptAgain') : t('applications.acceptProposal')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      {error && <ProblemAlert error={error} />}
      {f.error && !d ? (
        <ProblemAlert error={f.error} />
      ) : !d ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <Alert
            type={d.feasible ? 'success' : 'error'}
            showIcon
            data-testid="feasibility-verdict"
            message={d.feasible ? t('applications.feasible') : t('applications.infeasible')}
            description={
              d.reasons.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {d.reasons.map((r, i) => (
                    <li key={i}>{r.message}</li>
                  ))}
                </ul>
              ) : undefined
            }
            style={{ marginBottom: 16 }}
          />
          <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('dcim.site')}>{d.site ? shortSite(d.site.name, i18n.language) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('applications.preferredRoom')}>{d.preferred_room ? d.preferred_room.name : t('applications.any')}</Descriptions.Item>
            <Descriptions.Item label={t('applications.powerKw')}>
              {fmtPower(d.power.requested_w)} <span className="muted">({t('applications.devicesDraw', { power: fmtPower(d.power.devices_max_w) })})</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.bandwidth')}>
              <StatusLine status={d.bandwidth.status}>
                {t('applications.bandwidthDetail', {
                  requested: d.bandwidth.requested_mbps,
                  headroom: d.bandwidth.headroom_mbps ?? '—',
                  uplink: d.bandwidth.uplink_mbps ?? '—',
                })}
              </StatusLine>
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.ipv4')}>
              <StatusLine status={d.ipv4.status}>{t('applications.ipv4Detail', { requested: d.ipv4.requested, free: d.ipv4.free ?? '—' })}</StatusLine>
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.assessedAt')}>
              <DateTime value={d.computed_at} />
            </Descriptions.Item>
            {d.whole_racks.length > 0 && (
              <Descriptions.Item label={t('applications.wholeRacks')} span={2}>
                {d.whole_racks.map((r) => (
                  <Tag key={r.id}>
                    <Link to={`/dcim/racks/${r.id}`}>{r.name}</Link>
                  </Tag>
                ))}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t('applications.proposedPlacement')}</Typography.Title>
          <PlacementTable items={d.items} staff testId="feasibility-items" />
        </>
      )}
    </Card>
  );
}

/** The accepted proposal: where the devices go (customers see only their own devices' places). */
function AcceptedPlacement({ app, staff }: { app: Application; staff: boolean }) {
  const { t } = useTranslation();
  const p = app.placement;
  if (!p) return null;
  return (
    <Card title={t('applications.acceptedPlacement')} data-testid="accepted-placement">
      {staff && p.accepted_at && (
        <Typography.Paragraph type="secondary">
          {t('applications.acceptedBy', { who: p.accepted_by })} · <DateTime value={p.accepted_at} />
          {p.expires_at && app.status !== 'contracted' && (
            <>
              {' '}
              · {t('applications.reservedUntil')} <DateTime value={p.expires_at} date />
            </>
          )}
        </Typography.Paragraph>
      )}
      <PlacementTable items={p.proposal.items ?? []} staff={staff} testId="placement-items" />
    </Card>
  );
}

export default function ApplicationDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const app = useApi<Application>(`/api/v1/applications/${id}`);
  const [action, setAction] = useState<string | null>(null);

  if (app.error) return <LoadError error={app.error} onRetry={app.reload} />;
  if (!app.data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const a = app.data;
  const n = a.needs;
  const c = a.company ?? {};
  const staff = !isCustomer;
  const actions = ACTION_ORDER.filter((x) => a.actions.includes(x));
  const showFeasibility = staff && a.status === 'technical_review';
  const canContract = staff && a.status === 'approved' && !a.contract_id && can('contracts.write');
  const dash = <span className="muted">—</span>;

  return (
    <PageContainer
      title={<span className="mono">{a.number}</span>}
      docTitle={`${t('applications.application')} ${a.number}`}
      tags={<StatusTag kind="application" value={a.status} />}
      subTitle={a.customer.name}
      testId="application-detail"
      crumbs={
        isCustomer
          ? [{ title: t('nav.myApplications'), path: '/applications' }, { title: a.number }]
          : [{ title: t('nav.group.business') }, { title: t('nav.applications'), path: '/applications' }, { title: a.number }]
      }
      extra={
        <>
          {a.editable && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/applications/${a.id}/edit`)} data-testid="application-edit">
              {t('common.edit')}
            </Button>
          )}
          {a.contract_id && (
            <Link to={`/contracts/${a.contract_id}`}>
              <Button icon={<FileProtectOutlined />} data-testid="application-contract">
                {t('applications.viewContract')}
              </Button>
            </Link>
          )}
          {canContract && (
            <Button icon={<FileAddOutlined />} onClick={() => navigate(`/contracts/new?application=${a.id}`)} data-testid="contract-create">
              {t('contracts.createFromApplication')}
            </Button>
          )}
          {actions.map((x) => (
            <Button
              key={x}
              type={x === 'approve' || x === 'submit' ? 'primary' : 'default'}
              danger={x === 'reject'}
              icon={ACTION_ICONS[x]}
              onClick={() => setAction(x)}
              data-testid={`action-${x}`}
            >
              {t(`applications.actions.${x}`)}
            </Button>
          ))}
        </>
      }
    >
      {a.status === 'returned' && isCustomer && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('applications.returnedHint')} description={[...a.timeline].reverse().find((s) => s.action === 'return')?.comment} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <div className="stack">
            <Card title={t('applications.company')} data-testid="application-company">
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t('customers.name')}>{c.name ?? a.customer.name}</Descriptions.Item>
                <Descriptions.Item label={t('customers.creditCode')}>
                  <span className="mono">{c.credit_code ?? '—'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('common.address')} span={2}>
                  {c.address || '—'}
                </Descriptions.Item>
                {c.contacts && c.contacts.length > 0 && (
                  <Descriptions.Item label={t('customers.contacts')} span={2}>
                    <Space direction="vertical" size={0}>
                      {c.contacts.map((k, i) => (
                        <span key={i}>
                          {k.name}
                          {k.role && <Tag style={{ marginInlineStart: 6 }}>{k.role}</Tag>}
                          {k.phone && <span className="muted"> {k.phone}</span>}
                          {k.email && <span className="muted"> {k.email}</span>}
                        </span>
                      ))}
                    </Space>
                  </Descriptions.Item>
                )}
              </Descriptions>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('applications.snapshotHelp')}
              </Typography.Text>
            </Card>
            <Card title={`${t('applications.devices')} (${a.device_count})`}>
              <Table<ApplicationDeviceLine>
                rowKey={(_, i) => String(i)}
                size="small"
                pagination={false}
                dataSource={a.devices}
                data-testid="application-devices"
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applications.noDevices')} /> }}
                columns={[
                  {
                    title: t('applications.deviceLabel'),
                    dataIndex: 'label',
                    render: (l: string, d) =>
                      d.device_type_id != null && staff ? <Link to={`/dcim/device-types/${d.device_type_id}`}>{l}</Link> : l,
                  },
                  { title: t('applications.source'), render: (_, d) => (d.device_type_id != null ? t('applications.fromCatalogue') : t('applications.ownFigures')) },
                  { title: t('applications.uHeight'), dataIndex: 'u_height', render: (u: number) => `${u} U` },
                  { title: t('deviceTypes.fullDepth'), dataIndex: 'full_depth', render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
                  { title: t('applications.maxPower'), dataIndex: 'power_w', render: (w: number) => fmtPower(w) },
                  { title: t('deviceTypes.weight'), dataIndex: 'weight_kg', render: (w: number) => (w ? `${w} kg` : '—') },
                  { title: t('applications.count'), dataIndex: 'count', align: 'right' },
                ]}
              />
            </Card>
            <Card title={t('applications.needs')}>
              <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="application-needs">
                <Descriptions.Item label={t('applications.preferredSite')}>{n.site_id ? <RefName kind="sites" id={n.site_id} link={staff} /> : t('applications.any')}</Descriptions.Item>
                <Descriptions.Item label={t('applications.preferredRoom')}>{n.room_id ? <RefName kind="rooms" id={n.room_id} link={staff} /> : t('applications.any')}</Descriptions.Item>
                <Descriptions.Item label={t('applications.space')}>
                  {n.space === 'racks' ? `${t('applications.spaceRacks')} × ${n.racks}` : n.units ? `${n.units} U` : t('applications.asDevicesTakeShort')}
                </Descriptions.Item>
                <Descriptions.Item label={t('applications.powerKw')}>{n.power_w ? `${n.power_kw} kW` : t('applications.asDevicesDrawShort')}</Descriptions.Item>
                <Descriptions.Item label={t('applications.redundant')}>{n.redundant ? t('devices.redundantAB') : t('applications.singleFeed')}</Descriptions.Item>
                <Descriptions.Item label={t('applications.bandwidth')}>{n.bandwidth_mbps ? `${n.bandwidth_mbps} Mbps` : dash}</Descriptions.Item>
                <Descriptions.Item label={t('applications.ipv4')}>{n.ipv4_count || dash}</Descriptions.Item>
                <Descriptions.Item label={t('applications.startDate')}>{n.start_date ?? dash}</Descriptions.Item>
                <Descriptions.Item label={t('applications.termMonths')}>{n.term_months ? t('applications.months', { count: n.term_months }) : dash}</Descriptions.Item>
                <Descriptions.Item label={t('applications.extraServices')}>
                  {n.extra_services.length ? n.extra_services.map((s) => <Tag key={s}>{t(`applications.services.${s}`, { defaultValue: s })}</Tag>) : dash}
                </Descriptions.Item>
                {n.notes && (
                  <Descriptions.Item label={t('applications.notes')} span={2}>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{n.notes}</Typography.Paragraph>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            {showFeasibility && <FeasibilityCard app={a} onAccepted={(next) => app.setData(next)} />}
            {a.placement && <AcceptedPlacement app={a} staff={staff} />}
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <div className="stack">
            <Card title={t('applications.summary')}>
              <Descriptions size="small" column={1} data-testid="application-summary">
                <Descriptions.Item label={t('common.status')}>
                  <StatusTag kind="application" value={a.status} />
                </Descriptions.Item>
                <Descriptions.Item label={t('applications.createdBy')}>{a.created_by.name}</Descriptions.Item>
                <Descriptions.Item label={t('common.createdAt')}>
                  <DateTime value={a.created_at} />
                </Descriptions.Item>
                <Descriptions.Item label={t('applications.submittedAt')}>
                  <DateTime value={a.submitted_at} />
                </Descriptions.Item>
                <Descriptions.Item label={t('applications.decidedAt')}>
                  <DateTime value={a.decided_at} />
                </Descriptions.Item>
                {a.contract_id && (
                  <Descriptions.Item label={t('applications.contract')}>
                    <Link to={`/contracts/${a.contract_id}`}>{t('applications.viewContract')}</Link>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Card title={t('applications.timeline')}>
              <WorkflowTimeline steps={a.timeline} testId="application-timeline" />
            </Card>
          </div>
        </Col>
      </Row>
      <ActionModal<Application>
        action={action}
        path={`/api/v1/applications/${a.id}/transitions`}
        onClose={() => setAction(null)}
        onDone={(next) => {
          app.setData(next);
          message.success(t('applications.actionDone', { status: t(`status.application.${next.status}`) }));
        }}
      />
      <ChangeHistory objectType={HISTORY_TYPES.application} objectId={id} />
    </PageContainer>
  );
}
