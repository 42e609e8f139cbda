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
