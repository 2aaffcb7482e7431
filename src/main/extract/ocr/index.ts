// Reads pages that are only pictures (scans, photos of pages) with the bundled Chinese OCR and
// lays them out exactly as the PDF reader lays out a text layer: the same blocks, grids, text.
import type { ExtractedDocument } from '../../../shared/model/source';
import { ExtractError } from '../errors';
import { assemblePages, pdfLocation, writePages, type PageInput } from '../pdf/assemble';
import { TextBuilder } from '../text-builder';
import { finishOcr, placeholder, type BoxFrame } from './finish';
import { A4_SHORT_SIDE, imageKind, imagePages } from './images';
import { ocrModels } from './models';
import { jpegOrientation, uprightRaster } from './orientation';
import {
  ocrPage,
  type OcrPageResult,
  type OcrPiece,
  type Placement,
  type UncertainCell,
} from './page';
import type { Raster } from './raster';

export interface OcrContext {
  name: string;
  /** Throws when the time is up or the reading was cancelled. */
  checkpoint: () => void;
  /** Told before each recognized page (1-based) of how many. */
  onProgress?: (page: number, pages: number) => void;
}

/** Fewer than ten Chinese characters: what OCR read is no report (a photo, a blank page). */
export const fewHan = (text: string): boolean => (text.match(/\p{Script=Han}/gu)?.length ?? 0) < 10;

export const imagePlacement = (r: Raster): Placement => ({
  scale: Math.min(r.width, r.height) / A4_SHORT_SIDE,
  dx: 0,
  dy: 0,
});

/** Collects recognized pages: their blocks for the layout, the doubtful cells by index. */
export class OcrCollector {
  readonly results = new Map<number, OcrPageResult>();
  readonly uncertain: UncertainCell[] = [];

  /**
   * Recognizes one page: its pieces and rules as a text layer would give them (placeholders
   * stand in for doubtful cells), for the same page assembly as every fixed-layout reader.
   */
  async page(
    raster: Raster,
    page: number,
    place: Placement,
    ctx: OcrContext,
  ): Promise<Pick<PageInput, 'pieces' | 'graphics' | 'chars' | 'oddChars'>> {
    let models;
    try {
      models = await ocrModels();
    } catch (error) {
      throw new ExtractError(
        'NO_TEXT_LAYER',
        `文件「${ctx.name}」：第 ${page} 页是图片，文字识别组件无法加载（${(error as Error).message.slice(0, 80)}），请提供可复制文字的版本。`,
      );
    }
    const result = await ocrPage(models, raster, page, place, ctx.checkpoint);
    this.results.set(page, result);
    const stand: OcrPiece[] = result.uncertain.map((u) => {
      const i = this.uncertain.push(u) - 1;
      const cx = (u.x0 + u.x1) / 2;
      const cy = (u.top + u.bottom) / 2;
      return {
        text: placeholder(i),
        x0: cx - 2,
        x1: cx + 2,
        top: cy - 2,
        bottom: cy + 2,
        size: 4,
        page,
        confidence: 0,
      };
    });
    const pieces = [...result.pieces, ...stand];
    return {
      pieces,
      graphics: result.graphics,
      chars: result.pieces.reduce((n, p) => n + p.text.length, 0),
      oddChars: 0,
    };
  }

  finish(doc: ExtractedDocument, frame?: BoxFrame): ExtractedDocument {
    return finishOcr(doc, this.results, this.uncertain, frame);
  }
}

/** Reads an image file (PNG, JPEG, TIFF with one or more pages) as one report. */
export const extractImage = async (
  bytes: Uint8Array,
  ctx: OcrContext & { maxPages: number },
): Promise<ExtractedDocument> => {
  const kind = imageKind(bytes);
  if (!kind)
    throw new ExtractError(
      'UNSUPPORTED_FORMAT',
      `文件「${ctx.name}」：此图片格式无法识别，请提供 PNG、JPEG 或 TIFF 格式的扫描件。`,
    );
  let source;
  try {
    source = imagePages(bytes, kind);
  } catch (error) {
    throw new ExtractError(
      'CORRUPT_FILE',
      `文件「${ctx.name}」：图片已损坏，无法读取（${(error as Error).message.slice(0, 80)}）。`,
    );
  }
  if (source.count === 0)
    throw new ExtractError('CORRUPT_FILE', `文件「${ctx.name}」：图片中没有可读取的页面。`);
  if (source.count > ctx.maxPages)
    throw new ExtractError(
      'TOO_MANY_PAGES',
      `文件「${ctx.name}」共 ${source.count} 页，超过上限 ${ctx.maxPages} 页。`,
    );
  const collector = new OcrCollector();
  const inputs: PageInput[] = [];
  // A phone photo's pixels are read turned upright, so the boxes are where the page shows them.
  const orientation = kind === 'jpg' ? jpegOrientation(bytes) : 1;
  for (let i = 0; i < source.count; i++) {
    ctx.checkpoint();
    ctx.onProgress?.(i + 1, source.count);
    let raster;
    try {
      raster = uprightRaster(source.page(i), orientation);
    } catch (error) {
      throw new ExtractError(
        'CORRUPT_FILE',
        `文件「${ctx.name}」：第 ${i + 1} 页图片无法解码（${(error as Error).message.slice(0, 80)}）。`,
      );
    }
    const place = imagePlacement(raster);
    const height = raster.height / place.scale;
    const read = await collector.page(raster, i + 1, place, ctx);
    inputs.push({ ...read, height, area: height * (raster.width / place.scale) });
  }
  const out = new TextBuilder();
  writePages(assemblePages(inputs).pages, out, pdfLocation);
  const built = out.build(kind, []);
  if (fewHan(built.text))
    throw new ExtractError(
      'NO_TEXT_LAYER',
      `文件「${ctx.name}」：图片中没有识别出文字，请提供清晰的扫描件或原始 Word 文件。`,
    );
  return collector.finish(built);
};
