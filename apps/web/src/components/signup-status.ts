import type { Language } from '../i18n/language';

/**
 * A sign-up's status in the console's words, the same for the volunteer (我的报名) and the organiser
 * (the activity's sign-up list): 待审核, 已录取, 候补（第 N 位）, 未通过, 已取消, 缺席.
 */
export type SignupStatusName = 'pending' | 'accepted' | 'waitlisted' | 'declined' | 'withdrawn' | 'no-show';

const WORDS: Record<SignupStatusName, { zh: string; en: string }> = {
  pending: { zh: '待审核', en: 'Awaiting approval' },
  accepted: { zh: '已录取', en: 'Accepted' },
  waitlisted: { zh: '候补', en: 'Waitlisted' },
  declined: { zh: '未通过', en: 'Declined' },
  withdrawn: { zh: '已取消', en: 'Withdrawn' },
  'no-show': { zh: '缺席', en: 'No-show' },
};

export const SIGNUP_STATUS_COLOR: Record<SignupStatusName, string> = {
  pending: 'gold',
  accepted: 'green',
  waitlisted: 'blue',
  declined: 'red',
  withdrawn: 'default',
  'no-show': 'volcano',
};

/** 候补（第 2 位） / Waitlisted (no. 2) when the place in line is known. */
export function signupStatusWords(status: string, language: Language, waitlistPosition?: number): string {
  const words = WORDS[status as SignupStatusName];
  if (!words) return status;
  if (status === 'waitlisted' && waitlistPosition !== undefined) {
    return language === 'zh' ? `候补（第 ${waitlistPosition} 位）` : `Waitlisted (no. ${waitlistPosition})`;
  }
  return words[language];
}

export const signupStatusColor = (status: string): string =>
  SIGNUP_STATUS_COLOR[status as SignupStatusName] ?? 'default';
