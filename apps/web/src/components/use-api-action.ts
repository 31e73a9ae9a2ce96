import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useLanguage } from '../i18n/language';
import { describeProblem } from '../i18n/problem-messages';

/**
 * Runs a command against the API with a busy flag; a refusal is shown as a message in the
 * person's language (never the raw code) and the promise resolves to `undefined`.
 */
export function useApiAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const { message } = App.useApp();
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      try {
        return await action(...args);
      } catch (error) {
        void message.error(describeProblem(error, language), 6);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [action, language, message],
  );
  return { run, busy };
}
