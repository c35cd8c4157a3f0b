// The search page's result model: Pagefind excerpts become text runs with the matches marked (the
// page builds them with text nodes, never innerHTML), and results link to their best sections.
import { describe, expect, it } from 'vitest';
import { MAX_SECTIONS, parseExcerpt, toHit } from '../../src/lib/site/search-client.ts';

describe('parseExcerpt', () => {
	it('splits marked matches from the text around them', () => {
		expect(
			parseExcerpt('Neither batch API is <mark>eligible</mark> for <mark>zero</mark> data')
		).toEqual([
			{ text: 'Neither batch API is ', mark: false },
			{ text: 'eligible', mark: true },
			{ text: ' for ', mark: false },
			{ text: 'zero', mark: true },
			{ text: ' data', mark: false },
		]);
	});

	it('decodes entities and drops any other tag, so no markup reaches the page', () => {
		expect(parseExcerpt('a &amp; b &lt;script&gt; <b>c</b> <mark>d &quot;e&quot;</mark>')).toEqual([
			{ text: 'a & b <script> c ', mark: false },
			{ text: 'd "e"', mark: true },
		]);
	});

	it('merges adjacent marks and returns nothing for an empty excerpt', () => {
		expect(parseExcerpt('<mark>zero</mark><mark> data</mark>')).toEqual([
			{ text: 'zero data', mark: true },
		]);
		expect(parseExcerpt('')).toEqual([]);
	});
});

describe('toHit', () => {
	const sub = (title: string, url: string, n: number) => ({
		title,
		url,
		excerpt: `<mark>${title}</mark>`,
		locations: Array.from({ length: n }, (_, i) => i),
	});

	it('links to the best-matching sections that have an anchor, most matches first', () => {
		const hit = toHit({
			url: '/compare/x/',
			meta: { title: 'Compare' },
			excerpt: 'the <mark>page</mark>',
			sub_results: [
				sub('Compare', '/compare/x/', 9),
				sub('Prices', '/compare/x/#prices', 1),
				sub('Zero data retention', '/compare/x/#zdr', 5),
				sub('Cancel', '/compare/x/#cancel', 2),
				sub('Limits', '/compare/x/#limits', 3),
			],
		});
		expect(hit.title).toBe('Compare');
		expect(hit.sections.map((s) => s.url)).toEqual([
			'/compare/x/#zdr',
			'/compare/x/#limits',
			'/compare/x/#cancel',
		]);
		expect(hit.sections).toHaveLength(MAX_SECTIONS);
		expect(hit.sections[0].excerpt).toEqual([{ text: 'Zero data retention', mark: true }]);
	});

	it('falls back to the address when a page has no title, and to no sections without sub-results', () => {
		expect(toHit({ url: '/a/', meta: {}, excerpt: 'x' })).toEqual({
			url: '/a/',
			title: '/a/',
			excerpt: [{ text: 'x', mark: false }],
			sections: [],
		});
	});
});
