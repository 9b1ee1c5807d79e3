// The `lantern` command (bin/lantern.js runs this, compiled): the command line of
// src/cli/program.ts with this process's arguments, environment and console.
import { processIo } from './io.js';
import { runLantern } from './program.js';

const code = await runLantern(process.argv.slice(2), processIo());
// A command that ended well lets the process end by itself (`start` keeps serving); anything
// else ends it now with its code, as before the in-process seam.
if (code !== 0) process.exit(code);
