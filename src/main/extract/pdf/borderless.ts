// The fallback for tables drawn without borders: consecutive lines split by wide gaps are laid
// on columns found where no line has text (x-clustering by projection), and the wrapped label
// lines of a row are joined to the line holding the row's numbers.
import { isSectionHeading } from '../table-sections';
import { fieldText, type Block } from './blocks';
import { joinSeparator, type Chunk, type Field } from './lines';

type LineBlock = Extract<Block, { kind: 'line' }>;

/** Label-only lines allowed between two split lines of one table (a label wrapped in 4 lines). */
const MAX_SINGLE_RUN = 4;
const NUMERIC = /^[\d.,%\s-]+$/;
/** How a label starts ("第二十条第（五）项", "（三）", "四、", "3."): the first line of a label. */
const LABEL_START =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[.．、]|第[一二三四五六七八九十百\d]+[条项])/;

const left = (f: Field): number => f[0]!.box[0];
const right = (f: Field): number => Math.max(...f.map((c) => c.box[0] + c.box[2]));
const center = (l: LineBlock): number => (l.top + l.bottom) / 2;

/** Column intervals where more than a few lines of the run have text. */
const columnsOf = (lines: LineBlock[]): Array<[number, number]> => {
  const all = lines.flatMap((l) => l.fields.filter((f) => f.length > 0));
  const x0 = Math.floor(Math.min(...all.map(left)));
  const x1 = Math.ceil(Math.max(...all.map(right)));
  const coverage = new Int32Array(x1 - x0 + 1);
  for (const f of all)
    for (let x = Math.floor(left(f)); x < Math.ceil(right(f)); x++) coverage[x - x0]!++;
  // A wide header may cross a gap on a line or two: such a gap still separates columns.
  const threshold = Math.floor(lines.length * 0.15);
  const columns: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= coverage.length; i++) {
    const covered = i < coverage.length && coverage[i]! > threshold;
    if (covered && start < 0) start = i;
    if (!covered && start >= 0) {
      columns.push([x0 + start, x0 + i]);
      start = -1;
    }
  }
  return columns;
};

const append = (target: Field, f: Field, sep: string): void => {
  if (f.length === 0) return;
  target.push({ ...f[0]!, sep: target.length > 0 ? sep : '' } as Chunk, ...f.slice(1));
};

/** Lays a line's runs on the columns: one field per column, empty where it has no text. */
const layOut = (l: LineBlock, columns: Array<[number, number]>): Field[] => {
  const fields: Field[] = columns.map(() => []);
  for (const f of l.fields) {
    if (f.length === 0) continue;
    let c = columns.findIndex(([, end]) => left(f) < end);
    if (c < 0) c = columns.length - 1;
    append(fields[c]!, f, ' ');
  }
  return fields;
};

/** Re-lays one run of lines as table rows. Returns the lines joined into others. */
const layRun = (run: LineBlock[]): Set<LineBlock> => {
  const joined = new Set<LineBlock>();
  const columns = columnsOf(run);
  if (columns.length < 2) return joined;
  const cells = run.map((l) => layOut(l, columns));
  // Value columns hold numbers; a line with a number there carries a row (an anchor).
  const isValueColumn = columns.map((_, c) => {
    const filled = cells.map((row) => fieldText(row[c]!).trim()).filter((t) => t !== '');
    return filled.length > 0 && filled.filter((t) => NUMERIC.test(t)).length * 2 >= filled.length;
  });
  const anchor = cells.map((row) =>
    row.some((f, c) => isValueColumn[c] && NUMERIC.test(fieldText(f).trim()) && f.length > 0),
  );
  const labelOnly = cells.map(
    (row, i) => !anchor[i] && row.every((f, c) => f.length === 0 || !isValueColumn[c]),
  );
  const attachTo = run.map(() => -1);
  run.forEach((line, i) => {
    if (!labelOnly[i]) return;
    // The nearest row-carrying line, above or below, with nothing else in between.
    let best = -1;
    // A line that starts a label belongs with the numbers below it, never above.
    const directions = LABEL_START.test(fieldText(line.fields[0] ?? [])) ? [1] : [-1, 1];
    for (const dir of directions) {
      for (let j = i + dir; j >= 0 && j < run.length; j += dir) {
        if (anchor[j]) {
          if (
            best < 0 ||
            Math.abs(center(run[j]!) - center(line)) < Math.abs(center(run[best]!) - center(line))
          )
            best = j;
          break;
        }
        if (!labelOnly[j]) break;
      }
    }
    attachTo[i] = best;
  });
  run.forEach((line, i) => {
    if (!anchor[i]) {
      if (attachTo[i]! < 0) line.fields = cells[i]!;
      return;
    }
    const members = run.map((_, k) => k).filter((k) => k === i || attachTo[k] === i);
    const fields: Field[] = columns.map(() => []);
    for (const k of members) {
      cells[k]!.forEach((f, c) =>
        append(fields[c]!, f, joinSeparator(fieldText(fields[c]!), fieldText(f))),
      );
      if (k !== i) joined.add(run[k]!);
    }
    line.fields = fields;
    line.top = Math.min(...members.map((k) => run[k]!.top));
    line.bottom = Math.max(...members.map((k) => run[k]!.bottom));
  });
  return joined;
};

/** Finds runs of split lines (label-only lines may sit between them) and lays each as a table. */
export const alignBorderless = (blocks: Block[]): void => {
  const runs: LineBlock[][] = [];
  let run: LineBlock[] = [];
  let singles: LineBlock[] = [];
  const close = (): void => {
    if (run.filter((l) => l.fields.length >= 2).length >= 2) runs.push(run);
    else for (const l of run) l.fields = [asProse(l.fields)];
    run = [];
    singles = [];
  };
  let previous: LineBlock | null = null;
  for (const b of blocks) {
    const heading = b.kind === 'line' && isSectionHeading(b.fields.map(fieldText).join(''));
    // A heading, a picture, or a wide vertical gap ends a table.
    const apart =
      b.kind === 'line' && previous !== null && b.top - previous.bottom > 2.5 * (b.bottom - b.top);
    if (b.kind !== 'line' || apart || heading) {
      close();
      singles = [];
    }
    previous = b.kind === 'line' ? b : null;
    if (b.kind !== 'line' || heading) continue;
    if (b.fields.length >= 2) {
      // Label lines just above the first split line (a label wrapped around its numbers).
      run.push(...(run.length > 0 ? singles : closeAbove(singles, b)), b);
      singles = [];
    } else if (singles.length < MAX_SINGLE_RUN) singles.push(b);
    else if (run.length > 0) {
      close();
      singles = [b];
    } else singles = [...singles.slice(1), b];
  }
  close();
  const joined = new Set<LineBlock>();
  for (const r of runs) for (const l of layRun(r)) joined.add(l);
  for (let i = blocks.length - 1; i >= 0; i--)
    if (joined.has(blocks[i] as LineBlock)) blocks.splice(i, 1);
};

/** The lines at the end of `lines` that follow each other closely down to `first`. */
const closeAbove = (lines: LineBlock[], first: LineBlock): LineBlock[] => {
  const out: LineBlock[] = [];
  let below = first;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (below.top - l.bottom > 0.8 * (l.bottom - l.top)) break;
    out.unshift(l);
    below = l;
  }
  return out;
};

/** A lone line with a wide gap (a date pushed right) is one line of prose, not a table. */
const asProse = (fields: Field[]): Field =>
  fields.flatMap((f, i) => f.map((c, j) => (i > 0 && j === 0 ? { ...c, sep: ' ' } : c)));
