// The cost engine, rule by rule, against the real model data and small made-up models.
// Expected values are computed from data/models, so a price edit that breaks a rule or an example fails here;
// freshness is judged on the fixture at fixed dates, since the live data's freshness moves with the calendar.
import { describe, expect, test } from 'vitest';
import { readDataset } from '../../src/lib/facts/read.ts';
import { estimateCost, noteText, resolveTtl, toCostModel, ttlsOffered, type CostModel, type LineKey, type Scenario, type TierCost } from '../../src/lib/calculator/cost.ts';
import type { Model } from '../../src/schemas.ts';
import { FIXTURE_DATA, LIVE_DAY } from '../fixtures/temp-data.ts';

const TODAY = LIVE_DAY;
const { data } = readDataset('data', TODAY);
const record = (id: string): Model => {
	const found = data.models.find((m) => m.record.id === id);
	if (!found) throw new Error(`no model ${id} in data/models`);
	return found.record;
};
const model = (id: string): CostModel => toCostModel(record(id), data.freshness, TODAY);

/** One million tokens in one request: a line's cost then equals its per-MTok rate. */
const MTOK = 1_000_000;
const scenario = (over: Partial<Scenario> = {}): Scenario => ({ requests: 1, jobs: 1, input: MTOK, output: 0, prefix: 0, hit: 0, ttl: '5m', ...over });
const line = (t: TierCost, key: LineKey) => t.lines.find((l) => l.key === key)!;

/** A made-up model for rules the real data does not exercise. */
function makeModel(over: Partial<CostModel> = {}): CostModel {
	return {
		id: 'test-model',
		name: 'Test model',
		provider: 'anthropic',
		status: 'active',
		prices: {
			standard: { input: 4, output: 20, cacheWrite5m: 5, cacheWrite1h: 8, cacheRead: 0.4 },
			batch: { input: 1.5, output: 9, cacheWrite5m: 2, cacheWrite1h: 3.5, cacheRead: 0.3 },
		},
		derived: [],
		longContext: { surcharge: false, fact: 'anthropic.long-context' },
		verifiedOn: '2026-11-09',
		confidence: 'high',
		freshness: 'fresh',
		...over,
	};
}

