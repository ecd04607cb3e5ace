// 整改单 — one rectification order on a phone: what was found where, the deadline, and the step
// the caller may take next (assign, rectify with a note, verify — by someone other than the
// rectifier, which the server enforces —, send back or dismiss as not a defect with the reason),
// then every step taken as a timeline.
import { Button, Card, Descriptions, Input, Space, Timeline, Typography } from 'antd';
import { App } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { RectificationOrderView } from '../../api/schema';
import PageContainer from '../../components/PageContainer';
import { fmtInstant } from '../../lib/format';
import { OrderTags, readingText } from './Findings';

type Action = 'assign' | 'rectify' | 'verify' | 'reopen' | 'dismiss';

export default function FindingDetail() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id } = useParams();
  const [view, setView] = useState<RectificationOrderView>();
  const [text, setText] = useState<Partial<Record<Action, string>>>({});
  const [error, setError] = useState<string>();
  const [photoKey, setPhotoKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const load = useCallback(() => {
    api.get<RectificationOrderView>(`/api/v1/facility/findings/${id}`).then(setView);
  }, [id]);
  useEffect(load, [load]);
  if (!view) return <Card loading />;
  const o = view.order;
  const act = async (action: Action) => {
    setError(undefined);
    const value = (text[action] ?? '').trim();
    try {
      const body = action === 'assign' ? { assignee: value } : value ? { note: value } : {};
      setView(await api.post<RectificationOrderView>(`/api/v1/facility/findings/${id}/${action}`, body));
      setText({});
      message.success(t(`facility_findings.done.${action}`));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const upload = async (file: File) => {
    setError(undefined);
    try {
      setView(await api.upload<RectificationOrderView>(`/api/v1/facility/findings/${id}/photo`, file, file.type));
      setPhotoKey(Date.now());
      message.success(t('facility_findings.photoUploaded'));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const canPhoto = view.actions.includes('rectify') || view.actions.includes('verify');
  const field = (action: Action, multiline: boolean) =>
    multiline ? (
      <Input.TextArea
        rows={2}
        value={text[action]}
        placeholder={t(`facility_findings.placeholders.${action}`)}
        onChange={(e) => setText({ ...text, [action]: e.target.value })}
        data-testid={`${action}-text`}
      />
    ) : (
      <Input
        size="large"
        value={text[action]}
        placeholder={t(`facility_findings.placeholders.${action}`)}
        onChange={(e) => setText({ ...text, [action]: e.target.value })}
        data-testid={`${action}-text`}
      />
    );
  const step = (action: Action, input: 'none' | 'line' | 'text', danger = false) =>
    view.actions.includes(action) && (
      <Space direction="vertical" style={{ width: '100%' }} key={action}>
        {input !== 'none' && field(action, input === 'text')}
        <Button block size="large" type={danger ? 'default' : 'primary'} danger={danger} onClick={() => act(action)} data-testid={`${action}-button`}>
          {t(`facility_findings.actions.${action}`)}
        </Button>
      </Space>
    );
  return (
    <PageContainer title={`${o.checkpoint_name} · ${o.item_label}`} testId="finding-detail">
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <OrderTags o={o} />
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('facility_findings.reading')}>{readingText(o.reading, t)}</Descriptions.Item>
          <Descriptions.Item label={t('facility_findings.route')}>
            <Link to={`/facility/patrol/rounds/${o.round_id}`}>{o.template_name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('facility_findings.deadline')}>
            <Typography.Text type={o.overdue ? 'danger' : undefined}>{fmtInstant(o.deadline_at)}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('facility_findings.assignee')}>{o.assignee ?? '—'}</Descriptions.Item>
          {o.rectification_note && <Descriptions.Item label={t('facility_findings.note')}>{o.rectification_note}</Descriptions.Item>}
          {o.verified_by && <Descriptions.Item label={t('facility_findings.verifiedBy')}>{o.verified_by}</Descriptions.Item>}
          {o.dismiss_reason && <Descriptions.Item label={t('facility_findings.dismissReason')}>{o.dismiss_reason}</Descriptions.Item>}
        </Descriptions>
        {o.has_photo && (
          <img
            src={`/api/v1/facility/findings/${o.id}/photo?v=${photoKey}`}
            alt={t('facility_findings.photo')}
            style={{ width: '100%', maxWidth: 480, maxHeight: 260, objectFit: 'contain', borderRadius: 6, background: '#f5f5f5' }}
            data-testid="finding-photo"
          />
        )}
        {canPhoto && (
          <>
            {/* The browser's own file control speaks its own language; a button in ours opens it. */}
            <input
              ref={fileInput}
              type="file"
              accept="image/jpeg,image/png"
              capture="environment"
              data-testid="finding-photo-input"
              onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
              style={{ display: 'none' }}
            />
            <Button block size="large" icon={<CameraOutlined />} onClick={() => fileInput.current?.click()} data-testid="finding-photo-button">
              {t(o.has_photo ? 'facility_findings.replacePhoto' : 'facility_findings.addPhoto')}
            </Button>
          </>
        )}
        {step('assign', 'line')}
        {step('rectify', 'text')}
        {step('verify', 'none')}
        {step('reopen', 'text', true)}
        {step('dismiss', 'text', true)}
        {error && (
          <Typography.Paragraph type="danger" data-testid="finding-error">
            {error}
          </Typography.Paragraph>
        )}
        <Card size="small" title={t('facility_findings.timeline')} styles={{ body: { padding: 12 } }}>
          <Timeline
            data-testid="finding-timeline"
            items={view.timeline.map((s) => ({
              children: (
                <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
                  <Typography.Text strong>
                    {t(`facility_findings.steps.${s.action}`)} · {!s.actor || s.actor === 'system' ? t('facility_findings.system') : s.actor}
                  </Typography.Text>
                  <Typography.Text type="secondary">{fmtInstant(s.at)}</Typography.Text>
                  {s.comment && (
                    <Typography.Text style={{ wordBreak: 'break-word' }}>
                      {s.action === 'assign' ? t('facility_findings.assignedTo', { name: s.comment }) : s.comment}
                    </Typography.Text>
                  )}
                </Space>
              ),
            }))}
          />
        </Card>
        <Link to="/facility/findings">{t('facility_findings.all')}</Link>
      </Space>
    </PageContainer>
  );
}
