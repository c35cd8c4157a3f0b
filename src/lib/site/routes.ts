// Every URL the site's navigation uses, the header's menu, and the key pages whose answer must sit
// on the first screen. One module, so a page moving means one edit here.
import type { StringKey } from '../i18n/strings.ts';

import { CALCULATOR_PATH, WIZARD_PATH } from './paths.ts';

export { CALCULATOR_PATH, WIZARD_PATH };

export const ROUTES = {
	home: '/',
	compare: '/compare/anthropic-vs-openai/',
	wizard: WIZARD_PATH,
	calculator: CALCULATOR_PATH,
	check: '/check/',
	pricing: '/pricing/',
	providers: '/providers/',
	claims: '/claims/',
	faq: '/faq/',
	guides: '/guides/',
	changes: '/changes/',
	facts: '/facts/',
	retirements: '/retirements/',
	search: '/search/',
} as const;

/** A content page (content/<section>/<slug>.mdx) is served at /<section>/<slug>/. */
export const contentHref = (id: string): string => `/${id}/`;

/** The change feed (Atom) and the retirements calendar (iCalendar). */
export const CHANGES_FEED = '/changes.xml';
export const RETIREMENTS_CALENDAR = '/retirements.ics';

/** A file of the public JSON API: apiHref('facts') is /api/v1/facts.json. */
export const apiHref = (name: string): string => `/api/v1/${name}.json`;

/** A provider's facts page. */
export const providerFactsHref = (provider: string): string => `${ROUTES.facts}${provider}/`;

/** Where a fact or model row lives: its provider's facts page, at the row's id. */
export const factHref = (item: { id: string; provider: string }): string =>
	`${providerFactsHref(item.provider)}#${item.id}`;

/** The search page with a query filled in. */
export const searchHref = (query: string): string =>
	`${ROUTES.search}?q=${encodeURIComponent(query)}`;

export interface NavEntry {
	href: string;
	/** The key of its label in each language's strings (src/lib/i18n/strings.ts). */
	label: NavLabel;
}
type NavLabel = Extract<StringKey, `nav.${string}`>;

/** The header menu, in reading order. A new page is one line here (e.g. a batch-file checker). */
export const NAV: NavEntry[] = [
	{ href: ROUTES.compare, label: 'nav.compare' },
	{ href: ROUTES.wizard, label: 'nav.wizard' },
	{ href: ROUTES.calculator, label: 'nav.calculator' },
	{ href: ROUTES.check, label: 'nav.check' },
	{ href: ROUTES.pricing, label: 'nav.pricing' },
	{ href: ROUTES.providers, label: 'nav.providers' },
	{ href: ROUTES.claims, label: 'nav.claims' },
	{ href: ROUTES.faq, label: 'nav.faq' },
	{ href: ROUTES.guides, label: 'nav.guides' },
	{ href: ROUTES.changes, label: 'nav.changes' },
	{ href: ROUTES.facts, label: 'nav.facts' },
];

/** Whether a nav entry is the current page or its section (the home page matches only itself). */
export const isCurrent = (href: string, path: string): boolean =>
	href === '/' || href === '/zh/' ? path === href : path.startsWith(href);

/** Pages whose answer a reader must see on the first screen, and the element that holds it. */
export const KEY_PAGES: { path: string; answer: string; what: string }[] = [
	{ path: ROUTES.home, answer: '#the-short-answer + p', what: 'the short answer' },
	{
		path: ROUTES.compare,
		answer: '[data-key-differences] tbody tr',
		what: "the key-differences table's first rows",
	},
	...['anthropic-batch', 'openai-batch', 'openai-flex', 'gemini-batch', 'hybrid', 'realtime'].map(
		(slug) => ({
			path: contentHref(`candidates/${slug}`),
			answer: '#choose-it-when + ul',
			what: 'when to choose it',
		})
	),
];
