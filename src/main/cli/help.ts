// The command line's help texts: one per command, printed by `--help`.

export const COMMANDS = [
  'import',
  'imports',
  'undo',
  'sample',
  'serve',
  'stats',
  'alerts',
  'rules',
  'export',
  'backup',
  'restore',
  'check',
  'report',
] as const;
export type Command = (typeof COMMANDS)[number];

const GENERAL = `Vigil: offline workstation for incident analysts.

Usage: vigil <command> [options]

Commands:
  import FILE...   import incident exports (CSV, TSV, JSON, NDJSON) into the store
  imports          list the imports, newest first
  undo IMPORT_ID   remove exactly the incidents one import stored
  sample           write a realistic synthetic export to a file
  serve            serve the workstation to a browser on this machine
  stats            a period's headline figures, year on year and against the period before
  alerts           the alerts the rules raise as of a date, or would have raised (--backtest)
  rules            list the alert rules
  export           write the incidents a filter matches to a CSV or JSON file
  backup           write a consistent copy of the store to a file
  restore FILE     put a backup back as the store (the current store is backed up first)
  check            check the store: SQLite's integrity, foreign keys, every aggregate
  report           print a period's briefing report to PDF with a local Chromium

Options for every command that uses the store:
  --db PATH        the store to use (default: the per-user data folder, as the desktop app)
  --help           help for the command

Run "vigil <command> --help" for more.`;

