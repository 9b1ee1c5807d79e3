// Loaded into every test process through test-process.ts (node --import): when the process exits
// it writes the CPU seconds it spent, with those of the children it waited for (the spawned
// `lantern` commands), to LANTERN_TEST_CPU_FILE. The runner prints them next to each file's
// wall time: the machine the suite runs on is shared, and wall time alone says little.
import { readFileSync, writeFileSync } from 'node:fs';

/** CPU seconds of the children this process has waited for (Linux; 0 elsewhere). */
function childrenSeconds(): number {
  try {
    // Fields after the command name (which may hold spaces, so split after its ')'): cutime
    // and cstime are the 14th and 15th, in clock ticks (100 a second on Linux).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

const file = process.env.LANTERN_TEST_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const own = process.resourceUsage();
    const seconds = (own.userCPUTime + own.systemCPUTime) / 1e6 + childrenSeconds();
    writeFileSync(file, seconds.toFixed(2));
  });
}
