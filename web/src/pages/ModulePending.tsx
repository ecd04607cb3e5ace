// Placeholder for the applications and contracts pages: the registry shows their entries only
// when the server has the API, and their module replaces this page with real ones.
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import PageContainer from '../components/PageContainer';

export default function ModulePending() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('pending.title')}>
      <Result status="info" title={t('pending.title')} subTitle={t('pending.text')} />
    </PageContainer>
  );
}
