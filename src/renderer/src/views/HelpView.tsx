// How-tos that work offline: a list of topics and the chosen one's steps, all from the `help` catalog
// so they read in the window's language. The shortcut sheet is one key away ("?").
import { useTranslation } from 'react-i18next';
import { formatRoute, HELP_TOPICS, type HelpTopic } from '../app/route';

export function HelpView({ topic = 'import' }: { topic?: HelpTopic | undefined }) {
  const { t } = useTranslation('help');
  const steps = Object.values(t(`topics.${topic}.steps`, { returnObjects: true }));
  return (
    <div className="help-view" data-testid="help-view">
      <h1>{t('title')}</h1>
      <p className="help-intro">{t('intro')}</p>
      <div className="help-layout">
        <nav className="help-topics" aria-label={t('topicsLabel')}>
          <ul>
            {HELP_TOPICS.map((name) => (
              <li key={name}>
                <a
                  href={formatRoute({ view: 'help', topic: name })}
                  aria-current={name === topic ? 'page' : undefined}
                  data-testid={`help-topic-${name}`}
                >
                  {t(`topics.${name}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <article
          className="panel help-article"
          aria-labelledby="help-article-title"
          data-testid="help-article"
        >
          <h2 className="panel-title" id="help-article-title">
            {t(`topics.${topic}.title`)}
          </h2>
          <p>{t(`topics.${topic}.summary`)}</p>
          <ol className="help-steps">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="settings-note">{t(`topics.${topic}.tip`)}</p>
        </article>
      </div>
    </div>
  );
}
