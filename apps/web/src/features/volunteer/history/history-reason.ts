import type { Language } from '../../../i18n/language';
import type { HistoryItem } from '../volunteer-api';

/**
 * The ledger writes each history line's reason as a short English sentence from a fixed set
 * (libs/projections: volunteer-hours and volunteer-incentives), with free text such as an
 * administrator's void reason inside some of them. This turns the known sentences into words in the
 * reader's language and keeps the free text as written; an unknown sentence is shown unchanged.
 */

type Words = Record<Language, string>;

/** Campaign ids are `<kind>-<year>`; the names as in libs/domain/src/rules/campaign-calendar.ts. */
const CAMPAIGNS: Record<string, Words> = {
  xueleifeng: { zh: '学雷锋志愿服务周', en: 'Learn from Lei Feng week' },
  'scientists-day': { zh: '全国科技工作者日', en: 'Science and Technology Workers Day' },
  'science-day': { zh: '全国科普日', en: 'Science Popularisation Day' },
  'science-month': { zh: '全国科普月', en: 'Science Popularisation Month' },
  'volunteer-day': { zh: '国际志愿者日', en: 'International Volunteer Day' },
  'sanxiaxiang-summer': { zh: '暑期“三下乡”', en: 'summer "three to the countryside"' },
};

const RELEASES: Record<string, Words> = {
  voided: { zh: '兑换已撤销', en: 'the redemption was voided' },
  expired: { zh: '兑换预留已过期', en: 'the hold expired' },
  'not-completed': { zh: '兑换未完成', en: 'the redemption was not completed' },
};

const campaignName = (id: string, language: Language): string => {
  const kind = id.replace(/-\d{4}$/, '');
  return CAMPAIGNS[kind]?.[language] ?? id;
};

/** "service record voided: 重复录入" and the like, nested inside clawbacks and deposit adjustments. */
function recordChange(text: string, language: Language): string {
  const voided = /^service record voided: (.*)$/s.exec(text);
  if (voided)
    return language === 'zh' ? `服务记录作废（${voided[1]}）` : `service record voided (${voided[1]})`;
  const corrected = /^service record corrected: (.*)$/s.exec(text);
  if (corrected) {
    return language === 'zh'
      ? `服务记录更正（${corrected[1]}）`
      : `service record corrected (${corrected[1]})`;
  }
  return text;
}

type Rule = (match: RegExpExecArray, language: Language) => string;

const RULES: readonly (readonly [RegExp, Rule])[] = [
  [/^service record confirmed$/, (_, l) => (l === 'zh' ? '服务记录已确认' : 'Service record confirmed')],
  [
    /^points for confirmed service(?: ×(\d+) \(([^)]*)\))? \(rules [^)]+\)$/,
    ([, multiplier, campaigns], l) => {
      const base = l === 'zh' ? '确认服务获得积分' : 'Points for confirmed service';
      if (!multiplier) return base;
      const names = campaigns
        .split(', ')
        .map((id) => campaignName(id, l))
        .join(l === 'zh' ? '、' : ', ');
      return l === 'zh' ? `${base}（${names}，×${multiplier}）` : `${base} (${names}, ×${multiplier})`;
    },
  ],
  [
    /^bonus for a completed training \(rules [^)]+\)$/,
    (_, l) => (l === 'zh' ? '完成培训奖励积分' : 'Bonus for a completed training'),
  ],
  [
    /^bonus for a referral \(rules [^)]+\)$/,
    (_, l) => (l === 'zh' ? '推荐志愿者奖励积分' : 'Bonus for a referral'),
  ],
  [
    /^points taken back: (.*)$/s,
    ([, why], l) =>
      l === 'zh' ? `积分扣回：${recordChange(why, l)}` : `Points taken back: ${recordChange(why, l)}`,
  ],
  [
    /^points expired \(valid until (\d{4}-\d{2}-\d{2})\)$/,
    ([, day], l) => (l === 'zh' ? `积分过期（有效期至 ${day}）` : `Points expired (valid until ${day})`),
  ],
  [
    /^points held for a redemption$/,
    (_, l) => (l === 'zh' ? '兑换权益，积分预留' : 'Points held for a redemption'),
  ],
  [
    /^redemption completed: (\d+) held points spent$/,
    ([, points], l) =>
      l === 'zh'
        ? `兑换已核销，预留的 ${points} 积分已扣除`
        : `Redemption captured: ${points} held points deducted`,
  ],
  [
    /^held points returned: redemption (.*)$/,
    ([, why], l) => {
      const words = RELEASES[why]?.[l] ?? why;
      return l === 'zh' ? `预留积分退回（${words}）` : `Held points returned (${words})`;
    },
  ],
  [
    /^confirmed service deposited \(rules [^)]+\)$/,
    (_, l) => (l === 'zh' ? '确认服务存入时间银行' : 'Confirmed service deposited'),
  ],
  [
    /^deposit adjusted: (.*) \((\d+) min already used\)$/s,
    ([, why, used], l) =>
      l === 'zh'
        ? `存入调整：${recordChange(why, l)}（其中 ${used} 分钟已支出）`
        : `Deposit adjusted: ${recordChange(why, l)} (${used} min already used)`,
  ],
  [
    /^deposit adjusted: (.*)$/s,
    ([, why], l) =>
      l === 'zh' ? `存入调整：${recordChange(why, l)}` : `Deposit adjusted: ${recordChange(why, l)}`,
  ],
  [/^withdrawn: (.*)$/s, ([, what], l) => (l === 'zh' ? `支取：${what}` : `Withdrawn: ${what}`)],
  [/^given to a family member$/, (_, l) => (l === 'zh' ? '转给家庭成员' : 'Given to a family member')],
  [
    /^received from a family member$/,
    (_, l) => (l === 'zh' ? '家庭成员转入' : 'Received from a family member'),
  ],
  [
    /^(\d)★ awarded by a certification round \(rule set [^)]+\)$/,
    ([, level], l) =>
      l === 'zh' ? `经星级认定授予 ${level} 星` : `${level}★ awarded by a certification round`,
  ],
  [
    /^star revoked: (.*) \(banned from rounds until (\d{4}-\d{2}-\d{2})\)$/s,
    ([, why, until], l) =>
      l === 'zh'
        ? `星级被撤销：${why}（${until} 前不得参加星级认定）`
        : `Star revoked: ${why} (banned from rounds until ${until})`,
  ],
];

export function describeReason(item: Pick<HistoryItem, 'kind' | 'reason'>, language: Language): string {
  for (const [pattern, words] of RULES) {
    const match = pattern.exec(item.reason);
    if (match) return words(match, language);
  }
  // An hours line other than a confirmation carries the void or correction reason as typed.
  if (item.kind === 'hours') {
    return language === 'zh'
      ? `服务记录作废或更正：${item.reason}`
      : `Record voided or corrected: ${item.reason}`;
  }
  return item.reason;
}
