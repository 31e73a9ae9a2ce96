import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import type { Account, Volunteer } from '../shared/types';
import { accountsMessages } from './accounts-messages';
import { PASSWORD_MIN } from './create-account-modal';
import { generateInitialPassword } from './initial-password';
import { InitialPasswordDialog } from './initial-password-dialog';

const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/i;
const PASSWORD_MAX = 256;

/** The login fields of a form that registers a volunteer (administrators only: they create accounts). */
export interface VolunteerLoginValues {
  createLogin?: boolean;
  loginUsername?: string;
  passwordMode?: 'generate' | 'type';
  loginPassword?: string;
}

export const VOLUNTEER_LOGIN_DEFAULTS: VolunteerLoginValues = {
  createLogin: false,
  passwordMode: 'generate',
};

/** 同时创建登录账号: the checkbox, then a username (empty: the volunteer number) and the initial password. */
export function VolunteerLoginFields({ withoutCheckbox = false }: { withoutCheckbox?: boolean }) {
  const t = useMessages(accountsMessages);
  const form = Form.useFormInstance<VolunteerLoginValues>();
  const createLogin = Form.useWatch('createLogin', form);
  const passwordMode = Form.useWatch('passwordMode', form);
  return (
    <>
      {withoutCheckbox ? null : (
        <Form.Item name="createLogin" valuePropName="checked" extra={t('createLoginHint')}>
          <Checkbox data-testid="create-login">{t('createLogin')}</Checkbox>
        </Form.Item>
      )}
      {(withoutCheckbox || createLogin) && (
        <>
          <Form.Item
            name="loginUsername"
            label={t('loginUsername')}
            extra={t('loginUsernameHint')}
            rules={[{ pattern: USERNAME, message: t('usernameInvalid') }]}
          >
            <Input autoComplete="off" placeholder={t('loginUsernamePlaceholder')} />
          </Form.Item>
          <Form.Item name="passwordMode" label={t('passwordMode')}>
            <Radio.Group
              options={[
                { value: 'generate', label: t('passwordGenerate') },
                { value: 'type', label: t('passwordType') },
              ]}
            />
          </Form.Item>
          {passwordMode === 'type' && (
            <Form.Item
              name="loginPassword"
              label={t('loginPassword')}
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
          )}
        </>
      )}
    </>
  );
}

/** What the form asked for, once the volunteer has its number: the username and initial password. */
export function volunteerLoginOf(
  values: VolunteerLoginValues,
  volunteer: Volunteer,
): { username: string; password: string } | undefined {
  if (!values.createLogin) return undefined;
  return {
    username: values.loginUsername?.trim() || volunteer.volunteerNo,
    password:
      values.passwordMode === 'type' && values.loginPassword
        ? values.loginPassword
        : generateInitialPassword(),
  };
}

/** POST /accounts for the volunteer: role volunteer, its region, an initial password to change first. */
export const createVolunteerLogin = (volunteer: Volunteer, login: { username: string; password: string }) =>
  api.post<Account>('/accounts', {
    username: login.username,
    password: login.password,
    role: 'volunteer',
    regionCode: volunteer.regionCode,
    volunteerId: volunteer.id,
    mustChangePassword: true,
  });

export interface VolunteerLoginAttempt {
  readonly volunteer: Volunteer;
  readonly username: string;
  readonly password: string;
  /** Why the login was not created (in the reader's words); absent when it was. */
  readonly problem?: string;
}

/**
 * After a registration with a login: the login's username and initial password, shown once; or, when
 * the login could not be created, what went wrong (the volunteer stays registered) and a retry of the
 * login alone, with a username that can be changed.
 */
export function VolunteerLoginDialog({
  attempt,
  onClose,
}: {
  attempt: VolunteerLoginAttempt | undefined;
  onClose: () => void;
}) {
  const t = useMessages(accountsMessages);
  const { language } = useLanguage();
  const [retried, setRetried] = useState<VolunteerLoginAttempt>();
  const [username, setUsername] = useState<string>();
  const [busy, setBusy] = useState(false);
  const current = retried ?? attempt;

  const close = () => {
    setRetried(undefined);
    setUsername(undefined);
    onClose();
  };

  if (!current) return null;
  if (!current.problem) {
    return (
      <InitialPasswordDialog
        shown={{ username: current.username, password: current.password }}
        title={t('loginCreatedTitle')}
        onClose={close}
      />
    );
  }

  const retry = async () => {
    const login = { username: (username ?? current.username).trim(), password: current.password };
    setBusy(true);
    try {
      await createVolunteerLogin(current.volunteer, login);
      setRetried({ volunteer: current.volunteer, ...login });
    } catch (error) {
      setRetried({ volunteer: current.volunteer, ...login, problem: describeProblem(error, language) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('loginFailedTitle')}
      onCancel={close}
      maskClosable={false}
      zIndex={1100}
      footer={[
        <Button key="close" onClick={close}>
          {t('close')}
        </Button>,
        <Button key="retry" type="primary" loading={busy} onClick={retry}>
          {t('retryLogin')}
        </Button>,
      ]}
    >
      <div data-testid="volunteer-login-failed">
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={t('loginFailed', {
            name: current.volunteer.name,
            volunteerNo: current.volunteer.volunteerNo,
            problem: current.problem,
          })}
        />
        <Typography.Text>{t('loginUsername')}</Typography.Text>
        <Input
          aria-label={t('loginUsername')}
          value={username ?? current.username}
          onChange={(event) => setUsername(event.target.value)}
          autoComplete="off"
        />
      </div>
    </Modal>
  );
}
