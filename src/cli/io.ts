// What a command sees of the world: its environment and where its lines go. The `lantern`
// process passes process.env and the console (src/cli/main.ts); the tests pass their own, so a
// command runs in-process exactly as at a terminal (src/cli/program.ts runLantern).

export interface CliIo {
  /** The environment the command reads (DATABASE_URL, LANTERN_DATA_DIR, LANTERN_MASTER_KEY...). */
  readonly env: NodeJS.ProcessEnv;
  /** Standard output: one line, or text from commander, without its final newline. */
  readonly out: (line: string) => void;
  /** Standard error: likewise. */
  readonly err: (line: string) => void;
}

/** The process's own: what a person at a terminal gets. */
export function processIo(): CliIo {
  return {
    env: process.env,
    out: (line) => {
      console.log(line);
    },
    err: (line) => {
      console.error(line);
    },
  };
}
