import { defineMessages, useMessages } from '../../../../i18n/messages';
import { SearchSelect } from './search-select';
import type { VolunteerListItem } from './types';

const messages = defineMessages({
  zh: { placeholder: '输入姓名、志愿者编号（或其中几位）或手机号搜索' },
  en: { placeholder: 'Type a name, a volunteer number (or part of it) or a phone number' },
});

/**
 * How a volunteer is named wherever one is picked: 姓名 · 编号 · 证件号（掩码）, so two 张伟 are told
 * apart by number and masked ID number (a forgotten volunteer has none).
 */
export const volunteerLabel = (volunteer: {
  readonly name: string;
  readonly volunteerNo: string;
  readonly idNumberMasked?: string | null;
}): string => [volunteer.name, volunteer.volunteerNo, volunteer.idNumberMasked].filter(Boolean).join(' · ');

export const volunteerOption = (volunteer: VolunteerListItem) => ({
  value: volunteer.id,
  label: volunteerLabel(volunteer),
});

/** A volunteer of the region, found by name, a part of its volunteer number, or its phone number. */
export function VolunteerSelect(props: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  testId?: string;
  onPick?: (volunteer: VolunteerListItem | undefined) => void;
}) {
  const t = useMessages(messages);
  return (
    <SearchSelect<VolunteerListItem>
      path="/volunteers"
      optionOf={volunteerOption}
      placeholder={t('placeholder')}
      {...props}
    />
  );
}
