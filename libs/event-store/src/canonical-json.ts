import canonicalize from 'canonicalize';
import type { JsonValue } from './event-store';

/** RFC 8785 (JSON Canonicalization Scheme): the same value always gives the same bytes. */
export function canonicalJson(value: JsonValue | object): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value cannot be canonicalized');
  return text;
}
