// The sentence splitter now searches the prose view for end marks with one regex instead of
// testing every character against a Set (issue 17). It must cut the same sentences: compared
// with the character walk it replaced, on the real reports' texts and on generated reports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/shared/model/schema';
import { parseReport } from '../../src/shared/parser';
import type { ParsedDocument } from '../../src/shared/parser/types';
import { docProse } from '../../src/shared/rules/support/prose';
import { sectionAt } from '../../src/shared/rules/support/sections';
import {
  HARD_ENDS,
  SOFT_ENDS,
  splitSentences,
  type Sentence,
} from '../../src/shared/rules/support/sentences';
import { viewRangeToBase, type ProseView } from '../../src/shared/text/prose';
import { flattenLikePdf } from '../support/pdf-like';
import { buildReportText, consistentCells } from '../support/report-builder';

const TRIM_END = /[\s。！？!?；;，,]+$/;

/** The splitter as it was: every character of the view tested against `ends`. */
const reference = (
  doc: ParsedDocument,
  view: ProseView,
  ends: ReadonlySet<string>,
  keep: (span: Span) => boolean,
): Sentence[] => {
  const out: Sentence[] = [];
  const t = view.text;
  let from = 0;
  const flush = (to: number): void => {
    const raw = t.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.slice(lead).replace(TRIM_END, '');
    if (body === '') return;
    const span = viewRangeToBase(view, from + lead, from + lead + body.length);
    if (!keep(span)) return;
    const paragraphEnd = t[to - 1] === '\n' || to >= t.length || t[to] === '\n';
    out.push({
      text: raw,
      start: from,
      end: to,
      span,
      section: sectionAt(doc, span[0]),
      paragraphEnd,
    });
  };
  for (let i = 0; i < t.length; i++) {
    if (ends.has(t[i]!)) {
      flush(i + 1);
      from = i + 1;
    }
  }
  flush(t.length);
  return out;
};

const realTexts = (): string[] => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'real');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
};

const generatedTexts = (): string[] =>
  Array.from({ length: 12 }, (_, i) => {
    const text = buildReportText({
      agency: `第${i}区司法局`,
      cells: consistentCells(i + 1),
      prose: {
        '1': '全年主动公开信息 12 条；其中政策文件 3 件！是否？\n\n  另有说明;结束',
        '5': '',
      },
    });
    return i % 2 === 0 ? text : flattenLikePdf(text);
  });

describe('sentence splitter', () => {
  it('cuts the sentences the character walk cut, with and without semicolons', () => {
    const texts = [...realTexts(), ...generatedTexts()];
    expect(texts.length).toBeGreaterThan(15);
    let sentences = 0;
    for (const text of texts) {
      const doc = parseReport(text);
      const view = docProse(doc);
      const keep = (span: Span) => (span[0] * 7 + span[1]) % 5 !== 0;
      for (const ends of [SOFT_ENDS, HARD_ENDS]) {
        const expected = reference(doc, view, ends, keep);
        expect(splitSentences(doc, view, ends, keep)).toEqual(expected);
        expect(splitSentences(doc, view, ends)).toEqual(reference(doc, view, ends, () => true));
        sentences += expected.length;
      }
    }
    expect(sentences).toBeGreaterThan(1000);
  });
});
