import { defineMessages, useMessages } from '../../../../i18n/messages';
import { SearchSelect } from './search-select';
import type { VolunteerListItem } from './types';

const messages = defineMessages({
  zh: { placeholder: '输入姓名或志愿者编号搜索' },
  en: { placeholder: 'Type a name or volunteer number' },
});

export const volunteerOption = (volunteer: VolunteerListItem) => ({
  value: volunteer.id,
  label: `${volunteer.name}（${volunteer.volunteerNo}）`,
});

/** A volunteer of the region, found by name or volunteer number. */
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
