// One colocation service contract (托管服务合同): parties and dates, the terms in force on any day
// with every version, change agreements (变更协议, R11.1) with their own steps, signing with the
// scanned copy, activation, early termination (R11.2.2) and the settlement checklist (R11.2.3).
// The page holds the state; the parts are in ./detail.
import { App, Card, Col, Row, Skeleton, Tabs } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { Amendment, Contract, SettlementItem } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import ActionModal from '../../components/ActionModal';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import StatusTag from '../../components/StatusTag';
import { useApi } from '../../lib/useApi';
import { AmendmentForm, AmendmentList } from './detail/Amendments';
import { EditTermsForm } from './detail/EditTerms';
import { ContractActions, ContractOverview, type ContractModal } from './detail/Overview';
import { SettleForm, SettlementTable } from './detail/Settlement';
import DepositCard from '../billing/payments/DepositCard';
import { MoveOutTable, RequestTerminationForm, TerminationRequestsTable } from './detail/TerminationRequests';
import { LifecycleCard, SignForm, SigningCard } from './detail/Signing';
import { TerminateForm, TerminationAlert } from './detail/Termination';
import TermsInForce from './detail/TermsInForce';
import VersionsTable from './detail/VersionsTable';
import StandingBanner from '../billing/collections/StandingBanner';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

export default function ContractDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const contract = useApi<Contract>(`/api/v1/contracts/${id}`);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const dated = useApi<Contract>(asOf ? `/api/v1/contracts/${id}` : null, asOf ? { as_of: asOf.format('YYYY-MM-DD') } : undefined);
  const [modal, setModal] = useState<null | ContractModal>(null);
  const [amendmentAction, setAmendmentAction] = useState<{ a: Amendment; action: string } | null>(null);
  const [settling, setSettling] = useState<SettlementItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<string>();

  if (contract.error) return <LoadError error={contract.error} onRetry={contract.reload} />;
  if (!contract.data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const c = contract.data;
  const staff = !isCustomer;
  // Money items of a settlement are finance's to close (contracts.settle), not the drafters'.
  const canSettle = staff && can('contracts.settle');

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
      extra={<ContractActions contract={c} busy={busy} onOpen={setModal} onActivate={activate} />}
    >
      <TerminationAlert contract={c} />
      <StandingBanner contractId={c.id} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <div className="stack">
            <ContractOverview contract={c} staff={staff} />
            <TermsInForce contract={c} asOf={asOf} onAsOf={setAsOf} dated={dated} />
            <Card styles={{ body: { paddingTop: 0 } }}>
              <Tabs
                activeKey={tab ?? (c.termination_requests?.some((r) => r.status === 'open') ? 'termination-requests' : c.settlement.length ? 'settlement' : c.amendments.length ? 'amendments' : 'versions')}
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
                    children: <AmendmentList amendments={c.amendments} onAction={(am, action) => setAmendmentAction({ a: am, action })} />,
                  },
                  ...(c.termination_requests?.length || c.actions.includes('request_termination')
                    ? [
                        {
                          key: 'termination-requests',
                          label: <span data-testid="tab-termination-requests">{`${t('terminationRequests.tab')} (${c.termination_requests?.length ?? 0})`}</span>,
                          children: (
                            <TerminationRequestsTable
                              contract={c}
                              onChange={(next) => {
                                setTab('termination-requests');
                                contract.setData(next);
                              }}
                            />
                          ),
                        },
                      ]
                    : []),
                  ...(c.move_out_tasks?.length
                    ? [
                        {
                          key: 'move-out',
                          label: `${t('moveOut.tab')} (${c.move_out_tasks.filter((k) => k.done).length}/${c.move_out_tasks.length})`,
                          children: <MoveOutTable tasks={c.move_out_tasks} staff={staff} />,
                        },
                      ]
                    : []),
                  ...(c.settlement.length
                    ? [
                        {
                          key: 'settlement',
                          label: `${t('settlement.tab')} (${settlementDone}/${c.settlement.length})`,
                          children: <SettlementTable contract={c} canSettle={canSettle} onSettle={setSettling} onChange={contract.setData} />,
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
            <LifecycleCard contract={c} />
            <SigningCard contract={c} />
            {can('billing.read') && <DepositCard contract={c.id} ended={c.status === 'expired' || c.status === 'terminated'} />}
          </div>
        </Col>
      </Row>

      <EditTermsForm open={modal === 'edit'} contract={c} onClose={() => setModal(null)} onDone={contract.setData} />

      <SignForm open={modal === 'sign'} contract={c} onClose={() => setModal(null)} onDone={contract.setData} />

      <TerminateForm
        open={modal === 'terminate'}
        contract={c}
        onClose={() => setModal(null)}
        onDone={(next) => {
          contract.setData(next);
          setTab('settlement');
        }}
      />

      <AmendmentForm
        open={modal === 'amend'}
        contract={c}
        onClose={() => setModal(null)}
        onDone={() => {
          setTab('amendments');
          contract.reload();
        }}
      />

      <RequestTerminationForm
        open={modal === 'request_termination'}
        contract={c}
        onClose={() => setModal(null)}
        onDone={() => {
          setTab('termination-requests');
          contract.reload();
        }}
      />

      <SettleForm contract={c} item={settling} onClose={() => setSettling(null)} onDone={contract.setData} />

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
      <ChangeHistory objectType={HISTORY_TYPES.contract} objectId={id} />
    </PageContainer>
  );
}
