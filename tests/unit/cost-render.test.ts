// The results HTML shared by the build and the browser: amounts, unknown lines, escaping, the chart.
import { describe, expect, test } from 'vitest';
import { estimateCost, type CostModel, type Scenario } from '../../src/lib/calculator/cost.ts';
import {
	batchesNeeded,
	describeScenario as describeIn,
	renderResults as resultsIn,
	renderSummary as summaryIn,
	type CalcProvider,
	type CalcScenario,
} from '../../src/lib/calculator/results-html.ts';
import { islandStrings } from '../../src/lib/i18n/strings.ts';
import { formatUsd } from '../../src/lib/site/format.ts';
import type { ModelCost } from '../../src/lib/calculator/cost.ts';

// The English page's words (the island gets the same from the page).
const EN = { locale: 'en' as const, w: islandStrings('en', 'calculator') };
const describeScenario = (sc: CalcScenario) => describeIn(sc, EN);
const renderResults = (r: ModelCost[], sc: CalcScenario, p: readonly CalcProvider[] = []) =>
	resultsIn(r, sc, p, EN);
const renderSummary = (r: ModelCost[], sc: CalcScenario, p: readonly CalcProvider[] = []) =>
	summaryIn(r, sc, p, EN);
const money = (n: number) => formatUsd(n, 'amount');

const model = (over: Partial<CostModel> = {}): CostModel => ({
	id: 'test-model',
	name: 'Test <model>',
	provider: 'anthropic',
	status: 'legacy',
	prices: {
		standard: { input: 2, output: 10, cacheWrite5m: 2.5, cacheRead: 0.2 },
		batch: { input: 1, output: 5, cacheWrite5m: 1.25, cacheRead: 0.1 },
	},
	derived: ['batch.cacheRead'],
	verifiedOn: '2026-07-15',
	confidence: 'high',
	freshness: 'stale',
	...over,
});
const s: Scenario = {
	requests: 1000,
	jobs: 4,
	input: 2000,
	output: 300,
	prefix: 1500,
	hit: 0.9,
	ttl: '5m',
};

describe('formatUsd, an amount', () => {
	test.each([
		[0, '$0.00'],
		[3, '$3.00'],
		[1234.5, '$1,234.50'],
		[0.15, '$0.15'],
		[0.0015, '$0.0015'],
		[0.123456, '$0.1235'],
		[-2, '−$2.00'],
		[-0, '$0.00'],
	])('%s → %s', (n, text) => expect(money(n)).toBe(text));
});

test('counts of one are singular: "1 request per job, 1 job a month … 1 input token … 1 output token"', () => {
	expect(describeScenario({ ...s, requests: 1, jobs: 1, input: 1, output: 1, prefix: 0 })).toBe(
		'1 request per job, 1 job a month; each request has 1 input token, no shared prefix, and 1 output token.'
	);
	expect(renderResults([estimateCost(model(), { ...s, jobs: 1 })], { ...s, jobs: 1 })).toContain(
		'Per month (1 job)'
	);
});

test('the saving is given per job, per month and per year', () => {
	const cost = estimateCost(model(), s);
	const html = renderResults([cost], s);
	expect(html).toContain(
		`<strong>${money(cost.saving!.perMonth)}</strong> per month and <strong>${money(cost.saving!.perMonth * 12)}</strong> per year`
	);
});

test('a scenario of -0 values (as a URL can give) never prints "-0"', () => {
	const zeros: Scenario = { ...s, output: -0, prefix: -0, hit: -0 };
	const text = (html: string) => html.replace(/<[^>]+>/g, ' ');
	expect(describeScenario(zeros)).toBe(
		'1,000 requests per job, 4 jobs a month; each request has 2,000 input tokens, no shared prefix, and 0 output tokens.'
	);
	const html = renderResults([estimateCost(model(), zeros)], zeros);
	expect(text(html)).not.toMatch(/[-−]\$?0(?!\d)/);
	// With a prefix, the -0 hit share reads "0%".
	expect(describeScenario({ ...s, hit: -0 })).toContain('a shared prefix that 0% of requests');
	expect(
		text(renderResults([estimateCost(model(), { ...s, hit: -0 })], { ...s, hit: -0 }))
	).not.toMatch(/[-−]\$?0(?!\d)/);
});

test('the scenario is worded', () => {
	expect(describeScenario(s)).toBe(
		'1,000 requests per job, 4 jobs a month; each request has 2,000 input tokens, 1,500 of them a shared prefix that 90% of requests read from the cache (the rest write it, 5-minute lifetime), and 300 output tokens.'
	);
});

