// The reader's path (issue "answer first"): the header, "On this page", the comparison's rows, the
// small things and search, each at phone (390×844) and laptop (1280×800) sizes. Content pages are
// tested with JavaScript off: everything here works without it.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared, SCREENS } from './shared-browser.ts';
import type { Browser, Page } from 'playwright-core';
import { openTab } from '../../scripts/lib/browser.ts';
import { NAV, ROUTES } from '../../src/lib/site/routes.ts';
import { t } from '../../src/lib/i18n/strings.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

const LONG_PAGES = [
	ROUTES.compare,
	ROUTES.pricing,
	ROUTES.claims,
	'/facts/anthropic/',
	'/guides/partial-failures-and-retries/',
	ROUTES.providers,
];

async function open(width: number, height: number, path: string, javaScriptEnabled = false) {
	const opened = await openTab(browser, { width, height, javaScriptEnabled });
	await opened.page.goto(base + path);
	return opened;
}
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describe.each(SCREENS)('at %i×%i', (width, height) => {
	test('the header is one row, and every section plus search is reachable within two taps, without JavaScript', async () => {
		const { page, release, requests } = await open(width, height, ROUTES.claims);
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(header.height).toBeLessThan(64);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			width
		);
		expect(await visible(page, '.site-header .search-entry')).toBe(true);
		const phone = width < 1000;
		expect(await visible(page, '.nav-menu summary')).toBe(phone);
		expect(await visible(page, '.nav-row')).toBe(!phone);
		if (phone) await page.click('.nav-menu summary');
		const links = page.locator(phone ? '.nav-menu a' : '.nav-row a');
		expect(
			await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))
		).toEqual(NAV.map((n) => [n.href, t('en', n.label)]));
		for (const a of await links.all()) expect(await a.isVisible()).toBe(true);
		expect(
			await page
				.locator('.nav-row a[aria-current="page"], .nav-menu a[aria-current="page"]')
				.first()
				.getAttribute('href')
		).toBe(ROUTES.claims);
		expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
		await release();
	});

	test.each(LONG_PAGES)(
		'%s has an "On this page" list (side on wide screens, folded at the top on phones) and visible heading anchors',
		async (path) => {
			const { page, release, requests } = await open(width, height, path);
			const phone = width < 1000;
			expect(await visible(page, '.toc-top')).toBe(phone);
			expect(await visible(page, '.toc-side')).toBe(!phone);
			if (phone) {
				expect(await page.locator('.toc-top details').getAttribute('open')).toBeNull();
				await page.click('.toc-top summary');
			}
			const targets = await page
				.locator(phone ? '.toc-top a' : '.toc-side a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(targets.length).toBeGreaterThan(1);
			for (const href of targets)
				expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
			const anchor = page.locator(`${targets[0]} .anchor`);
			expect(await anchor.isVisible()).toBe(true);
			expect(await anchor.getAttribute('href')).toBe(targets[0]);
			expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
			await release();
		}
	);

	test('the comparison never pairs unlike facts in the rows fixed, and says "No counterpart" where one side has none', async () => {
		const { page, release } = await open(width, height, ROUTES.compare);
		const rows = await page.$$eval('table.compare tbody tr', (trs) =>
			trs.map((tr) => ({
				label: tr.querySelector('th')!.textContent!.trim(),
				cells: [...tr.querySelectorAll('td')].map(
					(td) =>
						td.querySelector('[data-fact]')?.getAttribute('data-fact') ?? td.textContent!.trim()
				),
			}))
		);
		expect(rows.map((r) => r.label)).not.toContain('Request identifiers');
		for (const r of rows) {
			if (r.cells.includes('openai.batch.input-format'))
				expect(r.cells, r.label).toEqual([
					'anthropic.batch.request-shape',
					'openai.batch.input-format',
				]);
			if (r.cells.includes('anthropic.inference-geo'))
				expect(r.cells, r.label).toEqual(['anthropic.inference-geo', 'No counterpart']);
			if (r.cells.includes('openai.batch.usage-field'))
				expect(r.cells, r.label).toEqual(['No counterpart', 'openai.batch.usage-field']);
			if (r.cells.includes('anthropic.batch.delete'))
				expect(r.cells, r.label).toEqual(['anthropic.batch.delete', 'No counterpart']);
			for (const c of r.cells) expect(c).not.toMatch(/No such feature/);
		}
		expect(rows.filter((r) => r.cells.includes('No counterpart')).length).toBeGreaterThan(3);
		await release();
	});

	test('the ⓘ marker is drawn, not a font glyph, and its popover opens next to it', async () => {
		const { page, release } = await open(width, height, ROUTES.compare);
		const texts = await page.$$eval('button.fact-ref', (bs) => bs.map((b) => b.textContent));
		expect(texts.filter((t) => t === 'ⓘ')).toEqual([]);
		const info = page.locator('button.fact-ref.info').first();
		expect(await info.evaluate((b) => getComputedStyle(b, '::before').borderTopStyle)).toBe(
			'solid'
		);
		const size = (await info.boundingBox())!;
		expect(size.width).toBeGreaterThanOrEqual(24);
		const marker = page.locator('[data-key-differences] button.fact-ref').nth(1);
		await marker.click();
		const m = (await marker.boundingBox())!;
		const pop = (await page.locator('.fact-pop:popover-open').boundingBox())!;
		// Just below or above the marker, and inside the screen.
		expect(
			Math.min(Math.abs(pop.y - (m.y + m.height)), Math.abs(pop.y + pop.height - m.y))
		).toBeLessThan(16);
		expect(pop.x).toBeGreaterThanOrEqual(0);
		expect(pop.x + pop.width).toBeLessThanOrEqual(width);
		expect(Math.abs(pop.x - m.x) < pop.width + m.width).toBe(true);
		await release();
	});

	test('the home page has a descriptive title; the 404 page names no canonical address', async () => {
		const { page, release } = await open(width, height, '/');
		expect(await page.title()).toMatch(/Anthropic.*OpenAI.*batch/i);
		expect(await page.title()).not.toBe('Batchwise');
		await page.goto(`${base}/404.html`);
		expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
		await release();
	});

	test('the wizard offers "start from the first question" everywhere but on the first question', async () => {
		const { page, release } = await open(width, height, ROUTES.wizard);
		expect(await page.getByText('start from the first question').count()).toBe(0);
		await page.goto(base + '/');
		expect(await page.getByRole('link', { name: 'Or start from the first question' }).count()).toBe(
			1
		);
		await release();
	});

	test('FAQ answers end with readable links to their facts, never raw fact ids', async () => {
		const { page, release } = await open(width, height, ROUTES.faq);
		const links = await page.$$eval('.faq-facts a', (as) => as.map((a) => a.textContent!.trim()));
		expect(links.length).toBeGreaterThan(0);
		for (const text of links) expect(text).not.toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
		expect(await page.locator('.faq-entry code').count()).toBe(0);
		await release();
	});

	test('the pricing tables show the Verified column without sideways scrolling on a laptop, and chart labels are not cut off', async () => {
		const { page, release } = await open(width, height, ROUTES.pricing);
		if (width >= 1280) {
			const overflow = await page.$$eval('table.price-table', (ts) =>
				ts.map((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)
			);
			expect(overflow.every((o) => o <= 0)).toBe(true);
			const verified = (await page
				.locator('table.price-table th:text-is("Verified")')
				.first()
				.boundingBox())!;
			expect(verified.x + verified.width).toBeLessThanOrEqual(width);
		}
		const clipped = await page.$$eval('figure.bar-chart svg', (svgs) =>
			svgs.flatMap((svg) => {
				const vb = (svg as SVGSVGElement).viewBox.baseVal;
				return [...svg.querySelectorAll('text')]
					.map((t) => ({ t: t.textContent, b: (t as SVGTextElement).getBBox() }))
					.filter(
						({ b }) =>
							b.x < vb.x ||
							b.y < vb.y ||
							b.x + b.width > vb.x + vb.width ||
							b.y + b.height > vb.y + vb.height
					)
					.map(({ t }) => t);
			})
		);
		expect(clipped).toEqual([]);
		// A row label never runs into its bars.
		const overlaps = await page.$$eval('figure.bar-chart svg g.row', (gs) =>
			gs.flatMap((g) => {
				const label = g.querySelector('text.label') as SVGTextElement | null;
				const bar = g.querySelector('rect') as SVGRectElement | null;
				return label && bar && label.getBBox().x + label.getBBox().width > bar.x.baseVal.value
					? [label.textContent]
					: [];
			})
		);
		expect(overlaps).toEqual([]);
		await release();
	});
});

