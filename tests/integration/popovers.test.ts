// Fact popovers on the real build in dist/ (run after `npm run build`): a page holds one popover per
// fact it cites, however often it cites it, and every marker opens a popover that exists on the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIST = process.env.DIST_DIR ?? 'dist';

test.each(['compare/anthropic-vs-openai', 'zh/compare/anthropic-vs-openai'])(
	'/%s/: one popover per cited fact, and every marker opens one of them',
	(path) => {
		const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
		const cited = [...html.matchAll(/<span class="fact" data-fact="([^"]+)"/g)].map((m) => m[1]);
		const popovers = [...html.matchAll(/<span popover id="([^"]+)"/g)].map((m) => m[1]);
		const targets = [...html.matchAll(/popovertarget="([^"]+)"/g)].map((m) => m[1]);
		// The page cites some facts more than once: that is what sharing saves.
		expect(cited.length).toBeGreaterThan(new Set(cited).size);
		expect(popovers.length).toBe(new Set(cited).size);
		expect(new Set(popovers).size).toBe(popovers.length);
		expect(targets.length).toBe(cited.length);
		expect(targets.filter((t) => !popovers.includes(t))).toEqual([]);
		// The report link lives on the fact's row on /facts/, not in every popover.
		expect(html).not.toMatch(/issues\/new\?template=wrong-fact/);
	}
);
