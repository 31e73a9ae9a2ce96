import { codeProblem, groupCode, normalizeCode } from './volunteer-code';

describe('the volunteer’s one-time code', () => {
  it('groups the 16 digits four by four', () => {
    expect(groupCode('4831920571938264')).toBe('4831 9205 7193 8264');
    expect(groupCode('4831 9205 7193 8264')).toBe('4831 9205 7193 8264');
  });

  it('reads typed spaces and line breaks as nothing', () => {
    expect(normalizeCode(' 4831 9205\t7193\n8264 ')).toBe('4831920571938264');
    expect(codeProblem('4831 9205 7193 8264')).toBeUndefined();
    expect(codeProblem('4831920571938264')).toBeUndefined();
  });

  it('wants exactly 16 digits and nothing else', () => {
    expect(codeProblem('')).toBe('codeRequired');
    expect(codeProblem('   ')).toBe('codeRequired');
    expect(codeProblem(undefined)).toBe('codeRequired');
    expect(codeProblem('4831-9205-7193-8264')).toBe('codeDigitsOnly');
    expect(codeProblem('48319205719382６4')).toBe('codeDigitsOnly');
    expect(codeProblem('483192057193826')).toBe('codeLength');
    expect(codeProblem('48319205719382641')).toBe('codeLength');
  });
});
