// The stages every report goes through, wherever it is read: parse the extraction, then check the
// parse with the context the workspace knows. The worker, the CLI and the app all call these.
import type { Finding } from '../../shared/model/schema';
import type { ExtractedDocument } from '../../shared/model/source';
import { parseReport, type ParsedDocument } from '../../shared/parser';
import type { RuleProfile } from '../../shared/rules/config';
import { runRules } from '../../shared/rules/engine';
import { allRules } from '../../shared/rules/registry';
import type { Rule } from '../../shared/rules/types';
import { applyCorrections, type CellOverride } from '../../shared/review/corrections';

/** What a check may know beyond the report itself. */
export interface CheckContext {
  profile?: RuleProfile;
  /** Last year's report of the same agency (its own corrections applied). */
  previous?: ParsedDocument | null;
  /** The other agencies' reports of the same year (their corrections applied). */
  peers?: readonly ParsedDocument[];
  /** The reviewer's corrected cells of this report. */
  corrections?: readonly CellOverride[];
}

/** Rules that read one report only: they run where the file is read (a worker thread). */
export const localRules: readonly Rule[] = allRules.filter((r) => !r.meta.needsWorkspace);
/** Rules that compare with other reports: they run where the workspace is (main). */
export const workspaceRules: readonly Rule[] = allRules.filter((r) => r.meta.needsWorkspace);

/** Parses what the extractor gave. */
export const parseExtracted = (
  doc: Pick<ExtractedDocument, 'text' | 'grids' | 'uncertain'>,
): ParsedDocument =>
  parseReport(doc.text, {
    grids: doc.grids ?? [],
    ...(doc.uncertain ? { uncertain: doc.uncertain } : {}),
  });

/** Checks a parsed report: corrections applied, the rules run with the context. */
export const checkParsed = (
  doc: ParsedDocument,
  context: CheckContext = {},
  rules: readonly Rule[] = allRules,
): Finding[] =>
  runRules(applyCorrections(doc, context.corrections ?? []), rules, {
    profile: context.profile,
    previous: context.previous ?? null,
    peers: context.peers ?? [],
  });
