#!/usr/bin/env node
// The `nianbao` command: the bundled CLI built by `npm run build:cli` (run on install).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `nianbao 需要 Node 24 或更高版本（当前 ${process.versions.node}）。请先执行 . scripts/node24.sh`,
  );
  process.exit(2);
}
// `nianbao check … | head`: once the reader has gone, the rest of the output has nobody to read
// it. Stop quietly, as the shell's own tools do, instead of crashing on the unhandled EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
try {
  const { main } = await import('../dist/cli.mjs');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (
    error &&
    error.code === 'ERR_MODULE_NOT_FOUND' &&
    String(error.message).includes('dist/cli.mjs')
  ) {
    console.error('nianbao 尚未构建：请在项目目录执行 npm run build:cli');
    process.exit(2);
  }
  throw error;
}
