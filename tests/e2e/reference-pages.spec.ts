// Pricing, claims, providers and search as readers use them.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser } from 'playwright-core';
import { openPage, axeViolations } from '../../scripts/lib/browser.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { lifecycleOn } from '../../src/lib/facts/lifecycle.ts';
import { ApiRetirementsSchema } from '../../src/schemas.ts';
import { BUILT_ON } from './built-site.ts';

const base = inject('baseUrl');
// Ids, verdicts and statuses only: a re-verification changes none of them.
const { data } = readDataset(dataDir(), BUILT_ON);
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

describe.each(['/pricing/', '/claims/', '/providers/', '/search/', '/retirements/'])(
	'%s',
	(path) => {
		test('renders without console errors or third-party requests, and passes axe at phone width', async () => {
			const { page, consoleErrors, requests } = await openPage(browser, { width: 360 });
			await page.goto(base + path);
			expect(await page.locator('h1').count()).toBe(1);
			expect(consoleErrors).toEqual([]);
			expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		});
	}
);

test('the claims page lists every claim with its verdict', async () => {
	const { page } = await openPage(browser);
	await page.goto(`${base}/claims/`);
	const shown = await page.$$eval('[data-claim]', (els) =>
		els.map((e) => [
			e.getAttribute('data-claim'),
			e.getAttribute('data-verdict'),
			e.querySelector('.verdict')?.textContent ?? '',
		])
	);
	expect(shown.map(([id, verdict]) => [id, verdict]).sort()).toEqual(
		data.claims.map((c) => [c.record.id, c.record.verdict]).sort()
	);
	for (const [, verdict, text] of shown)
		expect((text ?? '').toLowerCase()).toContain(verdict ?? 'missing');
	await page.context().close();
});

test('the pricing page has a price row per model and a chart with a text alternative', async () => {
	const { page, requests } = await openPage(browser);
	await page.goto(`${base}/pricing/`);
	const rows = await page.$$eval('table.price-table tr[data-model]', (els) =>
		els.map((e) => e.getAttribute('data-model'))
	);
	expect(new Set(rows)).toEqual(new Set(data.models.map((m) => m.record.id)));
	const desc = await page.locator('figure.bar-chart svg desc').first().textContent();
	expect(desc).toMatch(/Standard \$[\d.]+, Batch \$[\d.]+/);
	expect(requests.some((u) => u.endsWith('.js'))).toBe(false);
	// Each provider section links into the calculator pre-set to one of its models active on the build date.
	const links = await page.$$eval('a[data-calculator]', (els) =>
		els.map((e) => e.getAttribute('href')!)
	);
	expect(links.length).toBeGreaterThan(0);
	for (const href of links) {
		const url = new URL(href, base);
		expect(url.pathname).toBe('/calculator/');
		await expect(
			page
				.locator(`table.price-table tr[data-model="${url.searchParams.get('model')}"]`)
				.getAttribute('data-status'),
			href
		).resolves.toBe('active');
	}
	await page.context().close();
});

test('the retirements page lists every shutdown (upcoming soonest first, then past), links its feeds and ships no script', async () => {
	const { page, requests } = await openPage(browser);
	await page.goto(`${base}/retirements/`);
	const built = (await page.locator('footer.site-footer time').last().getAttribute('datetime'))!;
	const rows = await page.$$eval('tr[data-retirement]', (els) =>
		els.map(
			(e) => [e.getAttribute('data-retirement'), Number(e.getAttribute('data-days-left'))] as const
		)
	);
	const expected = data.models
		.map((m) => m.record)
		.filter((m) => m.retiresOn)
		.map((m) => [m.id, lifecycleOn(m, built).daysLeft!] as const);
	expect(rows.map(([id]) => id).sort()).toEqual(expected.map(([id]) => id).sort());
	const upcoming = rows.filter(([, d]) => d > 0).map(([, d]) => d);
	const past = rows.filter(([, d]) => d <= 0).map(([, d]) => d);
	expect(rows.map(([, d]) => d)).toEqual([...upcoming, ...past]);
	expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
	expect(past).toEqual([...past].sort((a, b) => b - a));
	expect(requests.some((u) => u.endsWith('.js'))).toBe(false);
	const ics = await page.request.get(`${base}/retirements.ics`);
	expect(ics.ok()).toBe(true);
	expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
	const json = await page.request.get(`${base}/api/v1/retirements.json`);
	expect(
		ApiRetirementsSchema.parse(await json.json())
			.retirements.map((r) => r.id)
			.sort()
	).toEqual(expected.map(([id]) => id).sort());
	await page.context().close();
});

