// Parses stored reports (keeping a few parsed) and checks them with the rules, with the
// reviewer's corrections applied and last year's report of the same agency when imported.
import { uniqueFingerprints } from '../../shared/rules/engine';
import { applyCorrections } from '../../shared/review/corrections';
import type { Correction } from '../../shared/ipc/review';
import type { Finding } from '../../shared/model/schema';
import { parseReport, type ParsedDocument } from '../../shared/parser';
import { runRules } from '../../shared/rules/engine';
import type { Rule } from '../../shared/rules/types';
import { ServiceError } from './errors';
import type { StoredFinding, StoredReport } from './store';

const CACHE_SIZE = 32;

/** Findings with their report-unique fingerprints, as the store keeps them. */
export const withPrints = (findings: Finding[], text: string): StoredFinding[] => {
  const prints = uniqueFingerprints(findings, text);
  return findings.map((f, i) => ({ ...f, fingerprint: prints[i]! }));
};

export class ReportChecker {
  /** Parsed raw text by report id (the raw text of a report never changes). */
  private readonly parsed = new Map<string, ParsedDocument>();

  constructor(private readonly rules: readonly Rule[]) {}

  /** The parsed report; a file that could not be read has nothing to parse. */
  parse(r: StoredReport): ParsedDocument {
    if (r.error) throw new ServiceError('CONFLICT', '该文件未能读取，无法进行此操作。');
    const hit = this.parsed.get(r.id);
    if (hit) return hit;
    const doc = parseReport(r.raw);
    this.remember(r.id, doc);
    return doc;
  }

  remember(id: string, doc: ParsedDocument): void {
    if (this.parsed.size >= CACHE_SIZE) {
      const oldest = this.parsed.keys().next().value;
      if (oldest !== undefined) this.parsed.delete(oldest);
    }
    this.parsed.set(id, doc);
  }

  /** Runs the rules on `doc` with the corrections; `known` supplies last year's report. */
  check(
    doc: ParsedDocument,
    corrections: readonly Correction[],
    known: readonly StoredReport[],
  ): StoredFinding[] {
    const previous = this.previousIn(known, doc.report.agency, doc.report.year);
    const findings = runRules(applyCorrections(doc, corrections), this.rules, { previous });
    return withPrints(findings, doc.report.text);
  }

  /** Last year's report of the same agency, parsed with its own corrections, if imported. */
  private previousIn(
    known: readonly StoredReport[],
    agency: string | null,
    year: number | null,
  ): ParsedDocument | null {
    if (agency === null || year === null) return null;
    const prev = known.find((k) => k.error === null && k.agency === agency && k.year === year - 1);
    return prev ? applyCorrections(this.parse(prev), prev.corrections) : null;
  }
}
