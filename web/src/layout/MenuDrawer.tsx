// The menu on a phone: a drawer from the left, opened by the header's menu button and closed by
// choosing an entry (or by navigating any other way).
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Menu, type MenuProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

// The dark menu's own background (Ant Design's colorBgContainer of the dark menu), for the whole drawer.
const DARK_MENU = '#001529';

interface Props {
  items: NonNullable<MenuProps['items']>;
  selected: string[];
  /** Submenus open when the drawer first opens (the one holding the current page). */
  open?: string[];
  dark?: boolean;
  /** Shown above the menu (the brand, the customer's name). */
  header?: ReactNode;
}

export default function MenuDrawer({ items, selected, open: openKeys, dark, header }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setOpen(false), [location.pathname]);
  return (
    <>
      <Button
        type="text"
        className="menu-drawer-button"
        aria-label={t('phone.openMenu')}
        icon={<MenuOutlined />}
        onClick={() => setOpen(true)}
        data-testid="menu-drawer-open"
      />
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="left"
        width={272}
        closable={false}
        className={`menu-drawer${dark ? ' menu-drawer-dark' : ''}`}
        styles={{ body: { padding: 0, background: dark ? DARK_MENU : undefined } }}
        rootClassName="menu-drawer-root"
      >
        <div data-testid="menu-drawer">
          {header}
          <Menu
            theme={dark ? 'dark' : 'light'}
            mode="inline"
            items={items}
            selectedKeys={selected}
            defaultOpenKeys={openKeys}
            onClick={() => setOpen(false)}
          />
        </div>
      </Drawer>
    </>
  );
}
