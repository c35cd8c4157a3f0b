// Site audit over a built folder: HTML validity (Nu checker), accessibility (axe-core in Chromium at a
// phone viewport, target-size on), internal links and fragments, page weight against budgets, other
// origins and console errors. Prints a table, writes audit.json, exits 1 on any failure.
// Usage: npm run audit -- [DIR] [--out audit.json] [--concurrency 2]   (see USAGE)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { installAxe, launch, runAxe } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { scanHtml, type Reference } from './lib/audit/html.ts';
import { checkLinks, foreignRequests, pagePathOf, type LinkProblem } from './lib/audit/links.ts';
import { budgetFor, checkBudget, formatBytes, type PageWeight } from './lib/audit/budgets.ts';
import { vnuErrors, type ValidationError } from './lib/audit/vnu.ts';
import { representatives } from './lib/audit/shape.ts';
import { formatTable, summarise, type AxeViolation, type PageResult } from './lib/audit/report.ts';
import { atMost, HELP_OPTION, runMain, strictArgs, UsageError } from './lib/cli.ts';

const VIEWPORT = { width: 390, height: 844 };
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

async function listFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(root, join(e.parentPath, e.name)).replace(/\\/g, '/'));
}

/** Runs the Nu checker once over every page (JVM start-up dominates, so one run). */
function validate(root: string, files: string[]): Promise<ValidationError[]> {
	const jar = join(
		dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
		'build/dist/vnu.jar'
	);
	const args = [
		'-Xss4m',
		'-jar',
		jar,
		'--format',
		'json',
		'--exit-zero-always',
		...files.map((f) => join(root, f)),
	];
	return new Promise((done) => {
		execFile('java', args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (error && !stderr)
				return done([
					{
						page: '(validator)',
						line: null,
						message: `could not run java -jar vnu.jar: ${error.message}`,
					},
				]);
			done(vnuErrors(stderr || stdout, root));
		});
	});
}

interface BrowserResult {
	weight: PageWeight;
	axe: AxeViolation[];
	requests: string[];
	failedRequests: string[];
	consoleErrors: string[];
}

/**
 * One phone-sized tab per page checked at once, reused from page to page with axe-core preloaded (a
 * fresh context, tab and axe per page cost about 0.7 s each). The cache is off, so every page's own
 * CSS and JS are fetched and weighed; between pages the tab goes to about:blank so nothing of one page
 * is counted for the next.
 */
interface Sink {
	consoleErrors: string[];
	requests: string[];
	failedRequests: string[];
	bodies: Promise<{ type: string; body: Buffer } | null>[];
}
interface Tab {
	tab: Page;
	/** Where the tab's events go: the record of the page being checked. */
	sink: Sink;
}
const emptySink = (): Sink => ({ consoleErrors: [], requests: [], failedRequests: [], bodies: [] });

