// 审核意见书: the letter that returns a report to its agency, listing what must be corrected.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import {
  describePlace,
  quoteFinding,
  quoteSpan,
  requestedCorrection,
  sectionName,
} from './describe';
import {
  officialLine,
  officialPage,
  officialSizes,
  runFont,
  withOfficialFontTable,
} from './letter-style';
import { defaultScope, selectFindings } from './select';
import type { FindingScope, ReportEntry } from './types';

export type Conclusion = 'return' | 'pass';
export const conclusionLabel: Record<Conclusion, string> = { return: '退回修改', pass: '通过' };

export interface ReviewLetterOptions {
  reviewer: string;
  /** The letter's date (default: today). */
  date?: Date;
  /** Default: 'confirmed' when the reviewer decided anything, else every finding not dismissed. */
  scope?: FindingScope;
  /** Overrides the conclusion drawn from the findings. */
  conclusion?: Conclusion;
  /** Who issues the letter, printed above the date (e.g. the supervising office). */
  issuer?: string;
}

/** 2025年1月20日 — dates in letters are written in full. */
export const chineseDate = (d: Date): string =>
  `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

type Face = Parameters<typeof runFont>[0];

const para = (
  text: string,
  face: Face = 'body',
  options: {
    align?: 'center' | 'right' | 'left';
    indent?: boolean;
    size?: number;
    bold?: boolean;
  } = {},
): Paragraph =>
  new Paragraph({
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.JUSTIFIED,
    spacing: { line: officialLine, lineRule: LineRuleType.EXACT },
    // 两字缩进: two characters of 三号 (16 pt = 320 twips each).
    indent: options.indent === false ? undefined : { firstLine: 640 },
    children: [
      new TextRun({
        text,
        font: runFont(face),
        size: options.size ?? officialSizes.sanhao,
        bold: options.bold,
      }),
    ],
  });

/** The conclusion the findings call for: anything an agency must fix means 退回修改. */
export const drawConclusion = (entry: ReportEntry, scope: FindingScope): Conclusion => {
  const shown = selectFindings(entry, scope);
  const mustFix = shown.some(({ finding }) => finding.severity !== 'info');
  return mustFix || entry.comments.length > 0 ? 'return' : 'pass';
};

/** The paragraphs of the letter (exported for tests and previews). */
export const letterParagraphs = (entry: ReportEntry, options: ReviewLetterOptions): Paragraph[] => {
  const scope = options.scope ?? defaultScope(entry);
  const shown = selectFindings(entry, scope);
  const conclusion = options.conclusion ?? drawConclusion(entry, scope);
  const agency = entry.agency ?? '（未识别单位）';
  const title = entry.report.title ?? `${agency}${entry.year ?? ''}年政府信息公开工作年度报告`;
  const out: Paragraph[] = [
    para('政府信息公开工作年度报告审核意见书', 'title', {
      align: 'center',
      indent: false,
      size: officialSizes.erhao,
    }),
    para(''),
    para(`被审核单位：${agency}`, 'body', { indent: false }),
    para(`报告名称：《${title}》`, 'body', { indent: false }),
    para(`报告年度：${entry.year !== null ? `${entry.year}年度` : '未识别'}`, 'body', {
      indent: false,
    }),
    para(`报送文件：${entry.fileName}`, 'body', { indent: false }),
    para(`审核人：${options.reviewer}`, 'body', { indent: false }),
    para(`审核日期：${chineseDate(options.date ?? new Date())}`, 'body', { indent: false }),
  ];
  const total = shown.length + entry.comments.length;
  out.push(
    para(
      total > 0
        ? `经审核，该报告存在以下${total}处问题，请逐项核实修改：`
        : '经审核，未发现需要修改的问题。',
    ),
  );
  if (shown.length > 0) out.push(para('一、发现的问题', 'heading'));
  shown.forEach(({ finding }, i) => {
    const place = describePlace(entry, finding, false);
    out.push(para(`${i + 1}．${place ? `【${place}】` : ''}${finding.message}`));
    const quote = quoteFinding(entry.report, finding);
    if (quote) out.push(para(`原文：${quote}`));
    out.push(para(`修改要求：${requestedCorrection(finding)}`));
  });
  if (entry.comments.length > 0) {
    out.push(para(`${shown.length > 0 ? '二' : '一'}、审核人意见`, 'heading'));
    entry.comments.forEach((comment, i) => {
      const where = sectionName(entry.report, comment.span[0]);
      out.push(para(`${i + 1}．${where ? `【${where}】` : ''}${comment.text}`));
      out.push(para(`原文：「${quoteSpan(entry.report.text, comment.span)}」`));
    });
  }
  const n = ['一', '二', '三'][(shown.length > 0 ? 1 : 0) + (entry.comments.length > 0 ? 1 : 0)];
  out.push(para(`${n}、审核结论`, 'heading'));
  out.push(
    para(
      conclusion === 'return'
        ? `审核结论：${conclusionLabel.return}。请按上述意见修改后重新报送。`
        : `审核结论：${conclusionLabel.pass}。`,
    ),
  );
  out.push(para(''));
  if (options.issuer) out.push(para(options.issuer, 'body', { align: 'right', indent: false }));
  out.push(
    para(chineseDate(options.date ?? new Date()), 'body', { align: 'right', indent: false }),
  );
  return out;
};

/** Writes the letter for one report as .docx bytes. */
export const writeReviewLetter = async (
  entry: ReportEntry,
  options: ReviewLetterOptions,
): Promise<Uint8Array> => {
  const doc = new Document({
    creator: options.reviewer,
    title: '政府信息公开工作年度报告审核意见书',
    sections: [
      {
        properties: { page: officialPage },
        children: letterParagraphs(entry, options),
      },
    ],
  });
  return withOfficialFontTable(new Uint8Array(await Packer.toBuffer(doc)));
};
