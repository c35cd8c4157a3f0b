// The results HTML shared by the build and the browser: amounts, unknown lines, escaping, the chart.
import { describe, expect, test } from 'vitest';
import { estimateCost, type CostModel, type Scenario } from '../../src/lib/calculator/cost.ts';
import {
	batchesNeeded,
	describeScenario as describeIn,
	renderResults as resultsIn,
	renderSummary as summaryIn,
	messageIn,
	noteIn,
	type CalcProvider,
	type CalcScenario,
} from '../../src/lib/calculator/results-html.ts';
import {
	calculatorDefaults,
	parseCalculatorQuery,
	readCalculatorQuery,
} from '../../src/lib/calculator/query.ts';
import { islandStrings } from '../../src/lib/i18n/strings.ts';
import { calcProviders } from '../../src/lib/calculator/providers.ts';
import { loadDataset } from '../../src/lib/facts/read.ts';
import { toSiteData } from '../../src/lib/facts/lookup.ts';
import { formatUsd, formatUsdIn } from '../../src/lib/site/format.ts';
import { noteText, type CostNote, type ModelCost } from '../../src/lib/calculator/cost.ts';

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

describe('in Chinese, from the same functions with the Chinese words', () => {
	const ZH = { locale: 'zh' as const, w: islandStrings('zh', 'calculator') };
	const cost = estimateCost(model({ status: 'active' }), s);

	test('amounts stay in US dollars, marked US$, with the English digits', () => {
		for (const [n, text] of [
			[1234.5, 'US$1,234.50'],
			[0.0015, 'US$0.0015'],
			[-2, '−US$2.00'],
			[-0, 'US$0.00'],
		] as const) {
			expect(formatUsdIn('zh', n, 'amount')).toBe(text);
			expect(formatUsdIn('zh', n, 'amount').replace('US', '')).toBe(money(n));
		}
	});

	test('the scenario, the results and the card are worded in Chinese, with the same numbers', () => {
		expect(describeIn({ ...s, runs: 'once', zdr: 'yes' }, ZH)).toBe(
			'每个任务 1,000 个请求，一次性任务；每个请求含 2,000 个输入 token，其中 1,500 个为共享前缀，90% 的请求从缓存读取前缀（其余请求写入缓存，有效期 5 分钟），另有 300 个输出 token。需要零数据保留（ZDR）。'
		);
		const html = resultsIn([cost], s, [], ZH);
		expect(html).toContain(`<strong>场景：</strong>`);
		expect(html).toContain(
			`批处理每个任务节省 <strong>US$${money(cost.saving!.perJob).slice(1)}</strong>`
		);
		expect(html).toContain('<caption>每个任务的逐项成本</caption>');
		expect(html).not.toMatch(/Batch|Real time|per job|Unknown|\$(?<!US\$)\d/);
		const card = summaryIn([cost], s, [], ZH);
		expect(card).toContain(
			`批处理每年节省 <strong>${formatUsdIn('zh', cost.saving!.perJob * s.jobs * 12, 'amount')}</strong>`
		);
	});

	test('under ZDR, the reason in Chinese; a fact whose translation fell behind shows its English with the note', () => {
		const provider = (outdated: boolean): CalcProvider => ({
			id: 'anthropic',
			name: 'Anthropic',
			maxRequests: 1000,
			zdr: {
				id: 'a.zdr',
				label: outdated ? 'Batches are eligible for ZDR' : 'Message Batches 是否适用零数据保留',
				text: outdated ? 'No' : '否',
				verifiedOn: '2026-11-09',
				source: { url: 'https://docs.example/zdr', title: 'ZDR docs' },
				eligible: false,
				...(outdated ? { outdated } : {}),
			},
		});
		const sc = { ...s, zdr: 'yes' as const };
		const current = summaryIn([cost], sc, [provider(false)], ZH);
		expect(current).toContain(
			'在零数据保留（ZDR）要求下，批处理不可用。Message Batches 是否适用零数据保留：<strong>否</strong> '
		);
		expect(current).toContain('核对于 <time datetime="2026-11-09">2026年11月9日</time>');
		expect(current).not.toContain('（译文更新中）');
		const behind = summaryIn([cost], sc, [provider(true)], ZH);
		expect(behind).toContain('Batches are eligible for ZDR：<strong>No</strong> （译文更新中）');
		expect(summaryIn([cost], sc, [provider(false)], ZH)).toContain(
			'<td class="num" data-card="batch">ZDR 下不可用</td>'
		);
	});

	test('the notes of the cost engine and the messages of the query parser, in Chinese', () => {
		expect(noteIn(ZH, { code: 'noCacheRead', tier: 'batch' })).toBe(
			'批处理没有列出缓存读取价格，因此缓存 token 按批处理输入价格计费。'
		);
		expect(
			noteIn(ZH, { code: 'lcApplied', threshold: 200000, input: 2, output: 1.5, cache: 2 })
		).toBe(
			'适用长上下文费率（每个请求的输入超过 200,000 个 token）：输入 ×2，输出 ×1.5，缓存 ×2，实时和批处理都适用。'
		);
		const { problems } = readCalculatorQuery('requests=abc&jobs=0', ['m'], calculatorDefaults({}));
		expect(problems.map((p) => messageIn(ZH, p))).toEqual([
			'每个任务的请求数必须是数字（收到的是“abc”）。',
			'每月任务数必须介于 1 和 100,000 个任务之间。',
		]);
	});
});

