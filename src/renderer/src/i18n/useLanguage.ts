import { useContext } from 'react';
import { LanguageContext, type LanguageChoice } from './LanguageContext';

export function useLanguage(): LanguageChoice {
  const choice = useContext(LanguageContext);
  if (choice === null) throw new Error('useLanguage is used outside LanguageProvider');
  return choice;
}
