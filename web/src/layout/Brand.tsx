import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export default function Brand({ collapsed, dark }: { collapsed?: boolean; dark?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className={`brand${dark ? ' brand-dark' : ''}`}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {!collapsed && (
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-sub">{t('app.tagline')}</span>
        </span>
      )}
    </Link>
  );
}
