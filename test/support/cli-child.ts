// Runs `nianbao` from the sources in a child process (the tests' own process is not measured)
// and reports the process's peak memory, worker threads included, on its last stderr line.
import { main } from '../../src/cli/main';

process.exitCode = await main(process.argv.slice(2));
process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`);
