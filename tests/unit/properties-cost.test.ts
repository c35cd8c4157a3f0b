// Properties of the cost engine (src/lib/calculator/cost.ts) and the calculator query (src/lib/calculator/query.ts),
// over generated models (any non-negative prices, optional cache prices for every lifetime, optional
// long-context rules) and scenarios anywhere inside the calculator's FIELD_RULES bounds.
//
// Seen to fail on a planted bug (then reverted): tierCost summed
// `lines.filter((l) => l.key !== 'cacheRead')`, dropping the cache-read line from the total. "The total
// of each tier equals the sum of its lines" failed, shrunk to one request of one input token, all of
// it shared prefix read from cache at 0.01 USD/MTok: the batch total was 0 while its lines were not.
//
// Real bugs these properties found (fixed with them):
// - "-0" in a query was read as -0 and printed as "-0 tokens": counterexample { prefix: "-0" }
//   (readNumber now returns 0, the same fix as the wizard-paths branch, line for line).
// - The saving's percentage overflowed to -Infinity when the real-time total was next to nothing:
//   standard prices all 0 but for output 5e-324 USD/MTok, batch cacheWrite1h 0.01 USD/MTok; one request
//   of 2 input tokens (1 of them prefix, hit 0) and 500,001 output tokens, ttl 5m (percent is now left
//   out when it is not finite; pages never showed it, as they print a percentage only for a saving ≥ 0).

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
	estimateCost,
	toCostModel,
	type CostModel,
	type ModelCost,
	type Scenario,
	type TierCost,
} from '../../src/lib/calculator/cost.ts';
import {
	calculatorUrl,
	FIELD_RULES,
	FIELDS,
	parseCalculatorQuery,
	type CalculatorParams,
} from '../../src/lib/calculator/query.ts';
import {
	CACHE_TTLS,
	PRICE_KEYS,
	LIFECYCLE,
	type FreshnessConfig,
	type LongContext,
	type Model,
	type PriceTier,
} from '../../src/schemas.ts';

// ---------------------------------------------------------------- generators

/** Prices as data holds them: 0 (free), round cents, or any double (subnormals included) up to 1,000 USD/MTok. */
const priceArb = fc.oneof(
	fc.constant(0),
	fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
	fc.double({ min: 0, max: 1_000, noNaN: true })
);
const OPTIONAL_PRICES = PRICE_KEYS.filter((k) => k !== 'input' && k !== 'output');
/** One tier: input and output always, each cache price present or absent (absent = unknown). */
const tierArb: fc.Arbitrary<PriceTier> = fc.record(
	{
		input: priceArb,
		output: priceArb,
		...Object.fromEntries(OPTIONAL_PRICES.map((k) => [k, priceArb])),
	} as Record<keyof PriceTier, typeof priceArb>,
	{ requiredKeys: ['input', 'output'] }
) as fc.Arbitrary<PriceTier>;

const multiplierArb = fc.double({ min: 0.1, max: 10, noNaN: true });
const longContextArb = (multiplier = multiplierArb): fc.Arbitrary<LongContext | undefined> =>
	fc.option(
		fc.oneof(
			fc.constant<LongContext>({ surcharge: false, fact: 'test.long-context' }),
			fc.record(
				{
					surcharge: fc.constant(true as const),
					thresholdTokens: fc.integer({ min: 1, max: 2_000_000 }),
					inputMultiplier: multiplier,
					outputMultiplier: multiplier,
					cacheMultiplier: multiplier,
					fact: fc.constant('test.long-context'),
				},
				{
					requiredKeys: [
						'surcharge',
						'thresholdTokens',
						'inputMultiplier',
						'outputMultiplier',
						'fact',
					],
				}
			)
		),
		{ nil: undefined }
	);

const dateArb = fc
	.date({
		min: new Date('2024-01-01T00:00:00Z'),
		max: new Date('2030-12-31T00:00:00Z'),
		noInvalidDate: true,
	})
	.map((d) => d.toISOString().slice(0, 10));
const CONFIG: FreshnessConfig = {
	dueWithinDays: 14,
	modelPriceDays: 60,
	windows: {
		price: 60,
		'rate-limit': 90,
		limit: 120,
		endpoint: 120,
		discount: 120,
		policy: 120,
		retention: 120,
		format: 365,
	},
};

