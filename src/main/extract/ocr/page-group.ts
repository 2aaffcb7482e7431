// Several page images of one report read as one report. The rule, the same for the app's drop,
// its folder import and the CLI:
//   - a folder whose report files are all single pictures (.jpg, .png; two or more) is one
//     report, its pages the images in natural name order (第2页 before 第10页). A TIFF is a
//     document of its own (a scanner writes one multi-page TIFF per report), so a folder of
//     TIFFs is several reports unless their names are numbered pages as below;
//   - otherwise, images in one folder whose names differ only by a page number ("报告_第1页.jpg",
//     "报告_第2页.jpg"; "page1.png", "page2.png"; "扫描 (3).tif"; a scanner's "scan0001.tif")
//     are one report, in page order:
//     all such images of the folder, when two or more of them were named or the folder was read.
// A group is named by a path that finds its pages again (a worker thread, the workspace and the
// 原文 get only a path): the folder itself, or "<folder>/<common name>（N 张图片）". Its bytes are
// a PDF of the page pictures, the form in which the scan is kept, shown and annotated.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { extensionOf, isReportFileName } from '../../../shared/formats';
import type { ScanPage } from './scan-pages';
// The picture decoders (pngjs, utif, jpeg-js) and the PDF writer (pdf-lib) are loaded only when a
// group is read: grouping names is all the CLI's main thread does here, before its first worker
// starts, and loading them cost ~0.45 s of CPU there and in every worker.

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'tif', 'tiff']);
/** Pictures that hold one page each; a TIFF may hold a whole report. */
const SINGLE_PICTURE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png']);

export const isImageName = (name: string): boolean =>
  isReportFileName(name) && IMAGE_EXTENSIONS.has(extensionOf(name));

/** Natural order of names: digits compare as numbers ("第2页" before "第10页"). */
export const naturalCompare = new Intl.Collator('zh-Hans-CN', { numeric: true }).compare;

/**
 * The name of a page image without its page number, or null when it has none: a number of at
 * most three digits, or four with a leading zero (a scanner's "0001"), at the end, with 第…页,
 * page, p or brackets around it. (A year such as 2024 is not a page number.)
 */
export const pageStem = (name: string): string | null => {
  const dot = name.lastIndexOf('.');
  const bare = dot > 0 ? name.slice(0, dot) : name;
  const m =
    /^(.*?)[\s_\-－—.·(（]*(?:第|page|pg|p)?\s*(?<!\d)(?:\d{1,3}|0\d{3})\s*(?:页|page)?[\s)）]*$/i.exec(
      bare,
    );
  return m ? m[1]!.trim() : null;
};

/** The name of a group of numbered images: where they are, their common name, how many. */
const groupName = (dir: string, stem: string, count: number): string =>
  join(dir, `${stem || '扫描页'}（${count} 张图片）`);

const GROUP_NAME = /^(.*)（(\d+) 张图片）$/;

const imagesIn = async (dir: string): Promise<string[] | null> => {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) return null;
  const reports = entries.filter((e) => e.isFile() && isReportFileName(e.name)).map((e) => e.name);
  const pictures = reports.filter((n) => SINGLE_PICTURE_EXTENSIONS.has(extensionOf(n)));
  return pictures.length === reports.length ? reports : null;
};

/** The numbered images of `dir` with the common name `stem`, in page order. */
const numbered = (names: readonly string[], stem: string): string[] =>
  names.filter((n) => isImageName(n) && pageStem(n) === stem).sort(naturalCompare);

/**
 * The page images a group path stands for, in page order; null when the path is no group (a
 * file, a folder holding other reports, a name that finds fewer than two pages).
 */
export const groupMembers = async (path: string): Promise<string[] | null> => {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    const images = await imagesIn(path);
    return images && images.length >= 2
      ? images.sort(naturalCompare).map((n) => join(path, n))
      : null;
  }
  if (info) return null;
  const m = GROUP_NAME.exec(basename(path));
  if (!m) return null;
  const dir = dirname(path);
  const names = await readdir(dir).catch(() => null);
  if (!names) return null;
  const stem = m[1] === '扫描页' && numbered(names, '').length > 0 ? '' : m[1]!;
  const pages = numbered(names, stem);
  return pages.length >= 2 ? pages.map((n) => join(dir, n)) : null;
};

/**
 * Groups the page images among `files` (as collected: named files, and the files of folders
 * read): numbered images of one folder with one common name become their group's path, at the
 * place of the first. `walked` tells the folders that were read whole, whose lone images group
 * too when the folder holds nothing else.
 */
export const groupPageImages = async (
  files: readonly string[],
  walked: ReadonlySet<string> = new Set(),
): Promise<string[]> => {
  const groups = new Map<string, string[]>();
  const keyOf = (f: string): string | null => {
    if (!isImageName(basename(f))) return null;
    const dir = dirname(f);
    if (walked.has(dir)) return `dir\0${dir}`;
    const stem = pageStem(basename(f));
    return stem === null ? null : `stem\0${dir}\0${stem}`;
  };
  for (const f of files) {
    const key = keyOf(f);
    if (key) groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: string[] = [];
  const done = new Set<string>();
  for (const f of files) {
    const key = keyOf(f);
    const members = key ? groups.get(key)! : [];
    if (!key || members.length < 2) {
      out.push(f);
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    const dir = dirname(f);
    if (key.startsWith('dir\0') && (await imagesIn(dir))) {
      out.push(dir);
      continue;
    }
    if (key.startsWith('dir\0')) {
      // A folder with other reports too: its numbered images still group by their name.
      const byStem = await groupPageImages(members);
      out.push(...byStem);
      continue;
    }
    const stem = pageStem(basename(f))!;
    const all = numbered(await readdir(dir).catch(() => []), stem);
    out.push(groupName(dir, stem, all.length));
  }
  return out;
};

/** The pages of a group: each member's pictures in order (a TIFF may hold several). */
export const groupPages = async (members: readonly string[]): Promise<ScanPage[]> => {
  const { scanPages } = await import('./scan-pages');
  const pages: ScanPage[] = [];
  for (const m of members) pages.push(...scanPages(new Uint8Array(await readFile(m))));
  return pages;
};

/** A group's bytes: a PDF of its page pictures, or null when the path is no group. */
export const groupBytes = async (path: string): Promise<Uint8Array | null> => {
  const members = await groupMembers(path);
  if (!members) return null;
  const { scanPdf } = await import('./scan-pdf');
  return scanPdf(await groupPages(members));
};

/** The note that says how a group was read. */
export const groupNote = (members: readonly string[]): string =>
  `由 ${members.length} 张图片合为一份报告，按文件名顺序：${members.map((m) => basename(m)).join('、')}`;
