// Data-loss compensation claims (R9.2.2): the customer claims with its evidence and the amount; finance
// assesses (its finding and the amount offered), agrees (the amount reaches the next invoice) or
// rejects with a reason. Each claim's detail opens under its row.
import { Button, Card, Descriptions, Empty, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import { fmtInstant } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { ContractNumber, StatusTag, useContractNumbers, yuan, type Claim } from './shared';

type Claims = components['schemas']['CompensationClaims'];
type Decision = 'assess' | 'agree' | 'reject';

function ClaimForm({ open, numbers, onClose, onDone }: { open: boolean; numbers: Map<number, string>; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<{ contract_id: number; description: string; evidence?: string; claimed_yuan: number }>
      open={open}
      title={t('servicedesk_sla.claims.new')}
      okText={t('servicedesk_sla.claims.submit')}
      testId="claim-form"
      alias={{ claimed_fen: 'claimed_yuan' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.post('/api/v1/servicedesk/levels/claims', {
          contract_id: v.contract_id,
          description: v.description.trim(),
          evidence: v.evidence?.trim() ?? '',
          claimed_fen: Math.round(v.claimed_yuan * 100),
        });
        onDone();
      }}
    >
      <Form.Item name="contract_id" label={t('servicedesk_sla.contract')} rules={[{ required: true, message: t('servicedesk_sla.claims.contractRequired') }]}>
        <Select
          data-testid="claim-contract"
          options={[...numbers.entries()].map(([id, number]) => ({ value: id, label: number }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('servicedesk_sla.claims.description')} rules={[{ required: true, whitespace: true, message: t('servicedesk_sla.claims.descriptionRequired') }]}>
        <Input.TextArea rows={3} maxLength={4000} showCount data-testid="claim-description" />
      </Form.Item>
      <Form.Item name="evidence" label={t('servicedesk_sla.claims.evidence')}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="claim-evidence" />
      </Form.Item>
      <Form.Item name="claimed_yuan" label={t('servicedesk_sla.claims.claimed')} rules={[{ required: true, message: t('servicedesk_sla.claims.claimedRequired') }]}>
        <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="claim-amount" />
      </Form.Item>
    </FormModal>
  );
}

function DecisionForm({ claim, action, onClose, onDone }: { claim: Claim | null; action: Decision | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const open = claim !== null && action !== null;
  return (
    <FormModal<{ assessment?: string; amount_yuan?: number }>
      open={open}
      title={action ? t(`servicedesk_sla.claims.actions.${action}`) : ''}
      okText={action ? t(`servicedesk_sla.claims.actions.${action}`) : undefined}
      testId="claim-decision-form"
      alias={{ amount_fen: 'amount_yuan' }}
      initialValues={{ amount_yuan: claim?.agreed_fen != null ? claim.agreed_fen / 100 : undefined }}
      onClose={onClose}
      onSubmit={async (v) => {
        const body: Record<string, unknown> = { action, row_version: claim!.row_version };
        if (v.assessment?.trim()) body.assessment = v.assessment.trim();
        if (v.amount_yuan != null) body.amount_fen = Math.round(v.amount_yuan * 100);
        await api.post(`/api/v1/servicedesk/levels/claims/${claim!.id}/decision`, body);
        onDone();
      }}
    >
      <Typography.Paragraph type="secondary">{action ? t(`servicedesk_sla.claims.help.${action}`) : ''}</Typography.Paragraph>
      {action !== 'agree' && (
        <Form.Item
          name="assessment"
          label={t(action === 'reject' ? 'servicedesk_sla.claims.reason' : 'servicedesk_sla.claims.assessment')}
          rules={[{ required: true, whitespace: true, message: t('servicedesk_sla.claims.assessmentRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} showCount data-testid="claim-assessment" />
        </Form.Item>
      )}
      {action !== 'reject' && (
        <Form.Item name="amount_yuan" label={t('servicedesk_sla.claims.offered')} rules={action === 'assess' ? [{ required: true, message: t('servicedesk_sla.claims.claimedRequired') }] : []}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="claim-offer" />
        </Form.Item>
      )}
    </FormModal>
  );
}

export default function Claims() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const reviewer = can('service_levels.review');
  const numbers = useContractNumbers();
  const claims = useApi<Claims>('/api/v1/servicedesk/levels/claims');
  const [creating, setCreating] = useState(false);
  const [deciding, setDeciding] = useState<{ claim: Claim; action: Decision } | null>(null);
  const decisions = (c: Claim): Decision[] =>
    c.status === 'submitted' ? ['assess', 'reject'] : c.status === 'assessed' ? ['agree', 'reject'] : [];
  return (
    <Card
      size="small"
      title={t('servicedesk_sla.claims.title')}
      extra={
        isCustomer && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="claim-new">
            {t('servicedesk_sla.claims.new')}
          </Button>
        )
      }
    >
      <Table<Claim>
        data-testid="service-levels-claims"
        rowKey="id"
        size="small"
        loading={claims.loading}
        dataSource={claims.data?.results ?? []}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('servicedesk_sla.claims.none')} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (c) => (
            <Descriptions size="small" column={1} data-testid={`claim-detail-${c.id}`}>
              <Descriptions.Item label={t('servicedesk_sla.claims.description')}>{c.description}</Descriptions.Item>
              <Descriptions.Item label={t('servicedesk_sla.claims.evidence')}>{c.evidence || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('servicedesk_sla.claims.assessment')}>
                {c.assessment ? `${c.assessment}（${c.assessed_by ?? ''} ${fmtInstant(c.assessed_at)}）` : '—'}
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          { title: t('servicedesk_sla.claims.number'), dataIndex: 'number' },
          { title: t('servicedesk_sla.contract'), render: (_, c) => <ContractNumber id={c.contract_id} numbers={numbers} /> },
          { title: t('servicedesk_sla.claims.claimed'), align: 'right', render: (_, c) => yuan(c.claimed_fen) },
          { title: t('servicedesk_sla.claims.offered'), align: 'right', render: (_, c) => yuan(c.agreed_fen) },
          { title: t('servicedesk_sla.status'), render: (_, c) => <StatusTag group="claimStatuses" status={c.status} /> },
          { title: t('servicedesk_sla.claims.created'), render: (_, c) => fmtInstant(c.created_at, 'date') },
          {
            title: t('servicedesk_sla.actionsColumn'),
            render: (_, c) =>
              reviewer ? (
                <Space size={0} wrap>
                  {decisions(c).map((a) => (
                    <Button key={a} type="link" size="small" danger={a === 'reject'} onClick={() => setDeciding({ claim: c, action: a })} data-testid={`claim-${a}-${c.id}`}>
                      {t(`servicedesk_sla.claims.actions.${a}`)}
                    </Button>
                  ))}
                </Space>
              ) : null,
          },
        ]}
      />
      <ClaimForm open={creating} numbers={numbers} onClose={() => setCreating(false)} onDone={() => { setCreating(false); claims.reload(); }} />
      <DecisionForm
        claim={deciding?.claim ?? null}
        action={deciding?.action ?? null}
        onClose={() => setDeciding(null)}
        onDone={() => { setDeciding(null); claims.reload(); }}
      />
    </Card>
  );
}
