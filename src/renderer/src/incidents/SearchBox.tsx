import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** Pause in typing after which the search runs. */
const SETTLE_MS = 350;

interface Props {
  /** The search the address holds. */
  query: string;
  /** `refine` is true when a search already ran and the user is refining it (no new history entry). */
  onSearch: (query: string, refine: boolean) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * Full-text search over title, description, asset and indicators: words, "phrases", prefix*. Runs
 * when typing pauses or on Enter; `/` anywhere in the view comes here; Esc clears it.
 */
export function SearchBox({ query, onSearch, inputRef }: Props) {
  const { t } = useTranslation('incidents');
  const [text, setText] = useState(query);
  const [shown, setShown] = useState(query);
  // Back, forward or a saved view changed the search: show it.
  if (shown !== query) {
    setShown(query);
    setText(query);
  }

  useEffect(() => {
    if (text.trim() === query.trim()) return;
    const timer = setTimeout(() => {
      onSearch(text.trim(), query !== '' && text.trim() !== '');
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, query, onSearch]);

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== query.trim()) onSearch(text.trim(), false);
      }}
    >
      <label htmlFor="incident-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id="incident-search"
        type="search"
        className="text-input search-input"
        placeholder={t('search.placeholder')}
        maxLength={1000}
        value={text}
        data-testid="incident-search"
        onChange={(event) => {
          setText(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text !== '') {
            event.preventDefault();
            event.stopPropagation();
            setText('');
          }
        }}
      />
    </form>
  );
}
