// The proposer's bearer token lives in sessionStorage: it ends with the tab, and a shared
// computer at a library does not keep anyone signed in.
const key = 'pppdesk.portal.token';

/** getToken answers the signed-in proposer's token, or null. */
export function getToken(): string | null {
  return sessionStorage.getItem(key);
}

const listeners = new Set<() => void>();

/** setToken signs in (a token) or out (null) and tells every listener. */
export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(key, token);
  else sessionStorage.removeItem(key);
  listeners.forEach((f) => f());
}

/** onTokenChange calls f after every sign-in or sign-out and answers the unsubscribe. */
export function onTokenChange(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}
