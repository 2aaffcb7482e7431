// File names that are not UTF-8 on disk: a zip made on Chinese Windows and unpacked on Linux
// leaves names in GBK/GB18030 bytes. Node reads such a name as UTF-8 with U+FFFD in place of
// each bad byte, and that string no longer opens the file. Here a name is shown decoded as the
// reviewer sees it, and both forms (the lossy one, the decoded one) lead back to the bytes.
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** A name's bytes as the reviewer reads it: UTF-8 when they are, else GB18030. */
export const decodeNameBytes = (bytes: Uint8Array): string => {
  try {
    return utf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
};

/** How Node shows the same bytes as a string (each invalid sequence → U+FFFD). */
const lossy = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

export interface LocatedFile {
  /** What opens the file: the string when it does, else the path's raw bytes. */
  path: string | Buffer;
  /** The file name as the reviewer sees it. */
  shown: string;
}

/**
 * The bytes of the path on disk, each folder and the file found by its exact bytes, its lossy
 * UTF-8 form or its decoded form; null when some part is not there.
 */
const resolveBytes = (path: string): Buffer | null => {
  let current: Buffer = Buffer.from(path.startsWith('/') ? '/' : '', 'utf8');
  for (const part of path.split('/').filter((p) => p !== '')) {
    const join = (name: Buffer): Buffer =>
      Buffer.concat([current, current.length > 0 && current.at(-1) !== 0x2f ? SLASH : EMPTY, name]);
    if (part === '.' || part === '..') {
      current = join(Buffer.from(part));
      continue;
    }
    let entries: Buffer[];
    try {
      entries = readdirSync(current.length > 0 ? current : '.', { encoding: 'buffer' });
    } catch {
      return null;
    }
    const exact = Buffer.from(part, 'utf8');
    const match =
      entries.find((e) => e.equals(exact)) ??
      entries.find((e) => lossy(e) === part || decodeNameBytes(e) === part);
    if (!match) return null;
    current = join(match);
  }
  return current;
};

const SLASH = Buffer.from('/');
const EMPTY = Buffer.alloc(0);

/**
 * Finds the file a path means. A path that exists as given is used as given; otherwise (on
 * systems where names are bytes) it is looked up part by part; when that fails too it is
 * returned as given, and its reading says NOT_FOUND.
 */
export const locateFile = (path: string): LocatedFile => {
  const name = basename(path) || path;
  if (process.platform === 'win32' || existsSync(path)) return { path, shown: name };
  const bytes = resolveBytes(path);
  if (!bytes) return { path, shown: name };
  const slash = bytes.lastIndexOf(0x2f);
  return { path: bytes, shown: decodeNameBytes(bytes.subarray(slash + 1)) };
};

/** The path as the reviewer reads it (for results and messages): every part decoded. */
export const shownPath = (path: string): string => {
  const located = locateFile(path);
  return typeof located.path === 'string' ? path : decodeNameBytes(located.path);
};
