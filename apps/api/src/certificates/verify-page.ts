import type { VerifyByNumberResult } from '@ledger/application/certificates';

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const ID_TYPES: Record<string, string> = {
  'resident-id': '居民身份证',
  passport: '护照',
  'hk-macao-permit': '港澳居民来往内地通行证',
  'taiwan-permit': '台湾居民来往大陆通行证',
  'foreign-permanent-resident': '外国人永久居留身份证',
};

/** The name as the page shows it: the first character, the rest masked (李*, 欧阳**). */
const maskedName = (name: string): string => {
  const chars = [...name];
  if (name === '已注销' || chars.length <= 1) return name;
  return chars[0] + '*'.repeat(chars.length - 1);
};

const hours = (minutes: number): string => `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`;

/** The public page a person reaches from the QR code: the verdict first, then what the certificate says. */
export function verifyPage(number: string, result: VerifyByNumberResult): string {
  const verdict =
    result.status === 'valid'
      ? { text: '有效', note: '本证明由出具单位签发，内容与志愿服务记录一致。', color: '#1a7f37' }
      : result.status === 'revoked'
        ? { text: '已撤销', note: '本证明已被出具单位撤销，不再有效。', color: '#cf222e' }
        : { text: '未找到', note: '没有找到该编号的证明，请核对编号。', color: '#6e7781' };
  const c = result.certificate;
  const rows = c
    ? [
        ['证明编号', c.number],
        ['志愿者', maskedName(c.volunteer.name)],
        ['证件', `${ID_TYPES[c.volunteer.idType ?? ''] ?? '—'} ${c.volunteer.idNumberMasked ?? ''}`],
        ['志愿者编号', c.volunteer.volunteerNo],
        ['服务期间', `${c.period.from} 至 ${c.period.to}`],
        ['服务时长', `${hours(c.totals.minutes)}（${c.totals.records} 条记录）`],
        ['出具单位', c.issuer.name],
        ['出具日期', c.issuedOn],
        ...(c.revocation ? [['撤销原因', c.revocation.reason]] : []),
      ]
    : [['证明编号', number]];
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>志愿服务记录证明核验 — ${escape(verdict.text)}</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
.verdict{font-size:2.5rem;font-weight:700;color:${verdict.color};margin:.5rem 0}th{text-align:left;padding:.3rem 1rem .3rem 0;color:#57606a;font-weight:400;white-space:nowrap}td{padding:.3rem 0}</style>
</head><body>
<h1>志愿服务记录证明核验</h1>
<p class="verdict">${escape(verdict.text)}</p>
<p>${escape(verdict.note)}</p>
<table>${rows.map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v)}</td></tr>`).join('')}</table>
</body></html>
`;
}
