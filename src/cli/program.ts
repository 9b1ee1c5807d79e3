// The `lantern` command line, callable in-process: runLantern(args, io) parses the arguments,
// runs the command with io's environment and output, and returns the exit code. The `lantern`
// process (src/cli/main.ts) calls it with its own; the tests with theirs.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { lanternVersion } from '../server/version.js';
import type { CliIo } from './io.js';

// Each command loads its module when it runs: `lantern --help` or `lantern migrate` no longer
// loads the web server, PDF and directory code it does not use (a second of CPU per command).
const backup = () => import('./commands/backup.js');
const directory = () => import('./commands/directory.js');
const init = () => import('./commands/init.js');
const mail = () => import('./commands/mail.js');
const retention = () => import('./commands/retention.js');
const maintenance = () => import('./commands/maintenance.js');
const start = () => import('./commands/start.js');

/** The exit code a command returns when it ends without an error; nothing means 0. */
type CommandResult = Promise<number | undefined>;

export function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

/**
 * The `lantern` program, built anew for each run: commander keeps option values between parses
 * of one Command. Help, version and commander's errors go to io; they throw a CommanderError
 * (exitOverride) instead of ending the process. A command's exit code goes to `result`.
 */
export function program(io: CliIo, result: { exitCode: number } = { exitCode: 0 }): Command {
  /** A command's action, loaded from its module when the command runs. */
  function lazy<Module>(load: () => Promise<Module>, name: keyof Module) {
    return async (...args: unknown[]): Promise<void> => {
      const action = (await load())[name] as (io: CliIo, ...actionArgs: unknown[]) => CommandResult;
      const code = await action(io, ...args);
      if (typeof code === 'number') result.exitCode = code;
    };
  }
  // Before any subcommand is added: they copy these settings when made.
  const program = new Command('lantern')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        io.out(withoutNewline(text));
      },
      writeErr: (text) => {
        io.err(withoutNewline(text));
      },
    })
    .description(
      'Lantern: a coordinated, victim-centered multi-agency response to commercially sexually exploited children.',
    )
    .version(lanternVersion)
    .showHelpAfterError()
    .addHelpText(
      'after',
      '\nDatabase: DATABASE_URL=postgres://... for PostgreSQL; otherwise embedded PGlite in LANTERN_DATA_DIR (default ./data).',
    );

  program
    .command('start')
    .description('run the server (migrates the database first)')
    .option(
      '--demo',
      'demo mode: seed the demo county on an empty database, generate a demo master key, no MFA requirement',
    )
    .option('--port <port>', 'port to listen on (default: PORT or 8080)', port)
    .action(lazy(start, 'startCommand'));

  program
    .command('migrate')
    .description('apply database migrations and exit')
    .action(lazy(maintenance, 'migrateCommand'));

  program
    .command('seed-demo')
    .description(
      'add the demo county and its demo accounts (password lantern-demo); never on a real deployment',
    )
    .action(lazy(maintenance, 'seedDemoCommand'));

  program
    .command('init')
    .description('set up a jurisdiction with its lead agency and first administrator')
    .requiredOption('--jurisdiction <name>', 'e.g. "Alameda County"')
    .option('--kind <kind>', 'county, region or state', 'county')
    .option('--state <code>', 'two-letter state code, e.g. CA')
    .option('--lead-organization <name>', 'the county lead agency', 'CSEC Coordination Office')
    .requiredOption('--admin-email <email>', "the administrator's email")
    .option('--admin-name <name>', "the administrator's name", 'Administrator')
    .option(
      '--coordinator-email <email>',
      "the first CSEC coordinator's email: approves roles that see youth data until each agency has an approver",
    )
    .option('--coordinator-name <name>', "the coordinator's name")
    .action(lazy(init, 'initCommand'));

  program
    .command('add-coordinator')
    .description(
      "add a jurisdiction's first CSEC coordinator (only while it has none; later ones are approved in the app)",
    )
    .requiredOption('--jurisdiction <name>', 'the jurisdiction, as named at init')
    .requiredOption('--email <email>', "the coordinator's email")
    .option('--name <name>', "the coordinator's name", 'CSEC coordinator')
    .action(lazy(init, 'addCoordinatorCommand'));

  program
    .command('verify-audit')
    .description('check the audit log hash chain; prints "ok N events" or the first broken link')
    .action(lazy(maintenance, 'verifyAuditCommand'));

  program
    .command('purge')
    .description(
      "with --dry-run: per county and category, how many cases' data the retention purge would remove on a day (counts only; changes nothing)",
    )
    .option('--dry-run', "count only, write nothing (the purge itself is the server's daily job)")
    .option('--jurisdiction <name>', 'one jurisdiction, as named at init (default: every one)')
    .option('--on <YYYY-MM-DD>', "the county's day to count for (default: its today)")
    .action(lazy(retention, 'purgeCommand'));

  program
    .command('backup')
    .description('write a backup: a PGlite data archive, or pg_dump custom format for PostgreSQL')
    .requiredOption('--out <file>', 'where to write the backup')
    .action(lazy(backup, 'backupCommand'));

  program
    .command('restore')
    .description('restore a backup made by `lantern backup` (stop the server first)')
    .requiredOption('--from <file>', 'the backup file')
    .option('--force', 'replace the existing database (PGlite: the old one is kept aside)')
    .action(lazy(backup, 'restoreCommand'));

  program
    .command('import-hsds')
    .description(
      'import an HSDS 3.0 datapackage (a folder of CSV files, or a JSON file of the same tables) for one jurisdiction; writes nothing if any row fails, or if any row would change a record another jurisdiction owns',
    )
    .argument('<path>', 'the folder of .csv files, or the .json file')
    .option(
      '--jurisdiction <id|name>',
      'the jurisdiction the import is for: it owns the records the import creates and changes only its own (required when the database holds more than one; with exactly one, that one)',
    )
    .option(
      '--partial',
      "write the valid rows even when others fail (a row that would change another jurisdiction's record still refuses the whole import)",
    )
    .option('--dry-run', 'check every row and report, writing nothing')
    .action(lazy(directory, 'importHsdsCommand'));

  program
    .command('export-hsds')
    .description('export the resource directory as an HSDS 3.0 datapackage')
    .argument('<path>', 'the folder to write (for json: a folder or a .json file)')
    .option('--format <format>', 'csv or json', 'csv')
    .option(
      '--include-confidential',
      'include confidential (safe-house) locations; without it they are left out',
    )
    .action(lazy(directory, 'exportHsdsCommand'));

  program
    .command('send-test-email')
    .description(
      'send one plain test email through LANTERN_SMTP_URL to check the email settings (it carries no youth data)',
    )
    .requiredOption('--to <address>', 'who receives it')
    .action(lazy(mail, 'sendTestEmailCommand'));
  return program;
}

/** Commander's texts end in a newline; io's lines do not. */
function withoutNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * Runs `lantern ARGS...` (the arguments after the command's name) in this process with io's
 * environment and output, and returns the exit code: 0, a command's own (verify-audit's 2),
 * commander's (help 0, unknown command or missing option 1), or 1 for an error, printed as
 * `lantern: message`. Every command closes its database before it returns; `start` returns once
 * the server listens, leaving it running.
 */
export async function runLantern(args: readonly string[], io: CliIo): Promise<number> {
  const result = { exitCode: 0 };
  try {
    await program(io, result).parseAsync(args, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    io.err(`lantern: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
