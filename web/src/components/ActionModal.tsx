// Taking a workflow action with a comment, shared by the application and contract pages.
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import FormModal from './FormModal';

/** Actions that need a reason (the server refuses them without a comment). */
export const NEEDS_COMMENT = new Set(['reject', 'return']);

/**
 * Takes a workflow action with an optional comment (required for reject and return). `path` is the
 * transitions endpoint; `onDone` gets the server's answer.
 */
export default function ActionModal<T>({
  action,
  path,
  ns = 'applications',
  onClose,
  onDone,
}: {
  action: string | null;
  path: string;
  /** Translation namespace: <ns>.actions.<action> and <ns>.actionHelp.<action>. */
  ns?: string;
  onClose: () => void;
  onDone: (result: T) => void;
}) {
  const { t } = useTranslation();
  const required = !!action && NEEDS_COMMENT.has(action);
  return (
    <FormModal<{ comment?: string }>
      open={action !== null}
      title={action ? t(`${ns}.actions.${action}`) : ''}
      okText={action ? t(`${ns}.actions.${action}`) : undefined}
      onClose={onClose}
      testId="action-form"
      onSubmit={async (v) => {
        const result = await api.post<T>(path, { action, comment: v.comment?.trim() ?? '' });
        onDone(result);
      }}
    >
      <Typography.Paragraph type="secondary">{action ? t(`${ns}.actionHelp.${action}`) : ''}</Typography.Paragraph>
      <Form.Item
        name="comment"
        label={required ? t('applications.reason') : t('applications.comment')}
        rules={required ? [{ required: true, whitespace: true, message: t('applications.reasonRequired') }] : []}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="action-comment" />
      </Form.Item>
    </FormModal>
  );
}
