import { normalizeResidentId, residentIdCheckCharacter, residentIdProblem } from './resident-id';

const TODAY = '2026-06-01';

describe('the resident ID check digit (GB 11643-1999)', () => {
  it('computes the check character of published examples', () => {
    // The standard's example (also API.md's) and a widely published one.
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it('yields 0 for a remainder of 1 and X for a remainder of 2', () => {
    // 00000000000000001 has sum 2 (remainder 2 → X); 00000000000000010 has sum 4 (→ 8).
    expect(residentIdCheckCharacter('00000000000000001')).toBe('X');
    expect(residentIdCheckCharacter('00000000000000010')).toBe('8');
    // The digit 7 in the first place alone: sum 49, remainder 5 → 7; 1 in the 8th place: sum 1 → 0.
    expect(residentIdCheckCharacter('70000000000000000')).toBe('7');
    expect(residentIdCheckCharacter('00000001000000000')).toBe('0');
  });

  it('refuses anything but 17 digits to compute from', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow();
    expect(() => residentIdCheckCharacter('1101051949123100X')).toThrow();
  });
});

describe('a resident ID number typed into the form', () => {
  it('accepts a valid number, with a lower-case x and spaces', () => {
    expect(residentIdProblem('11010519491231002X', TODAY)).toBeNull();
    expect(residentIdProblem('110105 19491231 002x', TODAY)).toBeNull();
    expect(normalizeResidentId('110105 19491231 002x')).toBe('11010519491231002X');
  });

  it('names a wrong check digit', () => {
    expect(residentIdProblem('110105194912310021', TODAY)).toBe('check-digit');
    expect(residentIdProblem('110105194912310020', TODAY)).toBe('check-digit');
  });

  it('names a wrong length or a letter in the wrong place', () => {
    expect(residentIdProblem('11010519491231002', TODAY)).toBe('format');
    expect(residentIdProblem('11010519491231002XX', TODAY)).toBe('format');
    expect(residentIdProblem('X1010519491231002X', TODAY)).toBe('format');
    expect(residentIdProblem('', TODAY)).toBe('format');
  });

  it('names a birth date that does not exist, is before 1900 or lies in the future', () => {
    const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);
    expect(residentIdProblem(withCheck('11010519490230002'), TODAY)).toBe('birth-date');
    expect(residentIdProblem(withCheck('11010518991231002'), TODAY)).toBe('birth-date');
    expect(residentIdProblem(withCheck('11010520260602002'), TODAY)).toBe('birth-date');
    expect(residentIdProblem(withCheck('11010520260601002'), TODAY)).toBeNull();
    expect(residentIdProblem(withCheck('11010520000229002'), TODAY)).toBeNull();
  });
});
