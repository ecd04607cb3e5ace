import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldError } from '../api/client';

/**
 * What to say about a failed request. The server answers in the language the page asked for
 * (Accept-Language), from its message catalogue, naming the objects by their numbers: its detail
 * is the message. The web's own texts remain for what the server cannot say: no connection, an
 * answer that is not problem+json (a proxy's), and the sign-in wait that counts down here.
 */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  return (e: ApiError): { title: string; detail?: string } => {
    const code = e.code ?? (e.status === 0 ? 'network' : undefined);
    const fromServer = e.code && e.problem.detail ? e.problem.detail : undefined;
    if (code === 'auth.rate_limited' && e.retryAfter)
      return { title: t('problem.auth_rate_limited', { seconds: e.retryAfter }) };
    if (fromServer) return { title: fromServer };
    const key = code ? `problem.${code.replace(/\./g, '_')}` : undefined;
    if (key && i18n.exists(key)) return { title: t(key, { seconds: e.retryAfter ?? 60 }) };
    return { title: e.problem.title || t('problem.generic'), detail: e.problem.detail };
  };
}

export default function ProblemAlert({
  error,
  rest,
  style,
}: {
  error: ApiError;
  rest?: FieldError[];
  style?: React.CSSProperties;
}) {
  const text = useProblemText();
  const { title, detail } = text(error);
  const fields = rest ?? [];
  return (
    <Alert
      type={error.status >= 500 || error.status === 0 ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16, ...style }}
      message={title}
      data-testid="problem"
      description={
        detail || fields.length ? (
          <>
            {detail && <div>{detail}</div>}
            {fields.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {fields.map((f, i) => (
                  <li key={i}>
                    <code>{f.field}</code>: {f.message}
                  </li>
                ))}
              </ul>
            )}
            {error.problem.request_id && error.status >= 500 && (
              <div style={{ opacity: 0.7, marginTop: 4 }}>request id {error.problem.request_id}</div>
            )}
          </>
        ) : undefined
      }
    />
  );
}
