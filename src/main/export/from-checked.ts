// Adapts what `checkFile` returns (CLI, batch) to the export entry, with the reviewer's work.
import { basename } from 'node:path';
import type { CheckedFile } from '../check/check-file';
import { entryFromParsed, type ReportEntry, type ReportEntryInput } from './types';

/** The reviewer's part of an entry: decisions by fingerprint and remarks. */
export type ReviewWork = Pick<ReportEntryInput, 'decisions' | 'comments'>;

/**
 * The export entry of a checked file (its name without the directory), or null when the file
 * could not be read — an unreadable file has nothing to export but its error.
 */
export const entryFromChecked = (
  checked: CheckedFile,
  work: ReviewWork = {},
): ReportEntry | null => {
  const { result, doc } = checked;
  if (result.error || !doc) return null;
  return entryFromParsed({
    fileName: basename(result.file),
    format: result.format,
    doc,
    findings: result.findings,
    segments: checked.segments,
    rawText: checked.extracted,
    decisions: work.decisions,
    comments: work.comments,
  });
};
