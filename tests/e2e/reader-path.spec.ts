// The reader's path at phone (390×844) and desktop (1280×800) sizes: the calculator's summary card on
// the first screen (and kept in view on wide screens), what a wizard result carries into the calculator,
// ZDR, one-off jobs, percentages, the recommended cache lifetime, and guide code that scrolls in place.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser, Page } from 'playwright-core';
import { openTab } from '../../scripts/lib/browser.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { familyModel } from '../../src/lib/wizard/tree.ts';
import { BUILT_ON, builtFacts } from './built-site.ts';

const base = inject('baseUrl');
// Ids and structure from data/ (a re-verification changes neither); values from the build's own API.
const { data } = readDataset(dataDir(), BUILT_ON);
const tree = data.tree!;
const provider = (id: string) => data.providers.find((p) => p.record.id === id)!.record;
const builtNumber = (id: string) => {
	const value = builtFacts.find((f) => f.id === id)?.value;
	if (typeof value !== 'number') throw new Error(`fact ${id} is not a number in the build`);
	return value;
};
const SIZES = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 },
] as const;

let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

/** The element's top relative to the viewport (after any scrolling). */
const topOf = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((e) => e.getBoundingClientRect().top);
const card = '.calc-card';

describe.each(SIZES)('at $width×$height ($name)', ({ width, height }) => {
	test.each([true, false])(
		'the calculator summary card is on the first screen (JavaScript %s)',
		async (js) => {
			const { page, release } = await openTab(browser, { width, height, javaScriptEnabled: js });
			await page.goto(`${base}/calculator/`);
			const top = await topOf(page, card);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(height);
			// The saving and all three periods are in it, with and without the script.
			const text = await page.locator(card).innerText();
			expect(text).toMatch(/Per job[\s\S]*Per month[\s\S]*Per year/);
			await expect(page.locator(`${card} [data-saving]`).count()).resolves.toBeGreaterThan(0);
			// Nothing on the page is wider than the screen.
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
			).toBe(true);
			await release();
		}
	);

	test('the card adds up: per year is per month × 12, per month is per job × jobs', async () => {
		const { page, release } = await openTab(browser, { width, height });
		await page.goto(
			`${base}/calculator/?model=gpt-5.4&jobs=3&requests=1000&input=500&output=50&prefix=0`
		);
		const cells = await page.$$eval(`${card} [data-model="gpt-5.4"] td[data-card="batch"]`, (tds) =>
			tds.map((td) => Number(td.textContent!.replace(/[$,]/g, '')))
		);
		expect(cells).toHaveLength(3);
		expect(cells[1]).toBeCloseTo(cells[0] * 3, 1);
		expect(cells[2]).toBeCloseTo(cells[1] * 12, 1);
		const perJob = Number(
			await page
				.locator('[data-results] [data-model="gpt-5.4"] [data-cost="batch"]')
				.getAttribute('data-usd')
		);
		expect(cells[0]).toBeCloseTo(perJob, 2);
		await release();
	});

	test('how many batches a job needs on each provider follows its request cap', async () => {
		const { page, release } = await openTab(browser, { width, height });
		for (const requests of [1_000, 120_000]) {
			await page.goto(`${base}/calculator/?requests=${requests}`);
			for (const id of ['anthropic', 'openai']) {
				const cap = builtNumber(provider(id).batchFacts!.maxRequests!);
				await expect(
					page.locator(`${card} [data-batches="${id}"]`).getAttribute('data-count')
				).resolves.toBe(String(Math.ceil(requests / cap)));
			}
		}
		await release();
	});

	test('with ZDR required, real time leads and batch is shown as not available, with the fact', async () => {
		const { page, consoleErrors, release } = await openTab(browser, { width, height });
		await page.goto(`${base}/calculator/?model=gpt-5.4&zdr=yes`);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		const zdrFact = data.facts.find(
			(f) => f.record.id === provider('openai').batchFacts!.zdr
		)!.record;
		const lead = page.locator(`${card} [data-zdr]`);
		await expect(lead.innerText()).resolves.toMatch(/real time with prompt caching/);
		const realtime = Number(
			await page
				.locator('[data-results] [data-model="gpt-5.4"] [data-cost="realtime"]')
				.getAttribute('data-usd')
		);
		await expect(lead.innerText()).resolves.toContain(
			`$${realtime.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
		);
		await expect(page.locator(card).innerText()).resolves.toContain(zdrFact.label);
		await expect(page.locator(`${card} td[data-card="batch"]`).first().innerText()).resolves.toBe(
			'Not available under ZDR'
		);
		await expect(
			page.locator('[data-results] [data-zdr-excluded]').count()
		).resolves.toBeGreaterThan(0);
		await expect(
			page.locator('[data-results] [data-cost="batch"]').getAttribute('data-usd')
		).resolves.toBeNull();
		// Unticking the box brings the batch column back.
		await page.uncheck('input[name=zdr]');
		await expect.poll(() => page.locator(`${card} [data-saving]`).count()).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.get('zdr')).toBeNull();
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('a one-off job has no monthly or yearly totals', async () => {
		const { page, release } = await openTab(browser, { width, height });
		await page.goto(`${base}/calculator/`);
		await page.check('input[name=runs][value=once]');
		await expect.poll(() => page.locator(card).innerText()).toMatch(/This job/);
		for (const where of [card, '[data-results]'])
			await expect(page.locator(where).innerText()).resolves.not.toMatch(/per month|per year/i);
		expect(new URL(page.url()).searchParams.get('runs')).toBe('once');
		await release();
	});

	test('a share typed as a percentage is accepted', async () => {
		const { page, release } = await openTab(browser, { width, height });
		await page.goto(`${base}/calculator/`);
		await page.fill('#calc-hit', '95%');
		await expect.poll(() => new URL(page.url()).searchParams.get('hit')).toBe('0.95');
		await expect(page.locator('#calc-err-hit').isHidden()).resolves.toBe(true);
		await page.fill('#calc-hit', '150%');
		await expect.poll(() => page.locator('#calc-err-hit').innerText()).toMatch(/between 0 and 1/);
		await release();
	});

	test('the cache lifetime defaults to the one the provider recommends for batches', async () => {
		const { page, release } = await openTab(browser, { width, height });
		const recommended = provider('anthropic').batchFacts!.cacheTtl!.ttl;
		await page.goto(`${base}/calculator/?model=${familyModel(tree, 'claude')}`);
		await expect(page.isChecked(`input[name=ttl][value="${recommended}"]`)).resolves.toBe(true);
		await expect(
			page
				.locator(
					`[data-ttl-advice] [data-ttl-fact="${provider('anthropic').batchFacts!.cacheTtl!.fact}"]`
				)
				.count()
		).resolves.toBe(1);
		await release();
	});

	test("a wizard result opens the calculator with the family's model, the job size and the ZDR answer", async () => {
		const { page, release } = await openTab(browser, { width, height });
		// Embeddings on GPT open the embedding model the tree recommends, not the chat model.
		await page.goto(`${base}/wizard/day/no/gpt/embeddings/`);
		await page.locator('a[data-calculator]').click();
		await page.waitForURL(/\/calculator\//);
		await expect(page.inputValue('#calc-model')).resolves.toBe(
			familyModel(tree, 'gpt', 'embeddings')
		);
		// ZDR carried through: the calculator leads with real time.
		await page.goto(`${base}/wizard/day/yes/claude/`);
		await page.locator('a[data-calculator]').click();
		await page.waitForURL(/zdr=yes/);
		await expect(page.inputValue('#calc-model')).resolves.toBe(familyModel(tree, 'claude'));
		await expect(page.locator(`${card} [data-zdr]`).count()).resolves.toBeGreaterThan(0);
		// The job size from a query walk.
		await page.goto(`${base}/wizard/?latency=day&zdr=no&family=any&modality=text&volume=120000`);
		await expect
			.poll(() => page.locator('a[data-calculator]').getAttribute('href'))
			.toMatch(/requests=120000/);
		await page.locator('a[data-calculator]').click();
		await page.waitForURL(/\/calculator\//);
		await expect(page.inputValue('#calc-requests')).resolves.toBe('120000');
		await release();
	});

	test('guide code keeps its indentation and long lines scroll inside the block', async () => {
		const { page, requests, release } = await openTab(browser, { width, height });
		for (const path of [
			'/guides/anthropic-batch-walkthrough/',
			'/guides/openai-batch-walkthrough/',
			'/guides/partial-failures-and-retries/',
		]) {
			await page.goto(`${base}${path}`);
			const blocks = await page.$$eval('pre', (ps) =>
				ps.map((p) => ({
					tab: p.tabIndex,
					overflow: getComputedStyle(p).overflowX,
					wide: p.scrollWidth > p.clientWidth,
					lang: p.querySelector('code')?.className ?? '',
					text: p.textContent ?? '',
				}))
			);
			expect(blocks.filter((b) => b.lang === 'language-python').length, path).toBeGreaterThan(0);
			expect(blocks.filter((b) => b.lang === 'language-sh').length, path).toBeGreaterThan(0);
			for (const b of blocks) {
				expect(b.tab).toBe(0);
				expect(b.overflow).toBe('auto');
			}
			expect(
				blocks.some((b) => /\n {8}\S/.test(b.text)),
				`${path}: indentation kept`
			).toBe(true);
			// The page itself never scrolls sideways; only the blocks do.
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
			).toBe(true);
		}
		expect(requests.filter((url) => /\.m?js(\?|$)/.test(url))).toEqual([]);
		await release();
	});
});

test('on a wide screen the summary card stays in view beside the inputs', async () => {
	const { page, release } = await openTab(browser, { width: 1280, height: 800 });
	await page.goto(`${base}/calculator/`);
	const form = await page.locator('cost-calculator form').boundingBox();
	const box = await page.locator(card).boundingBox();
	expect(box!.x).toBeGreaterThan(form!.x + form!.width - 1);
	await page.evaluate(() => window.scrollTo(0, 500));
	const top = await topOf(page, card);
	expect(top).toBeGreaterThanOrEqual(0);
	expect(top).toBeLessThan(100);
	await release();
});
