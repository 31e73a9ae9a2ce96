import { readFileSync } from 'node:fs';
import { CERTIFICATE_PDF_LAYOUT, CertificatePdf } from '@ledger/application/certificates/pdf';
import { certificateDocument } from './pdf-fixtures';
import {
  crop,
  decodeQr,
  fonts,
  pageCount,
  pdfInfo,
  rasterize,
  requirePoppler,
  text,
  writePdf,
} from './pdf-poppler';

const DPI = 150;
const renderer = new CertificatePdf();

describe('The certificate PDF, as poppler renders it', () => {
  beforeAll(() => requirePoppler());

  const document = certificateDocument(35);
  let file: string;

  beforeAll(async () => {
    file = writePdf(await renderer.render(document), 'thirty-five-records');
  });

  it('carries a QR code on its last page that decodes to the verification URL', () => {
    const pages = rasterize(file, DPI);
    const decoded = pages.map(decodeQr);
    expect(decoded.at(-1)).toBe(document.verifyUrl);
    expect(decoded.filter((url) => url !== null)).toHaveLength(1);
  });

  it('encodes each certificate’s own URL', async () => {
    const other = certificateDocument(2, {
      number: '410122-2026-000007',
      verifyUrl: 'http://127.0.0.1:3000/api/v1/verify/410122-2026-000007',
    });
    const pages = rasterize(writePdf(await renderer.render(other), 'other'), DPI);
    expect(decodeQr(pages.at(-1)!)).toBe(other.verifyUrl);
  });

  it('embeds the Chinese font as a subset, and no font unembedded', () => {
    const rows = fonts(file);
    const cjk = rows.filter((row) => /^[A-Z]{6}\+NotoSansHans-/.test(row.name));
    expect(cjk.length).toBeGreaterThanOrEqual(1);
    for (const row of cjk) expect(row).toMatchObject({ embedded: true, subset: true });
    expect(rows.filter((row) => !row.embedded)).toEqual([]);
  });

  it('draws the volunteer’s name as real glyphs: ink in the name cell, and another name draws other ink', async () => {
    const inset = 3;
    const cell = CERTIFICATE_PDF_LAYOUT.nameCell;
    const box = {
      x: cell.x + inset,
      y: cell.y + inset,
      width: cell.width - 2 * inset,
      height: cell.height - 2 * inset,
    };
    const nameInk = async (name: string) => {
      const doc = certificateDocument(3, { volunteer: { ...document.volunteer, name } });
      const [first] = rasterize(writePdf(await renderer.render(doc), 'name'), DPI, 1);
      return crop(first!, box);
    };
    const ouyang = await nameInk('欧阳晓燕');
    const sima = await nameInk('司马相如');
    const blank = await nameInk('');

    const dark = (grey: number[]) => grey.filter((g) => g < 128).length;
    expect(dark(blank)).toBe(0);
    expect(dark(ouyang)).toBeGreaterThan(ouyang.length * 0.03);
    expect(dark(sima)).toBeGreaterThan(sima.length * 0.03);
    // Glyphs missing from a subset all draw the same box: two names of four characters would look alike.
    const differing = ouyang.filter((g, i) => Math.abs(g - sima[i]!) > 96).length;
    expect(differing).toBeGreaterThan(Math.min(dark(ouyang), dark(sima)) * 0.3);
  });

  it('grows by pages as the records grow, repeating the header on every continued page', async () => {
    const counts = [1, 35, 120];
    const files = await Promise.all(
      counts.map(async (n) => writePdf(await renderer.render(certificateDocument(n)), `records-${n}`)),
    );
    const pages = files.map(pageCount);
    expect(pages[0]).toBeLessThan(pages[1]!);
    expect(pages[1]).toBeLessThan(pages[2]!);

    const long = files[2]!;
    for (let page = 2; page <= pages[2]! - 1; page++) {
      const words = text(long, page);
      expect(words).toContain('志愿服务记录证明');
      expect(words).toContain(document.number);
      expect(words).toContain('志愿服务记录（续）');
      expect(words).toContain('服务日期');
      expect(words.replace(/\s+/g, '')).toContain(`第${page}页/共${pages[2]}页`);
    }
    const all = text(long);
    for (const record of certificateDocument(120).records) expect(all).toContain(record.date);
  });

  it('keeps the issuer block and the QR code on page 1 whenever the room left there holds them', async () => {
    // As the ledger issues them: a few records, no training, no commendation, its two notes.
    const few = certificateDocument(3, { trainings: [], commendations: [], purpose: null });
    const oneFile = writePdf(await renderer.render(few), 'few-records');
    expect(pageCount(oneFile)).toBe(1);
    const first = text(oneFile, 1).replace(/\s+/g, '');
    for (const words of [few.issuer.name, few.issuer.personInCharge, few.issuer.handler, few.verifyUrl]) {
      expect(first).toContain(words.replace(/\s+/g, ''));
    }
    expect(decodeQr(rasterize(oneFile, DPI, 1)[0]!)).toBe(few.verifyUrl);

    // Records that fill page 1 leave no room: the block goes on to page 2, whole, with its QR code.
    const many = certificateDocument(8, { trainings: [], commendations: [], purpose: null });
    const twoFile = writePdf(await renderer.render(many), 'more-records');
    expect(pageCount(twoFile)).toBe(2);
    expect(text(twoFile, 1)).not.toContain('出具单位');
    expect(text(twoFile, 2)).toContain('出具单位');
    expect(decodeQr(rasterize(twoFile, DPI, 1)[0]!)).toBeNull();
    expect(decodeQr(rasterize(twoFile, DPI, 2)[0]!)).toBe(many.verifyUrl);
  });

  it('prints every field a certificate requires', () => {
    const words = text(file);
    const flat = words.replace(/\s+/g, '');
    const required = [
      document.volunteer.name,
      '居民身份证',
      document.volunteer.idNumberMasked!,
      document.volunteer.volunteerNo,
      // 35 records of 60 + (37·i mod 181) minutes (pdf-fixtures.ts): 5110 minutes = 85 h 10 min,
      // 85.1666… h printed to two decimals.
      '85.17小时（5110分钟）',
      ...document.records.map((r) => r.activity),
      ...document.trainings.map((t) => t.course),
      ...document.commendations.map((c) => c.title),
      document.issuer.name,
      document.issuer.personInCharge,
      document.issuer.handler,
      document.issuer.contact,
      document.number,
      '2026年6月30日',
      ...document.notes,
      document.purpose!,
      document.verifyUrl,
    ];
    for (const field of required) expect(flat).toContain(field.replace(/\s+/g, ''));
  });

  it('prints hours that add up to the total of the records', async () => {
    // The fixture's 35 records last 60, 97, 134, 171, 208, 64, 101, 138, 175, 212, 68, 105, 142,
    // 179, 216, 72, 109, 146, 183, 220, 76, 113, 150, 187, 224, 80, 117, 154, 191, 228, 84, 121, 158,
    // 195 and 232 minutes: 5110 minutes, 85 h 10 min = 85.17 h.
    expect(document.totals).toMatchObject({ minutes: 5110, records: 35 });
    expect(text(file).replace(/\s+/g, '')).toContain('35条记录85.17');
    // Three records: 60 + 97 + 134 = 291 minutes = 4.85 h exactly.
    const three = text(writePdf(await renderer.render(certificateDocument(3)), 'three-records'));
    expect(three.replace(/\s+/g, '')).toContain('3条记录4.85');
    expect(three.replace(/\s+/g, '')).toContain('4.85小时（291分钟）');
  });

  it('gives the same bytes for the same certificate, dated when it was issued', async () => {
    // The first rendering of the process (with the typeface freshly parsed) and two later ones.
    const first = readFileSync(file);
    const again = await renderer.render(document);
    const once = await renderer.render(document);
    expect(again.equals(first)).toBe(true);
    expect(once.equals(first)).toBe(true);
    expect(pdfInfo(file)).toMatch(/^CreationDate:\s+2026-06-30T02:15:00Z$/m);
  });

  it('marks a revoked certificate as revoked, with the reason', async () => {
    const revoked = certificateDocument(3, {
      status: 'revoked',
      revocation: { reason: '服务记录有误', revokedAt: '2026-07-02T01:00:00.000Z', revokedBy: 'account-1' },
    });
    const words = text(writePdf(await renderer.render(revoked), 'revoked')).replace(/\s+/g, '');
    expect(words).toContain('本证明已于2026年7月2日撤销：服务记录有误');
    expect(text(file)).not.toContain('撤销');
  });
});
