import { useMessages } from '../../../../i18n/messages';
import { SearchSelect } from './search-select';
import { sharedMessages } from './shared-messages';
import type { Pilot } from './types';

const optionOf = (pilot: Pilot) => ({ value: pilot.id, label: `${pilot.name}（${pilot.regionCode}）` });

/** The pilot a team, project or station counts toward; empty when it is not part of one. */
export function PilotSelect(props: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const t = useMessages(sharedMessages);
  return <SearchSelect<Pilot> path="/pilots" optionOf={optionOf} placeholder={t('pilotNone')} {...props} />;
}
