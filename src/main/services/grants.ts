// The allow-list of paths the reviewer handed over (chosen in a dialog or dropped): main opens
// nothing else, whatever the page asks for.
import { isAbsolute, resolve, sep } from 'node:path';

export class PathGrants {
  private readonly granted = new Set<string>();

  /** Grants absolute paths (files, or folders with everything under them); returns them resolved. */
  grant(paths: readonly string[]): string[] {
    const out: string[] = [];
    for (const p of paths) {
      // A relative path cannot come from a dialog or a drop; refusing it avoids cwd surprises.
      if (typeof p !== 'string' || p.length === 0 || !isAbsolute(p) || p.includes('\0')) continue;
      const full = resolve(p);
      this.granted.add(full);
      out.push(full);
    }
    return out;
  }

  /** True when the path was granted, or lies inside a granted folder. */
  allows(path: string): boolean {
    if (!isAbsolute(path) || path.includes('\0')) return false;
    const full = resolve(path);
    if (this.granted.has(full)) return true;
    for (const g of this.granted) {
      const dir = g.endsWith(sep) ? g : g + sep;
      if (full.startsWith(dir)) return true;
    }
    return false;
  }
}
