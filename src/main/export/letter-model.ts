// The 审核意见书 as blocks: one model the .docx is written from and the app previews and prints.
// The conclusion follows the report's status — it cannot be chosen apart from it.
import {
  AGENCY_TOKEN,
  SEQ_TOKEN,
  YEAR_TOKEN,
  defaultLetterSettings,
  type LetterBlock,
  type LetterModel,
  type LetterSettings,
  type UnconfirmedChoice,
} from '../../shared/ipc/letter';
import { activeFormOf, describeCell } from '../../shared/model/form';
import { ruleById } from '../../shared/rules/registry';
import {
  describePlace,
  quoteFinding,
  quoteSpan,
  requestedCorrection,
  sectionName,
} from './describe';
import { counterFor, letterDate } from './letter-number';
import { letterFileName, reportName } from './letter-name';
import { categoryName, decideAll, type DecidedFinding } from './select';
import type { ReportEntry } from './types';

export type Conclusion = 'return' | 'pass';
export const conclusionLabel: Record<Conclusion, string> = { return: '退回修改', pass: '通过' };

export interface LetterOptions {
  settings?: LetterSettings;
  /** The day the letter is made (settings.date, when set, is printed instead). */
  today?: Date;
  /** Undecided findings: listed marked 待核实 (default) or left out (then counted in a notice). */
  unconfirmed?: UnconfirmedChoice;
}

