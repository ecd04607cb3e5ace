// Webhook 订阅: external systems receive Colo's events as signed HTTPS POSTs. The signing secret
// is shown once, when the subscription is made.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Switch, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { CreatedWebhook, Webhook } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';

// Topics the modules publish today, offered as suggestions; any topic or prefix may be typed.
const TOPIC_SUGGESTIONS = ['*', 'application.*', 'contract.*', 'application.submitted', 'application.approved', 'contract.activated'];

export default function Webhooks() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const writable = can('webhooks.write');
  const act = async (f: () => Promise<unknown>, done: string) => {
    try {
      await f();
      message.success(done);
      ref.current?.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <PageContainer
      title={t('nav.webhooks')}
      subTitle={t('delivery.webhooks.subtitle')}
      crumbs={[{ title: t('nav.group.system') }, { title: t('nav.webhooks') }]}
      testId="webhooks-page"
      extra={
        writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="webhook-create">
            {t('delivery.webhooks.create')}
          </Button>
        )
      }
    >
      <Card>
        <Typography.Paragraph type="secondary">{t('delivery.webhooks.help')}</Typography.Paragraph>
        <ServerTable<Webhook>
          ref={ref}
          path="/api/v1/webhooks"
          table={table}
          testId="webhooks-table"
          exportable={false}
          columns={[
            { title: t('delivery.webhooks.name'), dataIndex: 'name' },
            { title: t('delivery.webhooks.url'), dataIndex: 'url', ellipsis: true, render: (v) => <span className="mono">{v}</span> },
            {
              title: t('delivery.webhooks.topics'),
              dataIndex: 'topics',
              render: (topics: string[]) => topics.map((x) => <Tag key={x} bordered={false} className="mono">{x === '*' ? t('delivery.webhooks.allTopics') : x}</Tag>),
            },
            {
              title: t('delivery.webhooks.active'),
              dataIndex: 'active',
              width: 90,
              render: (a: boolean, w) => (
                <Switch
                  size="small"
                  checked={a}
                  disabled={!writable}
                  data-testid={`webhook-active-${w.id}`}
                  onChange={(v) => act(() => api.patch(`/api/v1/webhooks/${w.id}`, { active: v }), v ? t('delivery.webhooks.enabled') : t('delivery.webhooks.disabled'))}
                />
              ),
            },
            { title: t('common.createdAt'), dataIndex: 'created_at', width: 170, render: (v) => <DateTime value={v} /> },
            ...(writable
              ? [
                  {
                    title: '',
                    key: 'remove',
                    width: 90,
                    render: (_: unknown, w: Webhook) => (
                      <Popconfirm
                        title={t('delivery.webhooks.removeConfirm')}
                        okText={t('delivery.webhooks.remove')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() => act(() => api.del(`/api/v1/webhooks/${w.id}`), t('delivery.webhooks.removed'))}
                      >
                        <Button type="text" danger size="small" icon={<DeleteOutlined />} data-testid={`webhook-remove-${w.id}`}>
                          {t('delivery.webhooks.remove')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<{ name: string; url: string; topics: string[] }>
        open={creating}
        title={t('delivery.webhooks.create')}
        okText={t('delivery.webhooks.create')}
        onClose={() => setCreating(false)}
        testId="webhook-form"
        onSubmit={async (v) => {
          const w = await api.post<CreatedWebhook>('/api/v1/webhooks', v);
          setCreating(false);
          setCreated(w);
          ref.current?.reload();
        }}
      >
        <Form.Item name="name" label={t('delivery.webhooks.name')} rules={[{ required: true }]}>
          <Input maxLength={100} placeholder={t('delivery.webhooks.namePlaceholder')} data-testid="webhook-name" />
        </Form.Item>
        <Form.Item name="url" label={t('delivery.webhooks.url')} rules={[{ required: true }]} extra={t('delivery.webhooks.urlHelp')}>
          <Input maxLength={2000} placeholder="https://erp.example.com/colo/events" data-testid="webhook-url" />
        </Form.Item>
        <Form.Item name="topics" label={t('delivery.webhooks.topics')} rules={[{ required: true }]} extra={t('delivery.webhooks.topicsHelp')}>
          <Select mode="tags" tokenSeparators={[',', ' ']} options={TOPIC_SUGGESTIONS.map((x) => ({ value: x, label: x }))} data-testid="webhook-topics" />
        </Form.Item>
      </FormModal>
      <Modal
        open={!!created}
        title={t('delivery.webhooks.createdTitle')}
        onCancel={() => setCreated(null)}
        maskClosable={false}
        footer={
          <Button type="primary" onClick={() => setCreated(null)} data-testid="webhook-secret-done">
            {t('delivery.webhooks.stored')}
          </Button>
        }
      >
        <Alert type="warning" showIcon message={t('delivery.webhooks.secretOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph copyable={{ text: created?.secret ?? '', tooltips: [t('common.copy'), t('common.copied')] }} className="token-secret mono" data-testid="webhook-secret">
          {created?.secret}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('delivery.webhooks.signatureHelp')} <code>X-Colo-Signature: sha256=HMAC-SHA256(secret, X-Colo-Timestamp + "." + body)</code>
        </Typography.Paragraph>
      </Modal>
    </PageContainer>
  );
}
