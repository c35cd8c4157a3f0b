// Calendar dates as YYYY-MM-DD strings. Arithmetic is done in UTC on whole days, so the machine's
// time zone can never move a date by one.
import type { Locale } from '../../vocabulary.ts';
import { t } from '../i18n/strings.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The date `days` after `iso` (negative goes back). */
export function addDays(iso: string, days: number): string {
	return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
	return dayNumber(to) - dayNumber(from);
}

/** Today's calendar date where the code runs, as YYYY-MM-DD (local, not UTC). */
export function todayIso(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "22 Nov 2026" — unambiguous in every locale. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "November 2026", for grouping. */
export function formatMonth(iso: string): string {
	const [y, m] = iso.split('-').map(Number);
	return `${LONG_MONTHS[m - 1]} ${y}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** A change's date as a window: `from` = `to` for a known day; `from` < `to` when only a window is known. */
export interface DateWindow {
	from: string;
	to: string;
}

/** Normalises a day or a `[from, to]` window. */
export function toWindow(when: string | readonly [string, string]): DateWindow {
	return typeof when === 'string' ? { from: when, to: when } : { from: when[0], to: when[1] };
}

/** "12 Nov 2024", or "between 5 Nov and 12 Nov 2024" for a window (the year once when both share it). */
export function formatWindow(when: string | readonly [string, string]): string {
	const { from, to } = toWindow(when);
	if (from === to) return formatDate(from);
	const sameYear = from.slice(0, 4) === to.slice(0, 4);
	return `between ${sameYear ? formatDate(from).replace(/ \d{4}$/, '') : formatDate(from)} and ${formatDate(to)}`;
}

// ---- Locale-aware versions (issue 17): English is exactly the functions above; Chinese uses Intl
// ("2026年11月9日"), always in UTC so the machine's time zone cannot move the day. ----

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function intlDate(
	locale: Exclude<Locale, 'en'>,
	iso: string,
	parts: Intl.DateTimeFormatOptions
): string {
	const key = `${locale}:${JSON.stringify(parts)}`;
	if (!dateFormats.has(key))
		dateFormats.set(
			key,
			new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : locale, { ...parts, timeZone: 'UTC' })
		);
	const [y, m, d] = iso.split('-').map(Number);
	return dateFormats.get(key)!.format(Date.UTC(y, m - 1, d ?? 1));
}

/** "22 Nov 2026" in English, "2026年11月22日" in Chinese. */
export function formatDateIn(locale: Locale, iso: string): string {
	return locale === 'en'
		? formatDate(iso)
		: intlDate(locale, iso, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** "November 2026" in English, "2026年11月" in Chinese. */
export function formatMonthIn(locale: Locale, iso: string): string {
	return locale === 'en'
		? formatMonth(iso)
		: intlDate(locale, iso, { year: 'numeric', month: 'long' });
}

/** `formatWindow` in `locale`: "2024年11月12日", or "2024年11月5日至11月12日之间" (the year once when both share it). */
export function formatWindowIn(locale: Locale, when: string | readonly [string, string]): string {
	if (locale === 'en') return formatWindow(when);
	const { from, to } = toWindow(when);
	if (from === to) return formatDateIn(locale, from);
	const sameYear = from.slice(0, 4) === to.slice(0, 4);
	const start = formatDateIn(locale, from);
	const end = sameYear
		? intlDate(locale, to, { month: 'long', day: 'numeric' })
		: formatDateIn(locale, to);
	return t(locale, 'date.between', { from: start, to: end });
}
