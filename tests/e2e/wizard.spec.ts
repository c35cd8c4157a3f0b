// The decision wizard in the built site: by clicking (with JavaScript), by following links (without),
// from a query string, with back/forward and the keyboard, with bad input, and through axe.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser, Page } from 'playwright-core';
import { openTab, axeViolations, DIST } from '../../scripts/lib/browser.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { thresholdsFor } from '../../src/lib/wizard/rules.ts';
import {
	enumerateWalks,
	outcomeFactIds,
	pageHref,
	wizardHref,
	type WalkResult,
} from '../../src/lib/wizard/tree.ts';
import { BUILT_ON, builtItem, staleOnBuildDay } from './built-site.ts';
import { E2E_DIST } from '../../scripts/lib/fixture-site.ts';

const base = inject('baseUrl');
// The tree and its thresholds (values, not dates); freshness is judged on the build's own date.
const { data } = readDataset(dataDir(), BUILT_ON);
const facts = new Map(data.facts.map((f) => [f.record.id, f.record]));
const tree = data.tree!;
const thresholds = thresholdsFor(tree, facts);
const cap = thresholds['openai.batch.max-requests'];

// One walk per outcome, using only answers the question pages offer as links.
const shown = (w: WalkResult) =>
	w.path.every(
		(s) =>
			!Array.isArray(s.answer) ||
			s.answer.length === 1 ||
			(s.answer.length === 2 && s.answer.includes('text'))
	);
const perOutcome = new Map<string, WalkResult & { kind: 'outcome' }>();
for (const w of enumerateWalks(tree, thresholds))
	if (w.kind === 'outcome' && shown(w) && !perOutcome.has(w.outcome.id))
		perOutcome.set(w.outcome.id, w);
const walks = [...perOutcome.values()].map((w) => [w.outcome.id, w] as const);
// The browser walks every outcome's built pages below without a browser; it clicks through a sample
// (every third outcome in English, every sixth in Chinese), which exercises the one island and template.
const sampleEn = walks.filter((_, i) => i % 3 === 0);
const sampleZh = walks.filter((_, i) => i % 6 === 0);

let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

/** Follows a walk by clicking, from /wizard/ (or /zh/wizard/ with prefix '/zh'), one answer link per step. */
async function clickThrough(page: Page, walk: WalkResult, prefix = '') {
	for (let i = 1; i <= walk.path.length; i++) {
		const href = `${prefix}${wizardHref(walk.path.slice(0, i))}`;
		await page.locator(`decision-wizard a[data-option][href="${href}"]`).click();
		await page.waitForURL(`${base}${href}`);
	}
}

test('every outcome has a walk made of offered links', () => {
	expect(new Set(perOutcome.keys())).toEqual(new Set(tree.outcomes.map((o) => o.id)));
});

/** A built page's HTML, read from the fixture site. */
const built = (href: string) => readFileSync(`${E2E_DIST}${decodeURI(href)}index.html`, 'utf8');
/** The href of the first link carrying `attr` on a built page. */
const linkWith = (html: string, attr: string) =>
	new RegExp(`<a\\b[^>]*\\b${attr}\\b[^>]*>`).exec(html)?.[0].match(/href="([^"]*)"/)?.[1];