describe('rules', () => {
	test('batch rates come from the batch prices, never from halving the standard price', () => {
		// The made-up batch prices are deliberately not half the standard ones.
		const m = makeModel();
		const r = estimateCost(m, scenario({ output: MTOK, prefix: MTOK / 2, hit: 0.5 }));
		expect(line(r.batch, 'input').rate).toBe(1.5);
		expect(line(r.batch, 'output').rate).toBe(9);
		expect(line(r.batch, 'cacheWrite').rate).toBe(2);
		expect(line(r.batch, 'cacheRead').rate).toBe(0.3);
		// And in the real data: gpt-5.4's batch cached-input rate is rounded ($0.13, not half of $0.25).
		const g = model('gpt-5.4');
		// 100K tokens: below gpt-5.4's long-context threshold.
		const rg = estimateCost(g, scenario({ input: MTOK / 10, prefix: MTOK / 10, hit: 1 }));
		expect(rg.longContext).toBe('below-threshold');
		expect(line(rg.batch, 'cacheRead').rate).toBe(record('gpt-5.4').prices.batch.cacheRead);
		expect(record('gpt-5.4').prices.batch.cacheRead).not.toBe(record('gpt-5.4').prices.standard.cacheRead! / 2);
	});

	test('cache reads use the tier\'s cache-read price', () => {
		const r = estimateCost(model('claude-sonnet-4-6'), scenario({ prefix: MTOK, hit: 1 }));
		expect(line(r.realtime, 'cacheRead')).toMatchObject({ path: 'standard.cacheRead', usd: record('claude-sonnet-4-6').prices.standard.cacheRead });
		expect(line(r.batch, 'cacheRead')).toMatchObject({ path: 'batch.cacheRead', usd: record('claude-sonnet-4-6').prices.batch.cacheRead });
	});

	test('without a cache-read price, cached tokens are billed at that tier\'s input price, and a note says so', () => {
		const mini = record('gpt-4o-mini');
		expect(mini.prices.batch.cacheRead).toBeUndefined();
		const r = estimateCost(model('gpt-4o-mini'), scenario({ prefix: MTOK, hit: 1 }));
		const read = line(r.batch, 'cacheRead');
		expect(read).toMatchObject({ path: 'batch.input', usd: mini.prices.batch.input });
		expect(read.why.map(noteText).join(' ')).toMatch(/no batch cache-read price.*billed at the batch input price/i);
		// The real-time tier has its own cache-read price and no such note.
		expect(line(r.realtime, 'cacheRead')).toMatchObject({ path: 'standard.cacheRead', usd: mini.prices.standard.cacheRead, why: [] });
	});

	test.each([
		['5m', 'cacheWrite5m'],
		['1h', 'cacheWrite1h'],
	] as const)('cache writes with TTL %s use the %s price of each tier', (ttl, key) => {
		const sonnet = record('claude-sonnet-4-6');
		const r = estimateCost(model('claude-sonnet-4-6'), scenario({ prefix: MTOK, hit: 0, ttl }));
		expect(line(r.realtime, 'cacheWrite')).toMatchObject({ path: `standard.${key}`, usd: sonnet.prices.standard[key] });
		expect(line(r.batch, 'cacheWrite')).toMatchObject({ path: `batch.${key}`, usd: sonnet.prices.batch[key] });
	});

	test('where the provider documents no write fee, writes cost the normal input rate (as recorded in the data)', () => {
		const mini = record('gpt-4o-mini');
		// Its own write lifetime, whichever the data records (OpenAI sells 30-minute writes).
		const ttl = ttlsOffered(model('gpt-4o-mini'))[0];
		expect(ttl).toBeDefined();
		const r = estimateCost(model('gpt-4o-mini'), scenario({ prefix: MTOK, hit: 0, ttl }));
		expect(line(r.realtime, 'cacheWrite').usd).toBeCloseTo(mini.prices.standard.input, 12);
		// The batch tier lists no cache prices at all: the prefix is billed as plain batch input, with a note.
		const write = line(r.batch, 'cacheWrite');
		expect(write).toMatchObject({ path: 'batch.input', usd: mini.prices.batch.input });
		expect(write.why.map(noteText).join(' ')).toMatch(/no cache prices are listed for batch/i);
	});

	test('each model is billed at the cache-write lifetimes it sells: a TTL it lacks falls to the nearest one it offers, and says so', () => {
		// OpenAI-style: 30-minute writes, and 12-hour writes on some models; no 5-minute or 1-hour price.
		const openaiLike = makeModel({
			prices: { standard: { input: 2, output: 10, cacheWrite30m: 2.5, cacheWrite12h: 5, cacheRead: 0.1 }, batch: { input: 1, output: 5, cacheWrite30m: 1.25, cacheWrite12h: 2.5, cacheRead: 0.05 } },
		});
		expect(ttlsOffered(openaiLike)).toEqual(['30m', '12h']);
		expect(resolveTtl(openaiLike, '5m')).toBe('30m');
		expect(resolveTtl(openaiLike, '1h')).toBe('30m');
		expect(resolveTtl(openaiLike, '12h')).toBe('12h');
		const old = estimateCost(openaiLike, scenario({ input: MTOK / 10, prefix: MTOK / 10, hit: 0, ttl: '5m' }));
		for (const [tier, t] of [['standard', old.realtime], ['batch', old.batch]] as const) {
			const write = line(t, 'cacheWrite');
			expect(write).toMatchObject({ path: `${tier}.cacheWrite30m`, rate: openaiLike.prices[tier].cacheWrite30m });
			expect(write.why.map(noteText).join(' ')).toMatch(/no 5-minute cache write; its 30-minute write/);
		}
		const long = estimateCost(openaiLike, scenario({ input: MTOK / 10, prefix: MTOK / 10, hit: 0, ttl: '12h' }));
		expect(line(long.batch, 'cacheWrite')).toMatchObject({ path: 'batch.cacheWrite12h', rate: 2.5, why: [] });
		// Anthropic-style models keep their own 5-minute and 1-hour prices.
		expect(ttlsOffered(makeModel())).toEqual(['5m', '1h']);
		expect(line(estimateCost(makeModel(), scenario({ prefix: MTOK, ttl: '1h' })).batch, 'cacheWrite').path).toBe('batch.cacheWrite1h');
		// A model with no cache-write price at all has no lifetime to offer.
		expect(resolveTtl(makeModel({ prices: { standard: { input: 1, output: 2 }, batch: { input: 0.5, output: 1 } } }), '5m')).toBeUndefined();
	});

	test('an absent write price for the chosen TTL makes the cache-write line unknown, and the result names it', () => {
		const m = makeModel();
		delete m.prices.batch.cacheWrite1h; // the standard tier still prices 1-hour writes
		const r = estimateCost(m, scenario({ prefix: MTOK, hit: 0.5, ttl: '1h' }));
		expect(r.batch.perJob).toBeUndefined();
		expect(r.batch.perMonth).toBeUndefined();
		expect(r.batch.unknownLines).toEqual(['Cache writes']);
		expect(noteText(line(r.batch, 'cacheWrite').unknownWhy!)).toMatch(/no batch 1-hour cache-write price/i);
		expect(r.saving).toBeUndefined();
		expect(r.realtime.perJob).toBeGreaterThan(0);
	});

	test('long context: above the threshold the model\'s multipliers apply in both tiers', () => {
		const sol = record('gpt-6.1-sol');
		const lc = sol.longContext!;
		if (!lc.surcharge) throw new Error('gpt-6.1-sol should carry long-context pricing');
		const over = lc.thresholdTokens + 1;
		const r = estimateCost(model('gpt-6.1-sol'), scenario({ input: over, output: MTOK }));
		expect(r.longContext).toBe('applied');
		for (const [tier, t] of [['standard', r.realtime], ['batch', r.batch]] as const) {
			expect(line(t, 'input').rate).toBeCloseTo(sol.prices[tier].input * lc.inputMultiplier, 12);
			expect(line(t, 'output').rate).toBeCloseTo(sol.prices[tier].output * lc.outputMultiplier, 12);
		}
		const at = estimateCost(model('gpt-6.1-sol'), scenario({ input: lc.thresholdTokens, output: MTOK }));
		expect(at.longContext).toBe('below-threshold');
		expect(line(at.batch, 'input').rate).toBe(sol.prices.batch.input);
	});

	test('long context: cache lines use the cache multiplier', () => {
		const m = makeModel({ longContext: { surcharge: true, thresholdTokens: 1000, inputMultiplier: 2, outputMultiplier: 1.5, cacheMultiplier: 3, fact: 'openai.long-context' } });
		const r = estimateCost(m, scenario({ input: 2000, prefix: 1000, hit: 0.5 }));
		expect(line(r.batch, 'cacheRead').rate).toBeCloseTo(0.3 * 3, 12);
		expect(line(r.batch, 'cacheWrite').rate).toBeCloseTo(2 * 3, 12);
	});

	test('long context: where the vendor documents no surcharge, none applies', () => {
		const r = estimateCost(model('claude-sonnet-4-6'), scenario({ input: 900_000 }));
		expect(r.longContext).toBe('no-surcharge');
		expect(line(r.batch, 'input').rate).toBe(record('claude-sonnet-4-6').prices.batch.input);
		expect(r.why.map(noteText).join(' ')).toMatch(/documents no long-context surcharge/);
	});

	test('long context: absent from the data → no surcharge applied, and the result says "not documented"', () => {
		expect(record('claude-haiku-4-5').longContext).toBeUndefined();
		const r = estimateCost(model('claude-haiku-4-5'), scenario({ input: 900_000 }));
		expect(r.longContext).toBe('not-documented');
		expect(line(r.batch, 'input').rate).toBe(record('claude-haiku-4-5').prices.batch.input);
		expect(r.why.map(noteText).join(' ')).toMatch(/not documented/);
	});

	test('a price of 0 is a price', () => {
		const emb = record('text-embedding-3-small');
		expect(emb.prices.batch.output).toBe(0);
		const r = estimateCost(model('text-embedding-3-small'), scenario({ output: MTOK }));
		expect(line(r.batch, 'output')).toMatchObject({ usd: 0, path: 'batch.output' });
		expect(r.batch.perJob).toBeCloseTo(emb.prices.batch.input, 12);
		const free = makeModel();
		free.prices.batch.cacheRead = 0;
		const rf = estimateCost(free, scenario({ prefix: MTOK, hit: 1 }));
		expect(line(rf.batch, 'cacheRead')).toMatchObject({ usd: 0, path: 'batch.cacheRead', why: [] });
		expect(rf.batch.unknownLines).toEqual([]);
	});

	test('a missing price is unknown: the line is named and no total is a number, never NaN', () => {
		const m = makeModel();
		delete m.prices.standard.output;
		const r = estimateCost(m, scenario({ output: 500 }));
		expect(r.realtime.unknownLines).toEqual(['Output']);
		expect(r.realtime.perJob).toBeUndefined();
		expect(line(r.realtime, 'output').usd).toBeUndefined();
		expect(noteText(line(r.realtime, 'output').unknownWhy!)).toMatch(/no real-time output price/i);
		expect(JSON.stringify(r)).not.toMatch(/NaN|null/);
		// A line with no tokens costs nothing even when its price is unknown.
		const none = estimateCost(m, scenario({ output: 0 }));
		expect(none.realtime.unknownLines).toEqual([]);
		expect(none.realtime.perJob).toBe(4);
	});

	test('every rate used is listed once with its verified date; stale, due, derived and low-confidence rates are flagged', () => {
		const m = makeModel({ freshness: 'stale', confidence: 'low', derived: ['batch.cacheRead'] });
		const r = estimateCost(m, scenario({ output: 10, prefix: 100, hit: 0.5 }));
		expect(r.rates.map((x) => x.path).sort()).toEqual(
			['standard.input', 'standard.cacheWrite5m', 'standard.cacheRead', 'standard.output', 'batch.input', 'batch.cacheWrite5m', 'batch.cacheRead', 'batch.output'].sort(),
		);
		expect(r.rates.every((x) => x.verifiedOn === '2026-11-09')).toBe(true);
		expect(r.rates.find((x) => x.path === 'batch.cacheRead')!.flags).toEqual(['stale', 'derived', 'low-confidence']);
		expect(r.rates.find((x) => x.path === 'batch.input')!.flags).toEqual(['stale', 'low-confidence']);
		const due = estimateCost(makeModel({ freshness: 'due' }), scenario());
		expect(due.rates.find((x) => x.path === 'batch.input')!.flags).toEqual(['due']);
		const fresh = estimateCost(makeModel(), scenario());
		expect(fresh.rates.every((x) => x.flags.length === 0)).toBe(true);
	});

	test('freshness comes from the model\'s verifiedOn and the build date; derived flags from model.derived', () => {
		// The fixture's Alpha One: verified 2026-11-01, 60-day price window, so review by 2026-12-31.
		const fixture = readDataset(FIXTURE_DATA, '2026-11-22').data;
		const one: Model = { ...fixture.models.find((m) => m.record.id === 'alpha-one')!.record, derived: ['batch.cacheRead'] };
		const on = (today: string) => estimateCost(toCostModel(one, fixture.freshness, today), scenario({ prefix: MTOK / 2, hit: 0.5 }));
		const cacheRead = (today: string) => on(today).rates.find((x) => x.path === 'batch.cacheRead')!.flags;
		expect(on('2026-11-22').model.freshness).toBe('fresh');
		expect(cacheRead('2026-11-22')).toEqual(['derived']);
		expect(on('2026-12-20').model.freshness).toBe('due');
		expect(on('2027-01-01').model.freshness).toBe('stale');
		expect(cacheRead('2027-01-01')).toEqual(['stale', 'derived']);
		expect(on('2027-01-01').rates.find((x) => x.path === 'batch.input')!.flags).toEqual(['stale']);
		expect(on('2027-01-01').rates.every((x) => x.verifiedOn === '2026-11-01')).toBe(true);
	});
});

