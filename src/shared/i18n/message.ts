// Text made in one process and read in another (an error, a reject reason, an alert's sentence) travels
// as a catalog key with its values, so each reader shows it in their own language. The English text
// goes along for logs and for readers older than the key.
import type { ParseKeys } from 'i18next';
import { createI18n } from './createI18n';
import type { Language } from './languages';
import type { Namespace } from './resources';

/** A key of any catalog, written with its namespace: "errors:noImport". */
export type MessageKey = ParseKeys<Namespace[]>;
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

const instances = new Map<Language, ReturnType<typeof createI18n>>();

function instanceFor(language: Language): ReturnType<typeof createI18n> {
  let instance = instances.get(language);
  if (instance === undefined) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  return instance;
}

/** The message in a language. */
export function messageText(message: Message, language: Language): string {
  // The key was checked where the message was made (MessageKey); here it is only looked up.
  const lookUp = instanceFor(language).t as unknown as (key: string, params: MessageParams) => string;
  return lookUp(message.key, message.params ?? {});
}

/** A translation function for a language outside React (the command line, the main process). */
export function translator(language: Language): ReturnType<typeof createI18n>['t'] {
  return instanceFor(language).t;
}

/**
 * A message as a store column keeps it (JSON), or undefined for a row written before messages were
 * stored, or garbled: the store is a file, so it is read as anything. Only text and numbers are kept
 * as values.
 */
export function parseStoredMessage(json: string | null): Message | undefined {
  if (json === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string') return undefined;
  if (params === undefined || params === null) return { key: key as MessageKey };
  if (typeof params !== 'object') return undefined;
  const clean: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(params)) {
    if (typeof param === 'string' || typeof param === 'number') clean[name] = param;
  }
  return { key: key as MessageKey, params: clean };
}

/** A message for a store column (see parseStoredMessage). */
export function storedMessageJson(message: Message | undefined): string | null {
  return message === undefined ? null : JSON.stringify(message);
}
