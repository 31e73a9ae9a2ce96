import { Segmented } from 'antd';
import { useLanguage, type Language } from '../i18n/language';

export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      value={language}
      onChange={setLanguage}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'EN', value: 'en' },
      ]}
      aria-label="language"
    />
  );
}
