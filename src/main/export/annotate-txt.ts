// A text-file report returned as a .docx with Word comments: the text is laid out (tab rows as
// tables), then annotated by the same code as a submitted .docx.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SourceSegment } from '../../shared/model/source';
import { annotateDocx, type AnnotateStats } from './annotate-docx';
import type { AnnotateOptions } from './annotations';
import { mm, officialPage } from './letter-style';
import type { ExportResult, ReportEntry } from './types';

interface Line {
  start: number;
  text: string;
}

const splitLines = (text: string): Line[] => {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
};

/** Width of the type area: A4 less the 28 + 26 mm side margins. */
const TEXT_WIDTH = mm(210 - 28 - 26);

const FONT = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const run = (text: string): TextRun => new TextRun({ text, font: FONT, size: 24 });

/**
 * Lays the text out as Word content: runs of two or more lines with tabs become a table (one
 * row per line, one cell per field), every other line a paragraph. Returns the segments that
 * map each line or field of `text` to its paragraph or cell.
 */
export const layoutText = (
  text: string,
): { children: Array<Paragraph | Table>; segments: SourceSegment[] } => {
  const lines = splitLines(text);
  const children: Array<Paragraph | Table> = [];
  const segments: SourceSegment[] = [];
  let paragraph = 0;
  let table = 0;
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && lines[j]!.text.includes('\t')) j++;
    if (j - i >= 2) {
      const rows = lines.slice(i, j);
      const width = Math.max(...rows.map((l) => l.text.split('\t').length));
      children.push(
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: Array.from({ length: width }, () => Math.floor(TEXT_WIDTH / width)),
          rows: rows.map((line, r) => {
            const fields = line.text.split('\t');
            let offset = line.start;
            const cells = Array.from({ length: width }, (_, c) => {
              const field = fields[c] ?? '';
              if (field.length > 0) {
                segments.push({
                  start: offset,
                  end: offset + field.length,
                  loc: { kind: 'cell', table, row: r, cell: c },
                });
              }
              offset += field.length + 1;
              return new TableCell({ children: [new Paragraph({ children: [run(field)] })] });
            });
            return new TableRow({ children: cells });
          }),
        }),
      );
      table++;
      i = j;
      continue;
    }
    const line = lines[i]!;
    if (line.text.length > 0) {
      segments.push({
        start: line.start,
        end: line.start + line.text.length,
        loc: { kind: 'paragraph', index: paragraph },
      });
    }
    children.push(new Paragraph({ children: [run(line.text.replace(/\t/g, ' '))] }));
    paragraph++;
    i++;
  }
  return { children, segments };
};

/**
 * Turns a text-file report into an annotated .docx. The layout is made from the raw text when
 * the entry has it (so the source map applies), else from report.text.
 */
export const annotateTxt = async (
  entry: ReportEntry,
  options: AnnotateOptions,
): Promise<ExportResult<{ bytes: Uint8Array; stats: AnnotateStats }>> => {
  const source = entry.rawText ?? entry.report.text;
  const { children, segments } = layoutText(source);
  const doc = new Document({
    creator: options.reviewer,
    title: entry.report.title ?? entry.fileName,
    sections: [{ properties: { page: officialPage }, children }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  const laidOut: ReportEntry = {
    ...entry,
    segments,
    rawText: source,
    origin: entry.rawText !== null ? entry.origin : null,
  };
  return annotateDocx(bytes, laidOut, options);
};