describe('English words from the strings table read exactly as the English of the CLI', () => {
	const notes: CostNote[] = [
		{ code: 'lcNotDocumented' },
		{ code: 'lcNoSurcharge' },
		{ code: 'cacheMultiplier' },
		{ code: 'lcApplied', threshold: 200000, input: 2, output: 1.5, cache: 2 },
		{ code: 'lcBelow', threshold: 272000 },
		{ code: 'ttlSwapped', wanted: '5m', used: '30m' },
		{ code: 'noCachePrices', tier: 'batch' },
		{ code: 'noCacheRead', tier: 'standard' },
		{ code: 'noInputPrice', tier: 'batch' },
		{ code: 'noOutputPrice', tier: 'standard' },
		{ code: 'noWritePrice', tier: 'batch', ttl: '1h' },
	];
	test.each(notes)('cost note $code', (n) => expect(noteIn(EN, n)).toBe(noteText(n)));

	test('every message of the query parser', () => {
		const { messages } = parseCalculatorQuery(
			'model=x&compare=y&requests=&jobs=1.5&input=-1&output=abc&hit=2&ttl=9h&runs=x&zdr=q',
			['m']
		);
		const same = parseCalculatorQuery('model=m&compare=m&input=10&prefix=20', ['m']).messages;
		const all = [...messages, ...same];
		expect(new Set(all.map((m) => m.why.key)).size).toBe(12);
		for (const m of all) expect(messageIn(EN, m)).toBe(m.message);
	});
});

test('the provider facts in Chinese: translated labels and values, the same facts, dates and eligibility', () => {
	const data = toSiteData(loadDataset('tests/fixtures/site-data', '2026-12-01'), '2026-12-01');
	const en = calcProviders(data);
	const zh = calcProviders(data, 'zh');
	expect(
		zh.map((p) => [p.id, p.zdr?.id, p.zdr?.verifiedOn, p.zdr?.eligible, p.maxRequests])
	).toEqual(en.map((p) => [p.id, p.zdr?.id, p.zdr?.verifiedOn, p.zdr?.eligible, p.maxRequests]));
	const anthropic = zh.find((p) => p.id === 'anthropic')!.zdr!;
	expect(anthropic.label).toMatch(/零数据保留/);
	expect(anthropic.label).not.toBe(en.find((p) => p.id === 'anthropic')!.zdr!.label);
});
