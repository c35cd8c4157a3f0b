// What `npm run lighthouse -- --assert` fails on: the machine-independent categories below 100.
import { expect, test } from 'vitest';
import { breaches, type PageScores } from '../../scripts/lighthouse.ts';

const page = (
	path: string,
	scores: Partial<PageScores['scores']>,
	failing: PageScores['failing'] = []
): PageScores => ({
	page: path,
	scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100, ...scores },
	lcpMs: 900,
	tbtMs: 10,
	cls: 0,
	performanceRuns: [scores.performance ?? 100],
	failing,
});

test('all 100 passes; a slow run alone does not fail, since performance depends on the host', () => {
	expect(breaches([page('/', {}), page('/facts/', { performance: 91 })])).toEqual([]);
});

test('accessibility, best practices or SEO below 100 fails, naming the page, category and audits', () => {
	const failed = breaches([
		page('/calculator/', { 'best-practices': 96 }, [
			{ id: 'errors-in-console', title: 'Browser errors were logged to the console', score: 0 },
		]),
		page('/facts/', { accessibility: 95, seo: null }),
	]);
	expect(failed).toEqual([
		'/calculator/: best-practices 96 (below 100); lost points on errors-in-console',
		'/facts/: accessibility 95 (below 100)',
		'/facts/: seo not scored (below 100)',
	]);
});
