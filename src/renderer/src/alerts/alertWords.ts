// An alert's and a rule's words in the window's language: the explanation kept with each alert, what
// it counted, and the names Vigil gave its own rules. Read at render time (the window re-mounts its
// views when the language changes).
import type { FiredAlert } from '../../../shared/alerts';
import { ruleNameText } from '../../../shared/alertRuleText';
import { alertSubject, alertText } from '../../../shared/alertText';
import { currentLanguage } from '../i18n/instance';

/** The alert's sentence; its English text when it was stored before explanations were kept. */
export function explanationText(alert: FiredAlert): string {
  return alert.explanation === undefined ? alert.message : alertText(alert.explanation, currentLanguage());
}

/** What the alert counted (the rule's scope) or matched (the watched term). */
export function subjectText(alert: FiredAlert): string {
  return alertSubject(alert, currentLanguage());
}

export function ruleName(name: string): string {
  return ruleNameText(name, currentLanguage());
}
