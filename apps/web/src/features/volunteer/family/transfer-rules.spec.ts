import { transferProblem } from './transfer-rules';

describe('a time-bank transfer amount', () => {
  it('is more than nothing', () => {
    expect(transferProblem(0, 300)).toBe('amountRequired');
    expect(transferProblem(-5, 300)).toBe('amountRequired');
  });

  it('is whole minutes', () => {
    expect(transferProblem(1.5, 300)).toBe('amountWhole');
  });

  it('stays within the balance, all of it allowed', () => {
    expect(transferProblem(300, 300)).toBeUndefined();
    expect(transferProblem(1, 300)).toBeUndefined();
    expect(transferProblem(301, 300)).toBe('amountMoreThanBalance');
    expect(transferProblem(1, 0)).toBe('amountMoreThanBalance');
  });
});
