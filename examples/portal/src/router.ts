// Hash routing (#/case-studies/<id>): any static host serves the portal, a reload never asks
// the host for a route, and the portal works under any path.
import { useEffect, useState } from 'preact/hooks';

/** Location is the hash without '#', split into path and query. */
export interface Location {
  path: string;
  query: URLSearchParams;
}

/** currentLocation reads the hash. */
export function currentLocation(): Location {
  const h = location.hash.replace(/^#/, '') || '/';
  const i = h.indexOf('?');
  return i < 0 ? { path: h, query: new URLSearchParams() } : { path: h.slice(0, i), query: new URLSearchParams(h.slice(i + 1)) };
}

/** useLocation re-renders its component on every hash change. */
export function useLocation(): Location {
  const [loc, setLoc] = useState(currentLocation);
  useEffect(() => {
    const f = () => setLoc(currentLocation());
    window.addEventListener('hashchange', f);
    return () => window.removeEventListener('hashchange', f);
  }, []);
  return loc;
}

/** href is the link target for a portal path: '/case-studies/1' → '#/case-studies/1'. */
export function href(path: string, query?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v) q.set(k, v);
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

/** navigate moves to a portal path. */
export function navigate(path: string, query?: Record<string, string | undefined>): void {
  location.hash = href(path, query);
}

/** match answers the params when path fits pattern (":name" is one segment), else null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(s[i]!);
    else if (seg !== s[i]) return null;
  }
  return params;
}
