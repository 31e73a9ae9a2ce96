import type { Rule } from 'antd/es/form';
import { useMessages } from '../../../../i18n/messages';
import { sharedMessages } from './shared-messages';

/** The API's longest name (teams, projects, stations, partners). */
export const NAME_MAX = 100;

/** A name must be given (not only spaces) and fit the API's limit; the messages name the field. */
export function useNameRules() {
  const s = useMessages(sharedMessages);
  return (field: string, max = NAME_MAX): Rule[] => [
    { required: true, whitespace: true, message: s('required', { field }) },
    { max, message: s('tooLong', { field, max }) },
  ];
}
