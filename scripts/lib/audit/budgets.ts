// Page-weight budgets. Sizes are bytes; a KB is 1,024 bytes; "gzip" is Node's zlib gzip at level 9,
// close to what a static host sends.
import { localePath } from '../../../src/lib/i18n/routes.ts';

export const KB = 1024;

/** What one page costs to load: its own HTML plus every same-origin CSS and JS it pulls in. */
export interface PageWeight {
	html: { raw: number; gzip: number };
	css: { raw: number; gzip: number };
	js: { raw: number; gzip: number };
}

export interface PageBudget {
	/** Name printed in reports ("content page", "wizard", …). */
	kind: string;
	/** Max gzipped JS bytes; null = exempt (stated in the output). */
	jsGzip: number | null;
	/** Max gzipped HTML bytes. */
	htmlGzip: number;
	/** Why a page is exempt, if it is. */
	note?: string;
}

export const HTML_GZIP_BUDGET = 60 * KB;

/** The budget a page falls under, from its URL path. */
export function budgetFor(pagePath: string): PageBudget {
	// A page in another language (/zh/wizard/) has the budget of its English page (/wizard/).
	pagePath = localePath('en', pagePath);
	if (pagePath === '/wizard/' || pagePath.startsWith('/wizard/'))
		return { kind: 'wizard', jsGzip: 6 * KB, htmlGzip: HTML_GZIP_BUDGET };
	// 9 KB since the summary card, ZDR mode and the sample-prompt counter (its tokenizer loads on first use, not counted).
	if (pagePath === '/calculator/')
		return { kind: 'calculator', jsGzip: 9 * KB, htmlGzip: HTML_GZIP_BUDGET };
	// The batch-file checker's island; its worker and tokenizer load only when a check starts, so they are not counted.
	if (pagePath === '/check/')
		return { kind: 'batch-file checker', jsGzip: 10 * KB, htmlGzip: HTML_GZIP_BUDGET };
	// The not-found page sends a wizard address without a page of its own to its query form (wizardQueryHref).
	if (pagePath === '/404.html' || pagePath === '/404/')
		return { kind: 'not-found page', jsGzip: 3 * KB, htmlGzip: HTML_GZIP_BUDGET };
	if (pagePath === '/search/')
		// The search island itself; Pagefind's own script and index load on the first search, not with the page.
		return {
			kind: 'search',
			jsGzip: 3 * KB,
			htmlGzip: HTML_GZIP_BUDGET,
			note: 'Pagefind loads on the first search and is not counted',
		};
	return { kind: 'content page', jsGzip: 0, htmlGzip: HTML_GZIP_BUDGET };
}

export interface Breach {
	page: string;
	budget: string;
	actual: number;
	limit: number;
	message: string;
}

export function formatBytes(n: number): string {
	if (n < KB) return `${n} B`;
	return `${(n / KB).toFixed(1)} KB`;
}

/** Budget breaches for one page (empty when it is within budget). */
export function checkBudget(
	page: string,
	weight: PageWeight,
	budget: PageBudget = budgetFor(page)
): Breach[] {
	const breaches: Breach[] = [];
	if (budget.jsGzip !== null && weight.js.gzip > budget.jsGzip) {
		const name =
			budget.jsGzip === 0
				? `${budget.kind} JS budget (no JavaScript)`
				: `${budget.kind} JS budget (≤ ${formatBytes(budget.jsGzip)} gzipped)`;
		breaches.push({
			page,
			budget: name,
			actual: weight.js.gzip,
			limit: budget.jsGzip,
			message: `${page}: ${formatBytes(weight.js.gzip)} of JS gzipped breaks the ${name}`,
		});
	}
	if (weight.html.gzip > budget.htmlGzip) {
		const name = `HTML budget (≤ ${formatBytes(budget.htmlGzip)} gzipped)`;
		breaches.push({
			page,
			budget: name,
			actual: weight.html.gzip,
			limit: budget.htmlGzip,
			message: `${page}: ${formatBytes(weight.html.gzip)} of HTML gzipped breaks the ${name}`,
		});
	}
	return breaches;
}
