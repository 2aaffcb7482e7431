// The official look of a letter (GB/T 9704): A4, margins, 小标宋/黑体/仿宋 at 二号/三号, font fallbacks.
import JSZip from 'jszip';

/** Twips per millimetre (1 inch = 1440 twips = 25.4 mm). */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** A4 page with the GB/T 9704 margins: 上37 下35 左28 右26 mm. */
export const officialPage = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

/** Font names as the standard names them, and what Word uses when a machine lacks them. */
export const officialFonts = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  heading: { name: '黑体', fallback: 'SimHei' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  latin: { name: 'Times New Roman', fallback: 'Times New Roman' },
} as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const officialSizes = { erhao: 44, sanhao: 32, sihao: 28 } as const;

/** Exact line spacing of 28.9 pt (22 lines on the type area), in twips. */
export const officialLine = 578;

/** Run fonts: Chinese in the given face, digits and Latin letters in Times New Roman. */
export const runFont = (face: keyof typeof officialFonts) => ({
  eastAsia: officialFonts[face].name,
  ascii: officialFonts.latin.name,
  hAnsi: officialFonts.latin.name,
  cs: officialFonts.latin.name,
});

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const fontEntry = (name: string, fallback: string, chinese: boolean): string =>
  `<w:font w:name="${name}">` +
  (fallback !== name ? `<w:altName w:val="${fallback}"/>` : '') +
  `<w:charset w:val="${chinese ? '86' : '00'}"/>` +
  `<w:family w:val="${chinese ? 'modern' : 'roman'}"/>` +
  `<w:pitch w:val="${chinese ? 'fixed' : 'variable'}"/>` +
  '</w:font>';

/** A font table naming each face with its fallback (w:altName), as Word reads it. */
export const officialFontTable = (): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<w:fonts xmlns:w="${W_NS}">` +
  Object.values(officialFonts)
    .map((f) => fontEntry(f.name, f.fallback, f.name !== officialFonts.latin.name))
    .join('') +
  '</w:fonts>';

/** Replaces the (empty) font table the docx package writes with the official one. */
export const withOfficialFontTable = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/fontTable.xml', officialFontTable());
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};
