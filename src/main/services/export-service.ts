// Turns stored reports — their stored parse with the reviewer's corrections, findings, decisions
// and comments — into the export module's files (issue list, review letter, annotated original),
// and answers the versions of a report.
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ReportVersions } from '../../shared/ipc/exports';
import { applyCorrections } from '../../shared/review/corrections';
import { parsedOf } from '../check/record';
import { extractBytes } from '../extract';
import type { LetterModel, LetterSettings, UnconfirmedChoice } from '../../shared/ipc/letter';
import {
  annotateReport,
  buildLetter,
  entryFromParsed,
  renderLetterDocx,
  writeIssueCsv,
  writeIssueXlsx,
  issueRows,
  type Decision as ExportDecision,
  type FindingScope,
  type ReportEntry,
} from '../export';
import type { SourceSegment } from '../../shared/model/source';
import type { StoredReport, Workspace } from '../storage';
import { fromWorkspace, ServiceError } from './errors';

/** A file made in memory, before the reviewer says where to save it. */
export interface ExportFile {
  bytes: Uint8Array;
  /** File name offered in the save dialog. */
  suggestedName: string;
  extension: 'xlsx' | 'csv' | 'docx' | 'pdf' | 'ofd';
  /** Rows of an issue list, findings in a letter, notes of an annotated report. */
  items: number;
  unplaced: number;
}

export interface ExportServiceOptions {
  workspace: Workspace;
  reviewer: string;
  now?: () => Date;
  /** Reads a submitted file again for the annotated export (default: the file system). */
  readFile?: (path: string) => Promise<Uint8Array>;
}

const stem = (fileName: string): string =>
  fileName.slice(0, fileName.length - extname(fileName).length) || fileName;

/** Decisions keyed as stored: both sides use the engine's uniqueFingerprints. */
const exportDecisions = (r: StoredReport): Record<string, ExportDecision> => {
  const out: Record<string, ExportDecision> = {};
  for (const { fingerprint, decision: d } of r.findings)
    if (d) out[fingerprint] = { decision: d.decision, reason: d.reason, reviewer: d.reviewer };
  return out;
};

/**
 * The reviewer's note on the decision the report stands at (why it is 退回, or a remark on its
 * 通过); the notes the app writes itself on the way (开始审核) are not the reviewer's.
 */
export const statusNote = (r: StoredReport): string | null => {
  const status = r.summary.status;
  if (status !== 'returned' && status !== 'approved') return null;
  const change = r.history.findLast((h) => h.status === status);
  return change?.note?.trim() || null;
};

export class ExportService {
  private readonly ws: Workspace;
  private readonly reviewer: string;
  private readonly now: () => Date;
  private readonly read: (path: string) => Promise<Uint8Array>;

  constructor(options: ExportServiceOptions) {
    this.ws = options.workspace;
    this.reviewer = options.reviewer;
    this.now = options.now ?? (() => new Date());
    this.read = options.readFile ?? (async (p) => new Uint8Array(await readFile(p)));
  }

  /** The export entry of a stored report: corrected cells, findings, decisions, comments. */
  entryOf(r: StoredReport, segments: SourceSegment[] = []): ReportEntry {
    const doc = r.summary.error ? null : parsedOf(this.ws, r.summary.id);
    if (!doc) {
      throw new ServiceError('CONFLICT', `「${r.summary.fileName}」未能读取，没有可导出的内容。`);
    }
    return entryFromParsed({
      fileName: r.summary.fileName,
      format: r.summary.format,
      doc: applyCorrections(doc, r.corrections),
      findings: r.findings.map(({ fingerprint: _f, decision: _d, ...f }) => f),
      segments,
      rawText: r.raw,
      decisions: exportDecisions(r),
      comments: r.comments.map((c) => ({ span: c.span, text: c.text, reviewer: c.reviewer })),
      corrections: r.corrections.map(({ path, value, original, originalRaw }) => ({
        path,
        value,
        original,
        originalRaw,
      })),
      status: r.summary.status,
      statusNote: statusNote(r),
    });
  }

  /** The issue list of one report, or of the register's readable lines when `reportId` is null. */
  async issueList(req: {
    reportId: string | null;
    format: 'xlsx' | 'csv';
    scope: FindingScope;
  }): Promise<ExportFile> {
    const reports =
      req.reportId === null
        ? // One line per agency and year (its latest version, the file the register shows):
          // the .pdf of a .docx and older versions would count the same problems twice.
          this.ws
            .register()
            .map((line) => line.summary)
            .filter((s) => s.error === null)
            .map((s) => this.ws.getReport(s.id))
        : [await this.mustGet(req.reportId)];
    if (reports.length === 0) {
      throw new ServiceError('CONFLICT', '还没有可导出的报告，请先导入年度报告。');
    }
    const entries = reports.map((r) => this.entryOf(r));
    const options = { scope: req.scope };
    const bytes =
      req.format === 'xlsx'
        ? await writeIssueXlsx(entries, options)
        : writeIssueCsv(entries, options);
    const name =
      req.reportId === null ? '年报审查问题清单' : `${stem(reports[0]!.summary.fileName)}-问题清单`;
    const items = entries.reduce((n, e) => n + issueRows(e, options).length, 0);
    return {
      bytes,
      suggestedName: `${name}.${req.format}`,
      extension: req.format,
      items,
      unplaced: 0,
    };
  }

