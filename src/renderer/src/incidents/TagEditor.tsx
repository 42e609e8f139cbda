import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedTags } from './tagList';

interface Props {
  /** The incident's tags (each removable); null for many incidents, where tags are typed to remove. */
  tags: string[] | null;
  disabled: boolean;
  onAdd: (tags: string[]) => void;
  onRemove: (tags: string[]) => void;
}

/** Tags: add some (comma-separated), or take one off. */
export function TagEditor({ tags, disabled, onAdd, onRemove }: Props) {
  const { t } = useTranslation('incidents');
  const [text, setText] = useState('');
  const id = useId();
  const typed = typedTags(text);
  return (
    <div className="tag-editor">
      {tags !== null ? (
        <ul className="tag-list" aria-label={t('tags.label')}>
          {tags.length === 0 ? <li className="muted">{t('tags.none')}</li> : null}
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('tags.remove', { tag })}
                disabled={disabled}
                onClick={() => {
                  onRemove([tag]);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="tag-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.length === 0) return;
          onAdd(typed);
          setText('');
        }}
      >
        <label htmlFor={`${id}-tag`} className="visually-hidden">
          {tags === null ? t('tags.addOrRemoveLabel') : t('tags.addLabel')}
        </label>
        <input
          id={`${id}-tag`}
          className="text-input"
          placeholder={t('tags.placeholder')}
          maxLength={500}
          value={text}
          disabled={disabled}
          data-testid="tag-input"
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
        <button type="submit" className="button" disabled={disabled || typed.length === 0}>
          {t('tags.add')}
        </button>
        {tags === null ? (
          <button
            type="button"
            className="button"
            disabled={disabled || typed.length === 0}
            onClick={() => {
              onRemove(typed);
              setText('');
            }}
          >
            {t('tags.removeTyped')}
          </button>
        ) : null}
      </form>
    </div>
  );
}
