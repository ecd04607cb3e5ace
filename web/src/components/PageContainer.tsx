import { Breadcrumb, Space, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export interface Crumb {
  title: ReactNode;
  path?: string;
}

interface Props {
  title: ReactNode;
  /** Plain text for the browser tab when `title` is not a string. */
  docTitle?: string;
  subTitle?: ReactNode;
  tags?: ReactNode;
  crumbs?: Crumb[];
  extra?: ReactNode;
  children?: ReactNode;
  testId?: string;
}

/** Breadcrumbs, a title line with actions, then the page. */
export default function PageContainer({ title, docTitle, subTitle, tags, crumbs, extra, children, testId }: Props) {
  const { t } = useTranslation();
  const text = docTitle ?? (typeof title === 'string' ? title : undefined);
  useEffect(() => {
    document.title = text ? `${text} · ${t('app.name')}` : t('app.name');
  }, [text, t]);
  return (
    <div className="page" data-testid={testId}>
      <div className="page-header">
        {crumbs && crumbs.length > 0 && (
          <Breadcrumb
            className="page-breadcrumb"
            items={crumbs.map((c) => ({ title: c.path ? <Link to={c.path}>{c.title}</Link> : c.title }))}
          />
        )}
        <div className="page-heading">
          <Space size="middle" align="center" wrap>
            <Typography.Title level={3} className="page-title">
              {title}
            </Typography.Title>
            {tags}
            {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
          </Space>
          {extra && <Space wrap>{extra}</Space>}
        </div>
      </div>
      <div className="page-body">{children}</div>
    </div>
  );
}
