// The facts dashboard and the JSON API, as a reader and a tool see them in the built site.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser } from 'playwright-core';
import { openTab, axeViolations } from '../../scripts/lib/browser.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { formatDate } from '../../src/lib/site/dates.ts';
import {
	BUILT_ON,
	builtFacts,
	builtItem,
	builtModels,
	builtValue,
	staleOnBuildDay,
} from './built-site.ts';

const base = inject('baseUrl');
// Ids and providers only; dates, values and freshness are the build's own (its JSON API).
const { data } = readDataset(dataDir(), BUILT_ON);
/** Some model stale on the build day, and some fact fresh on it: which ones depends on the day. */
const staleModel = builtModels.find(staleOnBuildDay);
const freshFact = builtFacts.find((f) => !staleOnBuildDay(f) && f.freshness === 'fresh');
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

const providerIds = data.providers.map((p) => p.record.id);
const idsOn = (page: import('playwright-core').Page, attr: 'data-fact' | 'data-model') =>
	page.$$eval(`tr[${attr}]`, (rows, a) => rows.map((r) => r.getAttribute(a)!), attr);

describe('/facts/ (the summary)', () => {
	test('counts each provider, links to its page, and carries no fact rows itself', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/facts/`);
		const providers = await page.$$eval('tr[data-provider]', (rows) =>
			rows.map((r) => r.getAttribute('data-provider'))
		);
		expect(providers.sort()).toEqual([...providerIds].sort());
		const openai = page.locator('tr[data-provider="openai"]');
		await expect(openai.locator('[data-label="Model prices"]').innerText()).resolves.toBe(
			String(data.models.filter((m) => m.record.provider === 'openai').length)
		);
		await expect(openai.locator('a').getAttribute('href')).resolves.toBe('/facts/openai/');
		expect(await page.locator('tr[data-fact], tr[data-model]').count()).toBe(0);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('an old link to a row on /facts/ lands where the provider links are on the first phone screen', async () => {
		const { page, release } = await openTab(browser, {
			width: 390,
			height: 844,
			javaScriptEnabled: false,
		});
		await page.goto(`${base}/facts/#gpt-4o-mini`);
		const links = page.locator('[data-provider-links]');
		expect(
			(await links.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).sort()
		).toEqual(providerIds.map((id) => `/facts/${id}/`).sort());
		const box = (await links.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		await expect(links.innerText()).resolves.toMatch(/now sits on its provider's page/);
		await release();
	});

	test("folds the rows due for review; each links to its row on the provider's page", async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/facts/`);
		// The worklist holds exactly the rows due or stale on the build day, each with its state.
		const listed = await page.$$eval('#needs-review li[data-review]', (lis) =>
			lis.map(
				(li) =>
					[li.getAttribute('data-review')!, li.getAttribute('data-freshness')!] as [string, string]
			)
		);
		const expected = [...builtFacts, ...builtModels].filter((i) => i.freshness !== 'fresh');
		expect(new Map(listed)).toEqual(
			new Map(expected.map((i) => [i.id, staleOnBuildDay(i) ? 'stale' : 'due']))
		);
		if (freshFact) expect(listed.map(([id]) => id)).not.toContain(freshFact.id);
		// It is folded away until asked for, and each entry links to its row on the provider's page.
		const first = expected.at(0);
		if (first) {
			const entry = page.locator(`#needs-review li[data-review="${first.id}"]`);
			expect(await entry.isVisible()).toBe(false);
			await page.locator('#needs-review summary').click();
			expect(await entry.isVisible()).toBe(true);
			await entry.locator('a').click();
			await page.waitForURL(
				(url) =>
					url.hash === `#${first.id}` &&
					url.pathname.startsWith('/facts/') &&
					url.pathname !== '/facts/'
			);
			expect(await page.locator(`tr[id="${first.id}"]`).isVisible()).toBe(true);
		}
		expect(consoleErrors).toEqual([]);
		await release();
	});

	// The page as loaded, at phone width: the site audit runs axe on it.
	test('has no accessibility violations with the review list open', async () => {
		const { page, release } = await openTab(browser, { width: 390 });
		await page.goto(`${base}/facts/`);
		await page.locator('#needs-review summary').click();
		expect(await axeViolations(page)).toEqual([]);
		await release();
	});
});

