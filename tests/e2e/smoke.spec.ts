// A smoke test of the real build in dist/ (the other specs run on the fixture site): the key pages
// open without errors on a phone, the home page gives its answer, and the two tools work with the
// live data. It asserts only what holds whatever the data says on the day of the build.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import type { Browser } from 'playwright-core';
import { openTab } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { REAL_DIST } from '../../scripts/lib/fixture-site.ts';

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
	if (!existsSync(`${REAL_DIST}/index.html`))
		throw new Error(`${REAL_DIST}/ is missing: run \`npm run build\` before the browser tests.`);
	({ server, url: base } = await serveStatic(REAL_DIST));
	browser = await connectShared();
});

afterAll(async () => {
	await browser?.close();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

test('the real build was made from data/ on its build date', () => {
	const { generatedOn } = JSON.parse(readFileSync(`${REAL_DIST}/api/v1/facts.json`, 'utf8'));
	expect(generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	if (process.env.REAL_BUILD_DATE) expect(generatedOn).toBe(process.env.REAL_BUILD_DATE);
});

test.each([
	'/',
	'/compare/anthropic-vs-openai/',
	'/wizard/',
	'/calculator/',
	'/pricing/',
	'/facts/',
	'/faq/',
])('%s opens on a phone with a heading and no errors', async (path) => {
	const { page, release, consoleErrors } = await openTab(browser, { width: 390, height: 844 });
	try {
		const response = await page.goto(`${base}${path}`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
		expect(consoleErrors).toEqual([]);
	} finally {
		await release();
	}
});

test('the calculator prices its default job in US dollars', async () => {
	const { page, release } = await openTab(browser);
	try {
		await page.goto(`${base}/calculator/`);
		await expect(page.locator('main').innerText()).resolves.toMatch(/\$\d/);
	} finally {
		await release();
	}
});

test('the wizard reaches an answer from its first question', async () => {
	const { page, release } = await openTab(browser, { javaScriptEnabled: false });
	try {
		await page.goto(`${base}/wizard/`);
		// Without JavaScript each answer is a link to the next page: take the first one until a result.
		for (let step = 0; step < 12 && !(await page.locator('[data-outcome]').count()); step++)
			await page.locator('a[data-option]').first().click();
		await expect(page.locator('[data-outcome] a[data-calculator]').count()).resolves.toBe(1);
		expect(new URL(page.url()).pathname).not.toBe('/wizard/');
	} finally {
		await release();
	}
});
