// A table paged by the API's cursors (first/after, pageInfo, totalCount). The cursors of the
// pages seen are kept, so "前へ" goes back without the server knowing about pages.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/common';
import { Button } from './button';

/** Page is the shape of every connection in the schema. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** Column is one column: its header and how a row shows in it. */
export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  class?: string;
}

/** PagedTableProps: page answers the current page from the cursor given; reset starts again at page one. */
export interface PagedTableProps<T> {
  caption: string;
  columns: Column<T>[];
  page: Page<T> | undefined;
  after: string | null;
  onAfter: (cursor: string | null) => void;
  resetKey: string;
  rowKey: (row: T) => string;
  pageSize: number;
  testid?: string;
}

/** PagedTable shows one page with 前へ/次へ driven by the parent's cursor state. */
export function PagedTable<T>(p: PagedTableProps<T>) {
  const [stack, setStack] = useState<(string | null)[]>([]);
  useEffect(() => setStack([]), [p.resetKey]);
  const rows = p.page?.edges ?? [];
  const from = stack.length * p.pageSize + 1;
  return (
    <div class="table-wrap">
      <table class="table" data-testid={p.testid}>
        <caption>{p.caption}</caption>
        <thead>
          <tr>
            {p.columns.map((c) => (
              <th scope="col" class={c.class}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={p.columns.length}>{t('empty')}</td>
            </tr>
          )}
          {rows.map((e) => (
            <tr key={p.rowKey(e.node)}>
              {p.columns.map((c) => (
                <td class={c.class}>{c.cell(e.node)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {p.page && (
        <nav class="pager" aria-label={p.caption}>
          <span role="status">
            {rows.length > 0 ? t('pageInfo', { from, to: from + rows.length - 1, n: p.page.totalCount }) : t('totalCount', { n: p.page.totalCount })}
          </span>
          <Button
            disabled={stack.length === 0}
            onClick={() => {
              const s = stack.slice(0, -1);
              setStack(s);
              p.onAfter(stack[stack.length - 1] ?? null);
            }}
          >
            ← {t('prev')}
          </Button>
          <Button
            disabled={!p.page.pageInfo.hasNextPage}
            onClick={() => {
              setStack([...stack, p.after]);
              p.onAfter(p.page?.pageInfo.endCursor ?? null);
            }}
          >
            {t('next')} →
          </Button>
        </nav>
      )}
    </div>
  );
}
