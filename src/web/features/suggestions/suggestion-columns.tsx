// How each suggestion field renders as a Suggestions table column.
import type { Suggestion } from '../../../shared/api-types';
import type { DataColumn } from '../../components/DataTable';
import { RelativeTime } from '../../components/RelativeTime';
import { TruncatedText } from '../../components/TruncatedText';
import { formatExact, formatNumber } from '../../lib/format';
import { SuggestionAge } from './SuggestionAge';
import { suggestionFieldValue, type SuggestionField } from './suggestion-fields';

export function suggestionColumns(
  fields: readonly SuggestionField[],
  staleAfter: number | null,
): DataColumn<Suggestion>[] {
  return fields.map((field): DataColumn<Suggestion> => {
    const base = { key: field.key, header: field.label };
    switch (field.kind) {
      case 'id':
        return { ...base, width: 90, align: 'end', render: (row) => row.id };
      case 'created':
        return {
          ...base,
          width: 130,
          render: (row) => <RelativeTime unixSeconds={row.created} />,
          title: (row) => formatExact(row.created),
        };
      case 'age':
        return {
          ...base,
          // Room for "running for 23 h 59 min" and the stale badge.
          width: 270,
          render: (row) => <SuggestionAge suggestion={row} staleAfter={staleAfter} />,
        };
      case 'param':
        return {
          ...base,
          width: 110,
          align: 'end',
          render: (row) => {
            const value = suggestionFieldValue(row, field);
            return typeof value === 'number' ? formatNumber(value) : value;
          },
          title: (row) => String(suggestionFieldValue(row, field) ?? ''),
        };
      case 'meta':
        return {
          ...base,
          width: 150,
          render: (row) => {
            const value = suggestionFieldValue(row, field);
            return value === null ? null : (
              <TruncatedText text={String(value)} max={24} />
            );
          },
          title: (row) => {
            const value = suggestionFieldValue(row, field);
            return value === null ? undefined : String(value);
          },
        };
    }
  });
}
