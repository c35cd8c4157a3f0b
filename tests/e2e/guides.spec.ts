// The guides and candidate pages as readers see them: they render cleanly with no JavaScript, pass
// axe, read their formats from the facts, link into the calculator with valid scenarios, and the
// guides index lists every guide in reading order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { openTab } from '../../scripts/lib/browser.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { parseCalculatorQuery } from '../../src/lib/calculator/query.ts';
import { BUILT_ON } from './built-site.ts';
import { CANDIDATES } from '../../src/schemas.ts';

const base = inject('baseUrl');
// Values and ids only: a re-verification changes neither.
const { data } = readDataset(dataDir(), BUILT_ON);
const factValue = (id: string) => data.facts.find((f) => f.record.id === id)!.record.value;

/** Every MDX page in a content section, with its front matter. */
function pagesIn(section: string) {
	const dir = join('content', section);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => {
			const frontMatter = parse(readFileSync(join(dir, name), 'utf8').split(/^---$/m)[1]) as {
				title: string;
				order?: number;
			};
			return {
				path: `/${section}/${name.replace(/\.mdx$/, '')}/`,
				title: frontMatter.title,
				order: frontMatter.order ?? 100,
			};
		});
}
const guides = pagesIn('guides');
const candidates = pagesIn('candidates');
// Every candidate the wizard can recommend has a page ('either' points at two of them).
const CANDIDATE_IDS = CANDIDATES.filter((c) => c !== 'either');

let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

test('there is a page for every candidate and the guides the site promises', () => {
	expect(candidates.map((c) => c.path).sort()).toEqual(
		CANDIDATE_IDS.map((id) => `/candidates/${id}/`).sort()
	);
	expect(guides.length).toBeGreaterThanOrEqual(9);
});

// Scripts (content pages ship none), console errors, other origins and axe on a phone: the site audit
// checks every page shape for those. What it cannot know (each page's address and title) is checked here.

// One test over every page, so it always checks links: each candidate page and guide opens with its
// title, each candidate page links into the calculator, and every calculator link on any of these
// pages opens a scenario the calculator accepts.
test('every page opens with its title, and links into the calculator only with scenarios it accepts', async () => {
	const { page, release } = await openTab(browser, { javaScriptEnabled: false });
	const modelIds = data.models.map((m) => m.record.id);
	const checked: string[] = [];
	try {
		for (const { path, title } of [...candidates, ...guides]) {
			const response = await page.goto(`${base}${path}`);
			expect(response?.status(), path).toBe(200);
			await expect(page.locator('h1').innerText(), path).resolves.toBe(title);
			const hrefs = await page.$$eval('a[href^="/calculator/"]', (links) =>
				links.map((a) => a.getAttribute('href')!)
			);
			if (path.startsWith('/candidates/')) expect(hrefs.length, path).toBeGreaterThan(0);
			for (const href of hrefs)
				expect(
					parseCalculatorQuery(new URL(href, base).search, modelIds).messages,
					`${path} → ${href}`
				).toEqual([]);
			checked.push(...hrefs);
		}
	} finally {
		await release();
	}
	expect(checked.length).toBeGreaterThanOrEqual(candidates.length);
});

describe('/guides/', () => {
	test('is titled "Guides" and links to every guide, in reading order, and to every candidate', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		const response = await page.goto(`${base}/guides/`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1').innerText()).resolves.toBe('Guides');
		const listed = await page.$$eval('[data-guides] a', (links) =>
			links.map((a) => a.getAttribute('href'))
		);
		const expected = [...guides]
			.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
			.map((g) => g.path);
		expect(listed).toEqual(expected);
		const listedCandidates = await page.$$eval('[data-candidates] a', (links) =>
			links.map((a) => a.getAttribute('href'))
		);
		expect(new Set(listedCandidates)).toEqual(new Set(candidates.map((c) => c.path)));
		await release();
	});
});

describe('walkthroughs read formats from the facts', () => {
	test.each([
		['/guides/openai-batch-walkthrough/', 'openai.batch.statuses'],
		['/guides/anthropic-batch-walkthrough/', 'anthropic.batch.processing-status'],
		['/guides/anthropic-batch-walkthrough/', 'anthropic.batch.result-types'],
		['/guides/anthropic-batch-walkthrough/', 'anthropic.batch.request-counts'],
	])('%s shows every value of %s, with its source', async (path, id) => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}${path}`);
		const fact = page.locator(`[data-fact="${id}"]`).first();
		const text = await fact.innerText();
		for (const value of factValue(id) as string[]) expect(text).toContain(value);
		await expect(
			fact.locator('[popover] a[rel=external]').first().getAttribute('href')
		).resolves.toMatch(/^https:\/\//);
		await release();
	});
});
