// The stale notice at its worst: the site built on a day after every fact's review date, so every fact
// the home page uses is stale. The notice stays one folded line, so on a 390×844 phone the page's
// short answer still starts on the first screen. Independent of how fresh the live data is today:
// this spec builds its own copy of the site with that BUILD_DATE (about 20 s), or uses
// STALE_DIST_DIR when it points at such a build.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser } from 'playwright-core';
import { openTab } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { addDays } from '../../src/lib/site/dates.ts';
import { freshnessOfItem } from '../../src/lib/facts/freshness.ts';

// Any day works for reading: no verifiedOn lies after it.
const { data } = readDataset(dataDir(), '9999-12-31');
/** The first day on which every fact and model price is past its review date. */
const allStale = addDays(
	[...data.facts, ...data.models]
		.map((i) => freshnessOfItem(i.record, data.freshness, i.record.verifiedOn).reviewBy)
		.sort()
		.at(-1)!,
	1
);

let browser: Browser;
let server: Server | undefined;
let base: string;
let tmp: string | undefined;

beforeAll(async () => {
	let dist = process.env.STALE_DIST_DIR;
	if (!dist) {
		tmp = mkdtempSync(join(tmpdir(), 'batchwise-stale-'));
		dist = join(tmp, 'dist');
		const env = {
			...process.env,
			BUILD_DATE: allStale,
			DIST_DIR: dist,
			ASTRO_CACHE_DIR: join(tmp, 'cache'),
		};
		const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			env,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		if (r.status !== 0)
			throw new Error(
				`the build dated ${allStale} failed:\n${(r.stderr || r.stdout).slice(-2000)}`
			);
	}
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing`);
	({ server, url: base } = await serveStatic(dist));
	browser = await connectShared();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("on a phone, the home page's short answer starts on the first screen even when every fact is stale", async () => {
	const { page, release } = await openTab(browser, {
		width: 390,
		height: 844,
		javaScriptEnabled: false,
	});
	await page.goto(`${base}/`);
	// The worst case really is on the page: every one of its facts is counted as stale, in one line.
	const notice = page.locator('header.page-header aside.notice-stale');
	const total = Number(await notice.getAttribute('data-fact-count'));
	expect(total).toBeGreaterThan(10);
	await expect(notice.getAttribute('data-stale-count')).resolves.toBe(String(total));
	await expect(notice.locator('summary').innerText()).resolves.toMatch(
		new RegExp(`All ${total} facts on this page are past their review date`)
	);
	expect(await notice.locator('li').count()).toBe(total);
	expect(await notice.locator('li').first().isVisible()).toBe(false);
	// The short answer's heading and the first line of its text are inside the 844 px viewport.
	const heading = (await page.locator('h2', { hasText: 'The short answer' }).boundingBox())!;
	expect(heading.y).toBeGreaterThanOrEqual(0);
	expect(heading.y + heading.height).toBeLessThan(844);
	const answer = (await page.locator('h2:has-text("The short answer") + p').boundingBox())!;
	expect(answer.y + 30).toBeLessThan(844);
	await release();
});
