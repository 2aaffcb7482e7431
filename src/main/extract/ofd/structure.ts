// The chain of an OFD package: OFD.xml → each DocBody's DocRoot (Document.xml, any name) →
// its pages, template pages, resources, annotations and signatures. Pages are numbered 1..n
// across all documents, in order; the reader and the annotated export share this numbering.
import { OfdError, resolvePath, type OfdPackage } from './package';
import { at, attr, box, kids, textOf, type XmlElement } from './xml';

export type Box = [number, number, number, number];

export interface OfdPage {
  /** 1-based across the package. */
  number: number;
  /** 0-based index of its document. */
  doc: number;
  id: string;
  /** Package path of the page's Content.xml. */
  content: string;
  /** The document's page box (a page may set its own in Content.xml). */
  box: Box;
}

export interface OfdDocument {
  /** Package path of Document.xml. */
  path: string;
  root: XmlElement;
  /** Template page ID → package path of its content. */
  templates: Map<string, string>;
  /** Package paths of PublicRes and DocumentRes parts. */
  resources: string[];
  /** Package path of Annotations.xml, if the document names one. */
  annotations: string | null;
  pages: OfdPage[];
  /** Seals placed by signatures: the page (by ID) and where on it. */
  seals: Array<{ pageId: string; box: Box | null }>;
}

const A4: Box = [0, 0, 210, 297];

/** Reads OFD.xml and every document it names. Throws OfdError when the chain is broken. */
export const readStructure = (pkg: OfdPackage): OfdDocument[] => {
  if (!pkg.has('OFD.xml')) throw new OfdError('缺少入口文件 OFD.xml', 'missing');
  const ofd = pkg.xml('OFD.xml');
  const bodies = kids(ofd, 'DocBody');
  // GM/T 0099 encryption names its parts in Encryptions.xml: the content cannot be read.
  if (pkg.has('Encryptions.xml') || bodies.some((b) => at(b, 'Encryptions')))
    throw new OfdError('文件已加密', 'encrypted');
  const docs: OfdDocument[] = [];
  let number = 0;
  for (const body of bodies) {
    const rootRef = textOf(at(body, 'DocRoot')).trim();
    if (!rootRef) continue;
    const path = resolvePath('OFD.xml', rootRef);
    if (!pkg.has(path)) throw new OfdError(`OFD.xml 指向的文档 ${rootRef} 不存在`, 'missing');
    const root = pkg.xml(path);
    const common = at(root, 'CommonData');
    const docBox = box(textOf(at(common, 'PageArea', 'PhysicalBox'))) ?? A4;
    const templates = new Map<string, string>();
    for (const t of kids(common, 'TemplatePage')) {
      const id = attr(t, 'ID');
      const loc = attr(t, 'BaseLoc');
      if (id && loc) templates.set(id, resolvePath(path, loc));
    }
    const resources = [...kids(common, 'PublicRes'), ...kids(common, 'DocumentRes')]
      .map((r) => textOf(r).trim())
      .filter((r) => r !== '')
      .map((r) => resolvePath(path, r));
    const annotationsRef = textOf(at(root, 'Annotations')).trim();
    const pages: OfdPage[] = [];
    for (const p of kids(at(root, 'Pages'), 'Page')) {
      const loc = attr(p, 'BaseLoc');
      if (!loc) continue;
      pages.push({
        number: ++number,
        doc: docs.length,
        id: attr(p, 'ID') ?? '',
        content: resolvePath(path, loc),
        box: docBox,
      });
    }
    docs.push({
      path,
      root,
      templates,
      resources,
      annotations: annotationsRef ? resolvePath(path, annotationsRef) : null,
      pages,
      seals: readSeals(pkg, textOf(at(body, 'Signatures')).trim()),
    });
  }
  if (docs.length === 0) throw new OfdError('OFD.xml 中没有文档（DocBody/DocRoot）');
  return docs;
};

/** The stamps of the signatures: a broken or missing signature part is skipped, never fatal. */
const readSeals = (pkg: OfdPackage, ref: string): OfdDocument['seals'] => {
  if (!ref) return [];
  const seals: OfdDocument['seals'] = [];
  try {
    const listPath = resolvePath('OFD.xml', ref);
    for (const s of kids(pkg.xml(listPath), 'Signature')) {
      const loc = attr(s, 'BaseLoc');
      if (!loc) continue;
      const path = resolvePath(listPath, loc);
      if (!pkg.has(path)) continue;
      for (const stamp of kids(at(pkg.xml(path), 'SignedInfo'), 'StampAnnot')) {
        seals.push({ pageId: attr(stamp, 'PageRef') ?? '', box: box(attr(stamp, 'Boundary')) });
      }
    }
  } catch (error) {
    if (error instanceof OfdError && (error.kind === 'too-large' || error.kind === 'too-deep'))
      throw error;
  }
  return seals;
};
