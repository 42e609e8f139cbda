// `vigil rules`: the alert rules, one on two lines: id, on or off, kind and name, then what each
// counts (its scope), its window and its parameters.
import { RULE_KINDS, scopeText, type RuleKind } from '../../shared/alerts';
import { paramsText, ruleNameText, windowText } from '../../shared/alertRuleText';
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/message';
import { listRules } from '../alerts/ruleStore';
import { withExistingStore } from './existingStore';
import type { CliIo } from './io';
import type { RunLanguage } from './language';
import { displayWidth, padEnd } from './textTable';

/** English has always printed the kind's code ("surge"); other languages its name. */
function kindText(kind: RuleKind, language: Language): string {
  return language === 'en' ? kind : translator(language)(`alerts:kinds.${kind}`);
}

export function rulesCommand(
  options: { storePath: string; json: boolean; language: RunLanguage },
  io: CliIo,
): number {
  return withExistingStore(options.storePath, options.language, (db) => {
    const rules = listRules(db);
    if (options.json) {
      io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
      return 0;
    }
    const { t, language } = options.language;
    const on = t('cli:alerts.on');
    const off = t('cli:alerts.off');
    const stateWidth = Math.max(displayWidth(on), displayWidth(off));
    const kindWidth = Math.max(...RULE_KINDS.map((kind) => displayWidth(kindText(kind, language))));
    for (const rule of rules) {
      const state = padEnd(rule.enabled ? on : off, stateWidth);
      const kind = padEnd(kindText(rule.params.kind, language), kindWidth);
      const what = [
        scopeText(rule.scope, language),
        windowText(rule.params.window, language),
        paramsText(rule.params, language),
      ];
      io.stdout(
        `${String(rule.id).padStart(4)}  ${state}  ${kind}  ${ruleNameText(rule.name, language)}\n` +
          `      ${what.join(t('cli:alerts.separator'))}\n`,
      );
    }
    return 0;
  });
}