test('each column carries data-model and unrounded data-usd per tier; flags, notes and dated rates are shown', () => {
	const r = estimateCost(model(), s);
	const html = renderResults([r], s);
	expect(html).toContain('data-model="test-model"');
	expect(html).toContain(`data-cost="realtime" data-usd="${r.realtime.perJob}"`);
	expect(html).toContain(`data-cost="batch" data-usd="${r.batch.perJob}"`);
	expect(html).toContain('Test &#60;model&#62;'); // escaped, never raw markup from data
	expect(html).not.toContain('Test <model>');
	expect(html).toMatch(/Legacy/);
	expect(html).toMatch(/data-flags="stale, derived"/);
	expect(html).toMatch(
		/Batch cache read: \$0\.10\/MTok, verified <time datetime="2026-07-15">15 Jul 2026<\/time> <span class="badge calc-flag-stale">stale<\/span> <span class="badge calc-flag-derived">derived<\/span>/
	);
	expect(html).toMatch(/Long-context pricing is not documented/);
	expect(html).toMatch(
		/<svg viewBox="0 0 640 60" role="img" aria-label="Cost per job: Test &#60;model&#62; real time: \$/
	);
	expect(html).not.toMatch(/NaN|undefined|Infinity/);
});

test('an unknown line is named in place of the total, with no data-usd and no saving', () => {
	const m = model();
	delete m.prices.batch.cacheWrite5m;
	const html = renderResults([estimateCost(m, s)], s);
	expect(html).toMatch(
		/<td class="num" data-label="Batch" data-cost="batch" data-unknown="cache writes"><strong>Unknown<\/strong><br><span class="meta">cache writes not priced<\/span>/
	);
	expect(html).not.toMatch(/data-cost="batch" data-usd/);
	expect(html).toMatch(/saving is unknown/);
	expect(html).toMatch(/No batch 5-minute cache-write price in the data/);
	expect(html).toMatch(/Test &#60;model&#62; batch: unknown/);
	expect(html).not.toMatch(/NaN|undefined/);
});

describe('the summary card', () => {
	const providers: CalcProvider[] = [
		{
			id: 'anthropic',
			name: 'Anthropic',
			maxRequests: 1000,
			maxSizeMb: 10,
			zdr: {
				id: 'a.zdr',
				label: 'Batches are eligible for ZDR',
				text: 'No',
				verifiedOn: '2026-11-09',
				source: { url: 'https://docs.example/zdr', title: 'ZDR <page>' },
				eligible: false,
			},
		},
		{ id: 'openai', name: 'OpenAI', maxRequests: 400 },
	];
	const r = () => [estimateCost(model({ status: 'active' }), s)];

	test('per job, per month and per year in both tiers, and the yearly saving', () => {
		const html = renderSummary(r(), s, providers);
		const job = r()[0];
		for (const n of [1, s.jobs, s.jobs * 12]) {
			expect(html).toContain(money(job.realtime.perJob! * n));
			expect(html).toContain(money(job.batch.perJob! * n));
		}
		expect(html).toContain(
			`Batch saves <strong>${money(job.saving!.perJob * s.jobs * 12)}</strong> a year`
		);
	});

	test('batches per job follow each request cap, with the size cap as a per-request threshold', () => {
		const html = renderSummary(r(), { ...s, requests: 2500 }, providers);
		expect(html).toMatch(/data-batches="anthropic" data-count="3"/);
		expect(html).toMatch(/data-batches="openai" data-count="7"/);
		// 10 MB over batches of 834 requests: about 12 KB each.
		expect(html).toContain('more if requests average over 12 KB');
		expect(batchesNeeded(1000, { maxRequests: 1000 })).toEqual({ batches: 1 });
		expect(batchesNeeded(1001, { maxRequests: 1000, maxSizeMb: 1 })).toEqual({
			batches: 2,
			kbPerRequest: 1000 / 501,
		});
		expect(batchesNeeded(5, {})).toBeUndefined();
	});

	test('a one-off job shows one row and no monthly or yearly figure', () => {
		const html = renderSummary(r(), { ...s, runs: 'once' }, providers);
		expect(html).toContain('This job');
		expect(html).not.toMatch(/Per month|Per year|a year/);
		expect(renderResults(r(), { ...s, runs: 'once' }, providers)).not.toMatch(
			/Per month|per month/
		);
		expect(describeScenario({ ...s, runs: 'once' })).toContain('a one-off job');
	});

	test('under ZDR, real time leads, batch is not available and the fact (escaped) says why', () => {
		const html = renderSummary(r(), { ...s, zdr: 'yes' }, providers);
		expect(html).toContain(
			`real time with prompt caching: <strong>${money(r()[0].realtime.perJob!)}</strong>`
		);
		expect(html).toContain('Not available under ZDR');
		expect(html).toContain('Batches are eligible for ZDR: <strong>No</strong>');
		expect(html).toContain('ZDR &#60;page&#62;');
		expect(html).not.toContain(money(r()[0].batch.perJob!));
		const results = renderResults(r(), { ...s, zdr: 'yes' }, providers);
		expect(results).toContain('data-zdr-excluded');
		expect(results).not.toMatch(/data-cost="batch" data-usd/);
	});

	test('a provider eligible for ZDR keeps its batch column under ZDR', () => {
		const eligible = providers.map((p) =>
			p.zdr ? { ...p, zdr: { ...p.zdr, eligible: true } } : p
		);
		expect(renderSummary(r(), { ...s, zdr: 'yes' }, eligible)).not.toContain(
			'Not available under ZDR'
		);
	});
});
