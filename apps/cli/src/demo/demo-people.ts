import { residentIdCheckCharacter } from '@ledger/domain';

/**
 * Made-up people for the demo ledger: common Chinese names, resident ID numbers with valid check
 * characters for districts of Zhengzhou, and mobile numbers. A seeded generator makes every demo
 * the same, so a walkthrough written against it stays true.
 */
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '晓东',
  '海燕',
  '志强',
  '丹',
  '萍',
  '鑫',
  '婷',
  '雪梅',
  '浩然',
  '子涵',
  '欣怡',
  '梓萱',
  '宇轩',
  '思远',
  '佳怡',
  '一鸣',
  '若曦',
];
/** Districts and counties of Zhengzhou (GB/T 2260) used for the first six digits. */
const BIRTH_REGIONS = ['410102', '410103', '410105', '410122', '410181', '410183'];

export class SeededRandom {
  constructor(private state: number) {}

  /** mulberry32: small, fast, and the same sequence on every machine. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}

export interface DemoPerson {
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
}

export function demoPerson(random: SeededRandom, serial: number): DemoPerson {
  const name = random.pick([...SURNAMES]) + random.pick(GIVEN);
  const year = random.int(1960, 2004);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const first17 = `${random.pick(BIRTH_REGIONS)}${year}${month}${day}${String(serial % 1000).padStart(3, '0')}`;
  const phone = `1${random.pick(['38', '39', '58', '59', '86', '87'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  return { name, idNumber: first17 + residentIdCheckCharacter(first17), phone };
}
