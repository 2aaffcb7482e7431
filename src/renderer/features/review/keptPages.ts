// Which drawn pages of a PDF stay drawn: each is a canvas of width × height device pixels (4
// bytes each, ~4 MB for an A4 page at 900 CSS pixels on a plain screen, four times that on a
// high-density one), so a long report scrolled through would otherwise keep hundreds of MB. The
// pages near the view are held; past a pixel budget the others are let go, the least recently
// shown first, and their views told to drop their canvas (drawn again when they come back near).
// Pure bookkeeping (no DOM, no pdf.js), so its choices are tested on their own.

/** Canvas pixels kept per document beyond the pages held: ~128 MB of RGBA. */
export const KEPT_PIXELS = 32_000_000;

interface Entry {
  pixels: number;
  /** Tells the page's view its canvas is let go. */
  release: () => void;
}

export class KeptPages {
  /** Page → entry, least recently shown first (a Map keeps insertion order). */
  private readonly pages = new Map<number, Entry>();
  private readonly held = new Set<number>();
  private total = 0;

  constructor(private readonly budget = KEPT_PIXELS) {}

  /** Page `n` drawn (or shown again) with `pixels` pixels: now the most recently shown. */
  keep(n: number, pixels: number, release: () => void): void {
    this.forget(n);
    this.pages.set(n, { pixels, release });
    this.total += pixels;
    this.trim();
  }

  /** Page `n` shown again as it was: the last to be let go. */
  touch(n: number): void {
    const entry = this.pages.get(n);
    if (!entry) return;
    this.pages.delete(n);
    this.pages.set(n, entry);
  }

  /** Page `n` is near the view (true) or not: a held page is never let go. */
  hold(n: number, near: boolean): void {
    if (near) {
      this.held.add(n);
      this.touch(n);
    } else {
      this.held.delete(n);
      this.trim();
    }
  }

  /** Drops page `n` without telling its view (it drew the page again or was let go). */
  forget(n: number): void {
    const entry = this.pages.get(n);
    if (!entry) return;
    this.pages.delete(n);
    this.total -= entry.pixels;
  }

  has(n: number): boolean {
    return this.pages.has(n);
  }

  /** Pixels kept now. */
  get pixels(): number {
    return this.total;
  }

  private trim(): void {
    if (this.total <= this.budget) return;
    for (const [n, entry] of [...this.pages]) {
      if (this.total <= this.budget) return;
      if (this.held.has(n)) continue;
      this.forget(n);
      entry.release();
    }
  }
}
