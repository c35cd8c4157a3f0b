// Pricing, claims, providers and search as readers use them.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, axeViolations } from './browser.ts';
import { readDataset } from '../../src/lib/data-files.ts';
import { BUILT_ON } from './built-site.ts';

const base = inject('baseUrl');
// Ids, verdicts and statuses only: a re-verification changes none of them.
const { data } = readDataset('data', BUILT_ON);
let browser: Browser;
beforeAll(async () => void (browser = await launch()));
afterAll(async () => browser?.close());

describe.each(['/pricing/', '/claims/', '/providers/', '/search/'])('%s', (path) => {
	test('renders without console errors or third-party requests, and passes axe at phone width', async () => {
		const { page, consoleErrors, requests } = await openPage(browser, { width: 360 });
		await page.goto(base + path);
		expect(await page.locator('h1').count()).toBe(1);
		expect(consoleErrors).toEqual([]);
		expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

test('the claims page lists every claim with its verdict', async () => {
	const { page } = await openPage(browser);
	await page.goto(`${base}/claims/`);
	const shown = await page.$$eval('[data-claim]', (els) => els.map((e) => [e.getAttribute('data-claim'), e.getAttribute('data-verdict'), e.querySelector('.verdict')?.textContent ?? '']));
	expect(shown.map(([id, verdict]) => [id, verdict]).sort()).toEqual(data.claims.map((c) => [c.record.id, c.record.verdict]).sort());
	for (const [, verdict, text] of shown) expect((text ?? '').toLowerCase()).toContain(verdict ?? 'missing');
	await page.context().close();
});

test('the pricing page has a price row per model and a chart with a text alternative', async () => {
	const { page, requests } = await openPage(browser);
	await page.goto(`${base}/pricing/`);
	const rows = await page.$$eval('table.price-table tr[data-model]', (els) => els.map((e) => e.getAttribute('data-model')));
	expect(new Set(rows)).toEqual(new Set(data.models.map((m) => m.record.id)));
	const desc = await page.locator('figure.bar-chart svg desc').first().textContent();
	expect(desc).toMatch(/Standard \$[\d.]+, Batch \$[\d.]+/);
	expect(requests.some((u) => u.endsWith('.js'))).toBe(false);
	// Each provider section links into the calculator pre-set to one of its active models.
	const links = await page.$$eval('a[data-calculator]', (els) => els.map((e) => e.getAttribute('href')!));
	expect(links.length).toBeGreaterThan(0);
	for (const href of links) {
		const url = new URL(href, base);
		expect(url.pathname).toBe('/calculator/');
		const model = data.models.find((m) => m.record.id === url.searchParams.get('model'));
		expect(model?.record.status, href).toBe('active');
	}
	await page.context().close();
});

test('the providers page shows every other provider and marks gaps', async () => {
	const { page } = await openPage(browser);
	await page.goto(`${base}/providers/`);
	const ids = await page.$$eval('tr[data-provider]', (els) => els.map((e) => e.getAttribute('data-provider')));
	expect(ids.sort()).toEqual(['aws', 'azure', 'fireworks', 'google', 'groq', 'mistral', 'openrouter', 'together', 'xai']);
	expect(await page.locator('tr[data-provider="aws"]').innerText()).toContain('Unknown');
	expect(await page.locator('tr[data-provider="groq"] .unknown').count()).toBeGreaterThan(0);
	await page.context().close();
});

describe('search', () => {
	test('"zero data retention" finds the comparison page', async () => {
		const { page, consoleErrors } = await openPage(browser);
		await page.goto(`${base}/search/`);
		await page.fill('#search-q', 'zero data retention');
		await page.press('#search-q', 'Enter');
		await page.waitForSelector('[data-results] li a');
		const links = await page.$$eval('[data-results] li a', (as) => as.map((a) => a.getAttribute('href')));
		expect(links).toContain('/compare/anthropic-vs-openai/');
		expect(page.url()).toContain('?q=zero%20data%20retention');
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('other pages do not load the search script', async () => {
		const { page, requests } = await openPage(browser);
		await page.goto(`${base}/claims/`);
		expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
		await page.context().close();
	});
});
