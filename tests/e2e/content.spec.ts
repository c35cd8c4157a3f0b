// The home, compare and FAQ pages as readers and search engines see them in the built site.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser } from 'playwright-core';
import { openTab, axeViolations } from '../../scripts/lib/browser.ts';
import { parse } from 'yaml';
import { getCitable } from '../../src/lib/facts/lookup.ts';
import { fillFaq } from '../../src/lib/publish/faq.ts';
import { factIdsInMdx, isCitable } from '../../src/lib/facts/page-facts.ts';
import { siteDataFrom } from '../fixtures/temp-data.ts';
import {
	BUILT_ON,
	builtFacts,
	builtItem,
	builtModels,
	builtValue as valueOf,
	staleOnBuildDay,
} from './built-site.ts';
import { CANDIDATES } from '../../src/schemas.ts';

const base = inject('baseUrl');
// Values and ids only (a re-verification changes neither); dates and freshness come from the build.
const site = siteDataFrom(dataDir(), BUILT_ON);
const facts = site.facts;
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

describe.each(['/', '/compare/anthropic-vs-openai/', '/faq/'])('%s', (path) => {
	// The audit loads every page shape at 390 px for console errors, scripts, other origins and axe.
	test('has one heading and its purpose line, and no accessibility violations at 1280 px', async () => {
		const { page, release } = await openTab(browser, { width: 1280 });
		await page.goto(base + path);
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('header.page-header .purpose').count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await release();
	});
});

test("the base layout has a skip link, the header nav with search, and the data's last review date in the footer", async () => {
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/`);
	await expect(page.locator('a.skip-link').getAttribute('href')).resolves.toBe('#main');
	expect(await page.locator('main#main').count()).toBe(1);
	const navLinks = await page.$$eval('header.site-header nav a', (as) =>
		as.map((a) => a.getAttribute('href'))
	);
	for (const href of [
		'/compare/anthropic-vs-openai/',
		'/wizard/',
		'/calculator/',
		'/facts/',
		'/search/',
	])
		expect(navLinks).toContain(href);
	const newest = [...builtFacts, ...builtModels]
		.map((i) => i.verifiedOn)
		.sort()
		.at(-1);
	await expect(
		page.locator('footer.site-footer time').first().getAttribute('datetime')
	).resolves.toBe(newest);
	// Keyboard users reach the skip link first.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
	await release();
});

describe('home page', () => {
	test('answers the question, shows the key differences and links to every candidate, the wizard and the calculator', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/`);
		await expect(page.locator('h2', { hasText: 'The short answer' }).count()).resolves.toBe(1);
		const table = page.locator('table.compare').first();
		await expect(
			table.locator('[data-fact="anthropic.batch.max-requests"]').innerText()
		).resolves.toContain(valueOf('anthropic.batch.max-requests'));
		await expect(
			table.locator('[data-fact="openai.batch.max-requests"]').innerText()
		).resolves.toContain(valueOf('openai.batch.max-requests'));
		const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')));
		for (const id of CANDIDATES.filter((c) => c !== 'either'))
			expect(hrefs).toContain(`/candidates/${id}/`);
		expect(hrefs).toContain('/wizard/');
		expect(hrefs).toContain('/calculator/');
		const suits = (
			await page.locator('h2:has-text("Who each option suits") + ul').innerText()
		).toLowerCase();
		for (const profile of [
			'cost-sensitive',
			'high-scale',
			'low-ops',
			'enterprise',
			'small team',
			'compliance',
		])
			expect(suits).toContain(profile);
		// The wizard presets: one pre-rendered wizard link per kind of team, no JavaScript needed.
		await expect(
			page.locator('.wizard-presets li[data-preset] a[href^="/wizard/"]').count()
		).resolves.toBe(6);
		await release();
	});
});

