// What the 原文 view gets for a report: the PDF's bytes or the Word document's sanitized HTML,
// with the extractor's source segments that place the findings on it.
import { z } from 'zod';
import { sourceSegmentSchema } from '../model/source';

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
  /** A text file: its extracted text is the original. */
  z.object({ kind: z.literal('text') }),
  /** The original cannot be shown (moved, changed, converted format); the message says why. */
  z.object({ kind: z.literal('unavailable'), message: z.string() }),
]);
export type ReportSource = z.infer<typeof reportSourceSchema>;