describe('/facts/<provider>/', () => {
	test("together the provider pages show every fact and model price once, each on its own provider's page", async () => {
		const { page, release } = await openTab(browser);
		const seen = { facts: [] as string[], models: [] as string[] };
		for (const provider of providerIds) {
			await page.goto(`${base}/facts/${provider}/`);
			await expect(
				page.locator('nav[aria-label="Breadcrumb"] a').getAttribute('href')
			).resolves.toBe('/facts/');
			const facts = await idsOn(page, 'data-fact');
			const models = await idsOn(page, 'data-model');
			expect(facts.sort(), provider).toEqual(
				data.facts
					.filter((f) => f.record.provider === provider)
					.map((f) => f.record.id)
					.sort()
			);
			expect(models.sort(), provider).toEqual(
				data.models
					.filter((m) => m.record.provider === provider)
					.map((m) => m.record.id)
					.sort()
			);
			seen.facts.push(...facts);
			seen.models.push(...models);
		}
		expect(seen.facts.sort()).toEqual(data.facts.map((f) => f.record.id).sort());
		expect(seen.models.sort()).toEqual(data.models.map((m) => m.record.id).sort());
		await release();
	});

	test('a row shows its value, date, source, a worded badge and a report link', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		// Every row's badge matches its review date on the build day, in words, not just colour.
		for (const provider of providerIds) {
			await page.goto(`${base}/facts/${provider}/`);
			const badges = await page.$$eval('tr[data-fact], tr[data-model]', (rows) =>
				rows.map((r) => [
					r.getAttribute('data-fact') ?? r.getAttribute('data-model')!,
					r.querySelector('[data-freshness]')?.textContent ?? '',
				])
			);
			for (const [id, badge] of badges) {
				if (staleOnBuildDay(builtItem(id))) expect(badge, id).toMatch(/Stale/);
				else expect(badge, id).not.toMatch(/Stale/);
			}
		}
		// A stale price row shows when it was checked and when its review was due.
		if (staleModel) {
			await page.goto(`${base}/facts/${staleModel.provider}/`);
			const row = page.locator(`tr[data-model="${staleModel.id}"]`);
			await expect(row.locator('time').getAttribute('datetime')).resolves.toBe(
				staleModel.verifiedOn
			);
			await expect(row.locator('[data-label="Verified"]').innerText()).resolves.toContain(
				`review was due ${formatDate(staleModel.reviewBy)}`
			);
			await expect(row.locator('a[rel=external]').first().getAttribute('href')).resolves.toBe(
				staleModel.sources[0].url
			);
		}
		await page.goto(`${base}/facts/openai/`);
		// Each row offers a pre-filled "report a problem" issue link.
		const report = new URL(
			(await page
				.locator('tr[data-fact="openai.batch.max-requests"] a.report')
				.getAttribute('href'))!
		);
		expect(report.pathname).toMatch(/\/issues\/new$/);
		expect([...report.searchParams.values()].join(' ')).toContain('openai.batch.max-requests');
		const cap = builtFacts.find((f) => f.id === 'openai.batch.max-requests')!;
		expect([...report.searchParams.values()].join(' ')).toContain(`${cap.value} ${cap.unit}`);
		// Editors' notes (which may name research material) stay out of the page.
		const note = data.facts.find((f) => f.record.id === 'openai.batch.max-requests')!.record.note!;
		expect(note.length).toBeGreaterThan(0);
		await expect(page.locator('main').innerText()).resolves.not.toContain(note);
		await page.goto(`${base}/facts/anthropic/`);
		await expect(
			page.locator('tr[data-fact="anthropic.batch.max-requests"]').innerText()
		).resolves.toContain(builtValue('anthropic.batch.max-requests'));
		expect(consoleErrors).toEqual([]);
		await release();
	});

	// Each provider page at phone width: the site audit runs axe on it.
});

describe('links to a fact row', () => {
	test("from a page's stale notice, a value's popover and the FAQ, land on the row on its provider's page", async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		const hrefs: string[] = [];
		for (const path of ['/', '/compare/anthropic-vs-openai/', '/faq/', '/changes/', '/pricing/']) {
			await page.goto(`${base}${path}`);
			hrefs.push(
				...(await page.$$eval('main a[href*="/facts/"][href*="#"]', (as) =>
					as.map((a) => a.getAttribute('href')!)
				))
			);
		}
		expect(hrefs.length).toBeGreaterThan(0);
		const provider = new Map(
			[...data.facts, ...data.models].map((i) => [i.record.id, i.record.provider])
		);
		for (const href of new Set(hrefs)) {
			const [path, id] = href.split('#');
			expect(path, href).toBe(`/facts/${provider.get(id)}/`);
		}
		await release();
	});
});

describe('a FactValue in running text', () => {
	test('opens a disclosure with the verified date and source, without JavaScript', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/`);
		const fact = page.locator('[data-fact="openai.batch.max-requests"]').first();
		await expect(fact.innerText()).resolves.toContain(builtValue('openai.batch.max-requests'));
		// A stale value (on the build day) carries a worded badge in the text itself, not only inside the disclosure.
		const stale = staleOnBuildDay(builtItem('openai.batch.max-requests'));
		const badge = fact.locator(':scope > .badge');
		expect(await badge.count()).toBe(stale ? 1 : 0);
		if (stale) await expect(badge.innerText()).resolves.toMatch(/Stale/);
		const pop = fact.locator('[popover]');
		expect(await pop.isVisible()).toBe(false);
		await fact.locator('button').click();
		expect(await pop.isVisible()).toBe(true);
		await expect(pop.innerText()).resolves.toContain(
			`Verified ${formatDate(builtItem('openai.batch.max-requests').verifiedOn)}`
		);
		await expect(pop.locator('a[rel=external]').first().getAttribute('href')).resolves.toMatch(
			/^https:\/\//
		);
		// The fact's own link leads to its row on /facts/, where the report link is (kept out of every popover).
		await expect(pop.locator('a[href^="/facts/"]').getAttribute('href')).resolves.toMatch(
			/#openai\.batch\.max-requests$/
		);
		expect(await pop.getByText('Report a wrong value').count()).toBe(0);
		await release();
	});
});