describe('compare page', () => {
	test('shows fact values whose popovers give date, source and fact id', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/compare/anthropic-vs-openai/`);
		expect(await page.locator('[data-fact]').count()).toBeGreaterThan(50);
		const fact = page.locator('p [data-fact="anthropic.batch.max-size"]').first();
		await expect(fact.innerText()).resolves.toContain(valueOf('anthropic.batch.max-size'));
		const pop = fact.locator('[popover]');
		expect(await pop.isVisible()).toBe(false);
		await fact.locator('button.fact-ref').click();
		expect(await pop.isVisible()).toBe(true);
		await expect(pop.innerText()).resolves.toMatch(/Verified .*\d{4}/);
		await expect(
			pop.locator('a[href="/facts/anthropic/#anthropic.batch.max-size"]').count()
		).resolves.toBe(1);
		await expect(
			page.locator('table.price-table tr[data-model]').count()
		).resolves.toBeGreaterThanOrEqual(6);
		await release();
	});

	test('has a zero data retention section stating that neither batch API is eligible', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(`${base}/compare/anthropic-vs-openai/`);
		const heading = page.locator('h2', { hasText: 'Zero data retention' });
		await expect(heading.count()).resolves.toBe(1);
		await expect(page.locator('main').innerText()).resolves.toMatch(/zero data retention/);
		const table = page.locator('table.compare', {
			has: page.locator('caption', { hasText: 'Zero data retention' }),
		});
		await expect(table.locator('[data-fact="anthropic.batch.zdr"]').innerText()).resolves.toMatch(
			/^No\b/
		);
		await expect(table.locator('[data-fact="openai.batch.zdr"]').innerText()).resolves.toContain(
			'Not eligible'
		);
		await release();
	});

	test('its header says when its facts were verified and, in one folded line, how many are stale', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/compare/anthropic-vs-openai/`);
		const verified = await page
			.locator('header.page-header [data-facts-verified]')
			.getAttribute('data-facts-verified');
		expect(verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		// The ids the page cites (front matter and MDX, as the page itself collects them), and which of
		// those are past their review date on the build day: on some days none, on others many.
		const [, frontMatter, ...body] = readFileSync(
			'content/compare/anthropic-vs-openai.mdx',
			'utf8'
		).split(/^---$/m);
		const cited = [
			...((parse(frontMatter) as { facts?: string[] }).facts ?? []),
			...factIdsInMdx(body.join('---'), (id) => isCitable(site, id)),
		];
		const recordIds = new Set(
			cited.map((id) => {
				const c = getCitable(site, id);
				return c.type === 'fact' ? c.fact.id : c.model.id;
			})
		);
		const expected = [...recordIds].filter((id) => staleOnBuildDay(builtItem(id)));
		const notice = page.locator('header.page-header aside.notice-stale');
		const ids = await notice
			.locator('a[href*="#"]')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
		expect(new Set(ids)).toEqual(new Set(expected));
		if (expected.length === 0) expect(await notice.count()).toBe(0);
		else {
			await expect(notice.getAttribute('data-stale-count')).resolves.toBe(String(expected.length));
			// One line counts them against all the page's facts; the list opens on request, without JavaScript.
			const total = Number(await notice.getAttribute('data-fact-count'));
			expect(total).toBeGreaterThanOrEqual(ids.length);
			await expect(notice.locator('summary').innerText()).resolves.toContain(
				ids.length === total
					? `All ${total} facts on this page are past their review date`
					: `${ids.length} of the ${total} facts on this page ${ids.length === 1 ? 'is' : 'are'} past`
			);
			expect(await notice.locator('li').first().isVisible()).toBe(false);
			await notice.locator('summary').click();
			expect(await notice.locator('li').first().isVisible()).toBe(true);
		}
		// None is older than the header's date.
		for (const id of ids) expect(builtItem(id).verifiedOn >= verified!, id).toBe(true);
		await release();
	});

	test('every section of the brief has a heading', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(`${base}/compare/anthropic-vs-openai/`);
		const headings = (await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent ?? '')))
			.join(' | ')
			.toLowerCase();
		for (const topic of [
			'limits',
			'prices',
			'discount',
			'endpoints',
			'zero data retention',
			'expiry',
			'cancellation',
			'result formats',
			'rate-limit',
			'caching',
			'long-context',
			'mixed models',
		])
			expect(headings).toContain(topic);
		await release();
	});
});

describe('FAQ page', () => {
	const expected = fillFaq(site.faq, { facts });

	test('its FAQPage JSON-LD parses and has one Question per visible question, with the same text', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(`${base}/faq/`);
		const blocks = await page.$$eval('script[type="application/ld+json"]', (els) =>
			els.map((e) => e.textContent ?? '')
		);
		expect(blocks).toHaveLength(1);
		const doc = JSON.parse(blocks[0]);
		expect(doc['@type']).toBe('FAQPage');
		const visible = await page.$$eval('section.faq-entry', (els) =>
			els.map((e) => ({
				name: e.querySelector('h2')?.textContent ?? '',
				text: e.querySelector('.faq-answer')?.textContent ?? '',
			}))
		);
		expect(visible.length).toBe(expected.length);
		expect(doc.mainEntity).toHaveLength(visible.length);
		expect(
			doc.mainEntity.map(
				(q: { '@type': string; name: string; acceptedAnswer: { text: string } }) => ({
					name: q.name,
					text: q.acceptedAnswer.text,
					type: q['@type'],
				})
			)
		).toEqual(visible.map((v) => ({ ...v, type: 'Question' })));
		await release();
	});

	test('answers show filled fact values, never a placeholder, and link to the facts behind them', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(`${base}/faq/`);
		const body = await page.locator('main').innerText();
		expect(body).not.toMatch(/\{\{|\}\}/);
		const sizes = page.locator('section[data-question="how-many-requests"]');
		await expect(sizes.locator('.faq-answer').innerText()).resolves.toContain(
			valueOf('openai.batch.max-requests')
		);
		await expect(
			sizes.locator('a[href="/facts/openai/#openai.batch.max-requests"]').count()
		).resolves.toBe(1);
		await release();
	});
});