describe('known bugs in other calculators', () => {
	test('cached tokens are not billed at the flat batch input rate', () => {
		const sonnet = record('claude-sonnet-4-6');
		const r = estimateCost(model('claude-sonnet-4-6'), scenario({ prefix: MTOK, hit: 1 }));
		expect(line(r.batch, 'cacheRead').usd).not.toBeCloseTo(sonnet.prices.batch.input, 6);
		expect(r.batch.perJob).toBeCloseTo(sonnet.prices.batch.cacheRead!, 12);
	});

	test('a zero price is not treated as missing', () => {
		const r = estimateCost(model('text-embedding-3-large'), scenario({ output: 100 }));
		expect(r.batch.unknownLines).toEqual([]);
		expect(r.realtime.unknownLines).toEqual([]);
		expect(r.saving).toBeDefined();
	});

	test('the long-context tier is not ignored in batch', () => {
		const luna = record('gpt-6-luna');
		if (!luna.longContext?.surcharge) throw new Error('gpt-6-luna should carry long-context pricing');
		const input = luna.longContext.thresholdTokens * 2;
		const r = estimateCost(model('gpt-6-luna'), scenario({ input }));
		expect(r.batch.perJob).toBeCloseTo((input * luna.prices.batch.input * luna.longContext.inputMultiplier) / MTOK, 12);
	});

	test('cache reads are not dropped from batch totals', () => {
		const r = estimateCost(model('claude-haiku-4-5'), scenario({ input: 1000, prefix: 800, hit: 0.75, output: 200, requests: 1000 }));
		const sum = r.batch.lines.reduce((s, l) => s + l.usd!, 0);
		expect(line(r.batch, 'cacheRead').usd).toBeGreaterThan(0);
		expect(r.batch.perJob).toBeCloseTo(sum, 12);
		const h = record('claude-haiku-4-5').prices.batch;
		const expected = (1000 * (200 * h.input + 800 * 0.25 * h.cacheWrite5m! + 800 * 0.75 * h.cacheRead! + 200 * h.output)) / MTOK;
		expect(r.batch.perJob).toBeCloseTo(expected, 12);
	});
});

