// Where a page lives in each language (issue 17): English at `/` (unchanged URLs), Simplified Chinese
// under `/zh/`. Pure path arithmetic; which pages exist in which language is the caller's to say (some,
// like /facts/, stay English-only).
import type { Locale } from '../../vocabulary.ts';

/** The URL prefix of each language. */
export const LOCALE_PREFIX: Record<Locale, string> = { en: '', zh: '/zh' };

/** The language tag for `<html lang>` and `hreflang`. */
export const LANG_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

const LOCALES_BY_PREFIX = (Object.entries(LOCALE_PREFIX) as [Locale, string][]).filter(
	([, prefix]) => prefix !== ''
);

/** `/wizard/` for "wizard/" or "/wizard/": one spelling of a site path, with a leading slash. */
function normalise(path: string): string {
	return `/${path.replace(/^\/+/, '')}`;
}

/** The language of a site path: `/zh/…` is Chinese, everything else English. */
export function pathLocale(path: string): Locale {
	const p = normalise(path);
	return (
		LOCALES_BY_PREFIX.find(
			([, prefix]) => p === prefix || p === `${prefix}/` || p.startsWith(`${prefix}/`)
		)?.[0] ?? 'en'
	);
}

/** The same page's path in `locale`: `/wizard/` ↔ `/zh/wizard/`, `/` ↔ `/zh/`; query and hash kept. */
export function localePath(locale: Locale, path: string): string {
	const p = normalise(path);
	const from = LOCALE_PREFIX[pathLocale(p)];
	const bare = from && p.startsWith(from) ? p.slice(from.length) || '/' : p;
	return `${LOCALE_PREFIX[locale]}${bare.startsWith('/') ? bare : `/${bare}`}`;
}

/**
 * The page in every language that has it, for hreflang links and the language switcher: `exists`
 * says which paths were built. The page itself is always included.
 */
export function alternatePaths(
	path: string,
	exists: (path: string) => boolean
): { locale: Locale; path: string }[] {
	const p = normalise(path);
	return (Object.keys(LOCALE_PREFIX) as Locale[])
		.map((locale) => ({ locale, path: localePath(locale, p) }))
		.filter((alt) => alt.path === p || exists(alt.path));
}

/** The language Astro resolved for the page (`Astro.currentLocale`); English when it has none. */
export function asLocale(tag: string | undefined): Locale {
	return tag === 'zh' || tag === 'zh-CN' ? 'zh' : 'en';
}

/**
 * Pages that exist in English only: the facts dashboard (for editors), the batch-file checker, the
 * JSON API and the 404 page. Every other page has a Chinese counterpart under /zh/.
 */
const ENGLISH_ONLY = ['/facts/', '/check/', '/api/', '/404/'];

/** Whether `path` (an English path) is built in every language. */
export function isTranslatedPath(path: string): boolean {
	const p = localePath('en', path);
	// Files (feeds, calendars, llms.txt) are one document for every language.
	if (/\.[a-z]+$/.test(p)) return false;
	return !ENGLISH_ONLY.some((prefix) => p.startsWith(prefix));
}

/** A site link from a page in `locale`: the same page in that language where it exists, else the English page. */
export function hrefIn(locale: Locale, href: string): string {
	return locale === 'en' || !href.startsWith('/') || !isTranslatedPath(href)
		? href
		: localePath(locale, href);
}