describe.each(SCREENS)('search at %i×%i', (width, height) => {
	test('shows results as you type, the true count with "show more", highlighted matches, section links, and no popover text', async () => {
		const { page, release, consoleErrors } = await open(width, height, '/', true);
		// Reachable from every page: the header's search link.
		await page.click('.site-header .search-entry');
		expect(new URL(page.url()).pathname).toBe(ROUTES.search);
		await page.locator('#search-q').pressSequentially('batch', { delay: 20 });
		await page.waitForSelector('[data-results] > li');
		const status = (await page.locator('[data-status]').textContent())!;
		const total = Number(/^(\d+) results?/.exec(status)?.[1]);
		expect(total).toBeGreaterThan(10);
		expect(await page.locator('[data-results] > li').count()).toBe(10);
		expect(await page.locator('[data-more]').isVisible()).toBe(true);
		await page.click('[data-more]');
		await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 10);
		expect(await page.locator('[data-results] > li').count()).toBe(Math.min(20, total));
		expect(await page.locator('[data-results] mark').count()).toBeGreaterThan(0);
		const excerpts = await page.$$eval('[data-results] p', (ps) =>
			ps.map((p) => p.textContent ?? '')
		);
		for (const e of excerpts)
			expect(e).not.toMatch(/Report a wrong value|confidence (high|medium|low)|Source and date/);
		await page.fill('#search-q', 'zero data retention');
		await page.waitForFunction(() =>
			/zero data retention/.test(document.querySelector('[data-status]')?.textContent ?? '')
		);
		await page.waitForSelector('[data-results] .sections a');
		const sections = await page.$$eval('[data-results] .sections a', (as) =>
			as.map((a) => a.getAttribute('href')!)
		);
		expect(sections.every((href) => href.includes('#'))).toBe(true);
		expect(consoleErrors).toEqual([]);
		await release();
	});
});
