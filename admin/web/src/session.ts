// The bearer token lives in sessionStorage (never a cookie): it dies with the tab, and no
// request carries it unless the admin adds it, so CSRF has nothing to ride on.

const tokenKey = 'pppdesk.admin.token';

/** getToken is the current bearer token, or null when signed out. */
export function getToken(): string | null {
  try {
    return sessionStorage.getItem(tokenKey);
  } catch {
    return null;
  }
}

/** setToken stores (or, with null, forgets) the bearer token. */
export function setToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(tokenKey, token);
    else sessionStorage.removeItem(tokenKey);
  } catch {
    /* storage refused: the token is lost with the page, which only signs the clerk out */
  }
  signedOutListeners.forEach((f) => f(token !== null));
}

const signedOutListeners = new Set<(signedIn: boolean) => void>();

/** onTokenChange lets the app return to the sign-in screen when the token goes. */
export function onTokenChange(f: (signedIn: boolean) => void): () => void {
  signedOutListeners.add(f);
  return () => signedOutListeners.delete(f);
}
