// The staff console: grouped sider menu, header with language and user menu, page below.
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import HeaderSearch from '../components/HeaderSearch';
import LanguageSwitch from '../components/LanguageSwitch';
import NotificationBell from '../components/NotificationBell';
import UserMenu from '../components/UserMenu';
import Brand from './Brand';
import { useMenu } from './useMenu';

const COLLAPSE_KEY = 'colo.sider.collapsed';

export default function ConsoleLayout() {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSE_KEY) === '1');
  const { items, selected } = useMenu(true);
  const toggle = () => {
    localStorage.setItem(COLLAPSE_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };
  return (
    <Layout className="console" data-testid="console-layout">
      <Layout.Sider
        width={224}
        collapsedWidth={64}
        collapsed={collapsed}
        theme="dark"
        className="console-sider"
        breakpoint="lg"
        onBreakpoint={(broken) => setCollapsed(broken)}
        trigger={null}
      >
        <Brand collapsed={collapsed} dark />
        <Menu theme="dark" mode="inline" items={items} selectedKeys={selected} className="console-menu" data-testid="side-menu" />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console-header">
          <Button
            type="text"
            aria-label={t(collapsed ? 'layout.expand' : 'layout.collapse')}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={toggle}
          />
          <Space size="middle">
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
