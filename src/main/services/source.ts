// The 原文 of a report for the review desk: the file kept in the workspace at import (or, for a
// report stored without it, the file read again and checked to still give the text that was
// checked, so the source segments match the findings), as the PDF's bytes, the Word document's
// sanitized HTML or the OFD's pages as drawable items, with the segments.
import { readFile } from 'node:fs/promises';
import type { ReportSource } from '../../shared/ipc/source';
import type { SourceSegment } from '../../shared/model/source';
import { extractBytes, type ExtractResult } from '../extract';
import { pageHtml } from '../extract/html';
import { DEFAULT_LIMITS } from '../extract/options';
import { groupBytes } from '../extract/ocr/page-group';
import { scanPages } from '../extract/ocr/scan-pages';
import { sniff } from '../extract/sniff';
import { ofdPages } from '../extract/ofd/view';
import type { StoredReport, Workspace } from '../storage';
import { WorkspaceError } from '../storage/errors';
import { anchoredHtml, wordToHtml, type WordHtml } from './word-html';

/** Largest original sent to the page (the extractor's own limit is lower by default). */
const MAX_BYTES = 100 * 1024 * 1024;

export interface SourceServiceOptions {
  workspace: Workspace;
  /** Reads an original the workspace does not hold; the file system by default. */
  readBytes?(path: string): Promise<Uint8Array>;
  /** Extracts such an original again; `extractBytes` by default. */
  extract?(bytes: Uint8Array, name: string): Promise<ExtractResult>;
}

/** What the view is built from, or null when there is no report with this id. */
const lookup = (
  ws: Workspace,
  id: string,
): Pick<StoredReport, 'summary' | 'raw' | 'segments'> | null => {
  try {
    return ws.getSourceRecord(id);
  } catch (error) {
    if (error instanceof WorkspaceError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
};

const unavailable = (message: string): ReportSource => ({ kind: 'unavailable', message });

/** Formats shown as sanitized HTML: Word documents and saved web pages. */
const HTML_VIEW = new Set(['docx', 'html', 'mht']);

const toHtml = async (
  format: string,
  bytes: Uint8Array,
  report: { raw: string; fileName: string },
  segments: readonly SourceSegment[],
): Promise<WordHtml> =>
  format === 'docx'
    ? wordToHtml(bytes, report.raw, segments)
    : anchoredHtml(pageHtml(bytes, report.fileName), report.raw, segments);

/** An OFD's pages to draw, or `unavailable` when they cannot be read. */
const ofdSource = (
  bytes: Uint8Array,
  fileName: string,
  segments: SourceSegment[],
): ReportSource => {
  try {
    return { kind: 'ofd', pages: ofdPages(bytes, DEFAULT_LIMITS), segments };
  } catch {
    return unavailable(`无法显示「${fileName}」的 OFD 页面；请使用「文本」视图。`);
  }
};

/** Formats read with OCR from an image file: shown as the page pictures. */
const IMAGE_VIEW = new Set(['jpg', 'png', 'tif']);

/** A scan's page pictures, or `unavailable` when they cannot be decoded. */
const imageSource = (
  bytes: Uint8Array,
  fileName: string,
  segments: SourceSegment[],
): ReportSource => {
  // Page images read as one report are kept as the PDF of their pictures.
  if (sniff(bytes) === 'pdf') return { kind: 'pdf', bytes: new Uint8Array(bytes), segments };
  try {
    return { kind: 'image', pages: scanPages(bytes), segments };
  } catch {
    return unavailable(`无法显示「${fileName}」的图片；请使用「文本」视图。`);
  }
};

/**
 * Serves `report:source`. Only reports already imported are read (their paths were granted
 * then), by id: the page never names a path.
 */
export class SourceService {
  private readonly ws: Workspace;
  private readonly readBytes: NonNullable<SourceServiceOptions['readBytes']>;
  private readonly extract: NonNullable<SourceServiceOptions['extract']>;

  constructor(options: SourceServiceOptions) {
    this.ws = options.workspace;
    this.readBytes =
      options.readBytes ??
      (async (p) => (await groupBytes(p)) ?? new Uint8Array(await readFile(p)));
    this.extract = options.extract ?? ((b, name) => extractBytes(b, name));
  }

  async getSource(id: string): Promise<ReportSource> {
    const stored = lookup(this.ws, id);
    if (!stored) return unavailable(`找不到报告（编号 ${id}），它可能已被移除。`);
    const { summary, raw, segments: keptSegments } = stored;
    const r = { ...summary, raw, path: summary.sourcePath ?? '' };
    if (r.error) return unavailable('该文件未能读取，没有可显示的原文。');
    if (r.format === 'txt' || r.format === 'text' || r.format === 'md') return { kind: 'text' };
    if (
      r.format !== 'pdf' &&
      r.format !== 'ofd' &&
      !HTML_VIEW.has(r.format) &&
      !IMAGE_VIEW.has(r.format)
    ) {
      return unavailable(
        '该文件由其他格式转换而来，原文视图只显示 PDF、OFD、Word（.docx）、网页文件和扫描图片。',
      );
    }
    const kept = this.ws.getDocumentBytes(id);
    if (kept && keptSegments.length > 0) {
      // Kept at import with the very text that was checked: the marks line up by construction.
      if (r.format === 'pdf')
        return { kind: 'pdf', bytes: new Uint8Array(kept), segments: keptSegments };
      if (r.format === 'ofd') return ofdSource(kept, r.fileName, keptSegments);
      if (IMAGE_VIEW.has(r.format)) return imageSource(kept, r.fileName, keptSegments);
      const { html, anchors } = await toHtml(r.format, kept, r, keptSegments);
      return { kind: 'docx', html, segments: keptSegments, anchors };
    }
    let bytes: Uint8Array;
    try {
      bytes = await this.readBytes(r.path);
    } catch {
      return unavailable(
        `找不到原文件「${r.fileName}」，它可能已被移动或删除；请使用「文本」视图。`,
      );
    }
    if (bytes.length > MAX_BYTES) return unavailable(`原文件「${r.fileName}」过大，无法显示。`);
    const extracted = await this.extract(bytes, r.fileName);
    // A changed file would put the marks in the wrong places: better no 原文 than a wrong one.
    if (!extracted.ok || extracted.doc.text !== r.raw || extracted.doc.format !== r.format) {
      return unavailable(
        `原文件「${r.fileName}」在导入后已被修改，原文位置与审查结果不再对应；请重新导入，或使用「文本」视图。`,
      );
    }
    const { segments } = extracted.doc;
    if (r.format === 'pdf') return { kind: 'pdf', bytes: new Uint8Array(bytes), segments };
    if (r.format === 'ofd') return ofdSource(bytes, r.fileName, segments);
    if (IMAGE_VIEW.has(r.format)) return imageSource(bytes, r.fileName, segments);
    try {
      const { html, anchors } = await toHtml(r.format, bytes, r, segments);
      return { kind: 'docx', html, segments, anchors };
    } catch {
      return unavailable(`无法把「${r.fileName}」转换为网页显示；请使用「文本」视图。`);
    }
  }
}
