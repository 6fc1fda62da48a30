// Save the current Analysis view under a name, reopen or delete saved ones, copy the link.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isViewParam, ownSearch } from '../model/view';
import { useSavedViews, type SavedView } from '../saved-views';

const NO_VIEWS: SavedView[] = [];

export function SavedViews({ experimentId }: { experimentId: string }) {
  const [params, setParams] = useSearchParams();
  const views = useSavedViews((state) => state.byExperiment[experimentId] ?? NO_VIEWS);
  const save = useSavedViews((state) => state.save);
  const remove = useSavedViews((state) => state.remove);
  const [name, setName] = useState('');
  const [copied, setCopied] = useState(false);

  const apply = (view: SavedView) =>
    setParams((current) => {
      const next = new URLSearchParams(view.search);
      // Keep what other parts of the page keep in the URL.
      for (const [key, value] of current) {
        if (!isViewParam(key)) next.append(key, value);
      }
      return next;
    });

  const copyLink = async () => {
    await navigator.clipboard.writeText(window.location.href);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <div className="analysis-saved" aria-label="Saved views">
      <button
        type="button"
        onClick={() => void copyLink()}
        data-testid="analysis-copy-link"
      >
        {copied ? 'Link copied' : 'Copy link to this view'}
      </button>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          save(experimentId, trimmed, ownSearch(params));
          setName('');
        }}
      >
        <input
          aria-label="View name"
          placeholder="Name this view"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          Save view
        </button>
      </form>
      {views.length > 0 ? (
        <ul className="analysis-saved-list">
          {views.map((view) => (
            <li key={view.name}>
              <button type="button" className="analysis-link" onClick={() => apply(view)}>
                {view.name}
              </button>
              <button
                type="button"
                aria-label={`Delete saved view ${view.name}`}
                onClick={() => remove(experimentId, view.name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="muted">Saved views are kept in this browser only.</span>
    </div>
  );
}
