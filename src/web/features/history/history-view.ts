// The History tab's view lives in the URL, so a link reproduces it and live data never
// resets it: status, metadata filter, text, sort, breakdown key, hidden columns, drawer.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TableSort } from '../../components/DataTable';
import type { StatusFilter } from './filter';

export interface HistoryView {
  status: StatusFilter;
  metadataKey: string;
  metadataValue: string;
  text: string;
  sort: TableSort;
  /** Metadata key of the failures breakdown; null means the default key. */
  breakdownKey: string | null;
  /** Hidden column keys from the URL; null when the URL does not say. */
  hiddenColumns: Set<string> | null;
  observationId: string | null;
}

export type HistoryViewPatch = Partial<Omit<HistoryView, 'hiddenColumns'>> & {
  hiddenColumns?: Set<string> | null;
};

export const DEFAULT_SORT: TableSort = { key: 'id', direction: 'desc' };

const STATUSES: readonly StatusFilter[] = ['all', 'failed', 'succeeded'];

/** `-id` is id descending, `value:loss` is loss ascending. */
export function parseSort(text: string | null): TableSort {
  if (!text) return DEFAULT_SORT;
  return text.startsWith('-')
    ? { key: text.slice(1), direction: 'desc' }
    : { key: text, direction: 'asc' };
}

export function formatSort(sort: TableSort): string {
  return sort.direction === 'desc' ? `-${sort.key}` : sort.key;
}

/** Column keys may hold commas (metadata keys are free text), so each one is escaped. */
export function parseKeyList(text: string | null): Set<string> | null {
  if (text === null) return null;
  if (text === '') return new Set();
  return new Set(text.split(',').map((part) => decodeURIComponent(part)));
}

export function formatKeyList(keys: ReadonlySet<string>): string {
  return [...keys].map((key) => encodeURIComponent(key)).join(',');
}

export function readHistoryView(params: URLSearchParams): HistoryView {
  const status = params.get('status') as StatusFilter | null;
  return {
    status: status && STATUSES.includes(status) ? status : 'all',
    metadataKey: params.get('key') ?? '',
    metadataValue: params.get('value') ?? '',
    text: params.get('q') ?? '',
    sort: parseSort(params.get('sort')),
    breakdownKey: params.get('by'),
    hiddenColumns: parseKeyList(params.get('hide')),
    observationId: params.get('observation'),
  };
}

/** Writes a patch over the current params; empty and default values leave the URL. */
export function writeHistoryView(
  params: URLSearchParams,
  patch: HistoryViewPatch,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null, fallback = '') => {
    if (value === null || value === fallback) next.delete(name);
    else next.set(name, value);
  };

  if (patch.status !== undefined) set('status', patch.status, 'all');
  if (patch.metadataKey !== undefined) set('key', patch.metadataKey);
  if (patch.metadataValue !== undefined) set('value', patch.metadataValue);
  if (patch.text !== undefined) set('q', patch.text);
  if (patch.sort !== undefined)
    set('sort', formatSort(patch.sort), formatSort(DEFAULT_SORT));
  if (patch.breakdownKey !== undefined) set('by', patch.breakdownKey);
  if (patch.observationId !== undefined) set('observation', patch.observationId);
  if (patch.hiddenColumns !== undefined) {
    if (patch.hiddenColumns === null) next.delete('hide');
    else next.set('hide', formatKeyList(patch.hiddenColumns));
  }
  return next;
}

export function useHistoryView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readHistoryView(params), [params]);

  // Filter changes replace the history entry; opening a row pushes one, so Back closes it.
  const update = useCallback(
    (patch: HistoryViewPatch) => {
      const push = patch.observationId !== undefined && patch.observationId !== null;
      setParams((current) => writeHistoryView(current, patch), { replace: !push });
    },
    [setParams],
  );

  return [view, update] as const;
}

/** The next sort after a click on a header: a new column starts descending, then flips. */
export function nextSort(current: TableSort, key: string): TableSort {
  if (current.key !== key) return { key, direction: 'desc' };
  return { key, direction: current.direction === 'desc' ? 'asc' : 'desc' };
}
