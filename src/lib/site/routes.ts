// Every URL the site's navigation uses, the header's menu, and the key pages whose answer must sit
// on the first screen. One module, so a page moving means one edit here.

export const ROUTES = {
	home: '/',
	compare: '/compare/anthropic-vs-openai/',
	wizard: '/wizard/',
	calculator: '/calculator/',
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

/** The search page with a query filled in. */
export const searchHref = (query: string): string =>
	`${ROUTES.search}?q=${encodeURIComponent(query)}`;

export interface NavEntry {
	href: string;
	label: string;
}

/** The header menu, in reading order. A new page is one line here (e.g. a batch-file checker). */
export const NAV: NavEntry[] = [
	{ href: ROUTES.compare, label: 'Compare' },
	{ href: ROUTES.wizard, label: 'Wizard' },
	{ href: ROUTES.calculator, label: 'Calculator' },
	{ href: ROUTES.check, label: 'Check a file' },
	{ href: ROUTES.pricing, label: 'Pricing' },
	{ href: ROUTES.providers, label: 'Providers' },
	{ href: ROUTES.claims, label: 'Claims' },
	{ href: ROUTES.faq, label: 'FAQ' },
	{ href: ROUTES.guides, label: 'Guides' },
	{ href: ROUTES.changes, label: 'Changes' },
	{ href: ROUTES.facts, label: 'Facts' },
];

/** Whether a nav entry is the current page or its section (the home page matches only itself). */
export const isCurrent = (href: string, path: string): boolean =>
	href === '/' ? path === '/' : path.startsWith(href);

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
