import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import { canAdminister } from '../shared/roles';
import type { Volunteer } from '../shared/types';
import { accountsMessages } from './accounts-messages';
import { InitialPasswordDialog } from './initial-password-dialog';
import {
  createVolunteerLogin,
  VOLUNTEER_LOGIN_DEFAULTS,
  VolunteerLoginFields,
  volunteerLoginOf,
  type VolunteerLoginValues,
} from './volunteer-login';

/**
 * 创建登录账号 for a volunteer already registered (a volunteer's row or drawer): the login alone, as
 * 同时创建登录账号 does at registration. Administrators only; a refusal stays in the dialog for a retry.
 */
export function CreateVolunteerLoginButton({ volunteer }: { volunteer: Volunteer }) {
  const t = useMessages(accountsMessages);
  const { language } = useLanguage();
  const me = useMe();
  const [form] = Form.useForm<VolunteerLoginValues>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [shown, setShown] = useState<{ username: string; password: string }>();

  if (!canAdminister(me) || volunteer.status !== 'active') return null;

  const close = () => {
    form.resetFields();
    setProblem(undefined);
    setOpen(false);
  };

  const submit = async (values: VolunteerLoginValues) => {
    const login = volunteerLoginOf({ ...values, createLogin: true }, volunteer)!;
    setBusy(true);
    setProblem(undefined);
    try {
      await createVolunteerLogin(volunteer, login);
      close();
      setShown(login);
    } catch (error) {
      setProblem(describeProblem(error, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<KeyOutlined />} onClick={() => setOpen(true)} data-testid="create-volunteer-login">
        {t('createLoginButton')}
      </Button>
      <Modal
        open={open}
        title={t('createLoginFor', { name: volunteer.name, volunteerNo: volunteer.volunteerNo })}
        okText={t('create')}
        cancelText={t('cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={close}
        zIndex={1100}
        forceRender
      >
        {problem && (
          <Alert type="error" showIcon role="alert" message={problem} style={{ marginBottom: 16 }} />
        )}
        <Form<VolunteerLoginValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ ...VOLUNTEER_LOGIN_DEFAULTS, createLogin: true }}
          data-testid="volunteer-login-form"
        >
          <VolunteerLoginFields withoutCheckbox />
        </Form>
      </Modal>
      <InitialPasswordDialog
        shown={shown}
        title={t('loginCreatedTitle')}
        onClose={() => setShown(undefined)}
      />
    </>
  );
}
