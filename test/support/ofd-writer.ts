// Writes small OFD packages (GB/T 33190) for tests and fixtures: pages of TextObjects,
// PathObjects and ImageObjects, optional template pages, several documents, extra parts.
// Deterministic: same input, same bytes.
import JSZip from 'jszip';

export type Box = [number, number, number, number];

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/** Repeats written as "g N v", the way OFD writers shorten equal steps. */
export const deltaArray = (steps: number[], repeat = false): string => {
  if (!repeat) return steps.map(num).join(' ');
  const out: string[] = [];
  for (let i = 0; i < steps.length;) {
    let j = i;
    while (j < steps.length && num(steps[j]!) === num(steps[i]!)) j++;
    out.push(j - i > 1 ? `g ${j - i} ${num(steps[i]!)}` : num(steps[i]!));
    i = j;
  }
  return out.join(' ');
};

export interface TextSpec {
  id: number;
  boundary: Box;
  size: number;
  text: string;
  /** First glyph's baseline in object coordinates. */
  x: number;
  y: number;
  /** Steps between glyphs (n − 1 of them). */
  deltaX?: number[];
  ctm?: string;
  /** Glyph-indexed text: a CGTransform mapping every character to a glyph id. */
  glyphs?: boolean;
  /** DeltaX with "g N v" repeats. */
  repeat?: boolean;
  /** Split into two TextCodes, the second without Y (it takes the first's). */
  splitCodes?: boolean;
}

export const textObject = (t: TextSpec): string => {
  const chars = [...t.text];
  const steps = t.deltaX ?? [];
  const codes: string[] = [];
  const half = t.splitCodes && chars.length > 3 ? Math.floor(chars.length / 2) : chars.length;
  const code = (from: number, to: number, x: number, withY: boolean): string => {
    const d = steps.slice(from, to - 1);
    return `<ofd:TextCode X="${num(x)}"${withY ? ` Y="${num(t.y)}"` : ''}${
      d.length > 0 ? ` DeltaX="${deltaArray(d, t.repeat)}"` : ''
    }>${esc(chars.slice(from, to).join(''))}</ofd:TextCode>`;
  };
  codes.push(code(0, half, t.x, true));
  if (half < chars.length) {
    const x2 = t.x + steps.slice(0, half).reduce((a, b) => a + b, 0);
    codes.push(code(half, chars.length, x2, false));
  }
  const cg = t.glyphs
    ? `<ofd:CGTransform CodePosition="0" CodeCount="${chars.length}" GlyphCount="${chars.length}"><ofd:Glyphs>${chars
        .map((c) => (c.codePointAt(0)! % 5000) + 3)
        .join(' ')}</ofd:Glyphs></ofd:CGTransform>`
    : '';
  return `<ofd:TextObject ID="${t.id}" Boundary="${t.boundary.map(num).join(' ')}" Font="1" Size="${num(t.size)}"${
    t.ctm ? ` CTM="${t.ctm}"` : ''
  }><ofd:FillColor Value="0 0 0"/>${cg}${codes.join('')}</ofd:TextObject>`;
};

export interface PathSpec {
  id: number;
  boundary: Box;
  data: string;
  stroke?: boolean;
  fill?: boolean;
  ctm?: string;
  lineWidth?: number;
}

export const pathObject = (p: PathSpec): string =>
  `<ofd:PathObject ID="${p.id}" Boundary="${p.boundary.map(num).join(' ')}" Stroke="${p.stroke ?? true}" Fill="${
    p.fill ?? false
  }" LineWidth="${num(p.lineWidth ?? 0.25)}"${p.ctm ? ` CTM="${p.ctm}"` : ''}>${
    p.stroke !== false ? '<ofd:StrokeColor Value="0 0 0"/>' : ''
  }${p.fill ? '<ofd:FillColor Value="0 0 0"/>' : ''}<ofd:AbbreviatedData>${p.data}</ofd:AbbreviatedData></ofd:PathObject>`;

export const imageObject = (id: number, boundary: Box): string =>
  `<ofd:ImageObject ID="${id}" ResourceID="900" Boundary="${boundary.map(num).join(' ')}" CTM="${num(
    boundary[2],
  )} 0 0 ${num(boundary[3])} 0 0"/>`;

export interface PageSpec {
  objects: string[];
  /** Objects of a template page drawn under this page. */
  template?: string[];
  box?: Box;
}

export interface OfdSpec {
  docs: PageSpec[][];
  /** Parts added or replacing the generated ones (path → content; null removes). */
  parts?: Record<string, string | Uint8Array | null>;
}

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

const pageXml = (objects: string[], box: Box, templateId?: number): string =>
  `${DECL}<ofd:Page ${NS}><ofd:Area><ofd:PhysicalBox>${box.join(' ')}</ofd:PhysicalBox></ofd:Area>${
    templateId !== undefined ? `<ofd:Template TemplateID="${templateId}" ZOrder="Background"/>` : ''
  }<ofd:Content><ofd:Layer ID="2">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`;

/** The package's bytes. */
export const writeOfd = async (spec: OfdSpec): Promise<Uint8Array> => {
  const zip = new JSZip();
  const date = new Date('2025-01-20T08:00:00Z');
  const files = new Map<string, string | Uint8Array>();
  const bodies: string[] = [];
  spec.docs.forEach((pages, d) => {
    const dir = `Doc_${d}`;
    bodies.push(
      `<ofd:DocBody><ofd:DocInfo><ofd:DocID>nianbao-test-${d}</ofd:DocID></ofd:DocInfo><ofd:DocRoot>${dir}/Document.xml</ofd:DocRoot></ofd:DocBody>`,
    );
    const pageRefs: string[] = [];
    const templates: string[] = [];
    pages.forEach((page, i) => {
      const box = page.box ?? [0, 0, 210, 297];
      let templateId: number | undefined;
      if (page.template) {
        templateId = 5000 + i;
        templates.push(
          `<ofd:TemplatePage ID="${templateId}" BaseLoc="Tpls/Tpl_${i}/Content.xml"/>`,
        );
        files.set(`${dir}/Tpls/Tpl_${i}/Content.xml`, pageXml(page.template, box));
      }
      pageRefs.push(`<ofd:Page ID="${1000 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`);
      files.set(`${dir}/Pages/Page_${i}/Content.xml`, pageXml(page.objects, box, templateId));
    });
    files.set(
      `${dir}/Document.xml`,
      `${DECL}<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${templates.join(
        '',
      )}</ofd:CommonData><ofd:Pages>${pageRefs.join('')}</ofd:Pages></ofd:Document>`,
    );
    files.set(
      `${dir}/PublicRes.xml`,
      `${DECL}<ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`,
    );
  });
  files.set(
    'OFD.xml',
    `${DECL}<ofd:OFD ${NS} Version="1.0" DocType="OFD">${bodies.join('')}</ofd:OFD>`,
  );
  for (const [path, content] of Object.entries(spec.parts ?? {})) {
    if (content === null) files.delete(path);
    else files.set(path, content);
  }
  for (const [path, content] of files) zip.file(path, content, { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};
