// AbbreviatedData, the path syntax of OFD: S/M x y (start), L x y, Q x1 y1 x y, B x1 y1 x2 y2
// x y, A rx ry angle large sweep x y, C (close). Curves keep only their end point and mark
// the subpath as curved (a curve is never a table rule).
import type { PathShape } from '../pdf/rules';

const ARGS: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };

/** The subpaths of a path, in the object's own coordinates. */
export const parsePathData = (data: string): PathShape[] => {
  const tokens = data.trim().split(/[\s,]+/);
  const out: PathShape[] = [];
  let cur: PathShape | null = null;
  let last: [number, number] = [0, 0];
  for (let i = 0; i < tokens.length;) {
    const op = tokens[i++]!;
    const n = ARGS[op];
    if (n === undefined) continue; // an unknown token: skipped, the rest still read
    const args = tokens.slice(i, i + n).map(Number);
    i += n;
    if (args.length < n || args.some((a) => !Number.isFinite(a))) break;
    const end: [number, number] = n >= 2 ? [args[n - 2]!, args[n - 1]!] : last;
    if (op === 'S' || op === 'M') {
      cur = { points: [end], closed: false, curved: false };
      out.push(cur);
    } else if (op === 'C') {
      if (cur) cur.closed = true;
      // Drawing goes on from the subpath's start.
      if (cur) cur = { points: [cur.points[0]!], closed: false, curved: false };
      if (cur) out.push(cur);
      continue;
    } else {
      if (!cur) {
        cur = { points: [last], closed: false, curved: false };
        out.push(cur);
      }
      if (op !== 'L') cur.curved = true;
      cur.points.push(end);
    }
    last = end;
  }
  return out.filter((s) => s.points.length > 1 || s.closed);
};
