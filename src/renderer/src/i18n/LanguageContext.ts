import { createContext } from 'react';
import type { Language } from '../../../shared/i18n/languages';

export interface LanguageChoice {
  /** What the window speaks now. */
  language: Language;
  /** What Settings holds: a language, or null for the operating system's. */
  chosen: Language | null;
  /** Saves the choice in the store and switches the window to it. */
  choose: (language: Language | null) => Promise<void>;
}

export const LanguageContext = createContext<LanguageChoice | null>(null);
