// What a global ID names, for the governance screens: the log of personal data reads and the
// purge's lists answer bare record IDs, and a clerk wants the record's page behind each.
import { href } from '../../router';

/** recordTypeOf reads the type out of a global ID (base64url of "Type:number"); '' when it is not one. */
export function recordTypeOf(id: string): string {
  try {
    const raw = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
    const i = raw.indexOf(':');
    return i > 0 ? raw.slice(0, i) : '';
  } catch {
    return '';
  }
}

/** recordLink is the admin page of a proposal or an inquiry, null for a record without one. */
export function recordLink(type: string, id: string): string | null {
  switch (type.toLowerCase()) {
    case 'proposal':
      return href(`/proposals/${encodeURIComponent(id)}`);
    case 'inquiry':
      return href(`/desk/inquiries/${encodeURIComponent(id)}`, { status: 'ALL' });
    default:
      return null;
  }
}

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** dayOf answers s when it is a calendar date (YYYY-MM-DD), else ''. */
export function dayOf(s: string | null): string {
  return isDay(s) ? s : '';
}

/** startOf is the first moment of a Tokyo calendar day, for the API's DateTime. */
export function startOf(day: string): string {
  return `${day}T00:00:00+09:00`;
}

/** dayAfter is the next calendar date: the end date is inclusive for the clerk, exclusive for the API. */
export function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
