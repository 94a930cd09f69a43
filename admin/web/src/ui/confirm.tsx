// A confirm dialog on the native <dialog>: showModal gives Esc to close and keeps the page
// inert behind it; focus returns to the button that opened it.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../i18n/common';
import { Button } from './button';

/** ConfirmDialog asks before an action that cannot be undone simply; open controls it. */
export function ConfirmDialog(p: {
  open: boolean;
  title: string;
  children?: ComponentChildren;
  confirmLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (p.open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
    } else if (!p.open && d.open) {
      d.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [p.open]);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        p.onCancel();
      }}
    >
      <h2 id={titleId}>{p.title}</h2>
      <div class="dialog-body">{p.children}</div>
      <div class="actions">
        <Button variant={p.danger ? 'danger' : 'primary'} busy={p.busy} onClick={p.onConfirm} data-testid="confirm-ok">
          {p.confirmLabel ?? t('ok')}
        </Button>
        <Button onClick={p.onCancel}>{t('cancel')}</Button>
      </div>
    </dialog>
  );
}
