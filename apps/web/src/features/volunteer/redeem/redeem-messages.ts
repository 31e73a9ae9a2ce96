import { defineMessages } from '../../../i18n/messages';

export const redeemMessages = defineMessages({
  zh: {
    title: '积分兑换',
    intro: '在合作场馆兑换礼遇时，生成兑换码并出示给场馆工作人员扫码或输入。',
    singleUse: '兑换码只能使用一次，几分钟内有效；请只出示给场馆工作人员，不要截图转发。',
    pointsAvailable: '可用积分：{points}',
    generate: '生成兑换码',
    regenerate: '重新生成',
    qrAlt: '兑换码二维码',
    expiresIn: '有效时间剩余',
    expired: '兑换码已过期，请重新生成。',
    digits: '兑换码',
  },
  en: {
    title: 'Redeem points',
    intro:
      'To redeem a benefit at a partner venue, generate a code and show it to the staff to scan or type.',
    singleUse:
      'A code works once and only for a few minutes. Show it only to the venue staff; do not share a screenshot.',
    pointsAvailable: 'Points available: {points}',
    generate: 'Generate a code',
    regenerate: 'Generate a new code',
    qrAlt: 'QR code of the redemption code',
    expiresIn: 'Valid for',
    expired: 'The code has expired. Generate a new one.',
    digits: 'Code',
  },
});
