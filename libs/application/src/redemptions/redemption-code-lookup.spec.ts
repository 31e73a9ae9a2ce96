import { maskPersonName } from './redemption-code-lookup';

describe('the name a venue sees behind a code', () => {
  it('keeps the first and the last character and masks the rest', () => {
    expect(maskPersonName('张三明')).toBe('张*明');
    expect(maskPersonName('欧阳小锋')).toBe('欧**锋');
    expect(maskPersonName('李华')).toBe('李*');
    expect(maskPersonName('王')).toBe('王');
    expect(maskPersonName('阿卜杜·热合曼')).toBe('阿*****曼');
  });
});
