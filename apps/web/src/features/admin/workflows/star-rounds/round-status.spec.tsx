import { render, screen } from '@testing-library/react';
import { LanguageProvider, type Language } from '../../../../i18n/language';
import type { RoundStatus } from '../shared/api-types';
import { ROUND_STATUSES, RoundStatusTag } from './round-status';

const renderTag = (status: RoundStatus, language: Language) =>
  render(
    <LanguageProvider initial={language}>
      <RoundStatusTag status={status} testId="tag" />
    </LanguageProvider>,
  );

describe('a star round’s status tag', () => {
  it.each<[RoundStatus, string]>([
    ['open', '已开启'],
    ['drawn', '已生成候选名单'],
    ['noticed', '公示中'],
    ['finalizing', '认定中'],
    ['finalized', '已认定'],
  ])('reads %s as exactly “%s” in Chinese, the API’s name only in its attributes', (status, word) => {
    renderTag(status, 'zh');
    const tag = screen.getByTestId('tag');
    expect(tag.textContent).toBe(word);
    expect(tag.getAttribute('data-status')).toBe(status);
    expect(tag.getAttribute('title')).toBe(status);
  });

  it('reads exactly the English word in English', () => {
    renderTag('noticed', 'en');
    expect(screen.getByTestId('tag').textContent).toBe('Notice published');
  });

  it('has a Chinese word without Latin letters for every status', () => {
    for (const status of ROUND_STATUSES) {
      const { unmount } = renderTag(status, 'zh');
      expect(screen.getByTestId('tag').textContent).not.toMatch(/[A-Za-z]/);
      unmount();
    }
  });
});
