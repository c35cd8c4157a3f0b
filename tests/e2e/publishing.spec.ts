// Publishing: CSP holds on every page, no third-party requests, sitemap, feed, llms.txt, 404.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import type { Browser } from 'playwright-core';
import { openTab, DIST } from '../../scripts/lib/browser.ts';
import { builtFacts } from './built-site.ts';

const base = inject('baseUrl');
const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
const paths = [...sitemap.matchAll(/<loc>https:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
// One page per template is enough to pin the CSP and meta tags down.
// A wizard result page sits at the OpenAI request cap (its URL carries the build's value).
const cap = builtFacts.find((f) => f.id === 'openai.batch.max-requests')!.value;
const checked = [
	'/',
	'/compare/anthropic-vs-openai/',
	'/facts/',
	'/claims/',
	'/search/',
	'/wizard/',
	`/wizard/day/no/any/text/${cap}/no/no/`,
	'/calculator/',
	'/changes/',
	'/guides/pitfalls/',
	'/zh/search/',
	'/zh/faq/',
	'/zh/pricing/',
];
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

test('the sitemap lists the key pages', () => {
	for (const p of [
		'/',
		'/compare/anthropic-vs-openai/',
		'/pricing/',
		'/facts/',
		'/facts/openai/',
		'/facts/anthropic/',
		'/claims/',
		'/providers/',
		'/changes/',
		'/retirements/',
		'/search/',
		'/zh/pricing/',
		'/zh/providers/',
		'/zh/claims/',
		'/zh/faq/',
		'/zh/changes/',
		'/zh/retirements/',
		'/zh/guides/',
		'/zh/search/',
	])
		expect(paths).toContain(p);
	expect(paths).not.toContain('/404/');
	expect(paths.filter((p) => /\.(ics|json|xml)$/.test(p))).toEqual([]);
});

// Console errors (CSP violations among them) and other origins: the site audit loads one page of
// every shape for those (same markup, inline code and policy), and the tool specs check their pages with scripts running at desktop width too.
// What the audit does not check, the policy itself and the meta tags, is read from the built pages,
// parsed by the browser.
test.each(checked)(
	'%s carries a strict CSP, its canonical address and its social cards',
	async (path) => {
		const { page, release } = await openTab(browser);
		const html = readFileSync(`${DIST}${path}index.html`, 'utf8');
		const head = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'text/html');
			const csp = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
			return {
				csp: csp.length,
				policy: csp[0]?.getAttribute('content') ?? '',
				canonical: doc.querySelector('link[rel=canonical]')?.getAttribute('href'),
				ogTitle: doc.querySelectorAll('meta[property="og:title"]').length,
				twitterCard: doc.querySelectorAll('meta[name="twitter:card"]').length,
			};
		}, html);
		expect(head.csp).toBe(1);
		// Strict: own origin only, and no inline code beyond what Astro hashed.
		const policy = Object.fromEntries(
			head.policy
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((d) => d[0])
				.map(([name, ...sources]) => [name, sources])
		);
		expect(policy['default-src']).toEqual(["'self'"]);
		for (const directive of ['script-src', 'style-src'])
			for (const source of policy[directive] ?? [])
				expect(source, `${directive} ${source}`).toMatch(
					/^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+')$/
				);
		expect(policy['object-src']).toEqual(["'none'"]);
		expect(head.canonical).toBe(`https://batchwise.dev${path}`);
		expect(head.ogTitle).toBe(1);
		expect(head.twitterCard).toBe(1);
		await release();
	}
);

test('the Atom feed parses as XML and matches changes.json', async () => {
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/`);
	const feed = readFileSync(`${DIST}/changes.xml`, 'utf8');
	const parsed = await page.evaluate((xml) => {
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.localName,
			entries: doc.getElementsByTagName('entry').length,
		};
	}, feed);
	const json = JSON.parse(readFileSync(`${DIST}/api/v1/changes.json`, 'utf8'));
	expect(parsed).toEqual({ error: null, root: 'feed', entries: json.changes.length });
	await release();
});

test('robots.txt allows crawling and points at the sitemap', () => {
	const robots = readFileSync(`${DIST}/robots.txt`, 'utf8');
	expect(robots).toMatch(/^User-agent: \*$/m);
	expect(robots).not.toMatch(/^Disallow: \/$/m);
	expect(robots).toContain('Sitemap: https://batchwise.dev/sitemap.xml');
});

test('llms.txt lists key pages and API URLs with freshness', () => {
	const text = readFileSync(`${DIST}/llms.txt`, 'utf8');
	expect(text).toContain('https://batchwise.dev/api/v1/facts.json');
	expect(text).toContain('https://batchwise.dev/compare/anthropic-vs-openai/');
	expect(text).toMatch(/\d+ fresh, \d+ due for review, \d+ stale/);
	// Both languages: every page listed exists in the build, the Chinese ones under /zh/.
	const listed = [...text.matchAll(/\]\(https:\/\/batchwise\.dev(\/[^)]*\/)\)/g)].map((m) => m[1]);
	const chinese = listed.filter((p) => p.startsWith('/zh/'));
	expect(chinese).toEqual(
		expect.arrayContaining([
			'/zh/',
			'/zh/compare/anthropic-vs-openai/',
			'/zh/wizard/',
			'/zh/calculator/',
			'/zh/pricing/',
			'/zh/faq/',
			'/zh/retirements/',
			'/zh/guides/',
		])
	);
	for (const p of listed) expect(paths, p).toContain(p);
});

test('an unknown address shows the friendly 404 page', async () => {
	const { page, release } = await openTab(browser);
	const response = await page.goto(`${base}/no-such-page/`);
	expect(response?.status()).toBe(404);
	expect(await page.locator('h1').innerText()).toBe('Page not found');
	await release();
});
