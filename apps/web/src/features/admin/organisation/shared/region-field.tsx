import { Form, Input, Tag } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMe } from '../../../../auth/auth-context';
import { useMessages, type Translate } from '../../../../i18n/messages';
import { isRegionCode, regionLevel, regionWithin } from './region';
import { sharedMessages } from './shared-messages';

type SharedKey = keyof (typeof sharedMessages)['zh'];

/** The rules of a region code typed by someone acting in `scope`. */
export function regionRules(t: Translate<SharedKey>, scope: string): Rule[] {
  return [
    { required: true, message: t('regionRequired') },
    {
      validator: async (_rule, value: unknown) => {
        if (typeof value !== 'string' || value === '') return;
        if (!isRegionCode(value)) throw new Error(t('regionInvalid'));
        if (!regionWithin(scope, value)) throw new Error(t('regionOutside', { scope }));
      },
    },
  ];
}

/** The `regionCode` field, filled with the account's own region to start with. */
export function RegionField({
  extraRules = [],
  dependencies,
}: {
  extraRules?: Rule[];
  dependencies?: string[];
}) {
  const t = useMessages(sharedMessages);
  const me = useMe();
  return (
    <Form.Item
      name="regionCode"
      label={t('regionCode')}
      initialValue={me.regionCode}
      extra={t('regionHint', { scope: me.regionCode })}
      rules={[...regionRules(t, me.regionCode), ...extraRules]}
      dependencies={dependencies}
    >
      <Input inputMode="numeric" maxLength={6} autoComplete="off" style={{ maxWidth: 160 }} />
    </Form.Item>
  );
}

/** A region code with its level, e.g. `410122 县`. */
export function RegionText({ code }: { code: string }) {
  const t = useMessages(sharedMessages);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {code} <Tag bordered={false}>{t(regionLevel(code))}</Tag>
    </span>
  );
}
