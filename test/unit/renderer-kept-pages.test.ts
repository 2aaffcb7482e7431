// Which drawn PDF pages keep their canvas: past the pixel budget the least recently shown page
// not near the view is let go (its view told), pages near the view never are, and a page drawn
// again replaces its earlier drawing in the count.
import { describe, expect, it } from 'vitest';
import { KeptPages } from '../../src/renderer/features/review/keptPages';

const A4 = 864 * 1222;

const keeper = (budget: number) => {
  const released: number[] = [];
  const kept = new KeptPages(budget);
  const keep = (n: number, pixels = A4) => kept.keep(n, pixels, () => released.push(n));
  return { kept, keep, released };
};

describe('KeptPages', () => {
  it('lets go of the least recently shown pages once past the budget, and only as many as needed', () => {
    const { kept, keep, released } = keeper(3 * A4);
    for (const n of [1, 2, 3]) keep(n);
    expect(released).toEqual([]);
    keep(4);
    expect(released).toEqual([1]);
    expect(kept.pixels).toBe(3 * A4);
    kept.touch(2);
    keep(5);
    expect(released).toEqual([1, 3]);
    expect([1, 2, 3, 4, 5].filter((n) => kept.has(n))).toEqual([2, 4, 5]);
  });

  it('never lets go of a page near the view, and trims when it leaves', () => {
    const { kept, keep, released } = keeper(2 * A4);
    keep(1);
    kept.hold(1, true);
    keep(2);
    keep(3);
    expect(released).toEqual([2]);
    keep(4);
    expect(released).toEqual([2, 3]);
    expect(kept.pixels).toBe(2 * A4);
    kept.hold(1, true);
    keep(5);
    // Page 1 is held: the budget is exceeded by what is near the view rather than blanking it.
    expect(released).toEqual([2, 3, 4]);
    kept.hold(1, false);
    keep(6);
    expect(released).toEqual([2, 3, 4, 1]);
  });

  it('counts a page drawn again (another scale) once, without telling its view', () => {
    const { kept, keep, released } = keeper(5 * A4);
    keep(1);
    keep(1, 4 * A4);
    expect(kept.pixels).toBe(4 * A4);
    expect(released).toEqual([]);
    keep(2);
    kept.forget(2);
    expect(kept.pixels).toBe(4 * A4);
    keep(3, 2 * A4);
    expect(released).toEqual([1]);
    expect(kept.pixels).toBe(2 * A4);
  });
});
