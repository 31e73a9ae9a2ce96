import { useLanguage, type Language } from './language';

/**
 * Each feature keeps its texts beside its code: `defineMessages({ zh: {...}, en: {...} })`. The English
 * table must have every key of the Chinese one, so a missing translation is a type error, not a blank.
 */
export type MessageTable<K extends string> = Record<K, string>;

export interface Messages<K extends string> {
  readonly zh: MessageTable<K>;
  readonly en: MessageTable<K>;
}

export const defineMessages = <K extends string>(messages: Messages<K>): Messages<K> => messages;

/** `{name}` placeholders are filled from `values`; unknown placeholders stay visible. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export interface Translate<K extends string> {
  (key: K, values?: Record<string, string | number>): string;
  readonly language: Language;
}

export function translator<K extends string>(messages: Messages<K>, language: Language): Translate<K> {
  const table = messages[language];
  const t = (key: K, values?: Record<string, string | number>) => format(table[key], values);
  return Object.assign(t, { language });
}

export function useMessages<K extends string>(messages: Messages<K>): Translate<K> {
  const { language } = useLanguage();
  return translator(messages, language);
}
