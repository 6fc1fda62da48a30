import { useEffect, useState } from 'react';
import { logger } from '../lib/logger';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `value` as indented JSON to the clipboard and says whether that worked. */
export function CopyJsonButton({
  value,
  label = 'Copy as JSON',
}: {
  value: unknown;
  label?: string;
}) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      // The clipboard API exists only on secure origins (https or localhost).
      if (!navigator.clipboard)
        throw new Error('The clipboard is not available on this page');
      await navigator.clipboard.writeText(JSON.stringify(value, null, 2));
      setState('copied');
    } catch (error) {
      logger.warn('Copy to clipboard failed', error);
      setState('failed');
    }
  }

  return (
    <button type="button" onClick={() => void copy()}>
      {state === 'copied'
        ? 'Copied'
        : state === 'failed'
          ? 'Copy failed (no clipboard access)'
          : label}
    </button>
  );
}
