import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';
import { type CertificateDocument, CertificatePdfRenderer } from '../certificate-document';
import { certificateTypeface } from './certificate-fonts';
import { chineseDate, hoursOf, idTypeLabel, starLevelLabel, timeSpan } from './certificate-pdf-format';

type Pdf = PDFKit.PDFDocument;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const PAGE = { width: 595.28, height: 841.89 } as const; // A4 in points
const MARGIN = 50;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
/** Content stops here; the footer lives below. */
const CONTENT_BOTTOM = PAGE.height - 60;
const CONTINUATION_TOP = 64;
/** The closing issuer block may run lower: down to just above the footer (drawn at PAGE.height − 40). */
const LAST_BOTTOM = PAGE.height - 50;
const ISSUER_LINE = 15;

const INFO_TOP = 138;
const INFO_ROW = 26;
const INFO_LABEL = 68;
const INFO_VALUE = CONTENT_WIDTH / 2 - INFO_LABEL;

const QR_SIZE = 104; // the symbol with its quiet zone, in points (≈ 3.7 cm)

const FONT = 'cjk';
const FONT_BOLD = 'cjk-bold';
const INK = '#111111';
const MUTED = '#555555';
const RULE = '#9a9a9a';
const HEADER_FILL = '#ececec';
const REVOKED = '#b00020';

/**
 * Where fixed parts of the first page are drawn (points from the top left of an A4 page), so a test
 * can look at the pixels of, say, the volunteer's name.
 */
export const CERTIFICATE_PDF_LAYOUT = {
  page: PAGE,
  nameCell: { x: MARGIN + INFO_LABEL, y: INFO_TOP, width: INFO_VALUE, height: INFO_ROW } as Box,
  qrSize: QR_SIZE,
} as const;

interface Column {
  readonly title: string;
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * Renders a certificate (志愿服务记录证明) as an A4 PDF in Chinese: the volunteer with the masked ID,
 * the period's totals and every confirmed record, trainings, commendations, notes, the issuing
 * organisation with its person in charge, handler and contact, and a QR code of the verification URL
 * with the URL printed under it. Long lists continue on further pages under a repeated header.
 * The same document always gives the same bytes: the PDF's dates come from `issuedAt`.
 */
@Injectable()
export class CertificatePdf extends CertificatePdfRenderer {
  override render(document: CertificateDocument): Promise<Buffer> {
    const issuedAt = new Date(document.issuedAt);
    const pdf = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      autoFirstPage: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: {
        Title: `志愿服务记录证明 ${document.number}`,
        Author: document.issuer.name,
        Subject: '志愿服务记录证明',
        Creator: 'Volunteer Ledger',
        Producer: 'Volunteer Ledger',
        CreationDate: issuedAt,
        ModDate: issuedAt,
      },
    });
    const done = collect(pdf);
    // pdfkit accepts a parsed fontkit font, though its typings list only files and buffers.
    pdf.registerFont(FONT, certificateTypeface('regular') as unknown as Buffer);
    pdf.registerFont(FONT_BOLD, certificateTypeface('bold') as unknown as Buffer);
    new CertificateLayout(pdf, document).draw();
    pdf.end();
    return done;
  }
}

