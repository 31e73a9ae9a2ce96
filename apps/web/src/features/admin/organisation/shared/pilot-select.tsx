import { useCallback } from 'react';
import { useMessages } from '../../../../i18n/messages';
import { pilotLevelLabels } from './labels';
import { SearchSelect } from './search-select';
import { sharedMessages } from './shared-messages';
import type { Pilot } from './types';

/** The pilot a team, project or station counts toward; empty when it is not part of one. */
export function PilotSelect(props: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const t = useMessages(sharedMessages);
  const level = useMessages(pilotLevelLabels);
  // Named in words (中牟县科技志愿服务试点（县级试点）), never by its region code.
  const optionOf = useCallback(
    (pilot: Pilot) => ({ value: pilot.id, label: `${pilot.name}（${level(pilot.level)}）` }),
    [level],
  );
  return <SearchSelect<Pilot> path="/pilots" optionOf={optionOf} placeholder={t('pilotNone')} {...props} />;
}
