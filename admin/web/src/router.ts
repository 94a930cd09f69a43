// Hash routing (#/proposals/<id>): the server only serves files, so any path under /admin/
// works behind a proxy prefix and a reload never asks the server for a route.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** RouteProps is what a screen receives: the :params of its pattern and the ?query of the hash. */
export interface RouteProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

/** Permission names one right as the API's Query.permissions lists it (resource/action). */
export interface Permission {
  resource: string;
  action: string;
}

/**
 * Route is one screen: its path pattern (":name" matches one segment), the component, and
 * optionally a nav entry shown only when the caller holds `permission` (as the API answers).
 */
export interface Route {
  path: string;
  component: ComponentType<RouteProps>;
  nav?: { label: () => string; order: number };
  permission?: Permission;
}

/** currentPath is the hash without '#', split into path and query. */
export function currentPath(): { path: string; query: URLSearchParams } {
  const h = location.hash.replace(/^#/, '') || '/';
  const i = h.indexOf('?');
  return i < 0 ? { path: h, query: new URLSearchParams() } : { path: h.slice(0, i), query: new URLSearchParams(h.slice(i + 1)) };
}

/** useLocation re-renders its component on every hash change. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [loc, setLoc] = useState(currentPath);
  useEffect(() => {
    const f = () => setLoc(currentPath());
    window.addEventListener('hashchange', f);
    return () => window.removeEventListener('hashchange', f);
  }, []);
  return loc;
}

/** href is the link target for an admin path: '/proposals/1' → '#/proposals/1'. */
export function href(path: string, query?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v) q.set(k, v);
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

/** navigate moves to an admin path. */
export function navigate(path: string, query?: Record<string, string | undefined>): void {
  location.hash = href(path, query);
}

/** match answers the params when path fits pattern, else null. */
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

/** findRoute picks the first route whose pattern matches. */
export function findRoute(routes: Route[], path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = match(route.path, path);
    if (params) return { route, params };
  }
  return null;
}