function collect(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

/** One rendering: a cursor down the page and the pieces of the certificate in order. */
class CertificateLayout {
  private y = MARGIN;

  constructor(
    private readonly pdf: Pdf,
    private readonly doc: CertificateDocument,
  ) {}

  draw(): void {
    this.titleBlock();
    this.volunteerBlock();
    this.statement();
    this.recordsTable();
    this.trainingsTable();
    this.commendationsTable();
    this.notesBlock();
    this.issuerBlock();
    this.decoratePages();
  }

  private titleBlock(): void {
    const { pdf, doc } = this;
    pdf.fillColor(INK).font(FONT_BOLD).fontSize(24);
    pdf.text('志愿服务记录证明', MARGIN, 62, { width: CONTENT_WIDTH, align: 'center', characterSpacing: 4 });
    pdf.font(FONT).fontSize(10).fillColor(MUTED);
    pdf.text(`证明编号：${doc.number}        开具日期：${chineseDate(doc.issuedOn)}`, MARGIN, 100, {
      width: CONTENT_WIDTH,
      align: 'center',
    });
    if (doc.status === 'revoked') {
      const revocation = doc.revocation;
      const when = revocation ? chineseDate(revocation.revokedAt.slice(0, 10)) : '';
      const why = revocation ? `：${revocation.reason}` : '';
      pdf.font(FONT_BOLD).fontSize(10).fillColor(REVOKED);
      pdf.text(`本证明已于${when}撤销${why}`, MARGIN, 118, { width: CONTENT_WIDTH, align: 'center' });
    }
    this.y = INFO_TOP;
  }

  private volunteerBlock(): void {
    const { doc } = this;
    const v = doc.volunteer;
    const rows: [string, string, string, string][] = [
      ['姓名', v.name, '志愿者编号', v.volunteerNo],
      ['证件类型', idTypeLabel(v.idType), '证件号码', v.idNumberMasked ?? '—'],
      ['服务期间', `${doc.period.from} 至 ${doc.period.to}`, '星级', starLevelLabel(doc.starLevel)],
    ];
    rows.forEach((row, index) => {
      const top = INFO_TOP + index * INFO_ROW;
      this.infoCell(MARGIN, top, row[0], row[1]);
      this.infoCell(MARGIN + CONTENT_WIDTH / 2, top, row[2], row[3]);
    });
    this.y = INFO_TOP + rows.length * INFO_ROW + 16;
  }

  private infoCell(x: number, top: number, label: string, value: string): void {
    const { pdf } = this;
    pdf.lineWidth(0.6).strokeColor(RULE);
    pdf.rect(x, top, INFO_LABEL, INFO_ROW).fillAndStroke(HEADER_FILL, RULE);
    pdf.rect(x + INFO_LABEL, top, INFO_VALUE, INFO_ROW).stroke();
    pdf.fillColor(INK).font(FONT).fontSize(10);
    pdf.text(label, x, top + 7, { width: INFO_LABEL, align: 'center', lineBreak: false });
    pdf.font(label === '姓名' ? FONT_BOLD : FONT).fontSize(label === '姓名' ? 12 : 10);
    pdf.text(value, x + INFO_LABEL + 8, top + (label === '姓名' ? 6 : 7), {
      width: INFO_VALUE - 16,
      height: INFO_ROW - 8,
      ellipsis: true,
      lineBreak: false,
    });
  }

  private statement(): void {
    const { pdf, doc } = this;
    const t = doc.totals;
    const trainings =
      doc.trainings.length > 0
        ? `参加培训${doc.trainings.length}次，累计${hoursOf(t.trainingMinutes)}小时；`
        : '';
    const commendations = doc.commendations.length > 0 ? `获得表彰${doc.commendations.length}项；` : '';
    const text =
      `兹证明志愿者${doc.volunteer.name}（志愿者编号 ${doc.volunteer.volunteerNo}）于` +
      `${chineseDate(doc.period.from)}至${chineseDate(doc.period.to)}期间，` +
      (t.records === 0
        ? '无经确认的志愿服务记录；'
        : `经确认参加志愿服务${t.records}次，累计服务时长${hoursOf(t.minutes)}小时（${t.minutes}分钟）；`) +
      `${trainings}${commendations}具体记录如下。特此证明。`;
    pdf.font(FONT).fontSize(11).fillColor(INK);
    pdf.text(text, MARGIN, this.y, { width: CONTENT_WIDTH, lineGap: 4, indent: 22 });
    this.y = pdf.y + 14;
  }

  private recordsTable(): void {
    const columns: Column[] = [
      { title: '序号', width: 28, align: 'center' },
      { title: '服务日期', width: 62, align: 'center' },
      { title: '服务时段', width: 76, align: 'center' },
      { title: '活动名称', width: 120 },
      { title: '服务内容', width: CONTENT_WIDTH - 28 - 62 - 76 - 120 - 54 },
      { title: '时长(小时)', width: 54, align: 'right' },
    ];
    const rows = this.doc.records.map((record, index) => [
      String(index + 1),
      record.date,
      timeSpan(record.startedAt, record.endedAt),
      record.activity,
      record.content,
      hoursOf(record.minutes),
    ]);
    const total = ['', '', '', '合计', `${this.doc.totals.records}条记录`, hoursOf(this.doc.totals.minutes)];
    this.table('一、志愿服务记录', columns, rows, '本期间无经确认的志愿服务记录。', total);
  }

  private trainingsTable(): void {
    const columns: Column[] = [
      { title: '序号', width: 30, align: 'center' },
      { title: '培训课程', width: CONTENT_WIDTH - 30 - 90 - 70 },
      { title: '完成日期', width: 90, align: 'center' },
      { title: '时长(小时)', width: 70, align: 'right' },
    ];
    const rows = this.doc.trainings.map((training, index) => [
      String(index + 1),
      training.course,
      training.completedOn,
      hoursOf(training.minutes),
    ]);
    this.table('二、培训情况', columns, rows, '本期间无培训记录。');
  }

  private commendationsTable(): void {
    const columns: Column[] = [
      { title: '序号', width: 30, align: 'center' },
      { title: '表彰名称', width: CONTENT_WIDTH - 30 - 160 - 90 },
      { title: '授予单位', width: 160 },
      { title: '授予日期', width: 90, align: 'center' },
    ];
    const rows = this.doc.commendations.map((commendation, index) => [
      String(index + 1),
      commendation.title,
      commendation.awardedBy,
      commendation.awardedOn,
    ]);
    this.table('三、表彰情况', columns, rows, '本期间无表彰记录。');
  }

  private notesBlock(): void {
    const { pdf, doc } = this;
    const notes = [...(doc.purpose ? [`用途：${doc.purpose}`] : []), ...doc.notes];
    if (notes.length === 0) return;
    this.ensureSpace(24 + 16);
    this.heading('备注');
    pdf.font(FONT).fontSize(9.5).fillColor(INK);
    notes.forEach((note, index) => {
      const text = `${index + 1}. ${note}`;
      const height = pdf.heightOfString(text, { width: CONTENT_WIDTH, lineGap: 2 });
      this.ensureSpace(height + 2);
      pdf.font(FONT).fontSize(9.5).fillColor(INK);
      pdf.text(text, MARGIN, this.y, { width: CONTENT_WIDTH, lineGap: 2 });
      this.y += height + 2;
    });
    this.y += 10;
  }

  /**
   * The issuing organisation, the verification URL and the signing key on the left; the QR code of the
   * URL on the right. It closes the certificate and, being last, may run down to the footer: it is
   * measured first and stays on the page of the last record whenever the room left there holds it
   * (a certificate of a few records is one page, QR code included).
   */
  private issuerBlock(): void {
    const { pdf, doc } = this;
    const issuer = doc.issuer;
    const qrColumn = QR_SIZE + 16;
    const leftWidth = CONTENT_WIDTH - qrColumn - 12;
    const lines: [string, string][] = [
      ['出具单位', issuer.name],
      ['负责人', issuer.personInCharge],
      ['经办人', issuer.handler],
      ['联系方式', issuer.contact],
      ['开具日期', chineseDate(doc.issuedOn)],
      ['证明编号', doc.number],
    ];
    const url = `核验网址：${doc.verifyUrl}`;
    const key = `签名密钥：${issuer.verificationMethod}`;
    pdf.font(FONT).fontSize(7.5);
    const urlHeight = pdf.heightOfString(url, { width: leftWidth });
    pdf.font(FONT).fontSize(7);
    const keyHeight = pdf.heightOfString(key, { width: leftWidth, lineGap: 1 });
    const linesBottom = 10 + lines.length * ISSUER_LINE;
    const leftHeight = linesBottom + 2 + urlHeight + 2 + keyHeight;
    const rightHeight = 8 + QR_SIZE + 2 + 11;
    const blockHeight = Math.max(leftHeight, rightHeight) + 4;
    if (this.y + 6 + blockHeight > LAST_BOTTOM) this.newPage();
    const top = this.y + 6;
    pdf
      .lineWidth(0.6)
      .strokeColor(RULE)
      .moveTo(MARGIN, top)
      .lineTo(MARGIN + CONTENT_WIDTH, top)
      .stroke();

    lines.forEach(([label, value], index) => {
      const lineTop = top + 10 + index * ISSUER_LINE;
      pdf.font(FONT).fontSize(10).fillColor(MUTED);
      pdf.text(`${label}：`, MARGIN, lineTop, { width: 64, lineBreak: false });
      pdf.font(index === 0 ? FONT_BOLD : FONT).fillColor(INK);
      pdf.text(value, MARGIN + 64, lineTop, {
        width: leftWidth - 64,
        height: 16,
        ellipsis: true,
        lineBreak: false,
      });
    });
    pdf.font(FONT).fontSize(10).fillColor(MUTED);
    pdf.text('（盖章）', MARGIN + leftWidth - 80, top + 10 + ISSUER_LINE, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
    pdf.font(FONT).fontSize(7.5).fillColor(INK);
    pdf.text(url, MARGIN, top + linesBottom + 2, { width: leftWidth });
    pdf.font(FONT).fontSize(7).fillColor(MUTED);
    pdf.text(key, MARGIN, top + linesBottom + 2 + urlHeight + 2, { width: leftWidth, lineGap: 1 });

    const qrLeft = MARGIN + CONTENT_WIDTH - qrColumn + (qrColumn - QR_SIZE) / 2;
    this.qrCode(doc.verifyUrl, qrLeft, top + 8, QR_SIZE);
    pdf.font(FONT).fontSize(8).fillColor(INK);
    pdf.text('扫码核验本证明', MARGIN + CONTENT_WIDTH - qrColumn, top + 8 + QR_SIZE + 2, {
      width: qrColumn,
      align: 'center',
      lineBreak: false,
    });
    this.y = top + blockHeight;
  }

  /** The QR code as vector squares (crisp at any zoom), with its four-module quiet zone. */
  private qrCode(text: string, left: number, top: number, size: number): void {
    const { pdf } = this;
    const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const count = code.modules.size;
    const cell = size / (count + 8);
    pdf.rect(left, top, size, size).fill('#ffffff');
    for (let row = 0; row < count; row++) {
      let col = 0;
      while (col < count) {
        if (!code.modules.get(row, col)) {
          col++;
          continue;
        }
        const start = col;
        while (col < count && code.modules.get(row, col)) col++;
        pdf.rect(left + (start + 4) * cell, top + (row + 4) * cell, (col - start) * cell, cell);
      }
    }
    pdf.fill('#000000');
  }

  /** A titled table; rows that do not fit go on to a new page under the title and the column headings. */
  private table(title: string, columns: Column[], rows: string[][], empty: string, total?: string[]): void {
    const { pdf } = this;
    pdf.font(FONT).fontSize(9);
    const firstRow = rows.length > 0 ? this.rowHeight(columns, rows[0]!) : 18;
    this.ensureSpace(24 + 20 + firstRow);
    this.heading(title);
    if (rows.length === 0) {
      pdf.font(FONT).fontSize(9.5).fillColor(MUTED);
      pdf.text(empty, MARGIN, this.y, { width: CONTENT_WIDTH });
      this.y += 24;
      return;
    }
    this.headerRow(columns);
    for (const row of [...rows, ...(total ? [total] : [])]) {
      const height = this.rowHeight(columns, row);
      if (this.y + height > CONTENT_BOTTOM) {
        this.newPage();
        this.heading(`${title}（续）`);
        this.headerRow(columns);
      }
      this.row(columns, row, height, row === total);
    }
    this.y += 10;
  }

  private heading(text: string): void {
    const { pdf } = this;
    pdf.font(FONT_BOLD).fontSize(12).fillColor(INK);
    pdf.text(text, MARGIN, this.y, { width: CONTENT_WIDTH, lineBreak: false });
    this.y += 20;
  }

  private headerRow(columns: Column[]): void {
    const { pdf } = this;
    const height = 20;
    pdf.rect(MARGIN, this.y, CONTENT_WIDTH, height).fill(HEADER_FILL);
    let x = MARGIN;
    pdf.font(FONT_BOLD).fontSize(9).fillColor(INK);
    for (const column of columns) {
      pdf.text(column.title, x + 3, this.y + 5, {
        width: column.width - 6,
        align: column.align ?? 'left',
        lineBreak: false,
      });
      x += column.width;
    }
    this.rule(this.y + height);
    this.y += height;
  }

  private rowHeight(columns: Column[], row: string[]): number {
    const { pdf } = this;
    pdf.font(FONT).fontSize(9);
    const tallest = Math.max(
      ...columns.map((column, i) =>
        pdf.heightOfString(row[i] ?? '', { width: column.width - 6, lineGap: 1 }),
      ),
    );
    return Math.max(18, tallest + 8);
  }

  private row(columns: Column[], row: string[], height: number, bold: boolean): void {
    const { pdf } = this;
    let x = MARGIN;
    pdf
      .font(bold ? FONT_BOLD : FONT)
      .fontSize(9)
      .fillColor(INK);
    columns.forEach((column, i) => {
      pdf.text(row[i] ?? '', x + 3, this.y + 4, {
        width: column.width - 6,
        align: column.align ?? 'left',
        lineGap: 1,
      });
      x += column.width;
    });
    this.rule(this.y + height);
    this.y += height;
  }

  private rule(y: number): void {
    this.pdf
      .lineWidth(0.4)
      .strokeColor(RULE)
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + CONTENT_WIDTH, y)
      .stroke();
  }

  private ensureSpace(height: number): void {
    if (this.y + height > CONTENT_BOTTOM) this.newPage();
  }

  private newPage(): void {
    this.pdf.addPage();
    this.y = CONTINUATION_TOP;
  }

  /**
   * Once every page exists: the running header (title, volunteer, certificate number) on the pages after
   * the first, the page numbers on all, and the revoked mark across each page of a revoked certificate.
   */
  private decoratePages(): void {
    const { pdf, doc } = this;
    const range = pdf.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      pdf.switchToPage(index);
      const margins = pdf.page.margins;
      pdf.page.margins = { ...margins, top: 0, bottom: 0 };
      const page = index - range.start + 1;
      if (page > 1) {
        pdf.font(FONT_BOLD).fontSize(10).fillColor(INK);
        pdf.text('志愿服务记录证明', MARGIN, 30, { width: CONTENT_WIDTH / 2, lineBreak: false });
        pdf.font(FONT).fontSize(9).fillColor(MUTED);
        pdf.text(`${doc.volunteer.name} · 证明编号 ${doc.number}`, MARGIN + CONTENT_WIDTH / 2, 31, {
          width: CONTENT_WIDTH / 2,
          align: 'right',
          lineBreak: false,
        });
        this.pdf
          .lineWidth(0.6)
          .strokeColor(RULE)
          .moveTo(MARGIN, 48)
          .lineTo(MARGIN + CONTENT_WIDTH, 48)
          .stroke();
      }
      pdf.font(FONT).fontSize(8).fillColor(MUTED);
      pdf.text(`证明编号 ${doc.number}`, MARGIN, PAGE.height - 40, {
        width: CONTENT_WIDTH / 2,
        lineBreak: false,
      });
      pdf.text(`第 ${page} 页 / 共 ${range.count} 页`, MARGIN + CONTENT_WIDTH / 2, PAGE.height - 40, {
        width: CONTENT_WIDTH / 2,
        align: 'right',
        lineBreak: false,
      });
      if (doc.status === 'revoked') this.revokedMark();
      pdf.page.margins = margins;
    }
  }

  private revokedMark(): void {
    const { pdf } = this;
    pdf.save();
    pdf.rotate(-30, { origin: [PAGE.width / 2, PAGE.height / 2] });
    pdf.fillOpacity(0.18).fillColor(REVOKED).font(FONT_BOLD).fontSize(96);
    pdf.text('已撤销', 0, PAGE.height / 2 - 60, { width: PAGE.width, align: 'center', lineBreak: false });
    pdf.restore();
  }
}