/** A whole model record as data/models holds it, turned into what the calculator gets by toCostModel. */
function costModelArb(
	prices: fc.Arbitrary<Model['prices']>,
	longContext = longContextArb()
): fc.Arbitrary<CostModel> {
	return fc
		.record({
			prices,
			longContext,
			status: fc.constantFrom(...LIFECYCLE),
			verifiedOn: dateArb,
			today: dateArb,
			confidence: fc.constantFrom('high', 'medium', 'low' as const),
		})
		.map(({ prices, longContext, status, verifiedOn, today, confidence }) => {
			const model = {
				id: 'test-model',
				provider: 'test',
				name: 'Test model',
				fact: 'test.prices',
				status,
				prices,
				derived: [],
				discountExceptions: [],
				free: [],
				...(longContext ? { longContext } : {}),
				verifiedOn,
				sources: [{ url: 'https://example.com/pricing', title: 'Pricing' }],
				confidence,
				history: [],
			} as Model;
			return toCostModel(model, CONFIG, today);
		});
}
const anyModelArb = costModelArb(fc.record({ standard: tierArb, batch: tierArb }));

const rule = (field: keyof typeof FIELD_RULES) => ({
	min: FIELD_RULES[field].min,
	max: FIELD_RULES[field].max,
});
/** Any scenario the calculator accepts: every field inside FIELD_RULES, prefix ≤ input. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		requests: fc.integer(rule('requests')),
		jobs: fc.integer(rule('jobs')),
		input: fc.integer(rule('input')),
		output: fc.integer(rule('output')),
		prefixShare: fc.double({ min: 0, max: 1, noNaN: true }),
		hit: fc.double({ ...rule('hit'), noNaN: true }),
		ttl: fc.constantFrom(...CACHE_TTLS),
	})
	.map(({ prefixShare, ...s }) => ({ ...s, prefix: Math.floor(s.input * prefixShare) }));

// ---------------------------------------------------------------- helpers

/** Every number in a value, with its path (skipping the model echoed back, whose fields are inputs). */
function numbersIn(value: unknown, path = ''): [string, number][] {
	if (typeof value === 'number') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) =>
			path === '' && k === 'model' ? [] : numbersIn(v, path ? `${path}.${k}` : k)
		);
	return [];
}
// Float rounding: relative, so a wrong line of a millionth of a cent still shows, plus a floor far below
// any real amount for sums of subnormal prices (5e-324 USD/MTok), which keep only a few digits.
const ROUNDING = (a: number, b: number) => 1e-12 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
/** Equal up to float rounding. */
const close = (a: number, b: number) => Math.abs(a - b) <= ROUNDING(a, b);
/** `after` ≥ `before`, allowing for float rounding. */
const atLeast = (after: number, before: number) => after >= before - ROUNDING(after, before);
const tiers = (cost: ModelCost): TierCost[] => [cost.realtime, cost.batch];
const perJobs = (cost: ModelCost) => tiers(cost).map((t) => t.perJob);

// ---------------------------------------------------------------- the engine

