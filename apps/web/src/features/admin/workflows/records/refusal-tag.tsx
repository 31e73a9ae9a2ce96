import { CloseCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useLanguage } from '../../../../i18n/language';
import { describeProblem } from '../../../../i18n/problem-messages';

/** Why the API refused a command on a record, in words, beside the record itself. */
export function RefusalTag({ error, maxWidth = 320 }: { error: unknown; maxWidth?: number }) {
  const { language } = useLanguage();
  return (
    <Tag
      color="error"
      icon={<CloseCircleOutlined />}
      data-testid="record-refusal"
      style={{ whiteSpace: 'normal', marginInlineEnd: 0, maxWidth }}
    >
      {describeProblem(error, language)}
    </Tag>
  );
}
