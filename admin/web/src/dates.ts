// Dates for a Japanese clerk: 和暦 first, Western in parentheses, always in Asia/Tokyo.
import { lang } from './i18n';

const tz = 'Asia/Tokyo';
const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: tz });
const warekiUTC = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const iso = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: tz });
const hm = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: tz });
const enDate = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: tz });

function fixGannen(s: string): string {
  // 令和1年 is written 元年 in official documents.
  return s.replace(/(\D)1年/, '$1元年');
}

/** formatDate writes a calendar date (YYYY-MM-DD) as 令和8年11月30日（2026-11-30）. */
export function formatDate(d: string | null | undefined): string {
  if (!d) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return d;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (lang() === 'en') return d;
  return `${fixGannen(warekiUTC.format(utc))}（${d}）`;
}

/** formatDateTime writes a point in time in Tokyo: 令和8年11月30日（2026-11-30）14:05. */
export function formatDateTime(t: string | null | undefined): string {
  if (!t) return '';
  const d = new Date(t);
  if (Number.isNaN(d.getTime())) return t;
  const day = iso.format(d);
  if (lang() === 'en') return `${enDate.format(d)} ${hm.format(d)}`;
  return `${fixGannen(wareki.format(d))}（${day}）${hm.format(d)}`;
}

/** todayInTokyo is today's date (YYYY-MM-DD) in the municipality's time zone. */
export function todayInTokyo(): string {
  return iso.format(new Date());
}
