import fc from 'fast-check';
import {
  idNumberProblem,
  maskIdNumber,
  maskPhone,
  normalizePhone,
  personalDataProblems,
  preparePersonalData,
} from './personal-data';
import { hasValidCheckCharacter, residentIdCheckCharacter, residentIdProblem } from './resident-id';

const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);

describe('resident ID numbers (GB 11643-1999)', () => {
  it('computes the check character of the standard example', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(hasValidCheckCharacter('11010519491231002X')).toBe(true);
  });

  it('any single changed digit breaks the check (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^4101[0-9]{2}19[5-9][0-9](0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])[0-9]{3}$/),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (first17, position, shift) => {
          const id = withCheck(first17);
          expect(residentIdProblem(id)).toBeNull();
          const digit = (Number(id[position]) + shift) % 10;
          const changed = id.slice(0, position) + digit + id.slice(position + 1);
          expect(hasValidCheckCharacter(changed)).toBe(false);
        },
      ),
    );
  });

  it('says what is wrong', () => {
    expect(residentIdProblem(withCheck('41010519900230123'))).toMatch(/birth date/);
    expect(residentIdProblem(withCheck('41010518991231123'))).toMatch(/birth date/);
    expect(residentIdProblem(withCheck('41010520300101123'), '2026-03-10')).toMatch(/future/);
    expect(residentIdProblem(withCheck('99010519900101123'))).toMatch(/region/);
    expect(residentIdProblem('410105199003071231')).toMatch(/check digit/);
    expect(residentIdProblem('4101051990030712')).toMatch(/17 digits/);
    // Residence permits of Taiwan residents begin with 83.
    expect(residentIdProblem(withCheck('83000019900101123'))).toBeNull();
  });

  it('accepts a lower-case x check character', () => {
    expect(idNumberProblem('resident-id', '11010519491231002x')).toBeNull();
  });
});

describe('other ID types', () => {
  it.each([
    ['passport', 'E12345678', true],
    ['passport', 'AB12', false],
    ['passport', 'E1234567<', false],
    ['hk-macao-permit', 'H1234567801', true],
    ['hk-macao-permit', 'X12345678', false],
    ['taiwan-permit', '1234567', false],
    ['foreign-permanent-resident', withCheck('91156219820402001'), true],
    ['foreign-permanent-resident', '911562198204020011', false],
  ] as const)('%s %s → valid %s', (idType, idNumber, valid) => {
    expect(idNumberProblem(idType, idNumber) === null).toBe(valid);
  });
});

describe('phones', () => {
  it('normalizes mainland numbers written with +86, spaces or hyphens', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('0086 13812345678')).toBe('13812345678');
    expect(normalizePhone('+852 9123 4567')).toBe('+85291234567');
  });

  it('refuses landlines, short numbers and +86 numbers that are not mobiles', () => {
    for (const bad of ['0371-12345678', '1381234567', '12812345678', '+861012345678', 'phone'])
      expect(
        personalDataProblems({ name: '张三', idType: 'passport', idNumber: 'E12345678', phone: bad }),
      ).toEqual([{ field: 'phone', message: expect.any(String) }]);
  });
});

describe('masking', () => {
  it('shows the first four and last four of a resident ID number', () => {
    expect(maskIdNumber('410105199003071234')).toBe('4101**********1234');
  });

  it('shows less of short numbers', () => {
    expect(maskIdNumber('E12345678')).toBe('E******78');
    expect(maskIdNumber('12345678')).toBe('1*****78');
  });

  it('masks phones as 138****5678, international numbers keep their country code', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+85291234567')).toBe('+852****4567');
    expect(maskPhone('+1234567')).toBe('+***4567');
  });

  it('never shows more than half of an ID number, nor the middle of a phone (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{5,20}$/), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        expect(masked.replace(/\*/g, '').length).toBeLessThanOrEqual(Math.ceil(id.length / 2));
      }),
    );
  });
});

describe('preparing personal data', () => {
  it('normalizes and adds the masked forms', () => {
    expect(
      preparePersonalData({
        name: ' 张三 ',
        idType: 'resident-id',
        idNumber: '11010519491231002x',
        phone: '+86 138 1234 5678',
      }),
    ).toEqual({
      name: '张三',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      idNumberMasked: '1101**********002X',
      phone: '13812345678',
      phoneMasked: '138****5678',
    });
  });

  it('names every bad field at once', () => {
    let thrown: unknown;
    try {
      preparePersonalData({ name: '', idType: 'resident-id', idNumber: '1', phone: '2' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'name' }, { field: 'idNumber' }, { field: 'phone' }] },
    });
  });

  it('refuses control characters in names', () => {
    expect(
      personalDataProblems({
        name: '张\u0000三',
        idType: 'passport',
        idNumber: 'E12345678',
        phone: '13812345678',
      }),
    ).toHaveLength(1);
  });
});
