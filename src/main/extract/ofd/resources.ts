// What pages refer to by ID in a document's resource parts: composite graphic units (the
// drawings CompositeObject names), drawing parameters (line width and colours a path or a
// text names with DrawParam) and multimedia (the picture file an ImageObject shows), read once
// and only when a page needs one.
import type { OfdPackage } from './package';
import { OfdError } from './package';
import { normalizePath, resolvePath } from './package';
import { attr, kids, textOf, type XmlElement } from './xml';

export interface Resources {
  /** A CompositeGraphicUnit by ID. */
  unit(id: string): XmlElement | undefined;
  /** A DrawParam by ID. */
  drawParam(id: string): XmlElement | undefined;
  /** The package path of a MultiMedia's file (a scanned page's picture) by ID. */
  media(id: string): string | undefined;
}

const byId = (map: Map<string, XmlElement>, items: XmlElement[]): void => {
  for (const item of items) {
    const id = attr(item, 'ID');
    if (id) map.set(id, item);
  }
};

export const resourceLookup = (pkg: OfdPackage, parts: readonly string[]): Resources => {
  let loaded: {
    units: Map<string, XmlElement>;
    params: Map<string, XmlElement>;
    media: Map<string, string>;
  } | null = null;
  const load = () => {
    const units = new Map<string, XmlElement>();
    const params = new Map<string, XmlElement>();
    const media = new Map<string, string>();
    for (const part of parts) {
      if (!pkg.has(part)) continue;
      try {
        const root = pkg.xml(part);
        for (const group of kids(root, 'CompositeGraphicUnits'))
          byId(units, kids(group, 'CompositeGraphicUnit'));
        for (const group of kids(root, 'DrawParams')) byId(params, kids(group, 'DrawParam'));
        // Media files are named relative to the part's BaseLoc folder (GB/T 33190 7.9).
        const base = (attr(root, 'BaseLoc') ?? '').trim();
        const folder = base ? resolvePath(part, base) : null;
        for (const group of kids(root, 'MultiMedias'))
          for (const m of kids(group, 'MultiMedia')) {
            const id = attr(m, 'ID');
            const file = textOf(kids(m, 'MediaFile')[0]).trim();
            if (!id || !file) continue;
            const absolute = /^[/\\]/.test(file);
            media.set(
              id,
              folder && !absolute ? normalizePath(`${folder}/${file}`) : resolvePath(part, file),
            );
          }
      } catch (error) {
        // A broken resource part only loses its drawings; a bomb stops the reading.
        if (error instanceof OfdError && (error.kind === 'too-large' || error.kind === 'too-deep'))
          throw error;
      }
    }
    return { units, params, media };
  };
  return {
    unit: (id) => (loaded ??= load()).units.get(id),
    drawParam: (id) => (loaded ??= load()).params.get(id),
    media: (id) => (loaded ??= load()).media.get(id),
  };
};