describe('cost engine properties', () => {
	test.prop([anyModelArb, scenarioArb])(
		'every number in a result is finite, not -0, and (but for the saving) never negative',
		(model, scenario) => {
			const cost = estimateCost(model, scenario);
			for (const [path, n] of numbersIn(cost)) {
				expect(Number.isFinite(n), `${path} = ${n}`).toBe(true);
				expect(Object.is(n, -0), `${path} is -0`).toBe(false);
				// The saving is negative where batch costs more than real time; everything else is a cost or a count.
				if (!path.startsWith('saving')) expect(n, path).toBeGreaterThanOrEqual(0);
			}
		}
	);

	test.prop([anyModelArb, scenarioArb])(
		'the total of each tier equals the sum of its lines; per month = per job × jobs',
		(model, scenario) => {
			for (const tier of tiers(estimateCost(model, scenario))) {
				if (tier.perJob === undefined) {
					expect(tier.unknownLines.length).toBeGreaterThan(0);
					continue;
				}
				const sum = tier.lines.reduce((s, l) => s + l.usd!, 0);
				expect(close(tier.perJob, sum), `${tier.tier}: ${tier.perJob} ≠ ${sum}`).toBe(true);
				expect(close(tier.perMonth!, tier.perJob * scenario.jobs)).toBe(true);
			}
		}
	);

	test.prop([anyModelArb, scenarioArb])(
		'every token is billed once: fresh + writes + reads = input, output = output (per job)',
		(model, scenario) => {
			for (const tier of tiers(estimateCost(model, scenario))) {
				const tokens = Object.fromEntries(tier.lines.map((l) => [l.key, l.tokens]));
				expect(
					close(
						tokens.input + tokens.cacheWrite + tokens.cacheRead,
						scenario.input * scenario.requests
					)
				).toBe(true);
				expect(tokens.output).toBe(scenario.output * scenario.requests);
				for (const line of tier.lines)
					if (line.usd !== undefined && line.rate !== undefined)
						expect(close(line.usd, (line.tokens * line.rate) / 1e6)).toBe(true);
			}
		}
	);

	// More tokens never cost less. Crossing the long-context threshold switches to the multiplied
	// rates, so input is monotonic only where the multipliers are ≥ 1 (as every vendor's are).
	const grow = fc.double({ min: 1, max: 100, noNaN: true });
	const atLeastOne = costModelArb(
		fc.record({ standard: tierArb, batch: tierArb }),
		longContextArb(fc.double({ min: 1, max: 10, noNaN: true }))
	);
	test.prop([
		atLeastOne,
		scenarioArb,
		grow,
		fc.constantFrom('requests', 'input', 'output' as const),
	])(
		'cost is monotonic in requests, input and output tokens (long-context multipliers ≥ 1)',
		(model, scenario, factor, field) => {
			const more = {
				...scenario,
				[field]: Math.min(FIELD_RULES[field].max, Math.ceil(Math.max(scenario[field], 1) * factor)),
			};
			const [a, b] = [estimateCost(model, scenario), estimateCost(model, more)].map(perJobs);
			for (const i of [0, 1])
				if (a[i] !== undefined && b[i] !== undefined)
					expect(atLeast(b[i]!, a[i]!), `${field}: ${b[i]} < ${a[i]}`).toBe(true);
		}
	);

	// A longer shared prefix moves tokens from fresh input to cache writes and reads. It can only save
	// money where every cache price is at most the input price (and the cache multiplier at most the
	// input multiplier); Anthropic's writes cost more than input, so in general it is not monotonic.
	const cacheNotDearer = (tier: PriceTier): PriceTier =>
		Object.fromEntries(
			Object.entries(tier).map(([k, v]) => [
				k,
				k === 'input' || k === 'output' ? v : Math.min(v!, tier.input),
			])
		) as PriceTier;
	const cheapCache = costModelArb(
		fc.record({ standard: tierArb.map(cacheNotDearer), batch: tierArb.map(cacheNotDearer) }),
		longContextArb().map((lc) =>
			lc?.surcharge
				? {
						...lc,
						cacheMultiplier: Math.min(lc.cacheMultiplier ?? lc.inputMultiplier, lc.inputMultiplier),
					}
				: lc
		)
	);
	test.prop([cheapCache, scenarioArb, fc.double({ min: 0, max: 1, noNaN: true })])(
		'a longer shared prefix never costs more where cache prices ≤ the input price',
		(model, scenario, share) => {
			const longer = {
				...scenario,
				prefix: scenario.prefix + Math.floor((scenario.input - scenario.prefix) * share),
			};
			const [a, b] = [estimateCost(model, scenario), estimateCost(model, longer)].map(perJobs);
			for (const i of [0, 1])
				if (a[i] !== undefined && b[i] !== undefined)
					expect(atLeast(a[i]!, b[i]!), `${b[i]} > ${a[i]}`).toBe(true);
		}
	);

	// A higher hit share turns writes into reads: it saves money where a read costs no more than a write.
	// Without a cache-read price reads are billed at the input price, so then writes must cost at least
	// that; the long-context cache multiplier is left to default to the input one, for the same reason.
	const WRITES = OPTIONAL_PRICES.filter((k) => k !== 'cacheRead');
	const readNotDearer = (tier: PriceTier): PriceTier => {
		const writes = WRITES.filter((k) => tier[k] !== undefined);
		if (tier.cacheRead !== undefined)
			return {
				...tier,
				cacheRead: Math.min(tier.cacheRead, tier.input, ...writes.map((k) => tier[k]!)),
			};
		return {
			...tier,
			...Object.fromEntries(writes.map((k) => [k, Math.max(tier[k]!, tier.input)])),
		};
	};
	const cheapReads = costModelArb(
		fc.record({ standard: tierArb.map(readNotDearer), batch: tierArb.map(readNotDearer) }),
		longContextArb().map((lc) => (lc?.surcharge ? { ...lc, cacheMultiplier: undefined } : lc))
	);
	test.prop([cheapReads, scenarioArb, fc.double({ min: 0, max: 1, noNaN: true })])(
		'a higher cache hit share never costs more where reads cost no more than writes or input',
		(model, scenario, more) => {
			const higher = { ...scenario, hit: scenario.hit + (1 - scenario.hit) * more };
			const [a, b] = [estimateCost(model, scenario), estimateCost(model, higher)].map(perJobs);
			for (const i of [0, 1])
				if (a[i] !== undefined && b[i] !== undefined)
					expect(atLeast(a[i]!, b[i]!), `${b[i]} > ${a[i]}`).toBe(true);
		}
	);

	// Batch prices each at most the standard price of the same name, with the same prices listed in both
	// tiers (a price missing from one tier is billed at another price, so the comparison would not hold).
	const discountedArb = fc
		.tuple(
			tierArb,
			fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 })
		)
		.map(([standard, factors]) => ({
			standard,
			batch: Object.fromEntries(
				Object.entries(standard).map(([k, v], i) => [k, v! * factors[i]])
			) as PriceTier,
		}));
	test.prop([costModelArb(discountedArb), scenarioArb])(
		'batch never costs more than real time where each batch price ≤ its standard price',
		(model, scenario) => {
			const cost = estimateCost(model, scenario);
			expect(cost.batch.perJob === undefined).toBe(cost.realtime.perJob === undefined);
			if (cost.realtime.perJob === undefined) return;
			expect(atLeast(cost.realtime.perJob, cost.batch.perJob!)).toBe(true);
			expect(cost.saving!.perJob).toBeGreaterThanOrEqual(
				-ROUNDING(cost.realtime.perJob, cost.batch.perJob!)
			);
		}
	);
});

