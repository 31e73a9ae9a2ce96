import { App, Form, Input, Select } from 'antd';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { roleLabels } from '../shared/labels';
import { PartnerSelect } from '../shared/partner-select';
import { RegionField } from '../shared/region-field';
import { ROLES, type Account } from '../shared/types';
import { VolunteerSelect } from '../shared/volunteer-select';
import { accountsMessages } from './accounts-messages';

/** The API's rules for an account (CreateAccountDto). */
const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/i;
export const PASSWORD_MIN = 8;
const PASSWORD_MAX = 256;

type Role = (typeof ROLES)[number];

interface AccountFormValues {
  username: string;
  password: string;
  passwordAgain: string;
  role: Role;
  regionCode: string;
  partnerId?: string;
  volunteerId?: string;
}

/** 新建账号 (administrators): a partner account names its venue, a volunteer account its volunteer. */
export function CreateAccountModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (account: Account) => void;
}) {
  const t = useMessages(accountsMessages);
  const role = useMessages(roleLabels);
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountFormValues>();
  const chosenRole = Form.useWatch('role', form);
  const { run, busy } = useApiAction((values: AccountFormValues) =>
    api.post<Account>('/accounts', {
      username: values.username.trim(),
      password: values.password,
      role: values.role,
      regionCode: values.regionCode,
      // The administrator chose this password for someone else: its holder replaces it first.
      mustChangePassword: true,
      ...(values.role === 'partner' ? { partnerId: values.partnerId } : {}),
      ...(values.role === 'volunteer' ? { volunteerId: values.volunteerId } : {}),
    }),
  );

  return (
    <FormModal<AccountFormValues>
      title={t('newAccount')}
      open={open}
      form={form}
      busy={busy}
      onCancel={onClose}
      testId="account-form"
      onFinish={async (values) => {
        const account = await run(values);
        if (!account) return;
        void message.success(t('created', { username: account.username }));
        form.resetFields();
        onCreated(account);
      }}
    >
      <Form.Item
        name="username"
        label={t('username')}
        rules={[{ required: true, pattern: USERNAME, message: t('usernameInvalid') }]}
      >
        <Input autoComplete="off" placeholder="zhongmu.organiser" />
      </Form.Item>
      <Form.Item name="role" label={t('role')} rules={[{ required: true, message: t('roleRequired') }]}>
        <Select options={ROLES.map((value) => ({ value, label: role(value) }))} />
      </Form.Item>
      {chosenRole === 'partner' && (
        <Form.Item
          name="partnerId"
          label={t('partner')}
          rules={[{ required: true, message: t('partnerRequired') }]}
        >
          <PartnerSelect testId="account-partner" />
        </Form.Item>
      )}
      {chosenRole === 'volunteer' && (
        <Form.Item
          name="volunteerId"
          label={t('volunteer')}
          rules={[{ required: true, message: t('volunteerRequired') }]}
        >
          <VolunteerSelect testId="account-volunteer" />
        </Form.Item>
      )}
      <RegionField />
      <Form.Item
        name="password"
        label={t('password')}
        extra={t('passwordHint', { min: PASSWORD_MIN })}
        rules={[
          {
            required: true,
            min: PASSWORD_MIN,
            max: PASSWORD_MAX,
            message: t('passwordInvalid', { min: PASSWORD_MIN, max: PASSWORD_MAX }),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="passwordAgain"
        label={t('passwordAgain')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('passwordMismatch') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value !== getFieldValue('password')) throw new Error(t('passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
