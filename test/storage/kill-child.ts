// Child of the kill test: writes decisions (and now and then a whole re-check) in a loop, and
// prints each one only after its transaction committed. The parent kills it at random moments.
import { Workspace } from '../../src/main/storage';

const [file, reportId, startArg] = process.argv.slice(2);
const ws = Workspace.open(file!);
const stored = ws.getReport(reportId!);
const findings = stored.findings.map(({ fingerprint: _f, decision: _d, ...f }) => f);
const prints = stored.findings.map((f) => f.fingerprint);
process.stdout.write('ready\n');
for (let i = Number(startArg); i < prints.length; i++) {
  ws.decide(reportId!, prints[i]!, i % 2 ? 'confirmed' : 'dismissed', `第${i}条`, '压力测试');
  process.stdout.write(`d ${i}\n`);
  if (i % 40 === 39) {
    ws.recheck(reportId!, findings);
    process.stdout.write(`r ${i}\n`);
  }
}
ws.close();
process.stdout.write('done\n');
