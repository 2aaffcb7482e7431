// The objects of one OFD page with its template pages, in the order they are painted:
// background templates, the page's own layers, foreground templates. Shared by the reader
// (in points, for the layout) and the 原文 view (in millimetres, for drawing).
import { compose, type Matrix } from '../pdf/geometry';
import { PageWalker, type PageObjects } from './content';
import { resolvePath, type OfdPackage } from './package';
import { resourceLookup } from './resources';
import type { OfdDocument, OfdPage } from './structure';
import { at, attr, box, kids, textOf, type XmlElement } from './xml';

export interface WalkedPage {
  objects: PageObjects;
  /** The page's size in millimetres (its own PhysicalBox, else the document's). */
  width: number;
  height: number;
}

/** Templates a page draws, by z-order: background ones under its content, the others over it. */
const templatesOf = (
  root: XmlElement,
  doc: OfdDocument,
  pkg: OfdPackage,
): [XmlElement[], XmlElement[]] => {
  const under: XmlElement[] = [];
  const over: XmlElement[] = [];
  for (const t of kids(root, 'Template')) {
    const path = doc.templates.get(attr(t, 'TemplateID') ?? '');
    if (!path || !pkg.has(path)) continue;
    (attr(t, 'ZOrder') === 'Foreground' ? over : under).push(pkg.xml(path));
  }
  return [under, over];
};

/**
 * Walks a page into objects placed on it, `scale` units per millimetre from the page box's
 * top-left corner. Throws OfdError for a missing part or too many objects.
 */
export const walkOfdPage = (
  pkg: OfdPackage,
  doc: OfdDocument,
  page: OfdPage,
  scale: number,
): WalkedPage => {
  const root = pkg.xml(page.content);
  const [x, y, width, height] = box(textOf(at(root, 'Area', 'PhysicalBox'))) ?? page.box;
  const base: Matrix = compose([scale, 0, 0, scale, 0, 0], [1, 0, 0, 1, -x, -y]);
  const pageRes = kids(root, 'PageRes').map((r) => textOf(r).trim());
  const resources = resourceLookup(pkg, [
    ...doc.resources,
    ...pageRes.filter(Boolean).map((r) => resolvePath(page.content, r)),
  ]);
  const walker = new PageWalker(page.number, resources);
  const [under, over] = templatesOf(root, doc, pkg);
  for (const t of under) walker.walkPage(t, base);
  walker.walkPage(root, base);
  for (const t of over) walker.walkPage(t, base);
  return { objects: walker.out, width, height };
};
