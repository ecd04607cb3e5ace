import { IdcardOutlined, LogoutOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useRoleLabel } from '../lib/roles';

export default function UserMenu() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const roleLabel = useRoleLabel();
  if (!user) return null;
  const name = user.display_name || user.username;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: (
              <div style={{ lineHeight: 1.4 }}>
                <div style={{ color: 'rgba(0,0,0,0.88)' }}>{name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {user.username} · {user.roles.map(roleLabel).join(', ')}
                </Typography.Text>
              </div>
            ),
          },
          { type: 'divider' },
          { key: 'account', icon: <IdcardOutlined />, label: <span data-testid="menu-account">{t('nav.account')}</span> },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="menu-logout">{t('auth.logout')}</span> },
        ],
        onClick: async ({ key }) => {
          if (key === 'account') navigate('/account');
          if (key === 'logout') {
            await logout();
            navigate('/login', { replace: true });
          }
        },
      }}
    >
      <Space className="user-menu" data-testid="user-menu" style={{ cursor: 'pointer' }}>
        <Avatar size="small" style={{ background: '#1677ff' }}>
          {name.slice(0, 1).toUpperCase()}
        </Avatar>
        <span className="user-menu-name">{name}</span>
      </Space>
    </Dropdown>
  );
}
