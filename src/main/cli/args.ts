// Command-line options, parsed once and checked against what each command accepts.
import { parseArgs } from 'node:util';
import { VigilFault } from '../../shared/errors';
import { IMPORT_FIELDS, type ImportField } from '../../shared/fields';
import {
  DATE_FORMATS,
  DELIMITERS,
  ENCODINGS,
  FILE_FORMATS,
  type DateFormat,
  type Delimiter,
  type Encoding,
  type FileFormat,
} from '../../shared/mapping';
import type { MappingOverrides } from '../import/plan';
import type { Command } from './help';

const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  map: { type: 'string', multiple: true },
  set: { type: 'string', multiple: true },
  mapping: { type: 'string' },
  'save-mapping': { type: 'string' },
  format: { type: 'string' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  'date-format': { type: 'string' },
  'time-zone': { type: 'string' },
  source: { type: 'string' },
  rows: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  category: { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  backtest: { type: 'boolean' },
  rule: { type: 'string' },
  q: { type: 'string' },
  marking: { type: 'string' },
  paper: { type: 'string' },
  lang: { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;

const ACCEPTED: Readonly<Record<Command, readonly OptionName[]>> = {
  import: [
    'db',
    'json',
    'map',
    'set',
    'format',
    'mapping',
    'save-mapping',
    'encoding',
    'delimiter',
    'date-format',
    'time-zone',
    'source',
  ],
  imports: ['db', 'json'],
  undo: ['db', 'json'],
  sample: ['rows', 'out', 'seed'],
  serve: ['db', 'port'],
  stats: ['db', 'json', 'from', 'to', 'category', 'time-zone'],
  alerts: ['db', 'json', 'as-of', 'backtest', 'from', 'to', 'rule'],
  rules: ['db', 'json'],
  export: ['db', 'json', 'category', 'from', 'to', 'q', 'format', 'out'],
  backup: ['db', 'out'],
  restore: ['db'],
  check: ['db', 'json'],
  report: ['db', 'json', 'from', 'to', 'category', 'marking', 'paper', 'out'],
};

/** Options every command takes. */
const EVERYWHERE: readonly OptionName[] = ['help', 'lang'];

/** A parse error of node:util's parseArgs, with the option it is about. */
interface ParseArgsError extends Error {
  code?: string;
}

export function parseCommandArgs(command: Command, args: string[]) {
  const parsed = parseOptions(args);
  for (const name of Object.keys(parsed.values) as OptionName[]) {
    if (!EVERYWHERE.includes(name) && !ACCEPTED[command].includes(name)) {
      throw new VigilFault('invalid_input', {
        key: 'errors:option.notAnOption',
        params: { option: name, command },
      });
    }
  }
  return parsed;
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    throw parseArgsFault(err as ParseArgsError);
  }
}

/**
 * node:util's own sentence stays as the English text (it says more than ours); a catalog message
 * beside it lets other languages name the option and what is wrong with it.
 */
function parseArgsFault(err: ParseArgsError): unknown {
  const option = /'(-[^' ]*)/.exec(err.message)?.[1];
  if (option === undefined) return err;
  const key =
    err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? 'errors:option.unknown'
      : err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? err.message.includes('argument missing')
          ? 'errors:option.missingValue'
          : 'errors:option.takesNoValue'
        : null;
  if (key === null) return err;
  const fault = new VigilFault('invalid_input', { key, params: { option } });
  fault.message = err.message;
  return fault;
}

export type ParsedValues = ReturnType<typeof parseCommandArgs>['values'];

function field(name: string, option: string): ImportField {
  if (!(IMPORT_FIELDS as readonly string[]).includes(name)) {
    throw new VigilFault('invalid_input', {
      key: 'errors:option.notAField',
      params: { option, name, fields: IMPORT_FIELDS.join(', ') },
    });
  }
  return name as ImportField;
}

function pair(text: string, option: string): [string, string] {
  const cut = text.indexOf('=');
  if (cut <= 0) {
    throw new VigilFault('invalid_input', { key: 'errors:option.notAPair', params: { option, text } });
  }
  return [text.slice(0, cut).trim(), text.slice(cut + 1)];
}

/** "--paper: "a3" is not one of a4, letter". */
export function notOneOf(option: string, value: string, choices: string): VigilFault {
  return new VigilFault('invalid_input', {
    key: 'errors:option.notOneOf',
    params: { option, value, choices },
  });
}

export interface ImportArgs {
  read: { format?: FileFormat; encoding?: Encoding; delimiter?: Delimiter };
  overrides: MappingOverrides;
  mappingName?: string;
  saveMappingAs?: string;
}

export function importArgs(values: ParsedValues): ImportArgs {
  const overrides: MappingOverrides = {};
  for (const text of values.map ?? []) {
    const [name, header] = pair(text, '--map');
    const f = field(name, '--map');
    overrides.columns = { ...overrides.columns, [f]: [...(overrides.columns?.[f] ?? []), header] };
  }
  for (const text of values.set ?? []) {
    const [name, value] = pair(text, '--set');
    overrides.constants = { ...overrides.constants, [field(name, '--set')]: value };
  }
  if (values.source !== undefined) overrides.constants = { ...overrides.constants, source: values.source };
  const dateFormat = values['date-format'];
  if (dateFormat !== undefined) {
    if (!(DATE_FORMATS as readonly string[]).includes(dateFormat)) {
      throw notOneOf('--date-format', dateFormat, DATE_FORMATS.join(', '));
    }
    overrides.dateFormat = dateFormat as DateFormat;
  }
  if (values['time-zone'] !== undefined) overrides.timeZone = values['time-zone'];
  const read: ImportArgs['read'] = {};
  if (values.format !== undefined) {
    if (!(FILE_FORMATS as readonly string[]).includes(values.format)) {
      throw notOneOf('--format', values.format, FILE_FORMATS.join(', '));
    }
    read.format = values.format as FileFormat;
  }
  if (values.encoding !== undefined) {
    const encoding = values.encoding.toLowerCase().replace(/^utf8$/, 'utf-8');
    if (!(ENCODINGS as readonly string[]).includes(encoding)) {
      throw notOneOf('--encoding', values.encoding, ENCODINGS.join(', '));
    }
    read.encoding = encoding as Encoding;
  }
  if (values.delimiter !== undefined) {
    const delimiter = values.delimiter === 'tab' || values.delimiter === '\\t' ? '\t' : values.delimiter;
    if (!(DELIMITERS as readonly string[]).includes(delimiter)) {
      throw notOneOf('--delimiter', values.delimiter, ', ; | tab');
    }
    read.delimiter = delimiter as Delimiter;
  }
  const result: ImportArgs = { read, overrides };
  if (values.mapping !== undefined) result.mappingName = values.mapping;
  if (values['save-mapping'] !== undefined) result.saveMappingAs = values['save-mapping'];
  return result;
}
