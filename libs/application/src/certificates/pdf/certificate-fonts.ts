import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The CJK typeface of the certificate: Noto Sans Hans (Source Han Sans, SIL Open Font License 1.1),
 * Regular and Bold, from the npm package `@embedpdf/fonts-sc`. pdfkit embeds only the glyphs used
 * (a subset), so a certificate carries about a hundred kilobytes of font, not the 8 MB file.
 */
export const CERTIFICATE_FONT_PACKAGE = '@embedpdf/fonts-sc';
export const CERTIFICATE_FONT_FILES = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
} as const;

export type CertificateFontWeight = keyof typeof CERTIFICATE_FONT_FILES;

const loaded = new Map<CertificateFontWeight, Buffer>();

/** The package exports only its JavaScript entry; its fonts sit in `fonts/` beside `dist/`. */
export function certificateFontPath(weight: CertificateFontWeight): string {
  const entry = require.resolve(CERTIFICATE_FONT_PACKAGE);
  return join(dirname(entry), '..', 'fonts', CERTIFICATE_FONT_FILES[weight]);
}

/** Read once per process: each file is about 8 MB. */
export function certificateFont(weight: CertificateFontWeight): Buffer {
  let font = loaded.get(weight);
  if (!font) {
    font = readFileSync(certificateFontPath(weight));
    loaded.set(weight, font);
  }
  return font;
}

const parsed = new Map<CertificateFontWeight, fontkit.Font>();

/**
 * The parsed typeface, shared by every rendering of the process: fontkit reads the font's tables
 * lazily and keeps them, so a second certificate costs a fraction of the first. pdfkit takes a fontkit
 * font as a font source and makes its own subset of it for each document.
 */
export function certificateTypeface(weight: CertificateFontWeight): fontkit.Font {
  let face = parsed.get(weight);
  if (!face) {
    const created = fontkit.create(certificateFont(weight));
    if (!('layout' in created)) throw new Error(`${CERTIFICATE_FONT_FILES[weight]} is a font collection`);
    face = created;
    parsed.set(weight, face);
  }
  return face;
}
