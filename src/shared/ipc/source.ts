// What the 原文 view gets for a report: the PDF's bytes, the Word document's sanitized HTML or
// an OFD's pages as drawable items, with the extractor's source segments that place the
// findings on it.
import { z } from 'zod';
import { sourceSegmentSchema } from '../model/source';

/** Drawable items of an OFD page, at most this many over the whole document. */
export const MAX_OFD_ITEMS = 100_000;
/** Picture bytes sent for one OFD, each file counted once however many pages show it. */
export const MAX_OFD_PICTURE_BYTES = 120_000_000;

const num = z.number().finite();
/** A colour as main writes it: `rgb(r,g,b)` or `#000` (nothing else reaches a style). */
const cssColour = z.string().regex(/^(rgb\(\d{1,3},\d{1,3},\d{1,3}\)|#000)$/);
/** x, y, w, h in millimetres from the page's top-left corner. */
const mmBox = z.tuple([num, num, num, num]);

/** One OFD page drawn from its objects (millimetres, origin at the top left, y down). */
export const ofdPageSchema = z.object({
  width: num.positive(),
  height: num.positive(),
  /**
   * A run of text: drawn at (x, y) on its baseline, `size` high, fitted to `length`, through
   * `m` (the run's own coordinates to the page: usually a plain translation).
   */
  texts: z.array(
    z.object({
      text: z.string().max(2000),
      m: z.tuple([num, num, num, num, num, num]),
      x: num,
      y: num,
      size: num.positive(),
      length: num.nonnegative(),
      fill: cssColour,
    }),
  ),
  /** Painted paths as SVG path data made of M, L and Z only (built in main from numbers). */
  paths: z.array(
    z.object({
      d: z
        .string()
        .max(20_000)
        .regex(/^[MLZ0-9. -]*$/),
      /** '' when the path is not stroked. */
      stroke: z.union([cssColour, z.literal('')]),
      /** The stroke's width in millimetres. */
      width: num.nonnegative(),
      /** '' when the path is not filled. */
      fill: z.union([cssColour, z.literal('')]),
    }),
  ),
  /**
   * The pictures (a scanned page, a seal, a logo): where each is and its file, JPEG or PNG as
   * main sends it (a TIFF re-encoded as PNG), drawn on a canvas; null (a placeholder is drawn)
   * for a format the view does not decode or past MAX_OFD_PICTURE_BYTES.
   */
  images: z.array(
    z.object({
      box: mmBox,
      picture: z
        .object({ mime: z.enum(['image/jpeg', 'image/png']), bytes: z.instanceof(Uint8Array) })
        .nullable(),
    }),
  ),
  /** Items were left out: the page holds more than the view draws. */
  truncated: z.boolean(),
});
export type OfdPageView = z.infer<typeof ofdPageSchema>;

/** One page picture of a scan; drawn on a canvas (the page's CSP allows no blob: images). */
export const scanPageSchema = z.object({
  mime: z.enum(['image/jpeg', 'image/png']),
  bytes: z.instanceof(Uint8Array),
  width: num.positive(),
  height: num.positive(),
});
export type ScanPageView = z.infer<typeof scanPageSchema>;

/** The original document of a report, in the form the renderer can show it. */
export const reportSourceSchema = z.discriminatedUnion('kind', [
  /** The PDF file itself; pages are drawn with pdf.js in the page. */
  z.object({
    kind: z.literal('pdf'),
    bytes: z.instanceof(Uint8Array),
    segments: z.array(sourceSegmentSchema),
  }),
  /** A Word document converted in main; `anchors[i]` is the `data-anchor` of segment i or ''. */
  z.object({
    kind: z.literal('docx'),
    html: z.string(),
    segments: z.array(sourceSegmentSchema),
    anchors: z.array(z.string()),
  }),
  /** An OFD file: its pages as drawable items; segments carry `ofd` locations (mm). */
  z.object({
    kind: z.literal('ofd'),
    pages: z.array(ofdPageSchema).max(2000),
    segments: z.array(sourceSegmentSchema),
  }),
  /**
   * A scanned report read with OCR (an image file): its pages as pictures (JPEG or PNG; a TIFF
   * page re-encoded as PNG) sized in points, the unit of the segments' `pdf` boxes.
   */
  z.object({
    kind: z.literal('image'),
    pages: z.array(scanPageSchema).max(2000),
    segments: z.array(sourceSegmentSchema),
  }),
  /** A text file: its extracted text is the original. */
  z.object({ kind: z.literal('text') }),
  /** The original cannot be shown (moved, changed, converted format); the message says why. */
  z.object({ kind: z.literal('unavailable'), message: z.string() }),
]);
export type ReportSource = z.infer<typeof reportSourceSchema>;
