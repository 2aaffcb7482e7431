// Two real reports and a review service over a fresh workspace, for the tests of content.copied
// across the register (who is judged again when a report comes in, leaves or comes back).
// 牧野区司法局's and 渠县司法局's 2024 reports: two agencies, each in its own words.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReviewService } from '../../src/main/services/review-service';
import { fixture } from '../extract/helpers';
import { tempWorkspace } from './workspace';

const sample = (name: string): string => readFileSync(fixture(`samples/${name}.txt`), 'utf8');

export const muye = sample('000_a5e6e1e0a8da6139');
export const quxian = sample('004_e6a1a50ddf61be61');

/** A service over a new workspace whose clock ticks a second per read, files in a temp folder. */
export const copiedSetup = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-copied-'));
  const write = (name: string, content: string): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  let t = 0;
  const workspace = tempWorkspace(() => new Date(Date.UTC(2025, 1, 10, 9, 0, t++)));
  const service = new ReviewService({ workspace, reviewer: '王审核' });
  service.grantPaths([dir]);
  const importOne = async (name: string, text: string) =>
    (await service.importFiles([write(name, text)]))[0]!;
  /** The content.copied findings of a report, as the report view gets them. */
  const copiedOf = async (id: string) =>
    (await service.getReport(id)).findings.filter((f) => f.ruleId === 'content.copied');
  /** Their messages. */
  const copied = async (id: string) => (await copiedOf(id)).map((f) => f.message);
  return { service, workspace, write, importOne, copiedOf, copied };
};
