import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * The PDF tests look at the rendering the way a reader does, with poppler (`pdftoppm`, `pdffonts`,
 * `pdfinfo`, `pdftotext`). Without poppler they fail, never skip.
 */
export function requirePoppler(): void {
  for (const tool of ['pdftoppm', 'pdffonts', 'pdfinfo', 'pdftotext']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(
        `${tool} is missing: install poppler-utils (apt-get install -y poppler-utils); .ci/run installs it`,
      );
    }
  }
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  /** RGBA, row by row. */
  readonly data: Buffer;
}

export function writePdf(pdf: Buffer, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'certificate-pdf-'));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** Every page (or only `page`) as a PNG at `dpi`, read back into pixels, in page order. */
export function rasterize(file: string, dpi: number, page?: number): Raster[] {
  const dir = mkdtempSync(join(tmpdir(), 'certificate-png-'));
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  execFileSync('pdftoppm', ['-r', String(dpi), ...range, '-png', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .sort((a, b) => pageNo(a) - pageNo(b))
    .map((name) => {
      const png = PNG.sync.read(readFileSync(join(dir, name)));
      return { width: png.width, height: png.height, dpi, data: png.data };
    });
}

function pageNo(name: string): number {
  return Number(/-(\d+)\.png$/.exec(name)?.[1] ?? 0);
}

export function decodeQr(page: Raster): string | null {
  const pixels = new Uint8ClampedArray(page.data.buffer, page.data.byteOffset, page.data.byteLength);
  return jsQR(pixels, page.width, page.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export function pdfInfo(file: string): string {
  return execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
}

export interface FontRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
}

/** `pdffonts` as rows; its columns are fixed-width, marked by the dashes under the header. */
export function fonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n');
  const dashes = lines[1]!;
  const columns: [number, number][] = [];
  const re = /-+/g;
  for (let m = re.exec(dashes); m; m = re.exec(dashes)) columns.push([m.index, m.index + m[0].length]);
  return lines
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cell = (i: number) => line.slice(columns[i]![0], columns[i]![1] + 1).trim();
      return { name: cell(0), type: cell(1), embedded: cell(3) === 'yes', subset: cell(4) === 'yes' };
    });
}

/** The text in the order it was drawn (`-raw`), so a table cell's wrapped lines stay together. */
export function text(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-raw', ...range, file, '-'], { encoding: 'utf8' });
}

/** The grey levels (0 black – 255 white) of a box given in points from the top left of the page. */
export function crop(page: Raster, box: { x: number; y: number; width: number; height: number }): number[] {
  const scale = page.dpi / 72;
  const x0 = Math.round(box.x * scale);
  const y0 = Math.round(box.y * scale);
  const x1 = Math.round((box.x + box.width) * scale);
  const y1 = Math.round((box.y + box.height) * scale);
  const grey: number[] = [];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * page.width + x) * 4;
      grey.push(Math.round((page.data[i]! + page.data[i + 1]! + page.data[i + 2]!) / 3));
    }
  }
  return grey;
}
