import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../../../../i18n/messages';
import { sharedMessages } from './shared-messages';

/**
 * A create form in a dialog: 提交 validates every field first (nothing is sent while one is wrong);
 * 取消 clears what was typed. The form stays mounted so its instance is always connected.
 */
export function FormModal<V>({
  title,
  open,
  form,
  busy,
  onCancel,
  onFinish,
  initialValues,
  testId,
  width,
  children,
}: {
  title: string;
  open: boolean;
  form: FormInstance<V>;
  busy: boolean;
  onCancel: () => void;
  onFinish: (values: V) => void | Promise<void>;
  initialValues?: Partial<V>;
  testId?: string;
  width?: number;
  children: ReactNode;
}) {
  const t = useMessages(sharedMessages);
  return (
    <Modal
      open={open}
      title={title}
      okText={t('submit')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onCancel();
      }}
      width={width}
      forceRender
    >
      <Form<V>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues}
        data-testid={testId}
        scrollToFirstError
      >
        {children}
      </Form>
    </Modal>
  );
}
