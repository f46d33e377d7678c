import { CloseButton, Kbd, Loader, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { errorText } from '../../../lib/errors';
import { SearchQuery } from '../api/search';
import { DEBOUNCE_MS, highlightParts, hitHref, isSearchable, nextIndex, optionId, toOptionGroups, type SearchHitData } from '../model';
import classes from './search.module.css';

const GROUP_LIMIT = 5;
/** A hard cap against pasted novels; the server's own limit (200) is lower and explains itself in German. */
const MAX_INPUT_LENGTH = 1000;

/** Whether a key event comes from a place where typing "/" means the character. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Text with the query's words marked; text nodes only, never HTML. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((p, i) =>
        p.match ? (
          <mark key={i} className={classes.mark}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The search box in the header of a cooperation: an ARIA 1.2 combobox whose listbox groups the
 * hits by kind. "/" or Ctrl+K focuses it; it asks the server 250 ms after the last key once two
 * characters are typed; arrow keys, Home and End move through the hits, Enter opens one, Escape
 * closes the list (and a second Escape clears the box).
 */
export function HeaderSearch({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation('search');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const uid = useId().replace(/:/g, '');
  const inputId = `search-${uid}`;
  const listId = `search-list-${uid}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const searchable = isSearchable(debounced);

  const [{ data, fetching, error }] = useQuery({
    query: SearchQuery,
    variables: { query: debounced, cooperationId, limit: GROUP_LIMIT },
    pause: !searchable,
    requestPolicy: 'cache-and-network',
  });

  // An answer belongs to the text when the server searched what is typed now.
  const result = searchable && data?.search.query === debounced ? data.search : null;
  const { groups, options } = useMemo(() => toOptionGroups(result?.groups ?? []), [result]);
  const waiting = isSearchable(text) && (text.trim() !== debounced || (fetching && !result));
  const failed = searchable && !fetching && error && !result ? error : null;

  // A new answer starts with no hit active.
  useEffect(() => setActive(-1), [result]);

  // "/" (outside text fields) and Ctrl+K / ⌘K focus the box from anywhere in the shell.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A click outside closes the list.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (rootRef.current && e.target instanceof Node && !rootRef.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const go = (hit: SearchHitData) => {
    const href = hitHref(cooperationId, hit);
    if (!href) return;
    setOpen(false);
    setText('');
    inputRef.current?.blur();
    void navigate({ href });
  };

  const showPanel = open && text.trim() !== '';
  const tooShort = !isSearchable(text);
  const expanded = showPanel && !tooShort && options.length > 0;
  const activeHit = expanded && active >= 0 ? options[active] : undefined;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!showPanel) {
          setOpen(true);
          if (options.length > 0) setActive(e.key === 'ArrowDown' ? 0 : options.length - 1);
          e.preventDefault();
          return;
        }
        if (options.length === 0) return;
        e.preventDefault();
        setActive((cur) => nextIndex(e.key as 'ArrowDown' | 'ArrowUp', cur, options.length));
        return;
      case 'Home':
      case 'End':
        if (!expanded) return;
        e.preventDefault();
        setActive(nextIndex(e.key, active, options.length));
        return;
      case 'Enter': {
        if (!expanded) return;
        const hit = options[active >= 0 ? active : 0];
        if (!hit) return;
        e.preventDefault();
        go(hit);
        return;
      }
      case 'Escape':
        if (showPanel) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          e.preventDefault();
          setText('');
        }
        return;
    }
  };

  // Keep the active hit in view while the arrow keys walk the list.
  useEffect(() => {
    if (!activeHit) return;
    document.getElementById(optionId(listId, activeHit))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeHit, listId]);

  const statusText = (): string => {
    if (!showPanel) return '';
    if (tooShort) return t('tooShort');
    if (waiting) return t('searching');
    if (failed || !result) return '';
    return options.length === 0 ? t('noHits', { query: result.query }) : t('summary', { count: result.totalCount });
  };
  const status = statusText();

  return (
    <div className={classes.root} ref={rootRef}>
      <VisuallyHidden renderRoot={(props) => <label {...props} htmlFor={inputId} />}>
        {t('label')}
      </VisuallyHidden>
      <div className={classes.field}>
        <svg className={classes.icon} width="16" height="16" viewBox="0 0 24 24" aria-hidden focusable="false">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M20 20l-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id={inputId}
          className={classes.input}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={MAX_INPUT_LENGTH}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={activeHit ? optionId(listId, activeHit) : undefined}
          aria-describedby={`${inputId}-hint`}
          placeholder={t('placeholder')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {waiting && showPanel ? (
          <Loader size={14} className={classes.trailing} aria-hidden />
        ) : text !== '' ? (
          <CloseButton
            size="sm"
            className={classes.trailing}
            aria-label={t('clear')}
            onClick={() => {
              setText('');
              inputRef.current?.focus();
            }}
          />
        ) : (
          <Kbd className={classes.kbd} aria-hidden>
            /
          </Kbd>
        )}
        <VisuallyHidden id={`${inputId}-hint`}>{t('shortcut')}</VisuallyHidden>
      </div>
      <VisuallyHidden role="status" aria-live="polite">
        {status}
      </VisuallyHidden>
      {showPanel && (
        <div className={classes.panel} data-testid="search-panel">
          {status && (
            <Text size="sm" c="dimmed" px="sm" py={6} aria-hidden>
              {status}
            </Text>
          )}
          {failed && !tooShort && (
            <Text size="sm" c="red.8" px="sm" py={6} role="alert">
              {errorText(failed, tc)}
            </Text>
          )}
          {expanded && (
            <div role="listbox" id={listId} aria-label={t('results')} className={classes.list}>
              {groups.map((g) => {
                const headingId = `${listId}-${g.kind.toLowerCase()}`;
                return (
                  <div role="group" aria-labelledby={headingId} key={g.kind} className={classes.group}>
                    <div id={headingId} className={classes.groupHeading}>
                      <span>{t(`kinds.${g.kind}`)}</span>
                      <span className={classes.groupCount}>
                        {g.totalCount > g.options.length ? t('groupCount', { shown: g.options.length, total: g.totalCount }) : g.totalCount}
                      </span>
                    </div>
                    {g.options.map(({ hit, index }) => (
                      <div
                        role="option"
                        id={optionId(listId, hit)}
                        key={hit.id}
                        aria-selected={index === active}
                        data-active={index === active || undefined}
                        className={classes.option}
                        onMouseDown={(e) => e.preventDefault()}
                        onMouseMove={() => {
                          if (index !== active) setActive(index);
                        }}
                        onClick={() => go(hit)}
                      >
                        <span className={classes.title}>
                          <Highlighted text={hit.title} query={result?.query ?? debounced} />
                        </span>
                        {hit.context && <span className={classes.context}>{hit.context}</span>}
                        {hit.snippet && hit.snippet !== hit.title && (
                          <span className={classes.snippet}>
                            <Highlighted text={hit.snippet} query={result?.query ?? debounced} />
                          </span>
                        )}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
