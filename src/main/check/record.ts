// A checked file into the workspace, and a stored report checked again: where the checks that
// compare a report with others (last year's, the same year's peers) get what they compare with.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { locateFile } from '../extract/file-name';
import { groupBytes } from '../extract/ocr/page-group';
import { basename } from 'node:path';
import type { ReviewFinding } from '../../shared/ipc/review';
import type { Finding } from '../../shared/model/schema';
import type { ParsedDocument } from '../../shared/parser';
import type { RuleProfile } from '../../shared/rules/config';
import { sortFindings } from '../../shared/rules/engine';
import { applyCorrections, type CellOverride } from '../../shared/review/corrections';
import type { ImportResult, Workspace } from '../storage';
import type { CheckedFile } from './check-file';
import { checkParsed, parseExtracted, workspaceRules, type CheckContext } from './pipeline';

/** Parses of stored reports by workspace, so a batch does not decode its peers again per file. */
const parses = new WeakMap<Workspace, Map<string, ParsedDocument>>();
const MAX_CACHED = 2000;

const cacheOf = (ws: Workspace): Map<string, ParsedDocument> => {
  let cache = parses.get(ws);
  if (!cache) parses.set(ws, (cache = new Map()));
  if (cache.size > MAX_CACHED) cache.clear();
  return cache;
};

/**
 * The stored parse of a report, or null for a file that could not be read. A workspace written
 * before parses were stored has only the extraction: that is parsed once here.
 */
export const parsedOf = (ws: Workspace, id: string): ParsedDocument | null => {
  const cache = cacheOf(ws);
  const hit = cache.get(id);
  if (hit) return hit;
  let doc = ws.getParsed(id);
  if (!doc) {
    const extraction = ws.getExtraction(id);
    doc = extraction ? parseExtracted(extraction) : null;
    // The agency and year as stored: the reviewer may have corrected what the parser read.
    if (doc) {
      const { agency, year } = ws.summaryOf(id);
      doc = { ...doc, report: { ...doc.report, agency, year } };
    }
  }
  if (doc) cache.set(id, doc);
  return doc;
};

/** Drops the cached parse of a report whose stored parse changed (its agency or year edited). */
export const forgetParsed = (ws: Workspace, id: string): void => {
  cacheOf(ws).delete(id);
};

/**
 * Corrected parses already worked out, by id: contexts built one after another while nothing
 * is corrected (a year's reports judged again after an import) share them.
 */
export type CorrectedMemo = Map<string, ParsedDocument | null>;

const corrected = (ws: Workspace, id: string, memo?: CorrectedMemo): ParsedDocument | null => {
  if (memo?.has(id)) return memo.get(id)!;
  const doc = parsedOf(ws, id);
  const out = doc && applyCorrections(doc, ws.correctionsOf(id));
  memo?.set(id, out);
  return out;
};

/**
 * What the workspace knows for a stored report: last year's report of its agency (by the
 * agency key, so merged names count), the other agencies' reports of its year, its corrections.
 */
export const contextOf = (
  ws: Workspace,
  id: string,
  profile?: RuleProfile,
  corrections: readonly CellOverride[] = ws.correctionsOf(id),
  memo?: CorrectedMemo,
): CheckContext => {
  const previousId = ws.previousYearOf(id);
  return {
    profile,
    previous: previousId === null ? null : corrected(ws, previousId, memo),
    peers: ws.peersOf(id).flatMap((p) => corrected(ws, p, memo) ?? []),
    corrections,
  };
};

export interface Recorded {
  imported: ImportResult;
  /** The findings stored for the file (for a duplicate, those stored before). */
  findings: Finding[];
}

export const withoutReview = ({ fingerprint: _p, decision: _d, ...f }: ReviewFinding): Finding => f;

/**
 * Stores a checked file as it is — the original bytes, the extraction, the parse, the findings —
 * and in the same transaction runs the rules that compare it with the workspace's other reports.
 * The app's import and `nianbao check --workspace` both store through here.
 */
export const recordChecked = async (
  ws: Workspace,
  checked: CheckedFile,
  options: { profile?: RuleProfile } = {},
): Promise<Recorded> => {
  const { result, doc } = checked;
  // Page images read as one report are kept as the PDF of their pictures.
  const bytes =
    (await groupBytes(result.file).catch(() => null)) ??
    (await readFile(locateFile(result.file).path)
      .then((b) => new Uint8Array(b))
      .catch(() => null));
  // Without the file's bytes (it went away meanwhile), what was read identifies it.
  const identity = doc ? `${result.format}\0${checked.extracted}` : `error\0${result.file}`;
  let findings = result.findings;
  const imported = ws.importReport(
    {
      name: basename(result.file),
      format: result.format,
      path: result.file,
      ...(bytes ? { bytes } : { hash: createHash('sha256').update(identity).digest('hex') }),
      extracted: doc
        ? {
            format: result.format,
            text: checked.extracted,
            segments: checked.segments,
            notes: result.notes ?? [],
            ...(checked.grids ? { grids: checked.grids } : {}),
          }
        : null,
      parsed: doc,
      error: result.error,
      findings,
    },
    ({ id }) => {
      if (!doc) return null;
      cacheOf(ws).set(id, doc);
      const context = contextOf(ws, id, options.profile, []);
      if (!context.previous && context.peers?.length === 0) return null;
      const more = checkParsed(doc, context, workspaceRules);
      if (more.length === 0) return null;
      findings = sortFindings([...findings, ...more]);
      return findings;
    },
  );
  if (imported.duplicate) findings = ws.getReport(imported.id).findings.map(withoutReview);
  return { imported, findings };
};

/**
 * The findings of a stored report checked again with every rule and its context; `corrections`
 * replaces the stored ones (a correction about to be saved).
 */
export const checkStored = (
  ws: Workspace,
  id: string,
  options: { profile?: RuleProfile; corrections?: readonly CellOverride[] } = {},
): Finding[] => {
  const doc = parsedOf(ws, id);
  if (!doc) return [];
  return checkParsed(doc, contextOf(ws, id, options.profile, options.corrections));
};

/**
 * Re-checks a stored report and stores the findings (decisions follow their fingerprints).
 * `reparse` parses the stored extraction again first — after the parser or the rules changed.
 */
export const recheckStored = (
  ws: Workspace,
  id: string,
  options: { profile?: RuleProfile; reparse?: boolean } = {},
): Finding[] => {
  let reparsed: ParsedDocument | undefined;
  if (options.reparse) {
    const extraction = ws.getExtraction(id);
    if (extraction) {
      reparsed = parseExtracted(extraction);
      cacheOf(ws).set(id, reparsed);
    }
  }
  const findings = checkStored(ws, id, options);
  ws.recheck(id, findings, reparsed);
  return findings;
};
