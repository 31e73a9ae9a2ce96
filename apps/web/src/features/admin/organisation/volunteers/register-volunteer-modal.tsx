import { App, Checkbox, Form, Input, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMe } from '../../../../auth/auth-context';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import {
  createVolunteerLogin,
  VOLUNTEER_LOGIN_DEFAULTS,
  VolunteerLoginDialog,
  VolunteerLoginFields,
  volunteerLoginOf,
  type VolunteerLoginAttempt,
  type VolunteerLoginValues,
} from '../accounts/volunteer-login';
import { businessToday } from '../shared/business-time';
import { FormModal } from '../shared/form-modal';
import { idTypeLabels } from '../shared/labels';
import { RegionField } from '../shared/region-field';
import { canAdminister } from '../shared/roles';
import { ID_TYPES, type IdType, type Volunteer } from '../shared/types';
import { VolunteerSelect } from '../shared/volunteer-select';
import { idNumberProblem, type IdNumberProblem, isPhone, normalizePhone } from './identity-checks';
import { volunteersMessages } from './volunteers-messages';

const NAME_MAX = 50;

interface RegisterFormValues extends VolunteerLoginValues {
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  regionCode: string;
  referredByVolunteerId?: string;
  consent: boolean;
}

type Key = keyof (typeof volunteersMessages)['zh'];
const PROBLEM_TEXT: Record<IdNumberProblem, Key> = {
  format: 'idFormat',
  'birth-date': 'idBirthDate',
  'check-digit': 'idCheckDigit',
  passport: 'idPassport',
  'hk-macao': 'idHkMacao',
  taiwan: 'idTaiwan',
  foreign: 'idForeign',
};

/**
 * 登记志愿者 (administrators and organisers): with the person's consent. The ID number is checked
 * for its type (a resident ID by its check digit) before it is sent; it is never shown again unmasked.
 * An administrator may create the volunteer's login at the same time (同时创建登录账号): the volunteer is
 * registered first, then the account; when the account fails, the volunteer stays registered and the
 * dialog that follows says so and retries the login alone.
 */
export function RegisterVolunteerModal({
  open,
  onClose,
  onRegistered,
}: {
  open: boolean;
  onClose: () => void;
  onRegistered: (volunteer: Volunteer) => void;
}) {
  const t = useMessages(volunteersMessages);
  const idType = useMessages(idTypeLabels);
  const { message } = App.useApp();
  const { language } = useLanguage();
  const me = useMe();
  const [form] = Form.useForm<RegisterFormValues>();
  const [loginAttempt, setLoginAttempt] = useState<VolunteerLoginAttempt>();
  const [loginBusy, setLoginBusy] = useState(false);
  const { run, busy } = useApiAction((values: RegisterFormValues) =>
    api.post<Volunteer>('/volunteers', {
      name: values.name.trim(),
      idType: values.idType,
      idNumber: values.idNumber.replace(/\s/g, '').toUpperCase(),
      phone: normalizePhone(values.phone),
      regionCode: values.regionCode,
      consent: true,
      ...(values.referredByVolunteerId ? { referredByVolunteerId: values.referredByVolunteerId } : {}),
    }),
  );

  const idNumberRule: Rule = ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') throw new Error(t('idFormat'));
      const type = getFieldValue('idType') as IdType | undefined;
      if (!type) return;
      const problem = idNumberProblem(type, value, businessToday());
      if (problem) throw new Error(t(PROBLEM_TEXT[problem]));
    },
  });

  const createLoginFor = async (volunteer: Volunteer, values: RegisterFormValues) => {
    const login = volunteerLoginOf(values, volunteer);
    if (!login) return;
    setLoginBusy(true);
    try {
      await createVolunteerLogin(volunteer, login);
      setLoginAttempt({ volunteer, ...login });
    } catch (error) {
      setLoginAttempt({ volunteer, ...login, problem: describeProblem(error, language) });
    } finally {
      setLoginBusy(false);
    }
  };

  return (
    <>
      <VolunteerLoginDialog attempt={loginAttempt} onClose={() => setLoginAttempt(undefined)} />
      <FormModal<RegisterFormValues>
        title={t('register')}
        open={open}
        form={form}
        busy={busy || loginBusy}
        onCancel={onClose}
        testId="volunteer-form"
        initialValues={{ idType: 'resident-id', consent: false, ...VOLUNTEER_LOGIN_DEFAULTS }}
        onFinish={async (values) => {
          const volunteer = await run(values);
          if (!volunteer) return;
          void message.success(t('registered', { name: volunteer.name, volunteerNo: volunteer.volunteerNo }));
          await createLoginFor(volunteer, values);
          form.resetFields();
          onRegistered(volunteer);
        }}
      >
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, whitespace: true, max: NAME_MAX, message: t('nameInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="idType"
          label={t('idType')}
          rules={[{ required: true, message: t('idTypeRequired') }]}
        >
          <Select options={ID_TYPES.map((value) => ({ value, label: idType(value) }))} />
        </Form.Item>
        <Form.Item name="idNumber" label={t('idNumber')} dependencies={['idType']} rules={[idNumberRule]}>
          <Input autoComplete="off" maxLength={24} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('phone')}
          rules={[
            {
              validator: async (_rule, value: unknown) => {
                if (typeof value !== 'string' || !isPhone(value)) throw new Error(t('phoneInvalid'));
              },
            },
          ]}
        >
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
        <RegionField />
        <Form.Item name="referredByVolunteerId" label={t('referrer')} extra={t('referrerHint')}>
          <VolunteerSelect />
        </Form.Item>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: async (_rule, value: unknown) => {
                if (value !== true) throw new Error(t('consentRequired'));
              },
            },
          ]}
        >
          <Checkbox>{t('consent')}</Checkbox>
        </Form.Item>
        {canAdminister(me) && <VolunteerLoginFields />}
      </FormModal>
    </>
  );
}
