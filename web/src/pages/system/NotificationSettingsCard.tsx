// One's own notification e-mail on the Account page: the address, e-mail on or off, its language.
import { App, Button, Card, Form, Input, Select, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { NotificationSettings } from '../../api/types';
import { useApi } from '../../lib/useApi';
import { useSubmit } from '../../lib/useSubmit';

export default function NotificationSettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useApi<NotificationSettings>('/api/v1/me/notification-settings');
  const [form] = Form.useForm<NotificationSettings>();
  const submit = useSubmit(form);
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  return (
    <Card title={t('delivery.settings.title')} style={{ marginTop: 16 }} data-testid="notification-settings">
      <Typography.Paragraph type="secondary">{t('delivery.settings.help')}</Typography.Paragraph>
      {submit.alert}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 420 }}
        disabled={!settings.data}
        onFinish={(v) =>
          submit.run(async () => {
            const saved = await api.put<NotificationSettings>('/api/v1/me/notification-settings', v);
            form.setFieldsValue(saved);
            message.success(t('common.saved'));
          })
        }
      >
        <Form.Item name="email" label={t('delivery.settings.email')} extra={t('delivery.settings.emailHelp')}>
          <Input type="email" maxLength={254} autoComplete="email" placeholder="name@example.com" data-testid="settings-email" />
        </Form.Item>
        <Form.Item name="email_enabled" label={t('delivery.settings.emailEnabled')} valuePropName="checked">
          <Switch data-testid="settings-email-enabled" />
        </Form.Item>
        <Form.Item name="language" label={t('delivery.settings.language')}>
          <Select
            style={{ width: 200 }}
            data-testid="settings-language"
            options={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en-US', label: 'English' },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="settings-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
