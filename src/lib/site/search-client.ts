// Browser-side search over the Pagefind index, loaded on demand from the site itself.

export interface SearchHit {
	url: string;
	title: string;
	excerpt: string;
}

interface PagefindResult {
	data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
	search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Top results for a query, with excerpts as plain text. */
export async function runSearch(query: string, limit = 10): Promise<SearchHit[]> {
	// The index is generated after the build, so its path is only known at run time.
	const path = '/pagefind/pagefind.js';
	pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
	const { results } = await (await pagefind).search(query);
	const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
	return data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: stripTags(d.excerpt) }));
}

function stripTags(html: string): string {
	return html.replace(/<[^>]*>/g, '');
}
