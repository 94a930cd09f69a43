// Messages for the clerk: errors are announced at once (role="alert"), notices politely.
import type { ComponentChildren } from 'preact';
import { errorMessage } from '../api';

/** ErrorBanner shows an error from the API in words for a clerk; nothing when there is none. */
export function ErrorBanner({ error, onRetry, retryLabel }: { error: unknown; onRetry?: () => void; retryLabel?: string }) {
  if (!error) return null;
  return (
    <div class="banner banner-error" role="alert">
      <span class="banner-icon" aria-hidden="true">⚠</span>
      <span>{errorMessage(error)}</span>
      {onRetry && (
        <button type="button" class="btn btn-small" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}

/** Notice confirms that something was done. */
export function Notice({ children }: { children: ComponentChildren }) {
  if (!children) return null;
  return (
    <div class="banner banner-notice" role="status">
      <span class="banner-icon" aria-hidden="true">✓</span>
      <span>{children}</span>
    </div>
  );
}

/** Loading is the placeholder while a screen's data comes. */
export function Loading({ label }: { label: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}
