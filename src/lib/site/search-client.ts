// Browser-side search over the Pagefind index, loaded on demand from the site itself. The excerpt
// parsing is plain string work (no DOM), so it is unit-tested without a browser. The page hands over
// its words and its language: Pagefind keeps one index per language, and a page searches its own.
import { decodeEntities } from './html-text.ts';
import type { ISLAND_KEYS } from '../i18n/strings.ts';

/** The words the search page hands its script (`islandStrings(locale, 'search')`). */
export type SearchStrings = Record<(typeof ISLAND_KEYS)['search'][number], string>;

/** A run of excerpt text, marked where it matches the query. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

export interface SearchSection {
	url: string;
	title: string;
	excerpt: ExcerptPart[];
}

export interface SearchHit {
	url: string;
	title: string;
	excerpt: ExcerptPart[];
	/** The page's sections that match best (Pagefind's sub-results with an anchor), best first. */
	sections: SearchSection[];
}

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations?: number[];
	anchor?: { id?: string };
}
interface PagefindData {
	url: string;
	meta: { title?: string };
	excerpt: string;
	sub_results?: PagefindSubResult[];
}
interface PagefindResult {
	data: () => Promise<PagefindData>;
}
interface Pagefind {
	options: (options: { language?: string }) => Promise<void>;
	search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

/** How many section links a result shows at most. */
export const MAX_SECTIONS = 3;

/**
 * Pagefind's excerpt HTML as text runs: <mark>…</mark> becomes a marked run, any other tag is
 * dropped and entities are decoded, so the page can build it with text nodes (never innerHTML).
 */
export function parseExcerpt(html: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const re = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	const push = (raw: string, mark: boolean) => {
		const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
		if (!text) return;
		const prev = parts.at(-1);
		if (prev && prev.mark === mark) prev.text += text;
		else parts.push({ text, mark });
	};
	for (const m of html.matchAll(re)) {
		push(html.slice(last, m.index), false);
		push(m[1], true);
		last = m.index + m[0].length;
	}
	push(html.slice(last), false);
	return parts;
}

/** A result as the page shows it: its best-matching sections (those with their own anchor) first. */
export function toHit(d: PagefindData): SearchHit {
	const title = d.meta.title ?? d.url;
	const sections = (d.sub_results ?? [])
		.filter((s) => s.url.includes('#') && s.title !== title)
		.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
		.slice(0, MAX_SECTIONS)
		.map((s) => ({ url: s.url, title: s.title, excerpt: parseExcerpt(s.excerpt) }));
	return { url: d.url, title, excerpt: parseExcerpt(d.excerpt), sections };
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Every result for a query in the index of `language` (the page's `<html lang>`, lower case, e.g.
 * "zh-cn"): the true count now, and the hits loaded a page at a time.
 */
export async function runSearch(
	query: string,
	language: string
): Promise<{ total: number; load: (from: number, count: number) => Promise<SearchHit[]> }> {
	// The index is generated after the build, so its path is only known at run time. The language is
	// set before the first search (Pagefind would otherwise guess it from <html lang>, the same answer).
	const path = '/pagefind/pagefind.js';
	pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
		await pf.options({ language });
		return pf;
	});
	const { results } = await (await pagefind).search(query);
	return {
		total: results.length,
		load: async (from, count) =>
			(await Promise.all(results.slice(from, from + count).map((r) => r.data()))).map(toHit),
	};
}
