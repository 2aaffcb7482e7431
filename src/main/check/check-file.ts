// One file through the whole pipeline: extract → parse → check, as a FileResult of the contract.
import { extname } from 'node:path';
import type { FileResult } from '../../shared/model/schema';
import type { ExtractedDocument, SourceSegment } from '../../shared/model/source';
import { parseReport, type ParsedDocument } from '../../shared/parser';
import type { RuleProfile } from '../../shared/rules/config';
import { runRules } from '../../shared/rules/engine';
import { allRules } from '../../shared/rules/registry';
import { extractFile } from '../extract';

/** A checked file with what the outputs need beyond the JSON contract. */
export interface CheckedFile {
  result: FileResult;
  doc: ParsedDocument | null;
  segments: SourceSegment[];
  /** The extracted text the segments index into. */
  extracted: string;
}

export interface CheckFileOptions {
  profile?: RuleProfile;
}

const formatFromName = (file: string): string => extname(file).slice(1).toLowerCase() || 'unknown';

/**
 * The profile with the cells OCR could not read handed to table.ocr-uncertain (as its option),
 * keeping what the profile says about that rule.
 */
const withUncertain = (
  profile: RuleProfile | undefined,
  uncertain: ExtractedDocument['uncertain'],
): RuleProfile | undefined => {
  if (!uncertain || uncertain.length === 0) return profile;
  const id = 'table.ocr-uncertain';
  const own = profile?.rules[id];
  if (own === 'off') return profile;
  const setting =
    own === undefined
      ? { options: { uncertain } }
      : typeof own === 'string'
        ? { severity: own, options: { uncertain } }
        : { ...own, options: { ...own.options, uncertain } };
  return { ...profile, rules: { ...profile?.rules, [id]: setting } };
};

/** Checks one file. Never throws: an unreadable file becomes a result with `error`. */
export const checkFile = async (
  file: string,
  options: CheckFileOptions = {},
): Promise<CheckedFile> => {
  const extracted = await extractFile(file);
  if (!extracted.ok) {
    return {
      result: {
        file,
        format: formatFromName(file),
        error: extracted.error,
        report: null,
        findings: [],
      },
      doc: null,
      segments: [],
      extracted: '',
    };
  }
  const doc = parseReport(extracted.doc.text);
  const profile = withUncertain(options.profile, extracted.doc.uncertain);
  const findings = runRules(doc, allRules, profile ? { profile } : {});
  return {
    result: {
      file,
      format: extracted.doc.format,
      error: null,
      report: doc.report,
      findings,
      ...(extracted.doc.notes.length > 0 ? { notes: extracted.doc.notes } : {}),
    },
    doc,
    segments: extracted.doc.segments,
    extracted: extracted.doc.text,
  };
};
