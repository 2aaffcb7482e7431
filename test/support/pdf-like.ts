// Turns a report text with tab rows into what text extracted from a PDF looks like: cells
// separated by spaces, long labels wrapped over lines with blank lines between, page numbers.

/** Wraps text longer than `width` into lines of `width` characters, blank lines between. */
const wrap = (s: string, width: number): string => {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += width) parts.push(s.slice(i, i + width));
  return parts.join('\n\n');
};

export const flattenLikePdf = (text: string, width = 18): string =>
  text
    .split('\n')
    .map((line, i) => {
      if (!line.includes('\t')) return line.length > width * 2 ? wrap(line, width * 2) : line;
      const fields = line.split('\t').filter((f) => f.trim() !== '');
      const firstValue = fields.findIndex((f) => /^[-\d./]+$/.test(f));
      if (firstValue < 0) return fields.join(' ');
      const label = fields.slice(0, firstValue).join('');
      const values = fields.slice(firstValue).join(' ');
      const body = label.length > width ? `${wrap(label, width)}\n${values}` : `${label} ${values}`;
      // A page break inside the table now and then.
      return i % 17 === 0 ? `- ${1 + (i % 5)} -\n\n${body}` : body;
    })
    .join('\n');
