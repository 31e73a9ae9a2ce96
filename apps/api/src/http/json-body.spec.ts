import { nestsDeeperThan } from './json-body';

const deeper = (text: string, max: number) => nestsDeeperThan(Buffer.from(text, 'utf8'), max);

describe('nestsDeeperThan', () => {
  it('counts objects and arrays inside one another, the body itself as level 1', () => {
    expect(deeper('{}', 0)).toBe(true);
    expect(deeper('{}', 1)).toBe(false);
    expect(deeper('{"a":[1,{"b":2}]}', 2)).toBe(true);
    expect(deeper('{"a":[1,{"b":2}]}', 3)).toBe(false);
    // Side by side is not deeper: three objects in a row are still level 2.
    expect(deeper('[{},{},{}]', 2)).toBe(false);
    expect(deeper('1', 0)).toBe(false);
  });

  it('does not count brackets inside strings, escaped quotes and backslashes included', () => {
    expect(deeper('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(deeper('{"a":"\\"[[[["}', 1)).toBe(false);
    expect(deeper('{"a":"\\\\","b":[[1]]}', 2)).toBe(true);
    expect(deeper('{"a":"\\\\","b":[[1]]}', 3)).toBe(false);
    expect(deeper('{"名字":"志愿者[{","b":1}', 1)).toBe(false);
  });

  it('reads a megabyte of brackets without recursion, stopping at the first level too many', () => {
    const text = '['.repeat(1024 * 1024);
    expect(deeper(text, 32)).toBe(true);
    expect(deeper('['.repeat(32) + ']'.repeat(32), 32)).toBe(false);
    expect(deeper('['.repeat(33) + ']'.repeat(33), 32)).toBe(true);
  });
});
