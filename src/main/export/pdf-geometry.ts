// Geometry for PDF highlights: part of a text box, merged line boxes, and the page's user space.

/** A box in the page's top-left viewport space (as the source map records it): x, y, w, h. */
export type Box = readonly [number, number, number, number];

/** How wide a character sets, in ems: Han and full-width take one, ASCII half, a space a quarter. */
export const charWeight = (ch: string): number => {
  if (ch === ' ' || ch === '\t') return 0.25;
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x2e80 ? 0.5 : 1;
};

/**
 * The part of a text box covering characters [from, to) of its text, by the characters'
 * relative widths (the box holds one line of horizontal text). Without the text, by count.
 */
export const subBox = (
  box: Box,
  text: string | null,
  from: number,
  to: number,
  length: number,
): Box => {
  const [x, y, w, h] = box;
  const weight = (a: number, b: number): number => {
    if (text === null) return b - a;
    let sum = 0;
    for (let i = a; i < b && i < text.length; i++) sum += charWeight(text[i]!);
    return sum;
  };
  const total = weight(0, text !== null ? text.length : length);
  if (total <= 0) return box;
  const x0 = x + (w * weight(0, from)) / total;
  const x1 = x + (w * weight(0, to)) / total;
  return [x0, y, Math.max(x1 - x0, 0.5), h];
};

/** Joins boxes that sit on one line and touch, so a highlight is one band per line. */
export const mergeLineBoxes = (boxes: readonly Box[]): Box[] => {
  const out: Array<[number, number, number, number]> = [];
  for (const [x, y, w, h] of boxes) {
    const last = out[out.length - 1];
    if (last) {
      const sameLine = Math.abs(last[1] - y) < Math.max(h, last[3]) * 0.3;
      const touching = x <= last[0] + last[2] + Math.max(h, last[3]) * 0.6 && x + w >= last[0];
      if (sameLine && touching) {
        const right = Math.max(last[0] + last[2], x + w);
        const top = Math.min(last[1], y);
        const bottom = Math.max(last[1] + last[3], y + h);
        last[0] = Math.min(last[0], x);
        last[2] = right - last[0];
        last[1] = top;
        last[3] = bottom - top;
        continue;
      }
    }
    out.push([x, y, w, h]);
  }
  return out;
};

/** The visible page: [x0, y0, x1, y1] in user space, and its /Rotate. */
export interface PageFrame {
  view: readonly [number, number, number, number];
  rotate: number;
}

/** Viewport point (top-left origin, as pdf.js gives at scale 1) → PDF user space. */
export const toUser = (frame: PageFrame, vx: number, vy: number): [number, number] => {
  const [x0, y0, x1, y1] = frame.view;
  switch (((frame.rotate % 360) + 360) % 360) {
    case 90:
      return [vy + x0, vx + y0];
    case 180:
      return [x1 - vx, vy + y0];
    case 270:
      return [x1 - vy, y1 - vx];
    default:
      return [vx + x0, y1 - vy];
  }
};

/** QuadPoints of a box: upper-left, upper-right, lower-left, lower-right (as Acrobat writes). */
export const quadOf = (frame: PageFrame, [x, y, w, h]: Box): number[] => [
  ...toUser(frame, x, y),
  ...toUser(frame, x + w, y),
  ...toUser(frame, x, y + h),
  ...toUser(frame, x + w, y + h),
];

/** The rectangle [llx, lly, urx, ury] around quads, with a margin. */
export const rectOf = (quads: readonly number[], margin = 1): [number, number, number, number] => {
  const xs = quads.filter((_, i) => i % 2 === 0);
  const ys = quads.filter((_, i) => i % 2 === 1);
  return [
    Math.min(...xs) - margin,
    Math.min(...ys) - margin,
    Math.max(...xs) + margin,
    Math.max(...ys) + margin,
  ];
};
