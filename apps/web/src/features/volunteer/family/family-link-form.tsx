import { Button, Form, Input, Select } from 'antd';
import { useMessages } from '../../../i18n/messages';
import { FAMILY_RELATIONS, type FamilyRelation } from '../volunteer-api';
import { familyMessages } from './family-messages';
import { RELATION_LABEL } from './relations';

interface Values {
  volunteerNo?: string;
  name?: string;
  relation?: FamilyRelation;
}

/** A volunteer number as printed on the card: region, year, sequence (410122-2026-000123). */
const VOLUNTEER_NO = /^\d{6}-\d{4}-\d{6}$/;

/** Full-width digits and dashes, and spaces, as a phone keyboard may type them, made plain. */
export const normalizeVolunteerNo = (value: string): string =>
  value
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[－—–‐]/g, '-')
    .replace(/\s+/g, '');

export interface FamilyMemberToLink {
  readonly volunteerNo: string;
  readonly name: string;
  readonly relation: FamilyRelation;
}

export interface FamilyLinkFormProps {
  /** The volunteer's own number, when known: registering oneself is refused before anything is sent. */
  readonly selfNo?: string;
  readonly onLink: (member: FamilyMemberToLink) => Promise<boolean>;
  readonly busy?: boolean;
}

/**
 * Registers another volunteer as family by what a family member can tell: its volunteer number and
 * its name (the server checks that the two belong together), never an internal id.
 */
export function FamilyLinkForm({ selfNo, onLink, busy }: FamilyLinkFormProps) {
  const t = useMessages(familyMessages);
  const [form] = Form.useForm<Values>();
  const submit = async ({ volunteerNo, name, relation }: Values) => {
    const member = {
      volunteerNo: normalizeVolunteerNo(volunteerNo!),
      name: name!.trim(),
      relation: relation!,
    };
    if (await onLink(member)) form.resetFields();
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
        label={t('memberNo')}
        name="volunteerNo"
        extra={t('memberNoHint')}
        rules={[
          { required: true, whitespace: true, message: t('memberNoRequired') },
          {
            validator: async (_, value: string | undefined) => {
              const no = normalizeVolunteerNo(value ?? '');
              if (no && !VOLUNTEER_NO.test(no)) throw new Error(t('memberNoFormat'));
              if (no && no === selfNo) throw new Error(t('memberNoSelf'));
            },
          },
        ]}
      >
        <Input placeholder="410122-2026-000123" autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        label={t('memberName')}
        name="name"
        extra={t('memberNameHint')}
        rules={[{ required: true, whitespace: true, message: t('memberNameRequired') }]}
      >
        <Input autoComplete="off" maxLength={50} />
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
