// 审核意见书 as .docx: the letter's blocks (letter-model.ts) in the official layout.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { LetterBlock, LetterModel } from '../../shared/ipc/letter';
import {
  officialLine,
  officialPage,
  officialSizes,
  runFont,
  withOfficialFontTable,
} from './letter-style';
import { buildLetter, type LetterOptions } from './letter-model';
import type { ReportEntry } from './types';

type Face = Parameters<typeof runFont>[0];

interface Look {
  face: Face;
  align: 'center' | 'right' | 'left' | 'justified';
  indent: boolean;
  size: number;
}

const body = officialSizes.sanhao;
const looks: Record<LetterBlock['kind'], Look> = {
  issuer: { face: 'title', align: 'center', indent: false, size: officialSizes.erhao },
  number: { face: 'body', align: 'center', indent: false, size: body },
  title: { face: 'title', align: 'center', indent: false, size: officialSizes.erhao },
  recipient: { face: 'body', align: 'left', indent: false, size: body },
  heading: { face: 'heading', align: 'justified', indent: true, size: body },
  para: { face: 'body', align: 'justified', indent: true, size: body },
  quote: { face: 'body', align: 'justified', indent: true, size: body },
  signature: { face: 'body', align: 'right', indent: false, size: body },
  date: { face: 'body', align: 'right', indent: false, size: body },
};

const alignment = {
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  left: AlignmentType.LEFT,
  justified: AlignmentType.JUSTIFIED,
} as const;

const paragraph = (text: string, look: Look): Paragraph =>
  new Paragraph({
    alignment: alignment[look.align],
    spacing: { line: officialLine, lineRule: LineRuleType.EXACT },
    // 两字缩进: two characters of 三号 (16 pt = 320 twips each).
    indent: look.indent ? { firstLine: 640 } : undefined,
    children: [new TextRun({ text, font: runFont(look.face), size: look.size })],
  });

const blank = () => paragraph('', looks.para);

const closing = (kind: LetterBlock['kind'] | undefined) => kind === 'signature' || kind === 'date';

/** The paragraphs of a letter: a blank line after the title and before the signature. */
export const letterParagraphs = (model: LetterModel): Paragraph[] =>
  model.blocks.flatMap((b, i) => {
    const out: Paragraph[] = [];
    if (closing(b.kind) && !closing(model.blocks[i - 1]?.kind)) out.push(blank());
    out.push(paragraph(b.text, looks[b.kind]));
    if (b.kind === 'title') out.push(blank());
    return out;
  });

/** Writes a letter model as .docx bytes. */
export const renderLetterDocx = async (model: LetterModel): Promise<Uint8Array> => {
  const doc = new Document({
    creator: '年报审查',
    title: '政府信息公开工作年度报告审核意见书',
    sections: [{ properties: { page: officialPage }, children: letterParagraphs(model) }],
  });
  return withOfficialFontTable(new Uint8Array(await Packer.toBuffer(doc)));
};

/** Builds and writes the letter of one report. */
export const writeReviewLetter = (
  entry: ReportEntry,
  options: LetterOptions = {},
): Promise<Uint8Array> => renderLetterDocx(buildLetter(entry, options));
