import { TranslationOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

const NAMES: Record<Language, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

export default function LanguageSwitch({ dark }: { dark?: boolean }) {
  const { i18n } = useTranslation();
  const current = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en-US';
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [current],
        items: LANGUAGES.map((l) => ({
          key: l,
          label: <span data-testid={`lang-${l}`}>{NAMES[l]}</span>,
        })),
        onClick: ({ key }) => setLanguage(key as Language),
      }}
    >
      <Button type="text" icon={<TranslationOutlined />} data-testid="lang-switch" style={dark ? { color: '#fff' } : undefined}>
        {NAMES[current]}
      </Button>
    </Dropdown>
  );
}
