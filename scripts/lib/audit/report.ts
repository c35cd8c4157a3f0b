// The audit's result for each page, the overall verdict and the printed table.
import { type Breach, type PageBudget, type PageWeight, formatBytes } from './budgets.ts';
import type { LinkProblem } from './links.ts';
import type { ValidationError } from './vnu.ts';

export interface AxeViolation {
	id: string;
	help: string;
	targets: string[];
}

export interface PageResult {
	page: string;
	budget: PageBudget;
	weight: PageWeight;
	breaches: Breach[];
	validation: ValidationError[];
	axe: AxeViolation[];
	links: LinkProblem[];
	foreignRequests: string[];
	failedRequests: string[];
	consoleErrors: string[];
	/** Loaded in Chromium: how many other pages share its shape (and its browser findings). */
	sameShape?: number;
	/** Not loaded: the page of the same shape that was. */
	loadedAs?: string;
}

/** Every failure on a page as one printable line each, naming the page (and the budget, for weight). */
export function failuresOf(r: PageResult): string[] {
	// A browser finding holds for every page of the shape, so say how many there are.
	const seen = r.sameShape ? `${r.page} (and ${r.sameShape} more of its shape)` : r.page;
	return [
		...r.breaches.map((b) => `BUDGET ${b.message}`),
		...r.validation.map((v) => `HTML ${r.page}${v.line ? `:${v.line}` : ''}: ${v.message}`),
		...r.axe.map((a) => `A11Y ${seen}: ${a.id} (${a.help}) at ${a.targets.join(', ')}`),
		...r.links.map((l) => `LINK ${r.page}: ${l.url} — ${l.detail}`),
		...r.foreignRequests.map((u) => `ORIGIN ${seen}: request to another origin: ${u}`),
		...r.failedRequests.map((u) => `REQUEST ${seen}: failed: ${u}`),
		...r.consoleErrors.map((e) => `CONSOLE ${seen}: ${e}`),
	];
}

function pad(s: string, n: number, right = false): string {
	return right ? s.padStart(n) : s.padEnd(n);
}

const pair = (w: { raw: number; gzip: number }) =>
	w.raw === 0 ? '0' : `${formatBytes(w.raw)}/${formatBytes(w.gzip)}`;

/** A fixed-width table: one row per page, sizes as raw/gzip; "=" where the page's shape was loaded as another page. */
export function formatTable(results: PageResult[]): string {
	const rows = results.map((r) => [
		r.page,
		r.budget.kind,
		pair(r.weight.html),
		pair(r.weight.css),
		pair(r.weight.js),
		String(r.validation.length),
		r.loadedAs ? '=' : String(r.axe.length),
		String(r.links.length),
		failuresOf(r).length ? 'FAIL' : 'ok',
	]);
	const head = [
		'page',
		'budget',
		'HTML raw/gz',
		'CSS raw/gz',
		'JS raw/gz',
		'vnu',
		'axe',
		'links',
		'',
	];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => pad(c, widths[i], i >= 2 && i <= 7))
			.join('  ')
			.trimEnd();
	return (
		[line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n'
	);
}

export interface AuditSummary {
	pages: number;
	failures: string[];
	notes: string[];
	totals: { html: number; css: number; js: number };
}

export function summarise(results: PageResult[], extraFailures: string[] = []): AuditSummary {
	const notes = [
		...new Set(results.filter((r) => r.budget.note).map((r) => `${r.page}: ${r.budget.note}`)),
	];
	return {
		pages: results.length,
		failures: [...extraFailures, ...results.flatMap(failuresOf)],
		notes,
		totals: {
			html: results.reduce((s, r) => s + r.weight.html.gzip, 0),
			css: results.reduce((s, r) => s + r.weight.css.gzip, 0),
			js: results.reduce((s, r) => s + r.weight.js.gzip, 0),
		},
	};
}
