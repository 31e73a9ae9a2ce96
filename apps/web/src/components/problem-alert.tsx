import { Alert } from 'antd';
import { useLanguage } from '../i18n/language';
import { describeProblem } from '../i18n/problem-messages';

/** A failed load, in words, where the content would have been. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { language } = useLanguage();
  if (!error) return null;
  return (
    <Alert type="error" showIcon message={describeProblem(error, language)} style={{ marginBottom: 16 }} />
  );
}
