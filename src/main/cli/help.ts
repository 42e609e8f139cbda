// The command line's help texts: one per command, printed by `--help`.

export const COMMANDS = ['import', 'serve'] as const;
export type Command = (typeof COMMANDS)[number];

const GENERAL = `Vigil: offline workstation for incident analysts.

Usage: vigil <command> [options]

Commands:
  import FILE...   import incident exports (CSV) into the store
  serve            serve the workstation to a browser on this machine

Options for every command:
  --db PATH        the store to use (default: the per-user data folder, as the desktop app)
  --help           help for the command

Run "vigil <command> --help" for more.`;

const HELP: Readonly<Record<Command, string>> = {
  import: `Usage: vigil import FILE... [--db PATH] [--json]

Imports each CSV file in its own transaction. A row already stored (same source and external_id, or
the same content when there is no id) is counted as a duplicate; a row without a readable occurred_at
is rejected and kept with its line and reason. A file that cannot be imported changes nothing.

Options:
  --db PATH   the store (default: the per-user data folder)
  --json      print one JSON document: {"imported","duplicates","rejected","files":[...]}

Exit status: 0 when every file was imported, 2 when a file or an option was not usable.`,
  serve: `Usage: vigil serve [--db PATH] [--port N]

Serves the workstation on http://127.0.0.1 only. The first line printed is the address to open,
with this run's access token; requests without it are refused. Stop with Ctrl+C.

Options:
  --db PATH   the store (default: the per-user data folder)
  --port N    the port (default 0: any free port)`,
};

export function helpText(command?: Command): string {
  return command === undefined ? GENERAL : HELP[command];
}