describe('published worked examples', () => {
	test('a Claude Sonnet 4.6 cache read in batch costs $0.15 per million tokens', () => {
		const r = estimateCost(model('claude-sonnet-4-6'), scenario({ prefix: MTOK, hit: 1 }));
		expect(line(r.batch, 'cacheRead').usd).toBeCloseTo(0.15, 12);
	});

	test('Claude Haiku 4.5 batch + cache reads cost $0.05 per million, 95% off the standard input price', () => {
		const r = estimateCost(model('claude-haiku-4-5'), scenario({ prefix: MTOK, hit: 1 }));
		const read = line(r.batch, 'cacheRead').usd!;
		expect(read).toBeCloseTo(0.05, 12);
		expect(1 - read / record('claude-haiku-4-5').prices.standard.input).toBeCloseTo(0.95, 12);
	});

	test('100,000 gpt-4o-mini requests a day of 100 input and 25 output tokens: $3.00 real time, $1.50 batch, $547.50 a year saved', () => {
		const r = estimateCost(model('gpt-4o-mini'), { requests: 100_000, jobs: 365, input: 100, output: 25, prefix: 0, hit: 0, ttl: '5m' });
		expect(r.realtime.perJob).toBeCloseTo(3.0, 10);
		expect(r.batch.perJob).toBeCloseTo(1.5, 10);
		expect(r.saving!.perMonth).toBeCloseTo(547.5, 8); // 365 daily jobs: the "month" here is a year
		expect(r.saving!.percent).toBeCloseTo(50, 10);
	});
});
