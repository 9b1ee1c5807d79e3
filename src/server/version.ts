// Lantern's version, from package.json: a module of its own so that the command line can print
// it without loading the server.
import { readFileSync } from 'node:fs';

export const lanternVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