// ---------------------------------------------------------------- the calculator query

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,24}$/);
const idsArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 });
const paramsArb = (ids: string[]): fc.Arbitrary<CalculatorParams> =>
	fc
		.record({
			scenario: scenarioArb,
			model: fc.constantFrom(...ids),
			compare: fc.option(fc.constantFrom(...ids), { nil: undefined }),
		})
		.map(({ scenario, model, compare }) => ({
			...scenario,
			model,
			...(compare !== undefined && compare !== model ? { compare } : {}),
		}));

/** Text a reader might type or a link might carry for a number field. */
const numberTextArb = fc.oneof(
	fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map(String),
	fc.double({ noNaN: false }).map(String),
	fc.constantFrom(
		'-0',
		'+0',
		'-0.0',
		'0e5',
		'-0e-3',
		'1e3',
		'1,000',
		'1 000',
		'1_000',
		'.5',
		'5.',
		'',
		' ',
		'NaN',
		'Infinity',
		'0x10',
		'1e400'
	),
	fc.string()
);
// Every field of the query but the one-off and ZDR flags, which take fixed words rather than values.
const FIELD_NAMES = FIELDS.filter((f) => f !== 'runs' && f !== 'zdr');
const queryArb = fc.dictionary(
	fc.constantFrom(...FIELD_NAMES),
	fc.oneof(numberTextArb, fc.constantFrom(...CACHE_TTLS), fc.string())
);

describe('calculator query properties', () => {
	test.prop([idsArb.chain((ids) => fc.tuple(fc.constant(ids), paramsArb(ids)))])(
		'serialise (calculatorUrl) → parse is the identity for any valid params',
		([ids, params]) => {
			const url = new URL(calculatorUrl(params), 'https://batchwise.example');
			const parsed = parseCalculatorQuery(url.searchParams, ids);
			expect(parsed.messages).toEqual([]);
			expect(parsed.params).toStrictEqual(params);
			for (const [path, n] of numbersIn(parsed.params))
				expect(Object.is(n, -0), `${path} is -0`).toBe(false);
		}
	);

	test.prop([idsArb, queryArb])(
		'parsing any query gives params inside FIELD_RULES, never -0, and a query that parses back to itself',
		(ids, query) => {
			const { params } = parseCalculatorQuery(query, ids);
			for (const field of Object.keys(FIELD_RULES) as (keyof typeof FIELD_RULES)[]) {
				const n = params[field];
				expect(Object.is(n, -0), `${field} is -0 (from ${JSON.stringify(query[field])})`).toBe(
					false
				);
				expect(n).toBeGreaterThanOrEqual(FIELD_RULES[field].min);
				expect(n).toBeLessThanOrEqual(FIELD_RULES[field].max);
				if (FIELD_RULES[field].whole) expect(Number.isInteger(n)).toBe(true);
			}
			expect(params.prefix).toBeLessThanOrEqual(params.input);
			const again = parseCalculatorQuery(
				new URL(calculatorUrl(params), 'https://batchwise.example').searchParams,
				ids
			);
			expect(again).toStrictEqual({ params, messages: [] });
		}
	);

	test.prop([idsArb, queryArb, anyModelArb])(
		'any query, parsed and priced, gives no NaN, Infinity, negative cost or -0',
		(ids, query, model) => {
			const { params } = parseCalculatorQuery(query, ids);
			const cost = estimateCost(model, params);
			for (const [path, n] of numbersIn(cost)) {
				expect(Number.isFinite(n), `${path} = ${n}`).toBe(true);
				expect(Object.is(n, -0), `${path} is -0`).toBe(false);
				if (!path.startsWith('saving')) expect(n, path).toBeGreaterThanOrEqual(0);
			}
		}
	);
});
