import { SearchSelect } from './search-select';
import type { Partner } from './types';

const optionOf = (partner: Partner) => ({ value: partner.id, label: partner.name });

/** A partner venue of the region, found by name. */
export function PartnerSelect(props: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  testId?: string;
}) {
  return <SearchSelect<Partner> path="/partners" optionOf={optionOf} {...props} />;
}