/** 2025年1月20日 — dates in letters are written in full. */
export const chineseDate = (d: Date): string =>
  `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

const PENDING_MARK = '〔待核实〕';
const NUMERALS = '一二三四五六七八九十';

/**
 * The conclusion: the status decides (已退回 → 退回修改, 已通过 → 通过; 待审核/审核中 → none yet).
 * Without any review (headless), the findings decide: anything to fix means 退回修改.
 */
export const letterConclusion = (entry: ReportEntry): Conclusion | null => {
  if (entry.status === 'returned') return 'return';
  if (entry.status === 'approved') return 'pass';
  if (entry.status !== null) return null;
  const mustFix = decideAll(entry).some(
    ({ finding, decision }) => decision.decision !== 'dismissed' && finding.severity !== 'info',
  );
  return mustFix || entry.comments.length > 0 ? 'return' : 'pass';
};

/** Findings of one rule in one report: one item of the letter with all their places. */
interface Item {
  ruleId: string;
  findings: DecidedFinding[];
}

const groupByRule = (findings: readonly DecidedFinding[]): Item[] => {
  const items = new Map<string, Item>();
  for (const f of findings) {
    const item = items.get(f.finding.ruleId);
    if (item) item.findings.push(f);
    else items.set(f.finding.ruleId, { ruleId: f.finding.ruleId, findings: [f] });
  }
  return [...items.values()];
};

const fill = (pattern: string, values: Record<string, string>): string =>
  Object.entries(values).reduce((s, [token, v]) => s.split(token).join(v), pattern);

const show = (v: number | null, raw: string): string =>
  v !== null ? String(v) : raw.trim() !== '' ? raw.trim() : '空白';

/** The letter's blocks, conclusion, file name and what the reviewer should know. */
export const buildLetter = (entry: ReportEntry, options: LetterOptions = {}): LetterModel => {
  const settings = options.settings ?? defaultLetterSettings;
  const date = letterDate(settings, options.today ?? new Date());
  const conclusion = letterConclusion(entry);
  const reviewed = entry.status !== null || Object.keys(entry.decisions).length > 0;
  const unconfirmed = options.unconfirmed ?? 'list';

  const open = decideAll(entry).filter(({ decision }) => decision.decision !== 'dismissed');
  const isPending = (f: DecidedFinding) => reviewed && f.decision.decision === 'pending';
  const listed = open.filter((f) => !isPending(f) || unconfirmed === 'list');
  const omitted = open.filter((f) => isPending(f) && unconfirmed === 'omit');
  const omittedErrors = omitted.filter((f) => f.finding.severity === 'error').length;
  const items = groupByRule(listed);

  const agency = entry.agency;
  const name = reportName(entry.report.title, agency, entry.year);
  const number = settings.numberPattern
    ? fill(settings.numberPattern, {
        [YEAR_TOKEN]: String(date.getFullYear()),
        [SEQ_TOKEN]: String(counterFor(settings, date.getFullYear()).nextNumber),
      })
    : null;
  const recipient = fill(settings.recipient, { [AGENCY_TOKEN]: agency ?? '（未识别单位）' });

  const blocks: LetterBlock[] = [];
  const add = (kind: LetterBlock['kind'], text: string) => blocks.push({ kind, text });
  if (settings.issuer) add('issuer', settings.issuer);
  if (number) add('number', number);
  add('title', '政府信息公开工作年度报告审核意见书');
  add('recipient', /[：:]$/.test(recipient) ? recipient : `${recipient}：`);

  const opening =
    conclusion === 'pass'
      ? items.length > 0
        ? '经审核，该报告予以通过。以下问题请在今后的报告中注意改进：'
        : '经审核，该报告符合要求，予以通过。'
      : items.length > 0
        ? `经审核，该报告存在以下${items.length}项问题，请逐项核实修改：`
        : conclusion === 'return'
          ? '经审核，该报告需修改，意见如下：'
          : '经审核，未发现需要修改的问题。';
  add('para', `你单位报送的《${name}》已收悉。${opening}`);

  const headings: string[] = [];
  const heading = (text: string) => {
    headings.push(text);
    add('heading', `${NUMERALS[headings.length - 1]}、${text}`);
  };

  if (items.length > 0) heading(conclusion === 'pass' ? '需改进的问题' : '存在的问题');
  items.forEach((item, i) => {
    const mark = (f: DecidedFinding) => (isPending(f) ? PENDING_MARK : '');
    const where = (f: DecidedFinding) => {
      const place = describePlace(entry, f.finding, false);
      // Prose rules already name the part ("第一部分「总体情况」称…"): say it once.
      return place && !f.finding.message.includes(place) ? `【${place}】` : '';
    };
    const quote = (f: DecidedFinding) => {
      const q = quoteFinding(entry.report, f.finding);
      if (q) add('quote', `原文：${q}`);
    };
    if (item.findings.length === 1) {
      const f = item.findings[0]!;
      add('para', `${i + 1}．${where(f)}${f.finding.message}${mark(f)}`);
      quote(f);
      add('quote', `修改要求：${requestedCorrection(f.finding)}`);
      return;
    }
    const title = ruleById(item.ruleId)?.meta.title ?? categoryName(item.ruleId);
    add('para', `${i + 1}．${title}（共${item.findings.length}处）`);
    const asks = item.findings.map((f) => requestedCorrection(f.finding));
    const oneAsk = asks.every((a) => a === asks[0]);
    item.findings.forEach((f, k) => {
      add('quote', `（${k + 1}）${where(f)}${f.finding.message}${mark(f)}`);
      quote(f);
      if (!oneAsk) add('quote', `修改要求：${asks[k]}`);
    });
    if (oneAsk) add('quote', `修改要求：${asks[0]}`);
  });

  if (entry.corrections.length > 0) {
    heading('审核中更正的数据');
    add('para', '以下数据经审核核实后更正，请在修改报告时一并更正：');
    entry.corrections.forEach((c, i) => {
      add(
        'para',
        `${i + 1}．${describeCell(c.path, activeFormOf(entry.report.cells))}：原为 ${show(c.original, c.originalRaw)}，更正为 ${show(c.value, '')}。`,
      );
    });
  }

  const note = entry.statusNote?.trim() ?? '';
  if (note !== '' || entry.comments.length > 0) {
    heading('审核意见');
    if (note !== '') add('para', note);
    entry.comments.forEach((comment, i) => {
      const where = sectionName(entry.report, comment.span[0]);
      add('para', `${i + 1}．${where ? `【${where}】` : ''}${comment.text}`);
      add('quote', `原文：「${quoteSpan(entry.report.text, comment.span)}」`);
    });
  }

  heading('审核结论');
  add(
    'para',
    conclusion === 'return'
      ? `审核结论：${conclusionLabel.return}。请按上述意见修改后重新报送。`
      : conclusion === 'pass'
        ? `审核结论：${conclusionLabel.pass}。`
        : '审核结论：（尚未作出）',
  );

  const signature = (settings.signature.trim() || settings.issuer)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const l of signature) add('signature', l);
  add('date', chineseDate(date));

  const pendingListed = listed.filter(isPending).length;
  const notices: string[] = [];
  if (conclusion === null)
    notices.push(
      '报告尚未标为「已退回」或「已通过」：审核结论随审核状态而定，请先选择「退回修改」或「审核通过」，再保存意见书。',
    );
  if (omitted.length > 0)
    notices.push(
      `有 ${omitted.length} 处未确认的问题未列入意见书${omittedErrors > 0 ? `，其中错误 ${omittedErrors} 处` : ''}（已选择不列出未确认的问题）。`,
    );
  if (pendingListed > 0) notices.push(`有 ${pendingListed} 处未确认的问题以「待核实」列入。`);
  if (signature.length === 0) notices.push('尚未设置发文机关和落款，请在「意见书设置」中填写。');
  if (agency === null) notices.push('未识别报告单位：主送和文件名中以“未识别单位”代替。');

  return {
    blocks,
    conclusion,
    fileName: letterFileName(agency, entry.year),
    number,
    items: items.length,
    omittedErrors,
    notices,
  };
};
