// The OFD package: a ZIP whose parts name each other by path. Paths are relative to the part
// that names them unless they start with "/", and writers escape characters (%xx) or use
// backslashes; every part is unpacked within one budget, so a zip bomb stops early.
import { parseXml, parseXmlBytes, XmlError, type XmlElement } from '../docx/xml';
import { readZipDirectory, unpackEntry, ZipError, type ZipEntry } from '../docx/zip';

/** Why a package could not be read, in Chinese, and what kind of failure it is. */
export class OfdError extends Error {
  constructor(
    message: string,
    readonly kind: 'corrupt' | 'too-large' | 'too-deep' | 'missing' | 'encrypted' = 'corrupt',
  ) {
    super(message);
  }
}

/** Normalizes a path inside the package: no leading "/", no "." or "..", forward slashes. */
export const normalizePath = (path: string): string => {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
};

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

/** Resolves `ref` as written in the part `from` (both package paths). */
export const resolvePath = (from: string, ref: string): string => {
  const clean = ref.trim();
  return normalizePath(/^[/\\]/.test(clean) ? clean : dirOf(from) + clean);
};

const unescape = (path: string): string => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

/**
 * The decoder of the encoding a part's declaration names when it is not UTF-8 (GBK, GB18030 …);
 * null for UTF-8, which is also what a part without a declaration, or with a label no decoder
 * knows, is read as.
 */
const declaredDecoder = (bytes: Uint8Array): InstanceType<typeof TextDecoder> | null => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/i.exec(head)?.[1];
  if (label === undefined) return null;
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'utf-8' ? null : decoder;
  } catch {
    return null;
  }
};

/**
 * A UTF-8 part is parsed from its bytes, as the Word reader does (no UTF-16 copy of the whole
 * part); any other encoding is decoded first.
 */
const parsePart = (bytes: Uint8Array): XmlElement => {
  const decoder = declaredDecoder(bytes);
  return decoder ? parseXml(decoder.decode(bytes)) : parseXmlBytes(bytes);
};

export class OfdPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();
  private budget: number;

  constructor(
    private readonly bytes: Uint8Array,
    maxUnpackedBytes: number,
  ) {
    let list: ZipEntry[];
    try {
      list = readZipDirectory(bytes);
    } catch (error) {
      throw new OfdError(error instanceof ZipError ? error.message : '压缩包结构无效');
    }
    for (const e of list) {
      const name = normalizePath(e.name);
      this.entries.set(name, e);
      this.folded.set(name.toLowerCase(), e);
    }
    this.budget = maxUnpackedBytes;
  }

  /** The entry at a package path: as written, unescaped, or differing in case only. */
  private find(path: string): ZipEntry | undefined {
    const p = normalizePath(path);
    const u = normalizePath(unescape(path));
    return (
      this.entries.get(p) ??
      this.entries.get(u) ??
      this.folded.get(p.toLowerCase()) ??
      this.folded.get(u.toLowerCase())
    );
  }

  has(path: string): boolean {
    return this.find(path) !== undefined;
  }

  /** Every path in the package. */
  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** The stored name of a path (as the archive spells it), for rewriting the package. */
  storedName(path: string): string | undefined {
    return this.find(path)?.name;
  }

  /** A part's bytes, counted against the unpacking budget. */
  bytesOf(path: string): Uint8Array {
    const entry = this.find(path);
    if (!entry) throw new OfdError(`缺少文件内部的部件 ${path}`, 'missing');
    try {
      const data = unpackEntry(this.bytes, entry, this.budget);
      this.budget -= data.length;
      return data;
    } catch (error) {
      if (error instanceof ZipError && error.kind === 'too-large')
        throw new OfdError('解压后过大（可能是“压缩炸弹”）', 'too-large');
      if (error instanceof ZipError && error.kind === 'encrypted')
        throw new OfdError('文件已加密', 'encrypted');
      throw new OfdError(error instanceof Error ? error.message : String(error));
    }
  }

  /** A part parsed as XML (never resolving a DTD or an external entity). */
  xml(path: string): XmlElement {
    const bytes = this.bytesOf(path);
    try {
      return parsePart(bytes);
    } catch (error) {
      throw partError(path, error);
    }
  }
}

/** The Chinese error for a part that failed to parse as XML: over a limit, or not XML at all. */
export const partError = (path: string, error: unknown): OfdError =>
  error instanceof XmlError && error.limit !== undefined
    ? error.limit.kind === 'depth'
      ? new OfdError(`${path} 嵌套层数过多（可能是异常文件）`, 'too-deep')
      : new OfdError(`${path} 元素过多（可能是异常文件）`, 'too-large')
    : new OfdError(`${path} 不是有效的 XML（${(error as Error).message}）`);
