// Loading state for pages: one hook that runs a typed document, one for a form's action.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, gql } from './api';
import type { TypedDocumentString } from './gql/graphql';
import { getToken, onTokenChange } from './session';

/** QueryState is a page's view of one query: its data, its error and a reload. */
export interface QueryState<R> {
  data: R | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('INTERNAL', String(e));
}

/** useQuery runs doc with vars, again whenever the JSON of vars changes or reload is called. */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, vars: V, skip = false): QueryState<R> {
  const key = JSON.stringify(vars);
  const [data, setData] = useState<R | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(!skip);
  const seq = useRef(0);
  const run = useCallback(async () => {
    if (skip) return;
    const n = ++seq.current;
    setLoading(true);
    try {
      const d = await gql(doc, JSON.parse(key) as V);
      if (n === seq.current) {
        setData(d);
        setError(undefined);
      }
    } catch (e) {
      if (n === seq.current) setError(asApiError(e));
    } finally {
      if (n === seq.current) setLoading(false);
    }
  }, [doc, key, skip]);
  useEffect(() => {
    void run();
  }, [run]);
  return { data, error, loading, reload: run };
}

/** useAction wraps a form's action with busy and error state. */
export function useAction<A extends unknown[], R>(f: (...args: A) => Promise<R>): {
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  error: ApiError | undefined;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const run = async (...args: A) => {
    setBusy(true);
    setError(undefined);
    try {
      return await f(...args);
    } catch (e) {
      setError(asApiError(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error };
}

/** useSignedIn answers whether a proposer is signed in, following sign-in and sign-out. */
export function useSignedIn(): boolean {
  const [on, setOn] = useState(() => getToken() !== null);
  useEffect(() => onTokenChange(() => setOn(getToken() !== null)), []);
  return on;
}
