// Each key page's answer on the first screen, on a phone (390×844) and a laptop (1280×800): the
// element's top is inside the viewport without scrolling. The pages and their answers are listed
// once, in src/lib/site/routes.ts (KEY_PAGES). The calculator's summary card is checked by its own spec.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared, SCREENS } from './shared-browser.ts';
import type { Browser } from 'playwright-core';
import { openTab } from '../../scripts/lib/browser.ts';
import { KEY_PAGES, ROUTES } from '../../src/lib/site/routes.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

describe.each(SCREENS)('at %i×%i', (width, height) => {
	test.each(KEY_PAGES.map((p) => [p.path, p.what, p.answer] as const))(
		'%s shows %s on the first screen',
		async (path, _what, answer) => {
			const { page, release } = await openTab(browser, {
				width,
				height,
				javaScriptEnabled: false,
			});
			await page.goto(base + path);
			const box = await page.locator(answer).first().boundingBox();
			expect(box, `${answer} on ${path}`).not.toBeNull();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y, `${answer} on ${path} starts ${Math.round(box!.y)} px down`).toBeLessThan(
				height
			);
			await release();
		}
	);

	test("the comparison's first screen holds the key-differences table's first rows, not just its heading", async () => {
		const { page, release } = await openTab(browser, { width, height, javaScriptEnabled: false });
		await page.goto(base + ROUTES.compare);
		const first = await page.locator('[data-key-differences] tbody tr').first().boundingBox();
		expect(first!.y + first!.height).toBeLessThanOrEqual(height);
		await release();
	});
});
