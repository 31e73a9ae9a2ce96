import { SearchSelect } from './search-select';
import type { Team } from './types';

const optionOf = (team: Team) => ({ value: team.id, label: team.name });

/** A team of the region, found by name. */
export function TeamSelect(props: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  onPick?: (team: Team | undefined) => void;
  placeholder?: string;
  testId?: string;
}) {
  return <SearchSelect<Team> path="/teams" optionOf={optionOf} {...props} />;
}
