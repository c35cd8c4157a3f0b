// One test per integrity rule: the fixture passes it, and a one-field break makes it fail by name.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { RULES, checkIntegrity, nearestIds } from '../../src/lib/integrity.ts';
import { readDataset } from '../../src/lib/data-files.ts';
import type { Dataset } from '../../src/lib/dataset.ts';
import { FactSchema } from '../../src/schemas.ts';
import { FIXTURE_DATA } from '../fixtures/temp-data.ts';

const TODAY = '2026-11-22';
const fixture = (): Dataset => structuredClone(readDataset(FIXTURE_DATA, TODAY).data);
const fact = (d: Dataset, id: string) => d.facts.find((f) => f.record.id === id)!.record;
const model = (d: Dataset, id: string) => d.models.find((m) => m.record.id === id)!.record;

type RuleName = keyof typeof RULES;
const breaks: [RuleName, string, (d: Dataset) => void][] = [
	['unique-ids', 'a fact reuses a model id', (d) => void (fact(d, 'alpha.batch.zdr').id = 'alpha-one')],
	['unique-ids', 'a claim reuses a provider id', (d) => void (d.claims[0].record.id = 'alpha')],
	['provider-matches-file', 'a beta model in alpha.yaml', (d) => void (model(d, 'alpha-one').provider = 'beta')],
	['references-resolve', 'a claim cites a missing fact', (d) => void (d.claims[0].record.facts = ['alpha.nothing'])],
	['references-resolve', 'a fact names a missing provider', (d) => void (fact(d, 'alpha.batch.zdr').provider = 'gamma')],
	['references-resolve', 'a derived fact cites a missing fact', (d) => void (fact(d, 'alpha.batch.half-price').derivedFrom = ['alpha.gone'])],
	['references-resolve', 'a discount exception cites a missing fact', (d) => void (model(d, 'alpha-mini').discountExceptions[0].fact = 'alpha.gone')],
	['batch-discount', 'a batch price off the discount', (d) => void (model(d, 'alpha-one').prices.batch.output = 7)],
	['batch-discount', 'a batch cache price off the discount', (d) => void (model(d, 'alpha-one').prices.batch.cacheRead = 0.2)],
	['batch-discount', 'a provider without a numeric discount fact', (d) => void (fact(d, 'alpha.batch.discount').value = 'half')],
	['not-in-future', 'a fact verified after today', (d) => void (fact(d, 'alpha.batch.zdr').verifiedOn = '2026-11-23')],
	['not-in-future', 'a claim checked after today', (d) => void (d.claims[0].record.checkedOn = '2027-01-01')],
	['history-ordered', 'history ends after the current value began', (d) => void (fact(d, 'alpha.batch.max-requests').history[0].until = '2026-10-15')],
	['derived-prices-exist', 'a derived price that is absent', (d) => void model(d, 'alpha-one').derived.push('standard.cacheWrite1h')],
];

describe.each(Object.keys(RULES) as RuleName[])('rule %s', (name) => {
	test('passes on the valid fixture', () => {
		expect(RULES[name](fixture(), TODAY)).toEqual([]);
	});
	test.each(breaks.filter(([rule]) => rule === name))('fails when %s: %s', (rule, _label, mutate) => {
		const data = fixture();
		mutate(data);
		const problems = RULES[rule](data, TODAY);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.rule === rule && p.file && p.id && p.message)).toBe(true);
	});
});

test('every rule has at least one breaking case', () => {
	expect(new Set(breaks.map(([rule]) => rule))).toEqual(new Set(Object.keys(RULES)));
});

test('a documented discount exception lets a batch price differ', () => {
	const data = fixture();
	model(data, 'alpha-mini').discountExceptions = [];
	expect(checkIntegrity(data, TODAY).map((p) => p.field)).toContain('prices.batch.cacheRead');
});

test('a price of 0 is checked like any other price', () => {
	const data = fixture();
	model(data, 'alpha-mini').prices.batch.input = 0.1; // standard input is 0, so batch must be 0
	expect(RULES['batch-discount'](data, TODAY)[0]).toMatchObject({ id: 'alpha-mini', field: 'prices.batch.input' });
});

describe('schema rules that are integrity rules too', () => {
	const base = parse(readFileSync(`${FIXTURE_DATA}/facts/alpha.yaml`, 'utf8'))[0];
	test('sources must be https URLs', () => {
		expect(FactSchema.safeParse(base).success).toBe(true);
		const http = { ...base, sources: [{ url: 'http://docs.alpha.example/pricing', title: 'Alpha pricing' }] };
		expect(FactSchema.safeParse(http).error?.issues[0].path).toEqual(['sources', 0, 'url']);
	});
	test('derived values must name what they derive from', () => {
		const derived = { ...base, derived: true };
		expect(FactSchema.safeParse(derived).error?.issues[0].path).toEqual(['derivedFrom']);
		expect(FactSchema.safeParse({ ...derived, derivedFrom: ['alpha.batch.max-requests'] }).success).toBe(true);
	});
});

test('nearestIds suggests the closest ids', () => {
	expect(nearestIds('openai.batch.max-request', ['openai.batch.max-requests', 'anthropic.batch.max-requests', 'xai.batch'], 2)).toEqual([
		'openai.batch.max-requests',
		'anthropic.batch.max-requests',
	]);
	expect(nearestIds('zzz', ['openai.batch.max-requests'], 3)).toEqual([]);
});