describe('every outcome, in both languages, on the built pages', () => {
	test.each(walks)(
		'%s: each step offers the next as a link, the same outcome and calculator query in English and Chinese',
		(id, walk) => {
			const calculator: Record<string, string | undefined> = {};
			for (const prefix of ['', '/zh']) {
				for (let i = 1; i <= walk.path.length; i++) {
					const from = built(`${prefix}${wizardHref(walk.path.slice(0, i - 1))}`);
					expect(from, `${prefix} step ${i}`).toContain(
						`href="${prefix}${wizardHref(walk.path.slice(0, i))}"`
					);
				}
				const result = built(`${prefix}${wizardHref(walk.path)}`);
				expect(result).toContain(`data-outcome="${id}"`);
				expect(result).toContain(`<html lang="${prefix ? 'zh-CN' : 'en'}"`);
				calculator[prefix] = linkWith(result, 'data-calculator');
			}
			expect(calculator['']).toMatch(/^\/calculator\//);
			expect(calculator['/zh']).toBe(`/zh${calculator['']}`);
		}
	);
});

describe('with JavaScript: clicking reaches each outcome without reloading the page', () => {
	test.each(sampleEn)('%s', async (id, walk) => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/wizard/`);
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
		await clickThrough(page, walk);
		const result = page.locator('[data-outcome]');
		await expect(result.getAttribute('data-outcome')).resolves.toBe(id);
		await expect(result.getAttribute('data-candidate')).resolves.toBe(walk.outcome.candidate);
		// Same document: the transitions happened in place.
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
		// Focus is on the result heading, and the change was announced.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-title');
		await expect(page.locator('[data-wizard-live]').innerText()).resolves.toMatch(/^Result: /);
		await expect(page.locator('[data-wizard-live]').getAttribute('aria-live')).resolves.toBe(
			'polite'
		);
		expect(consoleErrors).toEqual([]);
		await release();
	});
});

describe('without JavaScript: following links reaches each outcome', () => {
	test.each(sampleEn)('%s', async (id, walk) => {
		const { page, requests, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/wizard/`);
		await clickThrough(page, walk);
		await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe(id);
		// The result shows the pick's page, reasons with dated sources, the change list and your answers.
		const result = page.locator('[data-outcome]');
		if (walk.outcome.candidate !== 'either')
			await expect(result.locator('a[data-pick]').getAttribute('href')).resolves.toBe(
				`/candidates/${walk.outcome.candidate}/`
			);
		expect(await result.locator('[data-cited-fact] time[datetime]').count()).toBeGreaterThan(0);
		expect(await result.locator('[data-cited-fact] a[rel=external]').count()).toBeGreaterThan(0);
		await expect(result.innerText()).resolves.toMatch(/What would change this answer/);
		expect(await result.locator('[data-answer-key]').count()).toBe(walk.path.length);
		await expect(result.locator('a[data-calculator]').getAttribute('href')).resolves.toMatch(
			/^\/calculator\//
		);
		expect(requests.every((u) => u.startsWith(base))).toBe(true);
		await release();
	});

	test('"Change" goes back to that question with the earlier answers kept', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/wizard/day/no/gpt/text/`);
		await page.locator('[data-answer-key="family"] a').click();
		await page.waitForURL(`${base}/wizard/day/no/`);
		await expect(page.locator('[data-question]').getAttribute('data-question')).resolves.toBe(
			'family'
		);
		await release();
	});

	test('the volume question offers the two ranges either side of the OpenAI cap', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/wizard/day/no/any/text/`);
		const hrefs = await page
			.locator('a[data-option]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual([
			`/wizard/day/no/any/text/${cap}/`,
			`/wizard/day/no/any/text/${cap + 1}/`,
		]);
		await expect(page.locator('a[data-option]').first().innerText()).resolves.toContain(
			cap.toLocaleString('en-US')
		);
		await release();
	});
});

test.each([
	['with stale facts', true],
	['with every fact fresh', false],
])(
	'a result names each stale fact it relies on in a notice (an outcome %s)',
	async (_name, withStale) => {
		// The fixture site is built on a fixed day, so both kinds of outcome exist on every run.
		const stale = (walk: WalkResult & { kind: 'outcome' }) =>
			outcomeFactIds(walk.outcome).filter((id) => staleOnBuildDay(builtItem(id)));
		const walk = [...perOutcome.values()].find((w) => stale(w).length > 0 === withStale);
		expect(
			walk,
			`an outcome ${withStale ? 'with' : 'without'} stale facts on the fixture site`
		).toBeDefined();
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		try {
			await page.goto(`${base}${pageHref(walk!.path, thresholds)}`);
			await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe(
				walk!.outcome.id
			);
			const cited = await page.$$eval('[data-cited-fact]', (els) =>
				els.map((e) => e.getAttribute('data-cited-fact')!)
			);
			expect(cited.length).toBeGreaterThan(0);
			// Exactly the outcome's facts (its reasons' and its text's) that are past review on the build day.
			for (const id of cited) expect(outcomeFactIds(walk!.outcome)).toContain(id);
			const listed = await page
				.locator('aside.notice-stale a[href*="#"]')
				.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
			expect(new Set(listed)).toEqual(new Set(stale(walk!)));
		} finally {
			await release();
		}
	}
);

