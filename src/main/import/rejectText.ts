// Reject reasons travel as catalog messages, so each reader sees them in their own language, and the
// English sentence is stored beside each one for the command line and older readers. A file whose every
// row is rejected asks for that sentence a million times, and i18next takes some 20 µs a sentence: each
// kind of reason is therefore rendered once, with markers where a row's own values go, and then only
// filled in.
import { messageText, type Message } from '../../shared/i18n/message';

/** Params that choose the words (a plural form, a format's name) rather than being written into them. */
const CHOOSING: ReadonlySet<string> = new Set(['count', 'format']);
/** A private-use character: no catalog text holds one, and values are put in after it is found. */
const MARK = '\ue000';
const MARKED = /\ue000(\w+)\ue000/g;
/** Kinds of reason times their plural forms and formats: a few dozen; the bound only guards a mistake. */
const MAX_TEMPLATES = 1000;
const templates = new Map<string, string>();

/** The reason in English, exactly as messageText(message, 'en') writes it. */
export function englishReason(message: Message): string {
  const params = message.params ?? {};
  const marked: Record<string, string | number> = {};
  let shape: string = message.key;
  for (const [name, value] of Object.entries(params)) {
    if (CHOOSING.has(name)) {
      marked[name] = value;
      shape += `|${name}=${String(value)}`;
    } else {
      marked[name] = `${MARK}${name}${MARK}`;
      shape += `|${name}`;
    }
  }
  let template = templates.get(shape);
  if (template === undefined) {
    template = messageText({ key: message.key, params: marked }, 'en');
    if (templates.size < MAX_TEMPLATES) templates.set(shape, template);
  }
  return template.replace(MARKED, (_, name: string) => String(params[name] ?? ''));
}

/**
 * A value of the file as a reason quotes it: cut at 40 characters, and with i18next's nesting marker
 * broken, so that text in a file can never stop a sentence from naming a format in the reader's
 * language (i18next leaves all nesting undone when a value brings a marker of its own).
 */
export function quotedValue(text: string): string {
  const clipped = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return clipped.replaceAll('$t(', '$t\u200b(');
}
