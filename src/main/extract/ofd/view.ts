// An OFD's pages for the 原文 view: each page's size and what it paints (text runs at their
// positions, ruled and filled paths, pictures with their files), in millimetres from the page's
// top-left corner, the same frame as the reader's `ofd` source locations. Walked by the same code
// as the reader, so what is drawn is what was read (a scanned page's picture is the one the OCR
// read). Bounded: the whole document yields at most MAX_OFD_ITEMS items (a page past that is
// drawn in part and says so) and MAX_OFD_PICTURE_BYTES of pictures (the rest are placeholders).
import { MAX_OFD_ITEMS, MAX_OFD_PICTURE_BYTES, type OfdPageView } from '../../../shared/ipc/source';
import { scanPages } from '../ocr/scan-pages';
import type { PaintedPath, TextRun } from './content';
import { OfdError, OfdPackage } from './package';
import { readStructure } from './structure';
import { walkOfdPage } from './walk';

export interface OfdViewLimits {
  maxPages: number;
  maxUnpackedBytes: number;
  /** Items over the whole document. */
  maxItems?: number;
  /** Picture bytes over the whole document. */
  maxPictureBytes?: number;
}

type Picture = OfdPageView['images'][number]['picture'];

/**
 * The pictures of a package by file, each read once (a seal or a logo on every page is one
 * file, sent once: the IPC's structured clone keeps a shared array shared).
 */
const pictureReader = (pkg: OfdPackage, maxBytes: number): ((media: string) => Picture) => {
  const seen = new Map<string, Picture>();
  let room = maxBytes;
  return (media) => {
    if (seen.has(media)) return seen.get(media)!;
    let picture: Picture = null;
    try {
      // JPEG and PNG as they are, a TIFF's first page as PNG; sizes checked (no pixel bomb).
      const first = scanPages(pkg.bytesOf(media))[0];
      if (first && first.bytes.length <= room) {
        room -= first.bytes.length;
        picture = { mime: first.mime, bytes: first.bytes };
      }
    } catch {
      // A missing file or a format the view does not decode (JBIG2, BMP…) stays a placeholder.
    }
    seen.set(media, picture);
    return picture;
  };
};

/** Enough precision for a drawing (a micrometre), and a smaller message. */
const r = (v: number): number => Math.round(v * 1000) / 1000;

const textItem = (t: TextRun): OfdPageView['texts'][number] => ({
  text: t.text.slice(0, 2000),
  m: [r(t.m[0]), r(t.m[1]), r(t.m[2]), r(t.m[3]), r(t.m[4]), r(t.m[5])],
  x: r(t.x0),
  y: r(t.baseline),
  size: r(t.em) || 0.001,
  length: r(Math.max(0, t.x1 - t.x0)),
  fill: t.fill,
});

/** M/L/Z path data of the straight subpaths; curves (seal rings, flourishes) are left out. */
const pathItem = (p: PaintedPath): OfdPageView['paths'][number] | null => {
  const d = p.shapes
    .filter((s) => !s.curved && s.points.length > 0)
    .map((s) => {
      const pts = s.points.map(([x, y]) => `${r(x)} ${r(y)}`);
      return `M${pts.join(' L')}${s.closed ? ' Z' : ''}`;
    })
    .join(' ');
  if (d === '' || d.length > 20_000) return null;
  return {
    d,
    stroke: p.stroked ? p.stroke : '',
    width: r(p.lineWidth),
    fill: p.filled ? p.fill : '',
  };
};

/**
 * The drawable pages of an OFD package. Throws OfdError when the package or its structure
 * cannot be read; a page whose content is missing comes out blank at its size.
 */
export const ofdPages = (bytes: Uint8Array, limits: OfdViewLimits): OfdPageView[] => {
  const pkg = new OfdPackage(bytes, limits.maxUnpackedBytes);
  const docs = readStructure(pkg);
  const all = docs.flatMap((d) => d.pages);
  if (all.length > limits.maxPages) throw new OfdError(`页数超过 ${limits.maxPages}`, 'too-large');
  let room = limits.maxItems ?? MAX_OFD_ITEMS;
  const pictureOf = pictureReader(pkg, limits.maxPictureBytes ?? MAX_OFD_PICTURE_BYTES);
  // Pictures are read once every page is walked: they share the unpacking budget with the
  // pages' parts, and a large scan must not leave a later page undrawn (it becomes a placeholder).
  const pending: Array<{ item: OfdPageView['images'][number]; media: string }> = [];
  const pages = all.map((page) => {
    const [, , w, h] = page.box;
    const blank: OfdPageView = {
      width: w > 0 ? w : 210,
      height: h > 0 ? h : 297,
      texts: [],
      paths: [],
      images: [],
      truncated: false,
    };
    let walked;
    try {
      walked = walkOfdPage(pkg, docs[page.doc]!, page, 1);
    } catch (error) {
      if (error instanceof OfdError && error.kind !== 'too-large' && error.kind !== 'encrypted')
        return blank;
      throw error;
    }
    const { objects, width, height } = walked;
    const paths = objects.paths.map(pathItem).filter((p) => p !== null);
    const images = objects.images.map((b) => ({
      box: [r(b.x0), r(b.top), r(b.x1 - b.x0), r(b.bottom - b.top)] as [
        number,
        number,
        number,
        number,
      ],
      media: b.media,
    }));
    const total = objects.runs.length + paths.length + images.length;
    const take = <T>(items: T[]): T[] => {
      const kept = items.slice(0, Math.max(0, room));
      room -= kept.length;
      return kept;
    };
    const view: OfdPageView = {
      width: width > 0 ? r(width) : blank.width,
      height: height > 0 ? r(height) : blank.height,
      texts: take(objects.runs).map(textItem),
      paths: take(paths),
      images: take(images).map(({ box, media }) => {
        const item: OfdPageView['images'][number] = { box, picture: null };
        if (media) pending.push({ item, media });
        return item;
      }),
      truncated: false,
    };
    view.truncated = view.texts.length + view.paths.length + view.images.length < total;
    return view;
  });
  for (const { item, media } of pending) item.picture = pictureOf(media);
  return pages;
};
