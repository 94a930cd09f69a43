// The admin's only way to the server: typed GraphQL documents over POST, the bearer token
// from sessionStorage, and one mapping of the API's error codes to words for a clerk.
import type { TypedDocumentString } from './gql/graphql';
import { t } from './i18n/common';
import { getToken, setToken } from './session';

/** base is the server root the admin is served under (…/admin/ → …/), so a path prefix works. */
export const base = new URL('../', location.href);
const endpoint = new URL('graphql', base);

/** ErrorCode is extensions.code as the server sends it (apperr.Code), or NETWORK when none came back. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'NETWORK';

interface WireError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string };
}

/** ApiError is one refusal from the API, kept with its code and field so a form can point at the field. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly serverMessage: string,
    readonly field?: string,
  ) {
    super(serverMessage);
  }

  /** clerkMessage is the Japanese (or English) sentence shown in an error banner. */
  clerkMessage(): string {
    const head = {
      BAD_USER_INPUT: t('errBadInput'),
      CONFLICT: t('errConflict'),
      FORBIDDEN: t('errForbidden'),
      NOT_FOUND: t('errNotFound'),
      UNAUTHENTICATED: t('errUnauthenticated'),
      RATE_LIMITED: t('errRateLimited'),
      UNAVAILABLE: t('errUnavailable'),
      INTERNAL: t('errInternal'),
      NETWORK: t('errNetwork'),
    }[this.code];
    const parts = [head];
    if (this.field) parts.push(t('errField', { field: this.field }));
    if (this.serverMessage && this.code !== 'INTERNAL' && this.code !== 'NETWORK') {
      parts.push(t('serverSays', { msg: this.serverMessage }));
    }
    return parts.join(' ');
  }
}

/** errorMessage turns anything thrown into a sentence for a banner. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.clerkMessage();
  return t('errInternal');
}

const known = new Set<string>(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL']);

function toApiError(e: WireError): ApiError {
  const c = e.extensions?.code ?? 'INTERNAL';
  return new ApiError((known.has(c) ? c : 'INTERNAL') as ErrorCode, e.message, e.extensions?.field);
}

/** Options change how one request is sent. */
export interface Options {
  /** municipality is sent as X-Municipality: only for login, a token decides afterwards. */
  municipality?: string;
}

async function send<R>(init: RequestInit, headers: Record<string, string>): Promise<R> {
  const token = getToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  headers['Accept'] = 'application/graphql-response+json, application/json';
  let res: Response;
  try {
    res = await fetch(endpoint, { ...init, headers, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new ApiError('NETWORK', '');
  }
  let body: { data?: R | null; errors?: WireError[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status >= 500 ? 'UNAVAILABLE' : 'NETWORK', `HTTP ${res.status}`);
  }
  if (body.errors && body.errors.length > 0) {
    const err = toApiError(body.errors[0]!);
    if (err.code === 'UNAUTHENTICATED' && token) setToken(null);
    throw err;
  }
  if (!body.data) throw new ApiError('INTERNAL', `HTTP ${res.status}`);
  return body.data;
}

/** gql runs one typed document with its variables and answers its data, or throws ApiError. */
export function gql<R, V>(doc: TypedDocumentString<R, V>, vars: V, opts: Options = {}): Promise<R> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (opts.municipality) headers['X-Municipality'] = opts.municipality;
  return send<R>({ method: 'POST', body: JSON.stringify({ query: doc.toString(), variables: vars }) }, headers);
}

/**
 * gqlUpload sends a document with files per the GraphQL multipart request spec; each file
 * goes to the variable path given (e.g. "variables.file"). The preflight header is what the
 * server's CSRF guard asks of every non-JSON POST.
 */
export function gqlUpload<R, V>(doc: TypedDocumentString<R, V>, vars: V, files: { path: string; file: File }[]): Promise<R> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: doc.toString(), variables: vars }));
  const map: Record<string, string[]> = {};
  files.forEach((f, i) => (map[String(i)] = [f.path]));
  form.append('map', JSON.stringify(map));
  files.forEach((f, i) => form.append(String(i), f.file, f.file.name));
  return send<R>({ method: 'POST', body: form }, { 'GraphQL-Require-Preflight': '1' });
}

/** serverURL resolves a path the API answers (e.g. /attachments/…) against the server root. */
export function serverURL(path: string): URL {
  return new URL(path.replace(/^\/+/, ''), base);
}

/**
 * download fetches a file that needs the bearer token (an attachment) and hands it to the
 * browser as a download; a plain link could not carry the Authorization header.
 */
export async function download(path: string, fileName: string): Promise<void> {
  const token = getToken();
  let res: Response;
  try {
    res = await fetch(serverURL(path), { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: 'omit' });
  } catch {
    throw new ApiError('NETWORK', '');
  }
  if (res.status === 401) {
    setToken(null);
    throw new ApiError('UNAUTHENTICATED', '');
  }
  if (res.status === 403) throw new ApiError('FORBIDDEN', '');
  if (res.status === 404) throw new ApiError('NOT_FOUND', '');
  if (!res.ok) throw new ApiError(res.status === 429 ? 'RATE_LIMITED' : 'UNAVAILABLE', `HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
