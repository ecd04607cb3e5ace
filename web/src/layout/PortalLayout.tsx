// The customer portal: the company's name, a top menu in groups (a drawer on phones) of its own
// devices, addresses, contracts, services and bills, and nothing of any other customer.
import { Layout, Menu, Space, Tag } from 'antd';
import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import HeaderSearch from '../components/HeaderSearch';
import LanguageSwitch from '../components/LanguageSwitch';
import NotificationBell from '../components/NotificationBell';
import UserMenu from '../components/UserMenu';
import Brand from './Brand';
import MenuDrawer from './MenuDrawer';
import { useMenu } from './useMenu';
import { useResponsive } from './useResponsive';
import { useServerTimeZone } from './useServerTimeZone';

export default function PortalLayout() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useServerTimeZone();
  const { phone } = useResponsive();
  const { items, selected, open } = useMenu(false);
  const company = (
    <Tag color="blue" className="portal-company" data-testid="portal-company">
      {user?.customer_name ?? t('portal.customer')}
    </Tag>
  );
  return (
    <Layout className={`portal${phone ? ' is-phone' : ''}`} data-testid="portal-layout">
      <Layout.Header className="portal-header">
        <div className="portal-header-inner">
          {phone ? (
            <Space size={4} align="center" style={{ minWidth: 0, flex: 1 }}>
              <MenuDrawer
                items={items}
                selected={selected}
                open={open}
                header={
                  <div className="menu-drawer-head">
                    <Brand />
                    {company}
                  </div>
                }
              />
              <Brand />
            </Space>
          ) : (
            <Space size="large" align="center" style={{ minWidth: 0, flex: 1 }}>
              <Brand />
              {company}
              <Menu mode="horizontal" items={items} selectedKeys={selected} className="portal-menu" data-testid="top-menu" />
            </Space>
          )}
          <Space size={phone ? 'small' : 'middle'}>
            <HeaderSearch />
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Space>
        </div>
      </Layout.Header>
      <Layout.Content className="portal-content">
        <div className="portal-inner">
          <Outlet />
        </div>
      </Layout.Content>
      <Layout.Footer className="console-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
