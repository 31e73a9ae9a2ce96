import { idNumberProblem, isPhone, normalizePhone } from './identity-checks';
import { residentIdCheckCharacter } from './resident-id';

const TODAY = '2026-06-01';

describe('ID numbers by type', () => {
  it('checks a resident ID number by its check digit', () => {
    expect(idNumberProblem('resident-id', '11010519491231002X', TODAY)).toBeNull();
    expect(idNumberProblem('resident-id', '110105194912310021', TODAY)).toBe('check-digit');
  });

  it('checks passports and permits by their shapes', () => {
    expect(idNumberProblem('passport', 'E12345678', TODAY)).toBeNull();
    expect(idNumberProblem('passport', 'E12', TODAY)).toBe('passport');
    expect(idNumberProblem('hk-macao-permit', 'H12345678', TODAY)).toBeNull();
    expect(idNumberProblem('hk-macao-permit', 'X12345678', TODAY)).toBe('hk-macao');
    expect(idNumberProblem('taiwan-permit', '1234567890', TODAY)).toBeNull();
    expect(idNumberProblem('taiwan-permit', '123456789', TODAY)).toBe('taiwan');
  });

  it('checks both forms of the foreigner’s permanent residence ID, the new one by its check digit', () => {
    expect(idNumberProblem('foreign-permanent-resident', 'USA110012345678', TODAY)).toBeNull();
    const first17 = '93310019900101001';
    const check = residentIdCheckCharacter(first17);
    const wrong = check === '0' ? '1' : '0';
    expect(idNumberProblem('foreign-permanent-resident', first17 + check, TODAY)).toBeNull();
    expect(idNumberProblem('foreign-permanent-resident', first17 + wrong, TODAY)).toBe('check-digit');
    expect(idNumberProblem('foreign-permanent-resident', 'US1100123456', TODAY)).toBe('foreign');
  });
});

describe('phone numbers', () => {
  it('accepts mainland mobiles with or without +86, and international numbers', () => {
    expect(isPhone('13812345678')).toBe(true);
    expect(isPhone('+86 138-1234-5678')).toBe(true);
    expect(normalizePhone('0086 13812345678')).toBe('13812345678');
    expect(isPhone('+85291234567')).toBe(true);
  });

  it('refuses landlines, short numbers and +86 numbers that are not mobiles', () => {
    expect(isPhone('0371-12345678')).toBe(false);
    expect(isPhone('1381234567')).toBe(false);
    expect(isPhone('+8603711234567')).toBe(false);
  });
});
