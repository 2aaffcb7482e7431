// Lays a Word table out on its grid: a merged cell's text once, then empty fields for the
// grid columns (gridSpan) and rows (vMerge) it covers, like the sample .txt files.
import { child, elements, val, type XmlElement } from './xml';

/** One grid column of a row: the cell that starts there, or null (covered or padding). */
export type GridField = { tc: XmlElement; cell: number } | null;

/** Rows and cells, looking through content controls and custom XML that may wrap them. */
const flatten = (el: XmlElement, name: string): XmlElement[] =>
  elements(el).flatMap((c) => {
    if (c.name === name) return [c];
    if (c.name === 'w:sdt') return flatten(child(c, 'w:sdtContent') ?? c, name);
    if (c.name === 'w:customXml' || c.name === 'w:sdtContent') return flatten(c, name);
    return [];
  });

const int = (s: string | undefined, d: number): number => {
  const n = s === undefined ? NaN : parseInt(s, 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : d;
};

/** The table's rows laid on its grid; every row has the same number of fields. */
export const layoutTable = (tbl: XmlElement): GridField[][] => {
  const declared = elements(child(tbl, 'w:tblGrid') ?? tbl, 'w:gridCol').length;
  const rows = flatten(tbl, 'w:tr').map((tr) => {
    const fields: GridField[] = [];
    const before = int(
      val(tr, 'w:trPr', 'w:gridBefore') ?? val(tr, 'w:tblPrEx', 'w:gridBefore'),
      0,
    );
    for (let i = 0; i < before; i++) fields.push(null);
    flatten(tr, 'w:tc').forEach((tc, cell) => {
      const tcPr = child(tc, 'w:tcPr');
      const span = int(val(tcPr, 'w:gridSpan'), 1);
      const vMerge = child(tcPr, 'w:vMerge');
      const hMerge = child(tcPr, 'w:hMerge');
      // A vMerge without "restart" continues the cell above: its text is already written.
      const covered =
        (vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart') ||
        (hMerge !== undefined && hMerge.attrs['w:val'] !== 'restart');
      fields.push(covered ? null : { tc, cell });
      for (let i = 1; i < span; i++) fields.push(null);
    });
    return fields;
  });
  const width = Math.max(declared, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push(null);
  return rows;
};
