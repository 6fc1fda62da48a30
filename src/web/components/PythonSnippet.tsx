import { useState } from 'react';
import { logger } from '../lib/logger';

/** A block of example code with a copy button; the code is shown as plain text. */
export function PythonSnippet({ code }: { code: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch (error) {
      logger.warn('Copying the snippet failed', error);
    }
  }

  return (
    <div className="code-snippet">
      <button type="button" className="code-snippet-copy" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy'}
      </button>
      <pre>
        <code>{code}</code>
      </pre>
    </div>
  );
}
