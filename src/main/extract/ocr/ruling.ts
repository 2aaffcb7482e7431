// Ruling lines of a page image: long thin runs of ink, horizontal and vertical. They give the
// table grid (grid.ts of the PDF reader builds it), and are erased before cells are read.
import type { Rule } from '../pdf/geometry';

export interface PixelRule extends Rule {
  /** The ink band across the rule: first and last row (or column) of ink. */
  lo: number;
  hi: number;
}

export interface Ruling {
  horizontal: PixelRule[];
  vertical: PixelRule[];
}

/** Gaps this long (px) in a rule are noise or a faint scan, not its end. */
const GAP = 3;

interface Run {
  line: number;
  from: number;
  to: number;
}

/** Runs of ink along each line of `ink` (rows when `across` is false, columns when true). */
const runs = (
  ink: Uint8Array,
  width: number,
  height: number,
  vertical: boolean,
  minLength: number,
  red: Uint8Array | undefined,
): Run[] => {
  const lines = vertical ? width : height;
  const length = vertical ? height : width;
  const out: Run[] = [];
  for (let l = 0; l < lines; l++) {
    let start = -1;
    let last = -1;
    for (let k = 0; k <= length; k++) {
      // A rule drifts by a pixel over a long run: its neighbours' ink counts too.
      const on =
        k < length &&
        (vertical
          ? ink[k * width + l] || (l > 0 && ink[k * width + l - 1] && ink[k * width + l + 1])
          : ink[l * width + k] || (l > 0 && ink[(l - 1) * width + k] && ink[(l + 1) * width + k]));
      if (on) {
        if (start < 0) start = k;
        last = k;
      } else if (start >= 0 && (k - last > GAP || k === length)) {
        if (last - start + 1 >= minLength && !mostlyRed(red, width, vertical, l, start, last))
          out.push({ line: l, from: start, to: last });
        start = -1;
      }
    }
  }
  return out;
};

/** A run that is mostly seal is the seal's own stroke, not a rule passing under it. */
const mostlyRed = (
  red: Uint8Array | undefined,
  width: number,
  vertical: boolean,
  line: number,
  from: number,
  to: number,
): boolean => {
  if (!red) return false;
  let n = 0;
  for (let k = from; k <= to; k++) if (red[vertical ? k * width + line : line * width + k]) n++;
  return n > (to - from + 1) / 2;
};

/** Runs on neighbouring lines that overlap are one rule, as thick as the lines it spans. */
const group = (list: Run[], maxThickness: number): PixelRule[] => {
  const open: PixelRule[] = [];
  const done: PixelRule[] = [];
  const sumAt = new Map<PixelRule, { sum: number; n: number }>();
  for (const run of list) {
    const rule = open.find(
      (r) => r.hi >= run.line - 1 && run.from <= r.to + GAP && run.to >= r.from - GAP,
    );
    if (rule) {
      rule.hi = run.line;
      rule.from = Math.min(rule.from, run.from);
      rule.to = Math.max(rule.to, run.to);
      const s = sumAt.get(rule)!;
      s.sum += run.line;
      s.n++;
    } else {
      const r: PixelRule = { at: run.line, from: run.from, to: run.to, lo: run.line, hi: run.line };
      open.push(r);
      sumAt.set(r, { sum: run.line, n: 1 });
    }
    // Rules that ended more than a line ago are complete.
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.hi < run.line - 1) done.push(...open.splice(i, 1));
    }
  }
  done.push(...open);
  const out = done.filter((r) => r.hi - r.lo + 1 <= maxThickness);
  for (const r of out) {
    const s = sumAt.get(r)!;
    r.at = s.sum / s.n;
  }
  return out;
};

/**
 * Finds the rules of an ink mask. `minLength` is longer than any stroke of a character;
 * `maxThickness` thinner than a bar of shading.
 */
export const findRuling = (
  ink: Uint8Array,
  width: number,
  height: number,
  minLength: { horizontal: number; vertical: number },
  maxThickness: number,
  red?: Uint8Array,
): Ruling => ({
  horizontal: group(runs(ink, width, height, false, minLength.horizontal, red), maxThickness),
  vertical: group(runs(ink, width, height, true, minLength.vertical, red), maxThickness),
});

/** Clears the rules from the ink mask (a pixel on each side too: blur spreads them). */
export const eraseRuling = (
  ink: Uint8Array,
  width: number,
  height: number,
  ruling: Ruling,
): void => {
  for (const r of ruling.horizontal) {
    for (let y = Math.max(0, r.lo - 1); y <= Math.min(height - 1, r.hi + 1); y++)
      ink.fill(0, y * width + r.from, y * width + r.to + 1);
  }
  for (const r of ruling.vertical) {
    for (let y = r.from; y <= r.to; y++) {
      for (let x = Math.max(0, r.lo - 1); x <= Math.min(width - 1, r.hi + 1); x++)
        ink[y * width + x] = 0;
    }
  }
};
