// `npm run audit` end to end on a tiny hand-written site with a page over budget, a content page
// with JavaScript, a broken link and a missing fragment, and a page (/broken/) with invalid HTML, tap
// targets too small, a request to another origin and a console error: it must fail and name each.
// Under /shapes/, pages A and B share a shape (other words, link targets and id names), so only A is
// loaded in Chromium; C has A's words but an empty button, a different shape that axe must catch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

describe('audit on tests/fixtures/audit-site', () => {
	const out = join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.json');
	let result: ReturnType<typeof spawnSync>;
	const run = () =>
		(result ??= spawnSync(
			process.execPath,
			['scripts/audit.ts', 'tests/fixtures/audit-site', '--out', out],
			{ encoding: 'utf8', timeout: 120_000 }
		));

	test('exits 1 and names each page with the budget it breaks', { timeout: 130_000 }, () => {
		const { status, stdout } = run();
		expect(status, String(result.stderr)).toBe(1);
		expect(stdout).toMatch(
			/BUDGET \/wizard\/: 8\.\d KB of JS gzipped breaks the wizard JS budget \(≤ 6\.0 KB gzipped\)/
		);
		expect(stdout).toMatch(
			/BUDGET \/guide\/: \d+ B of JS gzipped breaks the content page JS budget \(no JavaScript\)/
		);
	});

	test(
		'reports the broken link and the missing fragment on the page that has them',
		{ timeout: 130_000 },
		() => {
			const { stdout } = run();
			expect(stdout).toContain(
				'LINK /: /missing-page/ — <a href> → /missing-page/ is not in the built site'
			);
			expect(stdout).toContain(
				'LINK /: /guide/#no-such-section — #no-such-section is not an id on /guide/'
			);
			// The good link on the same page (/guide/#steps) is not reported.
			expect(stdout).not.toContain('#steps');
		}
	);

	test(
		'catches invalid HTML, small tap targets (axe target-size), other origins and console errors',
		{ timeout: 130_000 },
		() => {
			const { stdout } = run();
			expect(stdout).toMatch(
				/HTML \/broken\/:14: Element “div” not allowed as child of element “span”/
			);
			expect(stdout).toMatch(
				/A11Y \/broken\/: target-size .* at button:nth-child\(1\), button:nth-child\(2\)/
			);
			expect(stdout).toContain(
				'ORIGIN /broken/: request to another origin: https://third-party.example/pixel.png'
			);
			expect(stdout).toContain('CONSOLE /broken/: fixture: something went wrong');
		}
	);

	test('writes audit.json with per-page weights and the failures', { timeout: 130_000 }, () => {
		run();
		const report = JSON.parse(readFileSync(out, 'utf8'));
		const page = (p: string) => report.pages.find((r: { page: string }) => r.page === p);
		expect(report.pages.map((r: { page: string }) => r.page).sort()).toEqual([
			'/',
			'/broken/',
			'/guide/',
			'/shapes/a/',
			'/shapes/b/',
			'/shapes/c/',
			'/wizard/',
		]);
		expect(page('/wizard/').weight.js.raw).toBe(
			readFileSync('tests/fixtures/audit-site/_assets/heavy.js').length
		);
		expect(page('/').weight.js).toEqual({ raw: 0, gzip: 0 });
		expect(page('/').weight.css.raw).toBe(
			readFileSync('tests/fixtures/audit-site/_assets/site.css').length
		);
		expect(page('/').validation).toEqual([]);
		expect(page('/').axe).toEqual([]);
		expect(page('/broken/').validation).toHaveLength(1);
		expect(page('/broken/').axe.map((a: { id: string }) => a.id)).toEqual(['target-size']);
		// Four failures on the first three pages (two budgets, two links), one on /shapes/c/; the rest are /broken/'s.
		expect(report.summary.failures.filter((f: string) => !f.includes('/broken/'))).toHaveLength(5);
	});

	test(
		'loads one page per shape; each page keeps its own HTML weight',
		{ timeout: 130_000 },
		() => {
			const { stdout } = run();
			const report = JSON.parse(readFileSync(out, 'utf8'));
			const page = (p: string) => report.pages.find((r: { page: string }) => r.page === p);
			expect(page('/shapes/a/').sameShape).toBe(1);
			expect(page('/shapes/b/').loadedAs).toBe('/shapes/a/');
			expect(page('/shapes/c/').loadedAs).toBeUndefined();
			expect(page('/shapes/b/').weight.html.raw).toBe(
				readFileSync('tests/fixtures/audit-site/shapes/b/index.html').length
			);
			expect(page('/shapes/b/').weight.css).toEqual(page('/shapes/a/').weight.css);
			expect(page('/shapes/c/').axe.map((a: { id: string }) => a.id)).toEqual(['button-name']);
			expect(stdout).toMatch(/7 pages in [\d.]+ s; 6 loaded in Chromium/);
		}
	);
});
