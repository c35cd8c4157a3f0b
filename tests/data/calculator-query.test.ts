// The calculator's URL state: each bad field gets a message and its default; good fields are kept.
import { describe, expect, test } from 'vitest';
import {
	calculatorDefaults,
	calculatorUrl,
	parseCalculatorQuery,
	serialiseCalculatorQuery,
	type CalculatorParams,
	type Field,
} from '../../src/lib/calculator/query.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { toSiteData } from '../../src/lib/facts/lookup.ts';
import { LIVE_DAY } from '../fixtures/temp-data.ts';

const { data } = readDataset('data', LIVE_DAY);
const IDS = data.models.map((m) => m.record.id);
// The page's defaults: the model chosen in data/calculator-examples.yaml and the starting workload.
const DEFAULT_PARAMS = calculatorDefaults(toSiteData(data, LIVE_DAY));
const parse = (q: string) => parseCalculatorQuery(q, IDS, DEFAULT_PARAMS);

test('the default model is chosen in data and exists there', () => {
	expect(data.calculatorModel?.file).toBe('data/calculator-examples.yaml');
	expect(IDS).toContain(DEFAULT_PARAMS.model);
});

test('an empty query gives the defaults and no messages', () => {
	expect(parse('')).toEqual({ params: { ...DEFAULT_PARAMS }, messages: [] });
});

test('a full valid query is read exactly', () => {
	const { params, messages } = parse('model=gpt-4o-mini&compare=claude-sonnet-4-6&requests=100000&jobs=30&input=100&output=25&prefix=0&hit=0.25&ttl=1h');
	expect(messages).toEqual([]);
	expect(params).toEqual({ model: 'gpt-4o-mini', compare: 'claude-sonnet-4-6', requests: 100000, jobs: 30, input: 100, output: 25, prefix: 0, hit: 0.25, ttl: '1h' });
});

test('numbers typed with thousands separators are accepted', () => {
	expect(parse('requests=10%2C000&input=2%20000').params).toMatchObject({ requests: 10000, input: 2000 });
});

describe('a bad field falls back to its default with a message; the other fields are kept', () => {
	test.each<[string, string, Field, RegExp]>([
		['negative', 'requests=-5', 'requests', /cannot be negative/],
		['non-numeric', 'output=lots', 'output', /must be a number \(got “lots”\)/],
		['empty number', 'jobs=', 'jobs', /enter a number/],
		['not whole', 'requests=2.5', 'requests', /whole number/],
		['out of range (above)', 'hit=1.5', 'hit', /between 0 and 1/],
		['out of range (below)', 'requests=0', 'requests', /between 1 and/],
		['out of range (huge)', 'input=1e12', 'input', /between 1 and 10,000,000 tokens/],
		['Infinity', 'output=Infinity', 'output', /must be a number/],
		['hex', 'output=0x10', 'output', /must be a number/],
		['bad TTL', 'ttl=2h', 'ttl', /one of 5m, 30m, 1h, 12h/],
		['unknown model', 'model=gpt-9', 'model', /Unknown model “gpt-9”/],
		['unknown compare', 'compare=nope', 'compare', /Unknown comparison model/],
	])('%s', (_name, bad, field, message) => {
		const { params, messages } = parse(field === 'jobs' ? bad : `${bad}&jobs=7`);
		expect(messages).toHaveLength(1);
		expect(messages[0].field).toBe(field);
		expect(messages[0].message).toMatch(message);
		const fallback = field === 'compare' ? undefined : DEFAULT_PARAMS[field];
		expect(params[field]).toEqual(fallback);
		if (field !== 'jobs') expect(params.jobs).toBe(7);
	});
});

test('prefix larger than input: a message, and the prefix falls back while the input is kept', () => {
	const { params, messages } = parse('input=1000&prefix=1200');
	expect(messages).toEqual([{ field: 'prefix', message: expect.stringMatching(/Shared prefix \(1,200 tokens\) cannot be larger than the input \(1,000 tokens\); using 0/), why: { key: 'prefixTooLarge', prefix: 1200, input: 1000, fallback: 0 } }]);
	expect(params).toMatchObject({ input: 1000, prefix: 0 });
	// When the default prefix fits, it is the fallback.
	expect(parse('input=5000&prefix=6000').params.prefix).toBe(DEFAULT_PARAMS.prefix);
});

test('the prefix message counts in the right number: "1 token"', () => {
	expect(parse('input=1&prefix=2').messages[0].message).toMatch(/^Shared prefix \(2 tokens\) cannot be larger than the input \(1 token\); using 0\.$/);
});

