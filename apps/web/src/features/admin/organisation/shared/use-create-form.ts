import { App, Form } from 'antd';
import { useApiAction } from '../../../../components/use-api-action';

/**
 * What a create dialog does on 提交 once its fields are valid: send them; on a refusal keep the form
 * as typed (useApiAction has said why); on success say so, clear the form and hand back what was made.
 * Spread the result into FormModal (`form`, `busy`, `onFinish`).
 */
export function useCreateForm<V, R>({
  send,
  created,
  onCreated,
}: {
  send: (values: V) => Promise<R>;
  /** The success message, naming what was made. */
  created: (result: R) => string;
  onCreated: (result: R) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const { run, busy } = useApiAction(send);
  const onFinish = async (values: V) => {
    const result = await run(values);
    if (!result) return;
    void message.success(created(result));
    form.resetFields();
    onCreated(result);
  };
  return { form, busy, onFinish };
}