const HELP: Readonly<Record<Command, string>> = {
  import: `Usage: vigil import FILE... [--db PATH] [--map FIELD=HEADER]... [--set FIELD=VALUE]...
                    [--mapping NAME] [--save-mapping NAME] [--format F] [--encoding E] [--delimiter D]
                    [--date-format F] [--time-zone Z] [--source NAME] [--json]

Imports each file in its own transaction. Columns are mapped as in the window: a saved mapping for the
file's header, else Vigil's suggestion from the header names (English or Chinese); the options below
change that. A row already stored (same source and external_id, or the same content when there is no
id) is counted as a duplicate; a row without a readable occurrence time is rejected and kept with its
line and reason. A file that cannot be imported changes nothing.

Options:
  --map FIELD=HEADER  fill FIELD (occurred_at, category, external_id, ...) from the column named HEADER;
                      give the same FIELD twice to join two columns
  --set FIELD=VALUE   give FIELD one value for every row (for example --set category=phishing)
  --mapping NAME      use the saved mapping NAME
  --save-mapping NAME save the mapping used under NAME, for the next file with the same header
  --format F          csv, json (an array of objects) or ndjson (one object per line) (default: detected)
  --encoding E        utf-8, utf-16le, utf-16be, gb18030 or latin1 (default: detected)
  --delimiter D       , ; | or tab (default: detected)
  --date-format F     iso, ymd, dmy, mdy, zh, excel, unix_s or unix_ms (default: detected per column)
  --time-zone Z       zone of times written without one, e.g. Asia/Shanghai (default UTC)
  --source NAME       same as --set source=NAME
  --json              print one JSON document: {"imported","duplicates","rejected","files":[...]}

Exit status: 0 when every file was imported, 2 when a file or an option was not usable.`,
  imports: `Usage: vigil imports [--db PATH] [--json]

Lists every import, newest first: id, file, counts, when, and whether it was undone.`,
  undo: `Usage: vigil undo IMPORT_ID [--db PATH] [--json]

Removes exactly the incidents that import stored (and their counts) in one transaction. The import
stays in the history, marked undone; its file can be imported again.`,
  sample: `Usage: vigil sample --rows N --out FILE.csv [--seed N]

Writes a realistic synthetic export (two years of incidents with seasonality and growth, English and
Chinese text, about 2% duplicates and 0.1% broken rows) for demos and benchmarks.`,
  serve: `Usage: vigil serve [--db PATH] [--port N]

Serves the workstation on http://127.0.0.1 only. The first line printed is the address to open,
with this run's access token; requests without it are refused. Stop with Ctrl+C.

Options:
  --db PATH   the store (default: the per-user data folder)
  --port N    the port (default 0: any free port)`,
  stats: `Usage: vigil stats [--db PATH] --from YYYY-MM-DD --to YYYY-MM-DD [--category C]... [--json]

Prints a period's headline figures: incidents that occurred from --from to --to (both days included),
the same dates one year earlier (29 February compares with 28 February) and the period of equal length
just before, with the changes in percent (one decimal; n/a where the earlier count is 0), in total and
by category. Counts come from the stored daily counts by date of occurrence in the workstation's
time zone (UTC until one is chosen in the window).

Options:
  --from YYYY-MM-DD   the first day of the period
  --to YYYY-MM-DD     the last day of the period
  --category C        count only category C (malware, phishing, ...); repeat for more (default: all)
  --time-zone Z       the zone the dates are in: must be the workstation's (the daily counts are kept by it)
  --json              print one JSON document: {"total","previous","yoyPct","byCategory":{CODE:
                      {"count","previous","yoyPct",...}},...}

Exit status: 0 on success, 2 for a date that is not one, --from after --to or another unusable option.`,
  alerts: `Usage: vigil alerts [--db PATH] [--as-of YYYY-MM-DD] [--rule NAME] [--json]
       vigil alerts --backtest --from YYYY-MM-DD --to YYYY-MM-DD [--rule NAME] [--db PATH] [--json]

Evaluates every enabled alert rule (or the one named by --rule) as of a date, each window ending that
day, and prints the alerts that fire with a sentence explaining each. Counts are read from the stored
daily counts, by date in the workstation's time zone, so windows are whole days. Nothing is stored: the window keeps its own
alerts, evaluated after every import, edit and undo.

Options:
  --as-of YYYY-MM-DD  the day the windows end (default: today in the workstation's time zone)
  --backtest          evaluate as of each day from --from to --to instead, and print when each rule
                      would have fired
  --from, --to        the days of a backtest (both included; at most ten years)
  --rule NAME         only the rule of that name (see "vigil rules")
  --json              print a JSON array: for an evaluation, one item per alert with rule, kind,
                      category (null when the rule has no single category), subject, windowStart,
                      windowEnd, count, baseline, message and link; for a backtest, one item per rule
                      with rule, kind, from, to and the alerts it would have raised as "fired"

Exit status: 0 on success (whether or not anything fires), 2 for a date that is not one, an unknown
rule or another unusable option.`,
  rules: `Usage: vigil rules [--db PATH] [--json]

Lists the alert rules: id, on or off, kind, name, then what each counts (its scope), its window and
its parameters. --json prints them as an array of {"id","name","enabled","scope","params",...}.`,
  export: `Usage: vigil export [--db PATH] [--category C]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--q TEXT]
                    --format csv|json --out FILE [--json]

Writes the incidents the filter matches, in the order they were stored, as one consistent snapshot.
CSV is UTF-8 with a byte-order mark, quoted as RFC 4180 says, lines ended by CRLF; its header is
Vigil's field names, then category_raw, extra (the unmapped columns as one JSON object) and
fingerprint, so "vigil import" reads it back with no mapping and stores nothing twice. A cell that
starts with = + - @, a tab, CR, LF or NUL (or a full-width = + - @) is written with a ' in front,
so a spreadsheet shows it as text instead of running it; Vigil's importer removes that ' again. JSON
is an array with one object per incident.

Options:
  --category C        only category C (malware, phishing, ...); repeat for more (default: all)
  --from YYYY-MM-DD   only incidents that occurred on or after this day (UTC)
  --to YYYY-MM-DD     only incidents that occurred on or before this day (UTC)
  --q TEXT            only incidents whose text matches (words, "phrases", prefix*)
  --format F          csv or json
  --out FILE          the file to write (replaced if it exists)
  --json              print one JSON document: {"rows","path","format"}

Exit status: 0 on success, 2 for an unusable option, a missing store or a file that cannot be written.`,
  backup: `Usage: vigil backup [--db PATH] --out FILE

Writes a consistent copy of the store to FILE (which must not exist), made by SQLite while the store
may be in use. Vigil also keeps its own backups in a "backups" folder beside the store: one before
every schema upgrade and one a day, the newest 7 (VIGIL_BACKUPS_KEPT changes how many).`,
  restore: `Usage: vigil restore FILE [--db PATH]

Puts the backup FILE back as the store. FILE must be a Vigil store from this version or an older one
and pass SQLite's integrity check; otherwise nothing changes. The current store is first backed up
into the "backups" folder beside it (or, if SQLite cannot read it, kept there as it is).`,
  check: `Usage: vigil check [--db PATH] [--json]

Reads the store and checks it: SQLite's integrity_check, foreign_key_check, and every stored daily
count against a count made directly from the incidents. Changes nothing.

Exit status: 0 when the store is sound, 1 naming each problem found, 2 when it cannot be read.`,
  report: `Usage: vigil report [--db PATH] --from YYYY-MM-DD --to YYYY-MM-DD [--category C]... [--marking TEXT]
                    [--paper a4|letter] [--lang en|zh] --out FILE.pdf [--json]

Prints the briefing report of a period to a PDF, as the window's Report view prints it: the marking at
the top and bottom of every page, "Page X of Y", the figures "vigil stats" gives for the same period.
The page is printed by a headless Chromium installed on this machine (/usr/bin/chromium, or the path
in the environment variable VIGIL_CHROMIUM); Vigil serves it to that Chromium on 127.0.0.1 for the
time of the print.

Options:
  --from YYYY-MM-DD   the first day of the period
  --to YYYY-MM-DD     the last day of the period
  --category C        report only category C (malware, phishing, ...); repeat for more (default: all)
  --marking TEXT      the classification marking, e.g. TLP:RED or 内部资料 (default: TLP:AMBER)
  --paper P           a4 or letter (default: a4)
  --lang L            en or zh (default: en)
  --out FILE.pdf      the PDF to write (replaced if it exists)
  --json              print one JSON document: {"path","pages","total","from","to",...}

Exit status: 0 on success, 2 for an unusable option, a missing store or no Chromium found, 1 when
Chromium failed to print.`,
};

export function helpText(command?: Command): string {
  return command === undefined ? GENERAL : HELP[command];
}