function tabPool(browser: Browser, baseUrl: string) {
	const idle: Tab[] = [];
	const open = async (): Promise<Tab> => {
		const context = await browser.newContext({
			viewport: VIEWPORT,
			isMobile: true,
			hasTouch: true,
			deviceScaleFactor: 1,
		});
		await installAxe(context);
		const tab = await context.newPage();
		const cdp = await context.newCDPSession(tab);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const t: Tab = {
			tab,
			sink: { consoleErrors: [], requests: [], failedRequests: [], bodies: [] },
		};
		tab.on('console', (m) => m.type() === 'error' && t.sink.consoleErrors.push(m.text()));
		tab.on('pageerror', (e) => t.sink.consoleErrors.push(String(e)));
		tab.on('request', (r) => r.url() !== 'about:blank' && t.sink.requests.push(r.url()));
		tab.on('requestfailed', (r) =>
			t.sink.failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`)
		);
		tab.on('response', (r: Response) => {
			if (!r.url().startsWith(baseUrl)) return;
			if (r.status() >= 400)
				t.sink.failedRequests.push(`${r.url().slice(baseUrl.length)} (HTTP ${r.status()})`);
			const type = r.request().resourceType();
			t.sink.bodies.push(
				r
					.body()
					.then((body) => ({ type, body }))
					.catch(() => null)
			);
		});
		return t;
	};
	return {
		acquire: async () => idle.pop() ?? open(),
		release: async (t: Tab) => {
			// Whatever the old page still does while the tab leaves it (a favicon, say) is not counted.
			t.sink = emptySink();
			await t.tab.goto('about:blank');
			idle.push(t);
		},
	};
}

async function inBrowser(
	tabs: ReturnType<typeof tabPool>,
	baseUrl: string,
	page: string,
	inline: { scripts: string[]; styles: string[] }
): Promise<BrowserResult> {
	const t = await tabs.acquire();
	const tab = t.tab;
	const sink = (t.sink = emptySink());
	const { consoleErrors, requests, failedRequests, bodies } = sink;
	try {
		// Module scripts and their static imports have been fetched and run by "load".
		await tab.goto(baseUrl + page, { waitUntil: 'load', timeout: 60_000 });
		const weight: PageWeight = {
			html: { raw: 0, gzip: 0 },
			css: { raw: 0, gzip: 0 },
			js: { raw: 0, gzip: 0 },
		};
		const timeout = new Promise<null>((done) => setTimeout(() => done(null), 30_000).unref());
		const read = await Promise.race([Promise.all(bodies), timeout]);
		// A body that could not be read would count as 0 bytes and slip under the budgets: say so instead.
		if (!read) failedRequests.push(`response bodies not read within 30 s; page weight unknown`);
		const unread = (read ?? []).filter((item) => !item).length;
		if (unread)
			failedRequests.push(
				`${unread} response ${unread === 1 ? 'body' : 'bodies'} could not be read; page weight incomplete`
			);
		for (const item of read ?? []) {
			if (!item) continue;
			const slot =
				item.type === 'document'
					? weight.html
					: item.type === 'stylesheet'
						? weight.css
						: item.type === 'script'
							? weight.js
							: null;
			if (!slot) continue;
			slot.raw += item.body.length;
			slot.gzip += gz(item.body);
		}
		// Inline <script> and <style> bodies are part of the HTML, and count as JS and CSS too.
		for (const s of inline.scripts)
			((weight.js.raw += Buffer.byteLength(s)), (weight.js.gzip += gz(s)));
		for (const s of inline.styles)
			((weight.css.raw += Buffer.byteLength(s)), (weight.css.gzip += gz(s)));
		const axe = await runAxe(tab, { 'target-size': { enabled: true } });
		return { weight, axe, requests, failedRequests, consoleErrors };
	} finally {
		await tabs.release(t);
	}
}

async function pool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(n, items.length) }, async () => {
			while (next < items.length) {
				const i = next++;
				out[i] = await fn(items[i]);
			}
		})
	);
	return out;
}

export async function audit(
	dir: string,
	options: {
		out?: string;
		concurrency?: number;
		/** Load every page in Chromium, not one page per shape (see lib/audit/shape.ts). */
		everyPage?: boolean;
		log?: (s: string) => void;
	} = {}
) {
	const log = options.log ?? ((s: string) => process.stdout.write(s));
	const root = resolve(dir);
	if (!existsSync(root)) throw new Error(`no built site at ${root}: build first (npm run build)`);
	const files = await listFiles(root);
	const fileSet = new Set(files);
	const htmlFiles = files.filter((f) => f.endsWith('.html')).sort();
	if (!htmlFiles.length) throw new Error(`no HTML pages in ${root}`);
	const started = Date.now();

	// 1. Static pass: references and ids of every page; links and fragments.
	const references = new Map<string, Reference[]>();
	const idsByFile = new Map<string, Set<string>>();
	const inline = new Map<string, { scripts: string[]; styles: string[] }>();
	const htmlWeight = new Map<string, PageWeight['html']>();
	const pages: { page: string; html: string }[] = [];
	for (const f of htmlFiles) {
		const bytes = await readFile(join(root, f));
		htmlWeight.set(f, { raw: bytes.length, gzip: gz(bytes) });
		const text = bytes.toString('utf8');
		if (!options.everyPage) pages.push({ page: f, html: text });
		const scan = scanHtml(text);
		references.set(pagePathOf(f), scan.references);
		idsByFile.set(f, scan.ids);
		inline.set(pagePathOf(f), { scripts: scan.inlineScripts, styles: scan.inlineStyles });
	}
	const linkProblems = checkLinks({ references, idsByFile, exists: (f) => fileSet.has(f) });
	// Each page's stand-in in the browser: itself, or the first page of the same shape.
	const standIn = options.everyPage
		? new Map(htmlFiles.map((f) => [f, f]))
		: representatives(pages);
	const loaded = htmlFiles.filter((f) => standIn.get(f) === f);

	// 2. The validator runs in the background while Chromium loads each page.
	const validation = validate(root, htmlFiles);
	const { server, url: baseUrl } = await serveStatic(root);
	const browser = await launch();
	let browserResults: BrowserResult[];
	try {
		let done = 0;
		const progress = (f: string) =>
			process.stderr.write(
				`\r${++done}/${loaded.length} ${pagePathOf(f).slice(0, 60).padEnd(60)}${done === loaded.length ? '\n' : ''}`
			);
		const within = <T>(p: Promise<T>, ms: number) =>
			Promise.race([
				p,
				new Promise<T>((_, fail) =>
					setTimeout(() => fail(new Error(`timed out after ${ms / 1000} s`)), ms).unref()
				),
			]);
		const tabs = tabPool(browser, baseUrl);
		browserResults = await pool(loaded, options.concurrency ?? 2, (f) =>
			within(inBrowser(tabs, baseUrl, pagePathOf(f), inline.get(pagePathOf(f))!), 120_000)
				.finally(() => progress(f))
				.catch((e): BrowserResult => ({
					weight: { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } },
					axe: [],
					requests: [],
					failedRequests: [],
					consoleErrors: [
						`the audit could not load or check the page: ${e instanceof Error ? e.message.split('\n')[0] : e}`,
					],
				}))
		);
	} finally {
		await browser.close();
		server.close();
	}
	const validationErrors = await validation;

	// 3. Per-page verdicts.
	const byPage = <T extends { page: string }>(list: T[], page: string) =>
		list.filter((x) => x.page === page);
	const inBrowserOf = new Map(loaded.map((f, i) => [f, browserResults[i]]));
	const shapeSizes = new Map<string, number>();
	for (const rep of standIn.values()) shapeSizes.set(rep, (shapeSizes.get(rep) ?? 0) + 1);
	const results: PageResult[] = htmlFiles.map((f) => {
		const page = pagePathOf(f);
		const rep = standIn.get(f)!;
		const b = inBrowserOf.get(rep)!;
		const own = rep === f;
		// The HTML is this page's own; CSS and JS (linked and inline) are its shape's, so the stand-in's.
		const weight: PageWeight = { ...b.weight, html: htmlWeight.get(f)! };
		const budget = budgetFor(page);
		return {
			page,
			budget,
			weight,
			breaches: checkBudget(page, weight, budget),
			validation: byPage(validationErrors, page),
			links: byPage<LinkProblem>(linkProblems, page),
			// What the browser found is reported once, on the page that was loaded.
			...(own
				? {
						axe: b.axe,
						foreignRequests: foreignRequests(b.requests, baseUrl.replace(/\/$/, '')),
						failedRequests: b.failedRequests,
						consoleErrors: b.consoleErrors,
						sameShape: shapeSizes.get(f)! - 1,
					}
				: {
						axe: [],
						foreignRequests: [],
						failedRequests: [],
						consoleErrors: [],
						loadedAs: pagePathOf(rep),
					}),
		};
	});
	const stray = validationErrors
		.filter((v) => !results.some((r) => r.page === v.page))
		.map((v) => `HTML ${v.page}: ${v.message}`);
	const summary = summarise(results, stray);

	// 4. Report.
	log(formatTable(results));
	log(
		`\n${summary.pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; ${loaded.length} loaded in Chromium${options.everyPage ? '' : ' (one per shape: the others share its markup and differ only in words, link targets and how many times a part repeats)'}. Sizes raw/gzip (zlib level 9; 1 KB = 1024 B); inline <script>/<style> count in HTML and in JS/CSS.\n`
	);
	log(
		`Budgets: content pages 0 B of JS; /wizard/** ≤ 6 KB, /calculator/ ≤ 9 KB, /check/ ≤ 10 KB, the 404 page and /search/ ≤ 3 KB of JS gzipped; HTML ≤ 60 KB gzipped on every page.\n`
	);
	for (const note of summary.notes) log(`Note: ${note}.\n`);
	const out = options.out ?? 'audit.json';
	await writeFile(
		out,
		JSON.stringify(
			{
				generated: new Date().toISOString(),
				dir: root,
				viewport: VIEWPORT,
				summary,
				pages: results,
			},
			null,
			2
		) + '\n'
	);
	if (summary.failures.length) {
		log(
			`\n${summary.failures.length} failure(s):\n${summary.failures.map((f) => `  ${f}`).join('\n')}\n`
		);
	} else {
		log(
			`\nAll ${summary.pages} pages pass: valid HTML, no axe violations, links resolve, within budget. Total gzipped: HTML ${formatBytes(summary.totals.html)}, CSS ${formatBytes(summary.totals.css)}, JS ${formatBytes(summary.totals.js)}.\n`
		);
	}
	log(`Wrote ${out}\n`);
	return { code: summary.failures.length ? 1 : 0, summary, results };
}

export const USAGE = `Usage: npm run audit -- [DIR] [--out audit.json] [--concurrency 2] [--every-page]

Audits every page of a built site (DIR, default $DIST_DIR or dist): HTML validity, links and
#fragments, page weight budgets on every page; accessibility (axe-core at 390×844), other origins,
failed requests and console errors in Chromium, on one page of each shape (pages whose markup differs
only in words and link targets). Needs Java 17+ and Chromium.

  --out FILE         where to write the JSON report (default: audit.json)
  --concurrency N    pages checked at once (default: 2)
  --every-page       load every page in Chromium, not one per shape (slower)
  -h, --help         this help

Exit codes: 0 every page passes, 1 a page fails, 2 invalid arguments or the audit could not run.`;

/** Reads the command line before anything heavy starts (no server, no browser, no validator). */
export function parseAuditArgs(
	argv: string[]
):
	| { help: true }
	| { help: false; dir: string; out: string; concurrency: number; everyPage: boolean } {
	const { values, positionals } = strictArgs({
		args: argv,
		allowPositionals: true,
		options: {
			...HELP_OPTION,
			out: { type: 'string', default: 'audit.json' },
			concurrency: { type: 'string', default: '2' },
			'every-page': { type: 'boolean', default: false },
		},
	});
	if (values.help) return { help: true };
	atMost(positionals, 1);
	const concurrency = Number(values.concurrency);
	if (!Number.isInteger(concurrency) || concurrency < 1)
		throw new UsageError(
			`--concurrency must be a whole number of at least 1, got "${values.concurrency}"`
		);
	return {
		help: false,
		dir: positionals[0] ?? process.env.DIST_DIR ?? 'dist',
		out: values.out,
		concurrency,
		everyPage: values['every-page'],
	};
}

if (import.meta.main)
	await runMain(
		'audit',
		async () => {
			const args = parseAuditArgs(process.argv.slice(2));
			if (args.help) return void process.stdout.write(USAGE + '\n');
			return (await audit(args.dir, args)).code;
		},
		2
	);