test('"-0" is read as 0, never kept as -0 (which prints as "-0")', () => {
	for (const zero of ['-0', '-0.0', '-0e3', '-.0', '+0']) {
		const { params, messages } = parse(`output=${encodeURIComponent(zero)}&prefix=${encodeURIComponent(zero)}&hit=${encodeURIComponent(zero)}`);
		expect(messages).toEqual([]);
		for (const field of ['output', 'prefix', 'hit'] as const) expect(Object.is(params[field], 0), `${field}=${zero}`).toBe(true);
	}
	expect(serialiseCalculatorQuery(parse('output=-0').params)).toMatch(/&output=0&/);
});

test('comparing a model with itself is refused', () => {
	const { params, messages } = parse(`model=gpt-4o&compare=gpt-4o`);
	expect(params.compare).toBeUndefined();
	expect(messages[0]).toMatchObject({ field: 'compare' });
});

test('several bad fields give one message each, in field order', () => {
	const { messages } = parse('ttl=x&requests=abc&model=zzz');
	expect(messages.map((m) => m.field)).toEqual(['model', 'requests', 'ttl']);
});

test('form values (a plain record) parse like a query', () => {
	const { params, messages } = parseCalculatorQuery({ model: 'gpt-4o', requests: '500', hit: '0.5', compare: '' }, IDS, DEFAULT_PARAMS);
	expect(messages).toEqual([]);
	expect(params).toMatchObject({ model: 'gpt-4o', requests: 500, hit: 0.5 });
	expect(params.compare).toBeUndefined();
});

test('serialise → parse round-trips every field', () => {
	const p: CalculatorParams = { model: 'gpt-5.4', compare: 'claude-opus-4-8', requests: 1234, jobs: 3, input: 300000, output: 999, prefix: 250000, hit: 0.35, ttl: '1h' };
	const q = serialiseCalculatorQuery(p);
	expect(q).toBe('model=gpt-5.4&compare=claude-opus-4-8&requests=1234&jobs=3&input=300000&output=999&prefix=250000&hit=0.35&ttl=1h');
	expect(parse(q)).toEqual({ params: p, messages: [] });
});

test('calculatorUrl links in with only the given fields', () => {
	expect(calculatorUrl()).toBe('/calculator/');
	expect(calculatorUrl({ model: 'gpt-4o-mini', requests: 100000, input: 100, output: 25 })).toBe('/calculator/?model=gpt-4o-mini&requests=100000&input=100&output=25');
	const { params } = parse(calculatorUrl({ model: 'gpt-4o-mini', compare: 'claude-haiku-4-5' }).split('?')[1]);
	expect(params).toMatchObject({ model: 'gpt-4o-mini', compare: 'claude-haiku-4-5', requests: DEFAULT_PARAMS.requests });
});

describe('calculator-only fields', () => {
	test('a share may be typed as a percentage', () => {
		expect(parse('hit=95%25')).toMatchObject({ params: { hit: 0.95 }, messages: [] });
		expect(parse('hit=12.5%25').params.hit).toBeCloseTo(0.125, 12);
		expect(parse('hit=150%25').messages[0]).toMatchObject({ field: 'hit', message: expect.stringMatching(/between 0 and 1/) });
		// Only the share takes a percentage.
		expect(parse('requests=50%25').messages[0]).toMatchObject({ field: 'requests', message: expect.stringMatching(/must be a number/) });
	});
	test('one-off or recurring, and the ZDR answer, round-trip through the URL', () => {
		const { params, messages } = parse('runs=once&zdr=yes');
		expect(messages).toEqual([]);
		expect(params).toMatchObject({ runs: 'once', zdr: 'yes' });
		expect(parse(serialiseCalculatorQuery(params)).params).toEqual(params);
		expect(parse('runs=monthly&zdr=no').params).toEqual(DEFAULT_PARAMS);
		expect(parse('runs=weekly').messages[0].field).toBe('runs');
		expect(parse('zdr=maybe').messages[0].field).toBe('zdr');
	});
	test('without a ttl in the query, the lifetime the model\'s provider recommends is used', () => {
		const ttlFor = (id: string) => (id.startsWith('claude') ? ('1h' as const) : undefined);
		expect(parseCalculatorQuery('model=claude-haiku-4-5', IDS, DEFAULT_PARAMS, ttlFor).params.ttl).toBe('1h');
		expect(parseCalculatorQuery('model=gpt-5.4', IDS, DEFAULT_PARAMS, ttlFor).params.ttl).toBe(DEFAULT_PARAMS.ttl);
		// A lifetime in the query wins.
		expect(parseCalculatorQuery('model=claude-haiku-4-5&ttl=5m', IDS, DEFAULT_PARAMS, ttlFor).params.ttl).toBe('5m');
	});
});
