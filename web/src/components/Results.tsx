import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ApiError } from '../api/client';
import { useProblemText } from './ProblemAlert';

export function NotFoundResult() {
  const { t } = useTranslation();
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={t('result.notFound.title')}
        subTitle={t('result.notFound.text')}
        extra={
          <Link to="/">
            <Button type="primary">{t('result.home')}</Button>
          </Link>
        }
      />
    </div>
  );
}

export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <div data-testid="forbidden">
      <Result
        status="403"
        title={t('result.forbidden.title')}
        subTitle={t('result.forbidden.text')}
        extra={
          <Link to="/">
            <Button type="primary">{t('result.home')}</Button>
          </Link>
        }
      />
    </div>
  );
}

/** What a page shows when loading its object failed: not-found for 404, the problem otherwise. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useProblemText();
  if (error.status === 404) return <NotFoundResult />;
  if (error.status === 403) return <ForbiddenResult />;
  const { title, detail } = text(error);
  return (
    <Result
      status="error"
      title={title}
      subTitle={detail}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
