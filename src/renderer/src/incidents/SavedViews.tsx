// Named views of the table: the address (filter, sort, columns) saved by name, reopened from the list
// (each is a link to its address), deleted, or copied as a link to share inside the workstation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../format/errorText';
import { useAction } from '../hooks/useAction';
import { useOperation } from '../hooks/useOperation';
import { CopyLinkButton } from './CopyLinkButton';

/** Only addresses of this app's views are offered as links. */
function isViewAddress(hash: string): boolean {
  return hash.startsWith('#/incidents');
}

export function SavedViews({ hash }: { hash: string }) {
  const { t } = useTranslation('incidents');
  const views = useOperation('views.list', {});
  const save = useAction('views.save');
  const remove = useAction('views.delete');
  const [name, setName] = useState('');
  const error = save.error ?? remove.error;
  const rows = (views.value?.rows ?? []).filter((view) => isViewAddress(view.hash));

  return (
    <div className="saved-views" data-testid="saved-views">
      <span className="filter-label">{t('views.label')}</span>
      {views.error !== null ? (
        <span className="muted">{t('views.readError', { error: errorText(views.error) })}</span>
      ) : null}
      <ul className="view-list">
        {rows.map((view) => (
          <li key={view.id} className={view.hash === hash ? 'view-chip is-current' : 'view-chip'}>
            <a href={view.hash} title={view.name} aria-current={view.hash === hash ? 'page' : undefined}>
              {view.name}
            </a>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('views.delete', { name: view.name })}
              disabled={remove.running}
              onClick={() => {
                void remove.run({ id: view.id }).then((result) => {
                  if (result.ok) views.reload();
                });
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="save-view"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') return;
          void save.run({ name: name.trim(), hash }).then((result) => {
            if (!result.ok) return;
            setName('');
            views.reload();
          });
        }}
      >
        <label htmlFor="view-name" className="visually-hidden">
          {t('views.nameLabel')}
        </label>
        <input
          id="view-name"
          className="text-input"
          placeholder={t('views.namePlaceholder')}
          maxLength={100}
          value={name}
          data-testid="view-name"
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
        <button type="submit" className="button" disabled={save.running || name.trim() === ''}>
          {t('views.save')}
        </button>
      </form>
      <CopyLinkButton hash={hash} />
      {error !== null ? (
        <span className="field-problem" role="alert">
          {errorText(error)}
        </span>
      ) : null}
    </div>
  );
}
