// The portal's only way to the server: typed GraphQL documents over POST to another origin
// (CORS), the municipality in X-Municipality, the bearer token from sessionStorage, and one
// mapping of the API's error codes to words for a proposer.
import { apiRoot, municipality } from './config';
import type { TypedDocumentString } from './gql/graphql';
import { getToken, setToken } from './session';

const endpoint = new URL('graphql', apiRoot);

/** ErrorCode is extensions.code as the server sends it, or NETWORK when nothing came back. */
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
  extensions?: { code?: string; field?: string };
}

const heads: Record<ErrorCode, string> = {
  BAD_USER_INPUT: '入力内容を確認してください。',
  CONFLICT: 'ほかの操作と重なったか、いまの状態ではできない操作です。画面を読み込み直してください。',
  FORBIDDEN: 'この操作はできません。',
  NOT_FOUND: '見つかりませんでした。',
  UNAUTHENTICATED: 'ログインが必要です（または有効期限が切れました）。',
  RATE_LIMITED: '操作が続いたため、しばらく受け付けられません。少し待ってからお試しください。',
  UNAVAILABLE: 'サーバーが応答できません。しばらくしてからお試しください。',
  INTERNAL: '予期しないエラーが起きました。',
  NETWORK: 'サーバーに接続できません。通信環境を確認してください。',
};

/** ApiError is one refusal from the API, with its code and the field it names. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly serverMessage: string,
    readonly field?: string,
  ) {
    super(serverMessage);
  }

  /** sentence is the Japanese text shown in an error box. */
  sentence(): string {
    const parts = [heads[this.code]];
    if (this.field) parts.push(`（項目: ${this.field}）`);
    if (this.serverMessage && this.code !== 'INTERNAL' && this.code !== 'NETWORK') parts.push(`サーバーの説明: ${this.serverMessage}`);
    return parts.join(' ');
  }
}

const known = new Set<string>(Object.keys(heads));

function toApiError(e: WireError): ApiError {
  const c = e.extensions?.code ?? 'INTERNAL';
  return new ApiError((known.has(c) ? c : 'INTERNAL') as ErrorCode, e.message, e.extensions?.field);
}

async function send<R>(init: RequestInit, headers: Record<string, string>): Promise<R> {
  const token = getToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  headers['Accept'] = 'application/graphql-response+json, application/json';
  headers['X-Municipality'] = municipality;
  let res: Response;
  try {
    res = await fetch(endpoint, { ...init, headers, credentials: 'omit', mode: 'cors', cache: 'no-store' });
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
export function gql<R, V>(doc: TypedDocumentString<R, V>, vars: V): Promise<R> {
  return send<R>({ method: 'POST', body: JSON.stringify({ query: doc.toString(), variables: vars }) }, { 'Content-Type': 'application/json' });
}

/**
 * gqlUpload sends a document with one file per the GraphQL multipart request spec, at the
 * variable path given (e.g. "variables.file"). The preflight header is what the server's
 * CSRF guard asks of every POST that is not JSON.
 */
export function gqlUpload<R, V>(doc: TypedDocumentString<R, V>, vars: V, path: string, file: File): Promise<R> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: doc.toString(), variables: vars }));
  form.append('map', JSON.stringify({ '0': [path] }));
  form.append('0', file, file.name);
  return send<R>({ method: 'POST', body: form }, { 'GraphQL-Require-Preflight': '1' });
}

/** apiURL resolves a URL the API answers (a media or attachment path) against the server. */
export function apiURL(path: string): string {
  return new URL(path.replace(/^\/+/, ''), apiRoot).toString();
}

/**
 * download fetches an attachment, which needs the bearer token, and hands it to the browser
 * as a download: a plain link could not carry the Authorization header.
 */
export async function download(path: string, fileName: string): Promise<void> {
  const token = getToken();
  let res: Response;
  try {
    res = await fetch(apiURL(path), { headers: token ? { Authorization: `Bearer ${token}`, 'X-Municipality': municipality } : { 'X-Municipality': municipality }, credentials: 'omit', mode: 'cors' });
  } catch {
    throw new ApiError('NETWORK', '');
  }
  if (res.status === 401) throw new ApiError('UNAUTHENTICATED', '');
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
