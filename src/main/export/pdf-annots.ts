// PDF annotation objects: a highlight (with its own appearance) or a note icon, each with a popup.
import {
  PDFBool,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { rectOf, type PageFrame } from './pdf-geometry';

/** The visible part of a page (CropBox within MediaBox) and its rotation. */
export const frameOf = (page: PDFPage): PageFrame => {
  const media = page.getMediaBox();
  const crop = page.getCropBox();
  const x0 = Math.max(media.x, crop.x);
  const y0 = Math.max(media.y, crop.y);
  const x1 = Math.min(media.x + media.width, crop.x + crop.width);
  const y1 = Math.min(media.y + media.height, crop.y + crop.height);
  return { view: [x0, y0, x1, y1], rotate: page.getRotation().angle };
};

/** What every annotation carries: text, author, subject, date and a unique name. */
export interface AnnotText {
  text: string;
  author: string;
  subject: string;
  date: Date;
  name: string;
}

const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

/** An appearance for a highlight, so that viewers which draw none of their own still show it. */
const appearance = (
  doc: PDFDocument,
  quads: number[],
  rect: number[],
  colour: number[],
): PDFRef => {
  const paths: string[] = [];
  for (let i = 0; i + 7 < quads.length; i += 8) {
    const q = quads.slice(i, i + 8).map(fmt);
    paths.push(`${q[0]} ${q[1]} m ${q[2]} ${q[3]} l ${q[6]} ${q[7]} l ${q[4]} ${q[5]} l h f`);
  }
  const content = `/GS0 gs ${colour.map(fmt).join(' ')} rg ${paths.join(' ')}`;
  const stream = doc.context.stream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: rect,
    Resources: { ExtGState: { GS0: { Type: 'ExtGState', BM: 'Multiply', CA: 0.45, ca: 0.45 } } },
  });
  return doc.context.register(stream);
};

/** Adds an annotation and its (closed) popup to a page. */
const addAnnot = (
  doc: PDFDocument,
  page: PDFPage,
  rect: number[],
  extra: Record<string, PDFObject>,
  t: AnnotText,
): PDFRef => {
  const ctx = doc.context;
  const popupRef = ctx.nextRef();
  const annot = ctx.obj({
    Type: 'Annot',
    Rect: rect,
    Contents: PDFHexString.fromText(t.text),
    T: PDFHexString.fromText(t.author),
    Subj: PDFHexString.fromText(t.subject),
    M: PDFString.fromDate(t.date),
    CreationDate: PDFString.fromDate(t.date),
    NM: PDFString.of(t.name),
    F: 4, // print
    Popup: popupRef,
  });
  for (const [key, value] of Object.entries(extra)) annot.set(PDFName.of(key), value);
  const annotRef = ctx.register(annot);
  const [, , pageRight, pageTop] = frameOf(page).view;
  const right = Math.min(rect[2]! + 220, pageRight);
  const top = Math.min(rect[3]!, pageTop);
  const popup = ctx.obj({
    Type: 'Annot',
    Subtype: 'Popup',
    Parent: annotRef,
    Rect: [right - 200, top - 120, right, top],
    Open: false,
    F: 28, // hidden until opened, no zoom, no rotate
  });
  ctx.assign(popupRef, popup);
  page.node.addAnnot(annotRef);
  page.node.addAnnot(popupRef);
  return annotRef;
};

/** A highlight over the given QuadPoints (8 numbers per band). */
export const addHighlight = (
  doc: PDFDocument,
  page: PDFPage,
  quads: number[],
  colour: [number, number, number],
  t: AnnotText,
): PDFRef => {
  const rect = rectOf(quads);
  const ctx = doc.context;
  return addAnnot(
    doc,
    page,
    rect,
    {
      Subtype: PDFName.of('Highlight'),
      QuadPoints: ctx.obj(quads),
      C: ctx.obj(colour),
      CA: PDFNumber.of(0.45),
      AP: ctx.obj({ N: appearance(doc, quads, rect, colour) }),
    },
    t,
  );
};

/** A note icon (the viewer's own comment symbol) at a 20-unit square. */
export const addNote = (
  doc: PDFDocument,
  page: PDFPage,
  at: [number, number],
  colour: [number, number, number],
  t: AnnotText,
): PDFRef =>
  addAnnot(
    doc,
    page,
    [at[0], at[1], at[0] + 20, at[1] + 20],
    {
      Subtype: PDFName.of('Text'),
      Name: PDFName.of('Comment'),
      C: doc.context.obj(colour),
      Open: PDFBool.False,
    },
    t,
  );
