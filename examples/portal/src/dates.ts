// Dates as a Japanese reader expects them: 和暦 (令和8年11月30日), in Asia/Tokyo.

const tz = 'Asia/Tokyo';
const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: tz });
const warekiUTC = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const hm = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: tz });

// fixGannen writes the first year of an era as 元年, as official documents do.
function fixGannen(s: string): string {
  return s.replace(/(\D)1年/, '$1元年');
}

/** warekiDate writes a calendar date (YYYY-MM-DD) as 令和8年11月30日. */
export function warekiDate(d: string | null | undefined): string {
  if (!d) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return d;
  return fixGannen(warekiUTC.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))));
}

/** warekiDay writes the Tokyo day of a point in time: 令和8年11月30日. */
export function warekiDay(t: string | null | undefined): string {
  if (!t) return '';
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : fixGannen(wareki.format(d));
}

/** warekiDateTime writes a point in time in Tokyo: 令和8年11月30日 14:05. */
export function warekiDateTime(t: string | null | undefined): string {
  if (!t) return '';
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : `${fixGannen(wareki.format(d))} ${hm.format(d)}`;
}