  /** The review letter of one report as the app previews and prints it. */
  async letterPreview(
    req: { reportId: string; unconfirmed: UnconfirmedChoice },
    settings: LetterSettings,
  ): Promise<LetterModel> {
    const entry = this.entryOf(await this.mustGet(req.reportId));
    return buildLetter(entry, { settings, today: this.now(), unconfirmed: req.unconfirmed });
  }

  /**
   * The review letter as .docx. Its conclusion is the report's status: a report neither
   * 已退回 nor 已通过 has none yet, and its letter is refused rather than guessed.
   */
  async letter(
    req: { reportId: string; unconfirmed: UnconfirmedChoice },
    settings: LetterSettings,
  ): Promise<ExportFile> {
    const model = await this.letterPreview(req, settings);
    if (model.conclusion === null) {
      throw new ServiceError(
        'CONFLICT',
        '报告尚未标为「已退回」或「已通过」，审核意见书的结论随审核状态而定：请先选择「退回修改」或「审核通过」，再生成意见书。',
      );
    }
    return {
      bytes: await renderLetterDocx(model),
      suggestedName: model.fileName,
      extension: 'docx',
      items: model.items,
      unplaced: 0,
    };
  }

  /** The submitted file with the findings as Word comments / PDF highlights (text → Word). */
  async annotated(req: { reportId: string }): Promise<ExportFile> {
    const stored = await this.mustGet(req.reportId);
    const r = { ...stored.summary, raw: stored.raw, path: stored.summary.sourcePath ?? '' };
    let original: Uint8Array | null = null;
    let segments: SourceSegment[] = [];
    const kept = r.format !== 'txt' ? this.ws.getDocumentBytes(r.id) : null;
    if (kept && stored.segments.length > 0) {
      // Kept at import with the text that was checked: no need for the file to still be there.
      original = kept;
      segments = stored.segments;
    } else if (r.format !== 'txt') {
      original = await this.read(r.path).catch(() => {
        throw new ServiceError(
          'NOT_FOUND',
          `找不到原文件「${r.fileName}」（可能已移动或删除），无法生成批注版；可改为导出问题清单。`,
        );
      });
      const extracted = await extractBytes(original, r.path);
      if (!extracted.ok || extracted.doc.text !== r.raw) {
        throw new ServiceError(
          'CONFLICT',
          `原文件「${r.fileName}」在导入后已被修改或无法再读取，批注无法对准原文；请重新导入后再试。`,
        );
      }
      segments = extracted.doc.segments;
    }
    const result = await annotateReport(original, this.entryOf(stored, segments), {
      reviewer: this.reviewer,
      date: this.now(),
    });
    if (!result.ok) throw new ServiceError('CONFLICT', result.error.message);
    const { bytes, extension, notes, unplaced } = result.value;
    return {
      bytes,
      suggestedName: `${stem(r.fileName)}-批注版.${extension}`,
      extension,
      items: notes,
      unplaced,
    };
  }

  /**
   * Every version of the report's agency and year (merged agency names count), which one the
   * asked report is, and what changed from the version before it.
   */
  versions(reportId: string): Promise<ReportVersions> {
    return fromWorkspace(() => {
      const versions = this.ws.versionsOf(reportId);
      const at = versions.findIndex((v) => v.id === reportId);
      const previous = at > 0 ? versions[at - 1] : undefined;
      const c = previous ? this.ws.compareVersions(previous.id, reportId) : null;
      return {
        versions: versions.map((v, i) => ({
          id: v.id,
          version: i + 1,
          fileName: v.fileName,
          importedAt: v.importedAt,
        })),
        current: at + 1,
        comparison: c && {
          fromId: c.from.id,
          toId: c.to.id,
          fixed: c.fixed,
          stillOpen: c.stillOpen,
          new: c.new,
        },
      };
    });
  }

  private mustGet(id: string): Promise<StoredReport> {
    return fromWorkspace(() => this.ws.getReport(id));
  }
}

/** Writes an export where the reviewer chose; the extension is added when the name lacks it. */
export const saveExport = async (path: string, file: ExportFile): Promise<string> => {
  const target =
    extname(path).toLowerCase() === `.${file.extension}` ? path : `${path}.${file.extension}`;
  try {
    await writeFile(target, file.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? '没有写入该位置的权限'
        : code === 'EBUSY'
          ? '文件正被其他程序打开'
          : code === 'ENOENT'
            ? '所选文件夹不存在'
            : '写入失败';
    throw new ServiceError('INTERNAL', `未能保存「${target}」：${why}，请另选位置后再试。`);
  }
  return target;
};
