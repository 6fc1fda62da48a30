import { useEffect, type ReactNode } from 'react';

interface Props {
  /** Plain text; shown as the heading and given to assistive technology. */
  title: string;
  onClose: () => void;
  /** Extra heading content after the title, e.g. a status badge. */
  badge?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/**
 * A panel on the right edge for the details of one row. It does not block the page, so the
 * table behind it stays scrollable; Escape or the close button closes it.
 */
export function SideDrawer({ title, onClose, badge, children, testId }: Props) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') onClose();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <aside className="side-drawer" role="dialog" aria-label={title} data-testid={testId}>
      <header className="side-drawer-header">
        <h2>{title}</h2>
        {badge}
        <button
          type="button"
          className="side-drawer-close"
          onClick={onClose}
          aria-label="Close"
        >
          ×
        </button>
      </header>
      <div className="side-drawer-body">{children}</div>
    </aside>
  );
}