test('the providers page shows every other provider and marks gaps', async () => {
	const { page } = await openPage(browser);
	await page.goto(`${base}/providers/`);
	const ids = await page.$$eval('tr[data-provider]', (els) =>
		els.map((e) => e.getAttribute('data-provider'))
	);
	expect([...new Set(ids)].sort()).toEqual([
		'anthropic',
		'aws',
		'azure',
		'fireworks',
		'google',
		'groq',
		'mistral',
		'openai',
		'openrouter',
		'together',
		'xai',
	]);
	expect(await page.locator('tr[data-product="aws"]').innerText()).toContain('Unknown');
	expect(await page.locator('tr[data-product="mistral"] .unknown').count()).toBeGreaterThan(0);
	await page.context().close();
});

describe.each([
	[390, 844],
	[1280, 800],
])('the providers page at %i×%i', (width, height) => {
	test('Gemini API and Vertex are separate rows, Anthropic and OpenAI are reference rows first, every discount is a fact, and no cell holds a paragraph', async () => {
		const { page } = await openPage(browser, { width, height });
		await page.goto(`${base}/providers/`);
		const products = await page.$$eval('tr[data-product]', (els) =>
			els.map((e) => [e.getAttribute('data-product'), e.hasAttribute('data-reference')])
		);
		expect(products.slice(0, 2)).toEqual([
			['anthropic', true],
			['openai', true],
		]);
		expect(products.filter(([, ref]) => ref)).toHaveLength(2);
		expect(products.map(([id]) => id)).toEqual(expect.arrayContaining(['gemini', 'vertex']));
		expect(await page.locator('tr[data-product="gemini"]').getAttribute('data-provider')).toBe(
			'google'
		);
		expect(await page.locator('tr[data-product="vertex"]').getAttribute('data-provider')).toBe(
			'google'
		);
		// Discount column: a sourced fact wherever our data states one (Mistral's is unknown).
		for (const [id] of products) {
			const cell = page.locator(`tr[data-product="${id}"] td[data-label="Discount"]`);
			if (id === 'mistral') expect(await cell.locator('.unknown').count()).toBe(1);
			else expect(await cell.locator('[data-fact]').count(), `${id} discount`).toBeGreaterThan(0);
		}
		// Long notes live below the table, full width: no cell's text runs past a short phrase.
		const longest = await page.$$eval('.providers-table td', (tds) =>
			Math.max(
				...tds.map((td) =>
					[...td.querySelectorAll('[data-fact]')]
						.map((f) => (f.firstChild?.textContent ?? '').length)
						.reduce((a, b) => Math.max(a, b), 0)
				)
			)
		);
		expect(longest).toBeLessThanOrEqual(48);
		const noteLink = page.locator('tr[data-product="gemini"] a[href="#notes-gemini"]');
		expect(await noteLink.count()).toBeGreaterThan(0);
		expect(
			await page
				.locator('section[data-notes="gemini"] [data-fact="google.gemini.batch.zdr"]')
				.count()
		).toBe(1);
		await page.context().close();
	});
});

describe('search', () => {
	test('"zero data retention" finds the comparison page', async () => {
		const { page, consoleErrors } = await openPage(browser);
		await page.goto(`${base}/search/`);
		await page.fill('#search-q', 'zero data retention');
		await page.press('#search-q', 'Enter');
		await page.waitForSelector('[data-results] li a');
		const links = await page.$$eval('[data-results] li a', (as) =>
			as.map((a) => a.getAttribute('href'))
		);
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
