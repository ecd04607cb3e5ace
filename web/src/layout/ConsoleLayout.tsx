// The staff console: grouped sider menu (a drawer on phones), header with language and user
// menu, page below.
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import HeaderSearch from '../components/HeaderSearch';
import LanguageSwitch from '../components/LanguageSwitch';
import NotificationBell from '../components/NotificationBell';
import UserMenu from '../components/UserMenu';
import Brand from './Brand';
import MenuDrawer from './MenuDrawer';
import { useMenu } from './useMenu';
import { useResponsive } from './useResponsive';
import { useServerTimeZone } from './useServerTimeZone';

const COLLAPSE_KEY = 'colo.sider.collapsed';

export default function ConsoleLayout() {
  const { t } = useTranslation();
  useServerTimeZone();
  const { phone, narrow } = useResponsive();
  const [collapsed, setCollapsed] = useState(() => narrow || localStorage.getItem(COLLAPSE_KEY) === '1');
  const { items, selected } = useMenu(true);
  // Below 992 px the sider folds to its icons (it can still be opened); on a phone it is a drawer.
  useEffect(() => {
    setCollapsed(narrow || localStorage.getItem(COLLAPSE_KEY) === '1');
  }, [narrow]);
  const toggle = () => {
    localStorage.setItem(COLLAPSE_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };
  return (
    <Layout className={`console${phone ? ' is-phone' : ''}`} data-testid="console-layout">
      {!phone && (
        <Layout.Sider width={224} collapsedWidth={64} collapsed={collapsed} theme="dark" className="console-sider" trigger={null}>
          <Brand collapsed={collapsed} dark />
          <Menu theme="dark" mode="inline" items={items} selectedKeys={selected} className="console-menu" data-testid="side-menu" />
        </Layout.Sider>
      )}
      <Layout className="console-main">
        <Layout.Header className="console-header">
          {phone ? (
            <Space size={4} className="console-header-start">
              <MenuDrawer items={items} selected={selected} dark header={<Brand dark />} />
              <Brand collapsed />
            </Space>
          ) : (
            <Button
              type="text"
              aria-label={t(collapsed ? 'layout.expand' : 'layout.collapse')}
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={toggle}
            />
          )}
          {/* The header's middle: room for tools that belong to every page (a search box). */}
          <div className="console-header-middle" />
          <Space size={phone ? 'small' : 'middle'} className="console-header-end">
            <HeaderSearch />
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Space>
        </Layout.Header>
        <Layout.Content className="console-content">
          <Outlet />
        </Layout.Content>
        <Layout.Footer className="console-footer">{t('app.footer')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
