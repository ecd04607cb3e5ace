// A modal form that submits to the API and shows problem+json errors next to their fields.
import { Form, Modal, type FormInstance } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../lib/useSubmit';

interface Props<V> {
  open: boolean;
  title: ReactNode;
  initialValues?: Partial<V>;
  /** Resolve to close; throw an ApiError to show it. */
  onSubmit: (values: V, form: FormInstance<V>) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
  okText?: ReactNode;
  width?: number;
  /** API field names that differ from form field names. */
  alias?: Record<string, string>;
  testId?: string;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
}

/**
 * Each time the dialog opens it gets a form of its own, filled from `initialValues`: a form store
 * kept from the previous opening would show that record's values (or the new form's defaults)
 * when another record is opened for editing right after.
 */
export default function FormModal<V extends object>(props: Props<V>) {
  const openings = useRef(0);
  const wasOpen = useRef(false);
  if (props.open && !wasOpen.current) openings.current += 1;
  wasOpen.current = props.open;
  return <FormModalBody<V> key={openings.current} {...props} />;
}

function FormModalBody<V extends object>({
  open,
  title,
  initialValues,
  onSubmit,
  onClose,
  children,
  okText,
  width = 560,
  alias,
  testId,
  onValuesChange,
}: Props<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const submit = useSubmit(form, alias);
  useEffect(() => {
    if (open) submit.clear();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={submit.submitting}
      destroyOnHidden
      maskClosable={false}
      okButtonProps={{ 'data-testid': 'modal-ok' } as never}
      onOk={async () => {
        let values: V;
        try {
          values = await form.validateFields();
        } catch {
          return;
        }
        let ok = false;
        await submit.run(async () => {
          await onSubmit(values, form);
          ok = true;
        });
        if (ok) onClose();
      }}
    >
      <div data-testid={testId}>
        {submit.alert}
        <Form<V> form={form} layout="vertical" preserve={false} initialValues={initialValues as never} onValuesChange={onValuesChange} requiredMark="optional">
          {children}
        </Form>
      </div>
    </Modal>
  );
}
