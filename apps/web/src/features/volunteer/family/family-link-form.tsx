import { Button, Form, Input, Select } from 'antd';
import { useMessages } from '../../../i18n/messages';
import { FAMILY_RELATIONS, type FamilyRelation } from '../volunteer-api';
import { familyMessages } from './family-messages';
import { RELATION_LABEL } from './relations';

interface Values {
  volunteerId?: string;
  relation?: FamilyRelation;
}

/** The ledger's volunteer ids (libs/domain VOLUNTEER_ID_FORMAT). */
const VOLUNTEER_ID = /^vol-[0-9a-f]{24}$/;

export interface FamilyLinkFormProps {
  readonly selfId: string;
  readonly onLink: (member: { volunteerId: string; relation: FamilyRelation }) => Promise<boolean>;
  readonly busy?: boolean;
}

/** Registers another volunteer as family, by the ID that volunteer reads on its own page. */
export function FamilyLinkForm({ selfId, onLink, busy }: FamilyLinkFormProps) {
  const t = useMessages(familyMessages);
  const [form] = Form.useForm<Values>();
  const submit = async ({ volunteerId, relation }: Values) => {
    if (await onLink({ volunteerId: volunteerId!.trim(), relation: relation! })) form.resetFields();
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      name="family-link"
      style={{ maxWidth: 480 }}
    >
      <Form.Item
        label={t('memberId')}
        name="volunteerId"
        rules={[
          { required: true, whitespace: true, message: t('memberIdRequired') },
          {
            validator: async (_, value: string | undefined) => {
              const id = value?.trim() ?? '';
              if (id && !VOLUNTEER_ID.test(id)) throw new Error(t('memberIdFormat'));
              if (id === selfId) throw new Error(t('memberIdSelf'));
            },
          },
        ]}
      >
        <Input placeholder="vol-…" autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        label={t('relation')}
        name="relation"
        rules={[{ required: true, message: t('relationRequired') }]}
      >
        <Select
          options={FAMILY_RELATIONS.map((relation) => ({
            value: relation,
            label: t(RELATION_LABEL[relation]),
          }))}
        />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>
        {t('link')}
      </Button>
    </Form>
  );
}
