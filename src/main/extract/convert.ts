// Converts .doc/.wps/.rtf/.odt/.html to .docx with LibreOffice, when it is installed, in a
// temporary folder that is always removed, with a time limit.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeOwnedTempDir, removeStaleTempDirs } from '../temp/owned-temp';

/** Where LibreOffice is usually installed when it is not on PATH. */
const KNOWN_PLACES = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The `soffice` program on PATH (or in its usual place), or null. */
export const findSoffice = (env: NodeJS.ProcessEnv = process.env): string | null => {
  const names =
    process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean)) {
    for (const n of names) if (isFile(join(dir, n))) return join(dir, n);
  }
  return KNOWN_PLACES.find((p) => existsSync(p)) ?? null;
};

/** The conversion ran out of time (its process group was killed). */
export class ConvertTimeout extends Error {}

/** Runs a program; kills its whole process group at the deadline or on abort. */
const run = (
  program: string,
  args: string[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const detached = process.platform !== 'win32';
    const proc = spawn(program, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached,
      windowsHide: true,
    });
    let stderr = '';
    proc.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-500)));
    const kill = (): void => {
      try {
        if (detached && proc.pid) process.kill(-proc.pid, 'SIGKILL');
        else proc.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      kill();
      reject(new ConvertTimeout('转换超时'));
    }, timeoutMs);
    const onAbort = (): void => {
      kill();
      reject(new Error('已取消'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    proc.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`无法启动 LibreOffice：${e.message}`));
    });
    proc.on('close', (code) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `LibreOffice 退出码 ${code}${stderr ? `：${stderr.trim().split('\n').pop()}` : ''}`,
          ),
        );
    });
  });

/**
 * Converts a document to .docx bytes. `ext` names the input so LibreOffice picks the right
 * import filter. Throws an Error with a short Chinese reason on failure.
 */
export const convertToDocx = async (
  bytes: Uint8Array,
  ext: string,
  soffice: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Uint8Array> => {
  // Marked with this process's id: a folder left by a killed run is removed by the next one.
  removeStaleTempDirs('nianbao-convert-');
  const dir = makeOwnedTempDir('nianbao-convert-');
  try {
    const input = join(dir, `input.${ext}`);
    const outDir = join(dir, 'out');
    await writeFile(input, bytes);
    // A private profile: a LibreOffice the reviewer has open would otherwise take the job over.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--nolockcheck',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        input,
      ],
      timeoutMs,
      signal,
    );
    try {
      return new Uint8Array(await readFile(join(outDir, 'input.docx')));
    } catch {
      throw new Error('LibreOffice 没有生成 .docx 文件');
    }
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
};
