import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { SignIn, TotpEnrolment } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import LanguageSwitch from '../components/LanguageSwitch';
import { useProblemText } from '../components/ProblemAlert';
import { CodeForm, EnrolmentPanel, RecoveryCodesModal } from './security/TwoFactor';

function RackArt() {
  const racks = [0, 1, 2, 3];
  return (
    <svg className="login-racks" width="460" height="360" viewBox="0 0 460 360" aria-hidden>
      {racks.map((r) => (
        <g key={r} transform={`translate(${r * 112},0)`}>
          <rect width="100" height="360" rx="6" fill="#fff" />
          {Array.from({ length: 16 }, (_, i) => (
            <rect key={i} x="10" y={12 + i * 21} width="80" height="15" rx="2" fill={(i + r) % 3 ? '#1668dc' : '#001529'} />
          ))}
        </g>
      ))}
    </svg>
  );
}

/** The second step a right password leads to: a code (or recovery code), or enrolment first. */
function SecondStep({ pending, onDone, onBack }: { pending: SignIn; onDone: (s: SignIn) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [recovery, setRecovery] = useState(false);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [finished, setFinished] = useState<SignIn | null>(null);
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, code: 'network', detail: String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const send = (body: { code?: string; recovery_code?: string }) =>
    run(async () => {
      const s = await api.post<SignIn>('/api/v1/auth/login/totp', { challenge: pending.challenge, ...body });
      if (s.recovery_codes?.length) setFinished(s);
      else onDone(s);
    });
  const enrolling = pending.second_factor === 'totp_enrol';
  return (
    <div data-testid="login-second-step">
      <Typography.Title level={2}>{enrolling ? t('security.enrolTitle') : t('security.stepTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{enrolling ? t('security.enrolHelp') : t('security.stepHelp')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon data-testid="login-error" style={{ marginBottom: 16 }} message={problemText(error).title} />}
      {enrolling && !enrolment && (
        <Button type="primary" loading={busy} data-testid="totp-start-enrol" onClick={() => run(async () => setEnrolment(await api.post<TotpEnrolment>('/api/v1/auth/login/enrol', { challenge: pending.challenge })))}>
          {t('security.startEnrol')}
        </Button>
      )}
      {enrolling && enrolment && <EnrolmentPanel enrolment={enrolment} busy={busy} onCode={(code) => send({ code })} />}
      {!enrolling && !recovery && <CodeForm busy={busy} submitText={t('security.verify')} onCode={(code) => send({ code })} />}
      {!enrolling && recovery && (
        <Form layout="vertical" requiredMark={false} onFinish={(v: { recovery_code: string }) => send({ recovery_code: v.recovery_code.trim() })}>
          <Form.Item name="recovery_code" label={t('security.recoveryCode')} rules={[{ required: true, message: t('security.codeRequired') }]}>
            <Input className="mono" placeholder={t('security.recoveryPlaceholder')} autoComplete="off" data-testid="recovery-code" autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="recovery-submit">
            {t('security.verify')}
          </Button>
        </Form>
      )}
      <div style={{ marginTop: 24, display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between' }}>
        {!enrolling && (
          <Button type="link" style={{ padding: 0 }} onClick={() => setRecovery((r) => !r)} data-testid="toggle-recovery">
            {recovery ? t('security.useCode') : t('security.useRecovery')}
          </Button>
        )}
        <Button type="link" style={{ padding: 0 }} onClick={onBack}>
          {t('security.back')}
        </Button>
      </div>
      <RecoveryCodesModal codes={finished?.recovery_codes ?? null} onDone={() => finished && onDone(finished)} />
    </div>
  );
}

export default function Login() {
  const { t } = useTranslation();
  const { user, login, finishSignIn, expired } = useAuth();
  const [pending, setPending] = useState<SignIn | null>(null);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const problemText = useProblemText();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(0);

  useEffect(() => {
    document.title = `${t('auth.login')} · ${t('app.name')}`;
  }, [t]);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  if (user) return <Navigate to={target} replace />;

  const onFinish = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const s = await login(v.username.trim(), v.password);
      if (s.second_factor) setPending(s);
      else navigate(target, { replace: true });
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError({ status: 0, code: 'network', detail: String(e) });
      setError(err);
      if (err.code === 'auth.rate_limited') setWait(err.retryAfter ?? 60);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <div className="login-hero">
        <div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 40 }}>
            <img src="/favicon.svg" width={40} height={40} alt="" />
            <span style={{ fontSize: 22, fontWeight: 700, letterSpacing: 1 }}>{t('app.name')}</span>
          </div>
          <h1>{t('login.heroTitle')}</h1>
          <p>{t('login.heroText')}</p>
          <ul>
            <li>▸ {t('login.point1')}</li>
            <li>▸ {t('login.point2')}</li>
            <li>▸ {t('login.point3')}</li>
          </ul>
        </div>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.5)', fontSize: 12 }}>{t('app.footer')}</Typography.Text>
        <RackArt />
      </div>
      <div className="login-panel">
        <div className="login-panel-top">
          <LanguageSwitch />
        </div>
        {pending ? (
          <div className="login-form">
            <SecondStep
              pending={pending}
              onBack={() => setPending(null)}
              onDone={(s) => {
                finishSignIn(s);
                navigate(target, { replace: true });
              }}
            />
          </div>
        ) : (
        <div className="login-form">
          <Typography.Title level={2}>{t('auth.login')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          {expired && !error && <Alert type="info" showIcon message={t('login.expired')} style={{ marginBottom: 16 }} />}
          {error && (
            <Alert
              type="error"
              showIcon
              data-testid="login-error"
              style={{ marginBottom: 16 }}
              message={
                error.code === 'auth.rate_limited' ? t('problem.auth_rate_limited', { seconds: wait || error.retryAfter || 60 }) : problemText(error).title
              }
            />
          )}
          <Form layout="vertical" size="large" onFinish={onFinish} requiredMark={false} data-testid="login-form">
            <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} disabled={wait > 0} data-testid="login-submit">
              {wait > 0 ? t('login.waitSeconds', { seconds: wait }) : t('auth.login')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
            {t('login.help')}
          </Typography.Paragraph>
        </div>
        )}
      </div>
    </div>
  );
}
