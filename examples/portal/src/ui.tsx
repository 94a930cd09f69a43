// Small shared pieces of every page: error box, loading line, cursor pager, page title.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ApiError } from './api';

/** ErrorBox shows an API refusal as a sentence, announced to screen readers. */
export function ErrorBox({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {error.sentence()}
    </p>
  );
}

/** Loading is the placeholder shown while a page's data comes; tests wait for it to go. */
export function Loading() {
  return (
    <p class="loading" aria-busy="true">
      読み込み中…
    </p>
  );
}

/** Notice is a success message, announced politely. */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <p class="notice" role="status">
      {children}
    </p>
  );
}

/** Page gives a page its <h1> and sets the document title to match. */
export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} | 公民連携ポータル`;
  }, [title]);
  return (
    <>
      <h1>{title}</h1>
      {children}
    </>
  );
}

/** CursorPager moves through a Relay connection: next by endCursor, back by the cursors seen. */
export function CursorPager({
  label,
  stack,
  hasNext,
  endCursor,
  onMove,
}: {
  label: string;
  stack: string[];
  hasNext: boolean;
  endCursor: string | null | undefined;
  onMove: (stack: string[]) => void;
}) {
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" disabled={stack.length === 0} onClick={() => onMove(stack.slice(0, -1))}>
        前のページ
      </button>
      <span>{stack.length + 1}ページ目</span>
      <button type="button" disabled={!hasNext || !endCursor} onClick={() => endCursor && onMove([...stack, endCursor])}>
        次のページ
      </button>
    </nav>
  );
}

/** Paragraphs writes multi-line text as paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <p key={i} class="pre">
            {p}
          </p>
        ))}
    </>
  );
}
