// A one-page PDF the window draws once while it is idle, before any report is open, so that the
// reviewer's first PDF is not the first thing pdf.js ever draws here. Its worker's first fonts
// (a Type 1 font converted, a TrueType font repaired: the two kinds official-form reports embed)
// otherwise run in V8's interpreter on a young heap that is still growing, and the rendering worker
// draws its first glyphs: the first report's page 1 paid for all of it. Its fonts are pdf.js's
// bundled standard fonts (Times-Roman is a Type 1 program, Helvetica a TrueType one), so nothing
// is embedded here; the document is opened with system fonts off so that pdf.js reads them.

/** The page's content: both fonts shown, a ruled box (tables are drawn with paths). */
const CONTENT = [
  'BT /F1 11 Tf 8 64 Td (Warm-up 2024 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ) Tj ET',
  'BT /F2 11 Tf 8 40 Td (abcdefghijklmnopqrstuvwxyz 0123456789 .,;:%\\(\\)) Tj ET',
  '0.5 w 4 4 352 84 re S 4 30 m 356 30 l S',
].join('\n');

const OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 360 92] ' +
    '/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>',
  '<< /Type /Font /Subtype /TrueType /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  `<< /Length ${CONTENT.length} >>\nstream\n${CONTENT}\nendstream`,
];

/** The warm-up PDF's bytes, with a correct cross-reference table (ASCII only). */
export const warmUpPdfBytes = (): Uint8Array => {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  OBJECTS.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${OBJECTS.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${OBJECTS.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
};