test('the six team presets link to wizard pages that exist, without JavaScript', async () => {
	const { page, release } = await openTab(browser, { javaScriptEnabled: false });
	await page.goto(`${base}/wizard/`);
	const presets = await page
		.locator('[data-preset] a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(presets).toHaveLength(6);
	for (const href of presets) {
		await page.goto(`${base}${href}`);
		expect(await page.locator('[data-question], [data-outcome]').count()).toBe(1);
	}
	await release();
});

describe('in Chinese (/zh/wizard/): the same tree, the same outcomes, the same calculator links', () => {
	test.each(sampleZh)(
		'%s: clicked through in Chinese, the same outcome and calculator query as in English',
		async (id, walk) => {
			const { page, consoleErrors, release } = await openTab(browser);
			await page.goto(`${base}/zh/wizard/`);
			await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
			await clickThrough(page, walk, '/zh');
			const result = page.locator('[data-outcome]');
			await expect(result.getAttribute('data-outcome')).resolves.toBe(id);
			expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
			await expect(page.locator('[data-wizard-live]').innerText()).resolves.toMatch(/^结果：/);
			const zh = new URL((await result.locator('a[data-calculator]').getAttribute('href'))!, base);
			// The English page for the same answers, walked the same way.
			await page.goto(`${base}/wizard/`);
			await clickThrough(page, walk);
			await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe(id);
			const en = new URL((await page.locator('a[data-calculator]').getAttribute('href'))!, base);
			expect(en.pathname).toBe('/calculator/');
			expect(zh.pathname).toBe('/zh/calculator/');
			expect(zh.search).toBe(en.search);
			expect(consoleErrors).toEqual([]);
			await release();
		}
	);

	test.each(sampleZh)(
		'%s: without JavaScript, by links, in Chinese throughout',
		async (id, walk) => {
			const { page, requests, release } = await openTab(browser, { javaScriptEnabled: false });
			await page.goto(`${base}/zh/wizard/`);
			await clickThrough(page, walk, '/zh');
			const result = page.locator('[data-outcome]');
			await expect(result.getAttribute('data-outcome')).resolves.toBe(id);
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
			const text = await result.innerText();
			expect(text).toMatch(/我们的推荐/);
			expect(text).toMatch(/什么情况会改变这个答案/);
			expect(text).not.toMatch(/What would change this answer|Your answers|Our pick/);
			// The fixture's tree translations are current: the outcome reads in Chinese, with no "being updated" note.
			expect(await result.getAttribute('data-translation')).toBeNull();
			expect(text).toMatch(/[\u4e00-\u9fff]/);
			expect(await result.locator('[data-cited-fact] time[datetime]').count()).toBeGreaterThan(0);
			expect(await result.locator('[data-answer-key]').count()).toBe(walk.path.length);
			// Every link into the wizard, the candidates and the calculator stays in Chinese.
			const hrefs = await result
				.locator('a[href^="/"]')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			for (const href of hrefs.filter((h) =>
				/^\/(wizard|candidates|calculator)\//.test(h.replace(/^\/zh/, ''))
			))
				expect(href.startsWith('/zh/'), href).toBe(true);
			expect(requests.every((u) => u.startsWith(base))).toBe(true);
			await release();
		}
	);

	test('the first question, its answers and the team presets are in Chinese', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/zh/wizard/`);
		await expect(page.locator('h1').innerText()).resolves.toBe('哪个批处理 API 适合您的工作负载？');
		await expect(page.locator('[data-question] .meta').first().innerText()).resolves.toBe(
			'第 1 题'
		);
		const options = await page
			.locator('a[data-option]')
			.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
		expect(options.map(([href]) => href)).toEqual([
			'/zh/wizard/seconds/',
			'/zh/wizard/minutes/',
			'/zh/wizard/day/',
		]);
		for (const [, label] of options) expect(label).toMatch(/[\u4e00-\u9fff]/);
		const presets = await page
			.locator('[data-preset] a')
			.evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.textContent!]));
		expect(presets).toHaveLength(6);
		for (const [href, name] of presets) {
			expect(href.startsWith('/zh/wizard/')).toBe(true);
			expect(name).toMatch(/[\u4e00-\u9fff]/);
		}
		// The language switch goes to the same step in English.
		await page.goto(`${base}/zh/wizard/day/no/`);
		await expect(page.locator('link[hreflang="en"]').getAttribute('href')).resolves.toMatch(
			/\/wizard\/day\/no\/$/
		);
		await release();
	});

	test('a query in Chinese jumps to its outcome, with the job size in the answers and the calculator link', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		const volume = cap + 70_000;
		const query = `?latency=day&zdr=no&family=any&modality=text&volume=${volume}&prefix=no&mixed=no`;
		await page.goto(`${base}/zh/wizard/${query}`);
		const result = page.locator('[data-outcome]');
		await expect(result.getAttribute('data-outcome')).resolves.toBe('any-volume-anthropic');
		const calc = (await result.locator('a[data-calculator]').getAttribute('href'))!;
		expect(calc).toMatch(new RegExp(`^/zh/calculator/\\?.*requests=${volume}(&|$)`));
		await expect(result.locator('[data-answer-key="volume"]').innerText()).resolves.toContain(
			volume.toLocaleString('zh-CN')
		);
		expect(page.url()).toBe(`${base}/zh/wizard/${query}`);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test.each([
		[
			'latency=whenever',
			'latency',
			'回答“latency=whenever”不是以下之一：seconds, minutes, day。 请重新回答这个问题：',
		],
		[
			'latency=day&zdr=no&family=any&modality=text&volume=lots',
			'volume',
			'回答“volume=lots”不是整数。 请重新回答这个问题：',
		],
		[
			'latency=day&zdr=no&family=any&modality=text,audio',
			'modality',
			'回答“modality=text,audio”包含“audio”，它不是以下之一：',
		],
	])(
		'an invalid query (%s) is explained in Chinese at its question',
		async (query, key, message) => {
			const { page, consoleErrors, release } = await openTab(browser);
			await page.goto(`${base}/zh/wizard/?${query}`);
			const alert = page.locator('[data-wizard-invalid]');
			await alert.waitFor({ timeout: 15_000 });
			expect((await alert.innerText()).startsWith(message)).toBe(true);
			await expect(alert.getAttribute('role')).resolves.toBe('alert');
			await expect(page.locator('[data-question]').getAttribute('data-question')).resolves.toBe(
				key
			);
			expect(await page.locator('a[data-option][href^="/zh/wizard/"]').count()).toBeGreaterThan(1);
			expect(consoleErrors).toEqual([]);
			await release();
		}
	);

	test.each([
		[
			'/zh/wizard/day/no/any/text/lots/',
			`/zh/wizard/?latency=day&zdr=no&family=any&modality=text&volume=lots`,
			'回答“volume=lots”不是整数。',
		],
		[
			`/zh/wizard/day/no/any/text/${cap + 1234}/`,
			`/zh/wizard/?latency=day&zdr=no&family=any&modality=text&volume=${cap + 1234}`,
			'',
		],
	])(
		'a Chinese wizard address without a page (%s) goes through the 404 page to the Chinese wizard',
		async (path, to, message) => {
			const { page, consoleErrors, release } = await openTab(browser);
			const response = await page.goto(`${base}${path}`);
			expect(response?.status()).toBe(404);
			await page.waitForURL(`${base}${to}`);
			if (message) {
				const alert = page.locator('[data-wizard-invalid]');
				await alert.waitFor({ timeout: 15_000 });
				expect((await alert.innerText()).startsWith(message)).toBe(true);
			} else {
				await page.waitForSelector('[data-outcome="any-volume-anthropic"]', { timeout: 15_000 });
				await expect(page.locator('a[data-calculator]').getAttribute('href')).resolves.toMatch(
					new RegExp(`^/zh/calculator/\\?.*requests=${cap + 1234}(&|$)`)
				);
			}
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
			expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
			await release();
		}
	);
});

describe('query-string entry', () => {
	test('jumps to the outcome those answers lead to and keeps the job size', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		const volume = cap + 70_000; // over the OpenAI cap, whatever it is
		const query = `?latency=day&zdr=no&family=any&modality=text&volume=${volume}&prefix=no&mixed=no`;
		await page.goto(`${base}/wizard/${query}`);
		const result = page.locator('[data-outcome]');
		await expect(result.getAttribute('data-outcome')).resolves.toBe('any-volume-anthropic');
		await expect(result.locator('a[data-calculator]').getAttribute('href')).resolves.toMatch(
			new RegExp(`[?&]requests=${volume}(&|$)`)
		);
		await expect(result.locator('[data-answer-key="volume"]').innerText()).resolves.toContain(
			volume.toLocaleString('en-US')
		);
		expect(page.url()).toBe(`${base}/wizard/${query}`);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('a partial query stops at the next question', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(`${base}/wizard/?latency=day&zdr=yes`);
		// The element swaps in the pre-rendered step after load; wait for it rather than racing it.
		await page.waitForSelector('[data-question="family"]', { timeout: 15_000 });
		expect(await page.locator('[data-question]').getAttribute('data-question')).toBe('family');
		await release();
	});

	test.each([
		['latency=whenever', 'latency', /latency=whenever.*not one of: seconds, minutes, day/],
		[
			'latency=day&zdr=no&family=any&modality=text&volume=lots',
			'volume',
			/volume=lots.*not a whole number/,
		],
		[
			'latency=day&zdr=no&family=any&modality=text,audio',
			'modality',
			/includes “audio”, which is not one of/,
		],
	])(
		'an invalid query (%s) shows a clear message and the question it belongs to',
		async (query, key, message) => {
			const { page, consoleErrors, release } = await openTab(browser);
			await page.goto(`${base}/wizard/?${query}`);
			const alert = page.locator('[data-wizard-invalid]');
			await expect(alert.innerText()).resolves.toMatch(message);
			await expect(alert.getAttribute('role')).resolves.toBe('alert');
			await expect(page.locator('[data-question]').getAttribute('data-question')).resolves.toBe(
				key
			);
			expect(await page.locator('a[data-option]').count()).toBeGreaterThan(1);
			expect(consoleErrors).toEqual([]);
			await release();
		}
	);
});

describe('a wizard address without a page of its own goes, through the 404 page, to the same answers as a query', () => {
	const query = (answers: string) => `${base}/wizard/?${answers}`;
	test.each([
		// A job size of its own (only the two either side of the cap are pre-rendered).
		[
			'/wizard/day/no/any/text/1234/',
			'latency=day&zdr=no&family=any&modality=text&volume=1234',
			'[data-question="prefix"]',
		],
		[
			`/wizard/day/no/any/text/${cap + 1234}/`,
			`latency=day&zdr=no&family=any&modality=text&volume=${cap + 1234}`,
			'[data-outcome="any-volume-anthropic"]',
		],
		// Kinds of input in another order than the pre-rendered page's.
		[
			'/wizard/day/no/any/images,text/',
			'latency=day&zdr=no&family=any&modality=text,images',
			'[data-outcome="media-openai-batch"]',
		],
	])('%s', async (path, answers, step) => {
		const { page, release } = await openTab(browser);
		const response = await page.goto(`${base}${path}`);
		expect(response?.status()).toBe(404);
		await page.waitForURL(query(answers));
		await page.waitForSelector(step, { timeout: 15_000 });
		const volume = new URLSearchParams(answers).get('volume');
		if (volume)
			await expect(page.locator('[data-answer-key="volume"]').innerText()).resolves.toContain(
				Number(volume).toLocaleString('en-US')
			);
		if (volume && step.includes('outcome'))
			await expect(page.locator('a[data-calculator]').getAttribute('href')).resolves.toMatch(
				new RegExp(`[?&]requests=${volume}(&|$)`)
			);
		// The 404 page was replaced, not kept: Back leaves the wizard rather than returning to it.
		expect(await page.evaluate(() => history.length)).toBe(2);
		await release();
	});

	test.each([
		['a %-escape', '/wizard/day/%25/', 'zdr', 'The answer “zdr=%” is not one of: yes, no.'],
		[
			'300 characters',
			`/wizard/day/no/${'x'.repeat(300)}/`,
			'family',
			`The answer “family=${'x'.repeat(40)}…” is not one of: `,
		],
		[
			'a word for a number',
			'/wizard/day/no/any/text/lots/',
			'volume',
			'The answer “volume=lots” is not a whole number.',
		],
	])(
		"a bad answer in the address (%s) gets the wizard's message, once and cut short",
		async (_name, path, key, message) => {
			const { page, consoleErrors, release } = await openTab(browser);
			await page.goto(`${base}${path}`);
			const alert = page.locator('[data-wizard-invalid]');
			await alert.waitFor({ timeout: 15_000 });
			const text = await alert.innerText();
			expect(text.startsWith(message)).toBe(true);
			expect(text.match(/“/g)).toHaveLength(1);
			expect(text).not.toMatch(/x{41}/);
			await expect(page.locator('[data-question]').getAttribute('data-question')).resolves.toBe(
				key
			);
			// Only the 404 document itself is reported (as a failed resource); nothing throws.
			expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
			await release();
		}
	);

	test("without JavaScript the 404 page offers the wizard's start and says why", async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		const response = await page.goto(`${base}/wizard/day/no/any/text/1234/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
		expect(await page.locator('[data-wizard-redirect]').isHidden()).toBe(true);
		await expect(
			page.locator('main a[href="/wizard/"]', { hasText: 'Start the decision wizard' }).count()
		).resolves.toBe(1);
		await expect(page.locator('main').innerText()).resolves.toMatch(
			/With JavaScript on, this page opens those answers in the wizard/
		);
		await release();
	});

	test('any other missing page stays a plain 404, with JavaScript too', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/guides/no-such-guide/`);
		await page.waitForLoadState('load');
		expect(page.url()).toBe(`${base}/guides/no-such-guide/`);
		expect(await page.locator('[data-wizard-redirect]').isHidden()).toBe(true);
		expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
		await release();
	});
});

test('back and forward move between steps, in place', async () => {
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/wizard/`);
	await page.locator('a[data-option][href="/wizard/day/"]').click();
	await page.waitForURL(`${base}/wizard/day/`);
	await page.locator('a[data-option][href="/wizard/day/no/"]').click();
	await page.waitForURL(`${base}/wizard/day/no/`);
	const question = page.locator('[data-question]');
	await expect(question.getAttribute('data-question')).resolves.toBe('family');
	await page.goBack();
	await page.waitForURL(`${base}/wizard/day/`);
	await expect.poll(() => question.getAttribute('data-question')).toBe('zdr');
	await page.goBack();
	await expect.poll(() => question.getAttribute('data-question')).toBe('latency');
	await page.goForward();
	await expect.poll(() => question.getAttribute('data-question')).toBe('zdr');
	await expect.poll(() => page.evaluate(() => document.title)).toMatch(/zero data retention/);
	await release();
});

