// Composite graphic units (the drawings CompositeObject refers to by ResourceID) from a
// document's resource parts, read once and only when a page needs one.
import type { OfdPackage } from './package';
import { OfdError } from './package';
import { attr, kids, type XmlElement } from './xml';
import type { UnitLookup } from './content';

export const unitLookup = (pkg: OfdPackage, parts: readonly string[]): UnitLookup => {
  let units: Map<string, XmlElement> | null = null;
  const load = (): Map<string, XmlElement> => {
    const map = new Map<string, XmlElement>();
    for (const part of parts) {
      if (!pkg.has(part)) continue;
      try {
        for (const group of kids(pkg.xml(part), 'CompositeGraphicUnits'))
          for (const unit of kids(group, 'CompositeGraphicUnit')) {
            const id = attr(unit, 'ID');
            if (id) map.set(id, unit);
          }
      } catch (error) {
        // A broken resource part only loses its drawings; a bomb stops the reading.
        if (error instanceof OfdError && error.kind === 'too-large') throw error;
      }
    }
    return map;
  };
  return (id) => (units ??= load()).get(id);
};
