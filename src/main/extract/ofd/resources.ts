// What pages refer to by ID in a document's resource parts: composite graphic units (the
// drawings CompositeObject names) and drawing parameters (line width and colours a path or a
// text names with DrawParam), read once and only when a page needs one.
import type { OfdPackage } from './package';
import { OfdError } from './package';
import { attr, kids, type XmlElement } from './xml';

export interface Resources {
  /** A CompositeGraphicUnit by ID. */
  unit(id: string): XmlElement | undefined;
  /** A DrawParam by ID. */
  drawParam(id: string): XmlElement | undefined;
}

const byId = (map: Map<string, XmlElement>, items: XmlElement[]): void => {
  for (const item of items) {
    const id = attr(item, 'ID');
    if (id) map.set(id, item);
  }
};

export const resourceLookup = (pkg: OfdPackage, parts: readonly string[]): Resources => {
  let loaded: { units: Map<string, XmlElement>; params: Map<string, XmlElement> } | null = null;
  const load = () => {
    const units = new Map<string, XmlElement>();
    const params = new Map<string, XmlElement>();
    for (const part of parts) {
      if (!pkg.has(part)) continue;
      try {
        const root = pkg.xml(part);
        for (const group of kids(root, 'CompositeGraphicUnits'))
          byId(units, kids(group, 'CompositeGraphicUnit'));
        for (const group of kids(root, 'DrawParams')) byId(params, kids(group, 'DrawParam'));
      } catch (error) {
        // A broken resource part only loses its drawings; a bomb stops the reading.
        if (error instanceof OfdError && error.kind === 'too-large') throw error;
      }
    }
    return { units, params };
  };
  return {
    unit: (id) => (loaded ??= load()).units.get(id),
    drawParam: (id) => (loaded ??= load()).params.get(id),
  };
};
