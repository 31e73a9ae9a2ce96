import { SearchSelect } from './search-select';
import type { Station } from './types';

const optionOf = (station: Station) => ({ value: station.id, label: station.name });

/** A service station of the region, found by name. */
export function StationSelect(props: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  placeholder?: string;
}) {
  return <SearchSelect<Station> path="/stations" optionOf={optionOf} {...props} />;
}
