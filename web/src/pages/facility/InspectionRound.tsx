// 巡检 — one patrol round walked on a phone (390 px): the route's checkpoints as big buttons, each
// confirmed by scanning its QR code with the camera (BarcodeDetector, where the browser has it) or
// typing the code printed under it (recorded as typed), then its items: yes/no, readings in the
// item's unit with the acceptable range beside them, photos. The server refuses a wrong code or a
// reading in another unit; a failed item opens a ticket there, shown here as a finding.
import { App, Button, Card, Descriptions, Input, InputNumber, Radio, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { PatrolCheckpoint, PatrolRound as RoundAnswer } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import { fmtInstant } from '../../lib/format';

// A round's detail always carries its route, visits, readings, photos and findings.
type PatrolRound = Required<RoundAnswer>;

type Draft = Record<string, { ok?: boolean; value?: number | null }>;

interface Detector {
  detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

// The camera's QR reader, or undefined where the browser has none (then the code is typed).
function detectorClass(): DetectorClass | undefined {
  return (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
}

function Scanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const Detector = detectorClass();
    let stream: MediaStream | undefined;
    let stop = false;
    (async () => {
      try {
        if (!Detector || !navigator.mediaDevices) throw new Error('no detector');
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        if (!video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const detector = new Detector({ formats: ['qr_code'] });
        while (!stop) {
          const codes = await detector.detect(video.current);
          if (codes.length > 0) {
            onCode(codes[0].rawValue);
            return;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      } catch {
        setFailed(true);
      }
    })();
    return () => {
      stop = true;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [onCode]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {failed ? (
        <Typography.Text type="warning">{t('facility_patrol.noCamera')}</Typography.Text>
      ) : (
        <video ref={video} muted playsInline style={{ width: '100%', maxHeight: 260, background: '#000' }} />
      )}
      <Button block onClick={onClose}>
        {t('facility_patrol.cancel')}
      </Button>
    </Space>
  );
}

function CheckpointForm({ round, cp, onSaved }: { round: PatrolRound; cp: PatrolCheckpoint; onSaved: (r: PatrolRound) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [code, setCode] = useState('');
  const [manual, setManual] = useState(true);
  const [scanning, setScanning] = useState(false);
  const [error, setError] = useState<string>();
  const [draft, setDraft] = useState<Draft>(() => {
    const d: Draft = {};
    for (const g of round.readings.filter((x) => x.checkpoint_key === cp.key)) d[g.item_key] = { ok: g.ok ?? undefined, value: g.value ?? undefined };
    return d;
  });
  const editable = round.status === 'in_progress';
  const scanned = useCallback((c: string) => {
    setCode(c);
    setManual(false);
    setScanning(false);
  }, []);
  const save = async () => {
    setError(undefined);
    const results = cp.items
      .filter((i) => i.kind !== 'photo' && draft[i.key] && (i.kind === 'check' ? draft[i.key].ok !== undefined : draft[i.key].value != null))
      .map((i) => (i.kind === 'check' ? { key: i.key, ok: draft[i.key].ok } : { key: i.key, value: draft[i.key].value, unit: i.unit }));
    try {
      const r = await api.post<PatrolRound>(`/api/v1/facility/patrol-rounds/${round.id}/visits`, { checkpoint: cp.key, payload: code, manual, results });
      message.success(t('facility_patrol.saved'));
      onSaved(r);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const upload = async (item: string, file: File) => {
    setError(undefined);
    try {
      onSaved(await api.upload<PatrolRound>(`/api/v1/facility/patrol-rounds/${round.id}/photos`, file, file.type, { checkpoint: cp.key, item }));
      message.success(t('facility_patrol.photoUploaded'));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const failed = (item: string) => round.readings.some((g) => g.checkpoint_key === cp.key && g.item_key === item && g.failed);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={10} data-testid={`checkpoint-form-${cp.key}`}>
      {editable && (
        <Card size="small" title={t('facility_patrol.confirmSpot')} styles={{ body: { padding: 10 } }}>
          {scanning ? (
            <Scanner onCode={scanned} onClose={() => setScanning(false)} />
          ) : (
            <Space direction="vertical" style={{ width: '100%' }}>
              {detectorClass() && (
                <Button block size="large" type="primary" onClick={() => setScanning(true)} data-testid="scan">
                  {t('facility_patrol.scan')}
                </Button>
              )}
              <Input
                size="large"
                value={code}
                placeholder={t('facility_patrol.typeCode')}
                onChange={(e) => {
                  setCode(e.target.value);
                  setManual(true);
                }}
                data-testid="code"
              />
              {code && <Tag color={manual ? 'orange' : 'green'}>{t(manual ? 'facility_patrol.typed' : 'facility_patrol.scanned')}</Tag>}
            </Space>
          )}
        </Card>
      )}
      {cp.items.map((item) => {
        const photos = round.photos.filter((p) => p.checkpoint_key === cp.key && p.item_key === item.key);
        return (
          <Card size="small" key={item.key} data-testid={`item-${item.key}`} styles={{ body: { padding: 10 } }}>
            <Space direction="vertical" style={{ width: '100%' }} size={6}>
              <Space wrap>
                <Typography.Text strong>{item.label}</Typography.Text>
                {item.kind === 'reading' && (
                  <Typography.Text type="secondary">{t('facility_patrol.range', { min: item.min ?? '—', max: item.max ?? '—', unit: item.unit })}</Typography.Text>
                )}
                {failed(item.key) && <Tag color="red">{t('facility_patrol.failed')}</Tag>}
              </Space>
              {item.kind === 'check' && (
                <Radio.Group
                  disabled={!editable}
                  value={draft[item.key]?.ok}
                  onChange={(e) => setDraft({ ...draft, [item.key]: { ok: e.target.value } })}
                  optionType="button"
                  buttonStyle="solid"
                  size="large"
                  options={[
                    { value: true, label: t('facility_patrol.yes') },
                    { value: false, label: t('facility_patrol.no') },
                  ]}
                />
              )}
              {item.kind === 'reading' && (
                <InputNumber
                  size="large"
                  disabled={!editable}
                  value={draft[item.key]?.value}
                  onChange={(v) => setDraft({ ...draft, [item.key]: { value: v } })}
                  addonAfter={item.unit}
                  style={{ width: '100%' }}
                  inputMode="decimal"
                  data-testid={`reading-${item.key}`}
                />
              )}
              {item.kind === 'photo' && (
                <Space wrap>
                  {photos.length > 0 && <Tag color="green">{t('facility_patrol.photos', { count: photos.length })}</Tag>}
                  {editable && (
                    <input
                      type="file"
                      accept="image/jpeg,image/png"
                      capture="environment"
                      data-testid={`photo-${item.key}`}
                      onChange={(e) => e.target.files?.[0] && upload(item.key, e.target.files[0])}
                      style={{ maxWidth: 240 }}
                    />
                  )}
                </Space>
              )}
            </Space>
          </Card>
        );
      })}
      {error && (
        <Typography.Paragraph type="danger" data-testid="patrol-error">
          {error}
        </Typography.Paragraph>
      )}
      {editable && (
        <Button block size="large" type="primary" onClick={save} disabled={!code} data-testid="save-checkpoint">
          {t('facility_patrol.saveCheckpoint')}
        </Button>
      )}
    </Space>
  );
}

export default function InspectionRound() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { id } = useParams();
  const [round, setRound] = useState<PatrolRound>();
  const [open, setOpen] = useState<string>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    api.get<PatrolRound>(`/api/v1/facility/patrol-rounds/${id}`).then(setRound);
  }, [id]);
  useEffect(load, [load]);
  const act = async (path: string, done: string) => {
    setError(undefined);
    try {
      setRound(await api.post<PatrolRound>(`/api/v1/facility/patrol-rounds/${id}/${path}`));
      message.success(t(done));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!round) return <Card loading />;
  const visited = (key: string) => round.visits.some((v) => v.checkpoint_key === key);
  const findings = (key: string) => round.findings.filter((f) => f.checkpoint_key === key);
  const cp = round.checkpoints.find((c) => c.key === open);
  const writer = can('facility.patrol.write');
  return (
    <PageContainer title={round.template_name} testId="patrol-round">
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('facility_patrol.dueAt')}>{fmtInstant(round.due_at)}</Descriptions.Item>
          <Descriptions.Item label={t('facility_patrol.deadline')}>{fmtInstant(round.deadline_at)}</Descriptions.Item>
          <Descriptions.Item label={t('facility_patrol.status')}>
            <Space size={4} wrap>
              <Tag>{t(`facility_patrol.statuses.${round.status}`)}</Tag>
              {round.missed && <Tag color="red">{t('facility_patrol.missed')}</Tag>}
              {round.late && <Tag color="orange">{t('facility_patrol.late')}</Tag>}
              {round.overdue && <Tag color="red">{t('facility_patrol.overdue')}</Tag>}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {round.status === 'due' && writer && (
          <Button block size="large" type="primary" onClick={() => act('start', 'facility_patrol.started')} data-testid="start-round">
            {t('facility_patrol.start')}
          </Button>
        )}
        {cp ? (
          <Card
            size="small"
            title={
              <Space wrap>
                <Button size="small" onClick={() => setOpen(undefined)}>
                  {t('facility_patrol.back')}
                </Button>
                <span>{cp.name}</span>
              </Space>
            }
            styles={{ body: { padding: 10 } }}
          >
            <CheckpointForm
              key={cp.key}
              round={round}
              cp={cp}
              onSaved={(r) => {
                setRound(r);
                if (r.visits.some((v) => v.checkpoint_key === cp.key)) setOpen(undefined);
              }}
            />
          </Card>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="checkpoints">
            {round.checkpoints.map((c, i) => (
              <Button
                key={c.key}
                block
                size="large"
                onClick={() => setOpen(c.key)}
                data-testid={`checkpoint-${c.key}`}
                style={{ height: 'auto', padding: '10px 12px', textAlign: 'left', whiteSpace: 'normal' }}
              >
                <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                  <span>
                    {i + 1}. {c.name} <Typography.Text type="secondary">{t(`facility_patrol.kinds.${c.kind}`)}</Typography.Text>
                  </span>
                  <Space size={4}>
                    {findings(c.key).length > 0 && <Tag color="red">{t('facility_patrol.findings', { count: findings(c.key).length })}</Tag>}
                    <Tag color={visited(c.key) ? 'green' : 'default'}>{t(visited(c.key) ? 'facility_patrol.done' : 'facility_patrol.todo')}</Tag>
                  </Space>
                </Space>
              </Button>
            ))}
          </Space>
        )}
        {round.findings.length > 0 && !cp && (
          <Card size="small" title={t('facility_patrol.findingsTitle')} data-testid="findings" styles={{ body: { padding: 10 } }}>
            {round.findings.map((f) => {
              const c = round.checkpoints.find((x) => x.key === f.checkpoint_key);
              const item = c?.items.find((x) => x.key === f.item_key);
              return (
                <div key={`${f.checkpoint_key}-${f.item_key}`}>
                  <Typography.Text>
                    {c?.name} · {item?.label}
                  </Typography.Text>{' '}
                  {f.order_id ? (
                    <Link to={`/facility/findings/${f.order_id}`} data-testid={`finding-order-${f.checkpoint_key}-${f.item_key}`}>
                      <Tag color={f.severity === 1 ? 'red' : 'orange'}>
                        {t('facility_findings.link')} #{f.order_id}
                      </Tag>
                    </Link>
                  ) : (
                    <Tag color={f.severity === 1 ? 'red' : 'orange'}>{f.ticket_number ?? t('facility_patrol.operationsTold')}</Tag>
                  )}
                </div>
              );
            })}
          </Card>
        )}
        {error && (
          <Typography.Paragraph type="danger" data-testid="round-error">
            {error}
          </Typography.Paragraph>
        )}
        {round.status === 'in_progress' && writer && !cp && (
          <Button block size="large" type="primary" onClick={() => act('submit', 'facility_patrol.submitted')} data-testid="submit-round">
            {t('facility_patrol.submit')}
          </Button>
        )}
        <Button block onClick={() => navigate('/facility/patrol')}>
          {t('facility_patrol.allRounds')}
        </Button>
      </Space>
    </PageContainer>
  );
}
