// A minimal ZIP reader with unpacking limits, so that a zip bomb is stopped before it grows.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** The size the archive declares; unpacking checks it and never trusts it. */
  size: number;
  localOffset: number;
}

/** Why an archive could not be read: broken, or bigger unpacked than allowed. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'too-large' | 'encrypted',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

const findEndRecord = (b: Uint8Array, dv: DataView): number => {
  // The end record sits in the last 22 bytes plus at most a 65535-byte comment.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipError('corrupt', '找不到压缩包目录，文件可能被截断');
};

/** Reads the central directory. Throws ZipError('corrupt') when it is broken. */
export const readZipDirectory = (b: Uint8Array): ZipEntry[] => {
  if (b.length < 22) throw new ZipError('corrupt', '文件过短');
  const dv = view(b);
  const end = findEndRecord(b, dv);
  let count = dv.getUint16(end + 10, true);
  let offset = dv.getUint32(end + 16, true);
  if ((offset === 0xffffffff || count === 0xffff) && end >= 20) {
    if (dv.getUint32(end - 20, true) === ZIP64_LOCATOR) {
      const rec = Number(dv.getBigUint64(end - 12, true));
      if (rec + 56 > b.length) throw new ZipError('corrupt', '压缩包目录损坏');
      count = Number(dv.getBigUint64(rec + 32, true));
      offset = Number(dv.getBigUint64(rec + 48, true));
    }
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || dv.getUint32(p, true) !== CENTRAL) {
      throw new ZipError('corrupt', '压缩包目录损坏');
    }
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const entry: ZipEntry = {
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLen)),
    };
    readZip64Extra(dv, p + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
};

/** ZIP64 sizes live in extra field 0x0001, in the order of the fields that overflowed. */
const readZip64Extra = (dv: DataView, start: number, len: number, e: ZipEntry): void => {
  for (let q = start; q + 4 <= start + len;) {
    const id = dv.getUint16(q, true);
    const size = dv.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const next = (): number => {
        const v = r + 8 <= q + 4 + size ? Number(dv.getBigUint64(r, true)) : -1;
        r += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
    }
    q += 4 + size;
  }
};

/**
 * Unpacks one entry, allowing at most `limit` bytes out whatever the entry declares.
 * Throws ZipError('too-large') past the limit, ZipError('corrupt') on broken data.
 */
export const unpackEntry = (b: Uint8Array, e: ZipEntry, limit: number): Uint8Array => {
  if (e.flags & 1) throw new ZipError('encrypted', '压缩包内容已加密');
  if (e.size > limit) throw new ZipError('too-large', `${e.name} 解压后过大`);
  const dv = view(b);
  if (e.localOffset + 30 > b.length || dv.getUint32(e.localOffset, true) !== LOCAL) {
    throw new ZipError('corrupt', `${e.name} 数据缺失`);
  }
  const start =
    e.localOffset +
    30 +
    dv.getUint16(e.localOffset + 26, true) +
    dv.getUint16(e.localOffset + 28, true);
  const data = b.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize) throw new ZipError('corrupt', `${e.name} 数据被截断`);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new ZipError('corrupt', `${e.name} 使用了不支持的压缩方式`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ||
      error instanceof RangeError
    ) {
      throw new ZipError('too-large', `${e.name} 解压后过大`);
    }
    throw new ZipError('corrupt', `${e.name} 数据损坏`);
  }
};