test('keyboard only: Tab to an answer, Enter, focus lands on the next question', async () => {
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/wizard/`);
	const answers = ['Within a day', 'No, standard', 'GPT', 'Text generation'];
	for (const label of answers) {
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const text = await page.evaluate(() =>
				document.activeElement?.matches('a[data-option]') ? document.activeElement.textContent : ''
			);
			if (text?.startsWith(label)) break;
		}
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-wizard-focus')))
			.toBe(true);
	}
	await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe(
		'text-openai-batch'
	);
	await release();
});

describe('accessibility', () => {
	// Every wizard step and result as loaded, at phone width: the site audit runs axe on one of each shape.
	test('axe finds nothing after an in-place transition with an error message', async () => {
		const { page, release } = await openTab(browser, { width: 1280 });
		await page.goto(`${base}/wizard/?latency=day&zdr=nope`);
		await page.locator('[data-wizard-invalid]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await release();
	});
});

// Script sizes (the wizard, the 404 page) are the audit's budgets (scripts/lib/audit/budgets.ts).
test('the wizard page has no inline code besides its module', () => {
	const html = readFileSync(`${DIST}/wizard/index.html`, 'utf8');
	expect(html).toMatch(/<script[^>]*\bsrc=/);
	expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/);
});

test('/api/v1/decision-tree.json holds the tree and the fact ids it cites', () => {
	const doc = JSON.parse(readFileSync(`${DIST}/api/v1/decision-tree.json`, 'utf8'));
	expect(doc.start).toBe('latency');
	expect(doc.outcomes.map((o: { id: string }) => o.id).sort()).toEqual(
		tree.outcomes.map((o) => o.id).sort()
	);
	expect(doc.facts).toContain('openai.batch.max-requests');
	for (const id of doc.facts) expect(facts.has(id)).toBe(true);
	expect(doc.thresholds['openai.batch.max-requests']).toBe(cap);
	// Placeholders are filled with fact values, never left as {ids}.
	expect(JSON.stringify(doc.questions)).not.toMatch(/\{[a-z]+\.[a-z]/);
});
