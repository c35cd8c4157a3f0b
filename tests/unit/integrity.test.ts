// One test per integrity rule: the fixture passes it, and a one-field break makes it fail by name.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { RULES, checkIntegrity, nearestIds } from '../../src/lib/facts/rules.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import type { Dataset } from '../../src/lib/facts/parse.ts';
import { FactSchema } from '../../src/schemas.ts';
import { FIXTURE_DATA } from '../fixtures/temp-data.ts';

const TODAY = '2026-11-22';
const fixture = (): Dataset => structuredClone(readDataset(FIXTURE_DATA, TODAY).data);
const fact = (d: Dataset, id: string) => d.facts.find((f) => f.record.id === id)!.record;
const model = (d: Dataset, id: string) => d.models.find((m) => m.record.id === id)!.record;

type RuleName = keyof typeof RULES;
const breaks: [RuleName, string, (d: Dataset) => void][] = [
	[
		'unique-ids',
		'a fact reuses a model id',
		(d) => void (fact(d, 'alpha.batch.zdr').id = 'alpha-one'),
	],
	['unique-ids', 'a claim reuses a provider id', (d) => void (d.claims[0].record.id = 'alpha')],
	[
		'provider-matches-file',
		'a beta model in alpha.yaml',
		(d) => void (model(d, 'alpha-one').provider = 'beta'),
	],
	[
		'references-resolve',
		'a claim cites a missing fact',
		(d) => void (d.claims[0].record.facts = ['alpha.nothing']),
	],
	[
		'references-resolve',
		'a fact names a missing provider',
		(d) => void (fact(d, 'alpha.batch.zdr').provider = 'gamma'),
	],
	[
		'references-resolve',
		'a derived fact cites a missing fact',
		(d) => void (fact(d, 'alpha.batch.half-price').derivedFrom = ['alpha.gone']),
	],
	[
		'references-resolve',
		'a discount exception cites a missing fact',
		(d) => void (model(d, 'alpha-mini').discountExceptions[0].fact = 'alpha.gone'),
	],
	[
		'batch-discount',
		'a batch price off the discount',
		(d) => void (model(d, 'alpha-one').prices.batch.output = 7),
	],
	[
		'batch-discount',
		'a batch cache price off the discount',
		(d) => void (model(d, 'alpha-one').prices.batch.cacheRead = 0.2),
	],
	[
		'batch-discount',
		'a provider without a numeric discount fact',
		(d) => void (fact(d, 'alpha.batch.discount').value = 'half'),
	],
	[
		'not-in-future',
		'a fact verified after today',
		(d) => void (fact(d, 'alpha.batch.zdr').verifiedOn = '2026-11-23'),
	],
	[
		'not-in-future',
		'a claim checked after today',
		(d) => void (d.claims[0].record.checkedOn = '2027-01-01'),
	],
	[
		'history-ordered',
		'history ends after the current value began',
		(d) => void (fact(d, 'alpha.batch.max-requests').history[0].until = '2026-10-15'),
	],
	[
		'derived-prices-exist',
		'a derived price that is absent',
		(d) => void model(d, 'alpha-one').derived.push('standard.cacheWrite1h'),
	],
	['non-blank-text', 'a label of spaces', (d) => void (fact(d, 'alpha.batch.zdr').label = '     ')],
	[
		'non-blank-text',
		'a source title of spaces',
		(d) => void (model(d, 'alpha-one').sources[0].title = '   '),
	],
	[
		'non-blank-text',
		'a blank list item in a claim',
		(d) => void d.claims[0].record.seenIn.push(' '),
	],
	[
		'unit-needs-number',
		'the unit typed into the value',
		(d) => void (fact(d, 'alpha.batch.max-requests').value = '1000 requests'),
	],
	[
		'unit-needs-number',
		'a yes/no value with a unit',
		(d) => void (fact(d, 'alpha.batch.max-requests').value = true),
	],
	[
		'number-not-text',
		'a price written as text',
		(d) => void (fact(d, 'alpha.batch.zdr').value = '$1.25'),
	],
	[
		'number-has-unit',
		'a number without its unit',
		(d) => void (fact(d, 'alpha.batch.max-requests').unit = undefined),
	],
	[
		'no-negative-numbers',
		'a negative limit',
		(d) => void (fact(d, 'alpha.batch.max-requests').value = -200),
	],
	[
		'limits-above-zero',
		'a limit of 0',
		(d) => void (fact(d, 'alpha.batch.max-requests').value = 0),
	],
	[
		'percent-in-range',
		'a discount above 100%',
		(d) => void (fact(d, 'alpha.batch.discount').value = 150),
	],
	[
		'zero-price-declared',
		'a 0 price not listed as free',
		(d) => void (model(d, 'alpha-one').prices.standard.cacheRead = 0),
	],
	[
		'zero-price-declared',
		'a free price that is not 0',
		(d) => void model(d, 'alpha-one').free.push('batch.output'),
	],
	[
		'batch-not-above-standard',
		'a batch price above standard',
		(d) => void (model(d, 'alpha-one').prices.batch.output = 16),
	],
	[
		'discount-exception-documented',
		'an exception for a price that follows the discount',
		(d) =>
			void model(d, 'alpha-one').discountExceptions.push({
				price: 'batch.input',
				fact: 'alpha.batch.discount',
			}),
	],
	[
		'discount-exception-documented',
		'an exception whose fact does not name the model',
		(d) => void (fact(d, 'alpha.batch.discount').note = undefined),
	],
	[
		'lifecycle-consistent',
		'an active model with a shutdown date',
		(d) =>
			Object.assign(model(d, 'alpha-one'), {
				retiresOn: '2027-03-01',
				lifecycleFact: 'alpha.batch.zdr',
			}),
	],
	[
		'lifecycle-consistent',
		'a retired model whose shutdown is ahead',
		(d) =>
			Object.assign(model(d, 'alpha-one'), {
				status: 'retired',
				retiresOn: '2026-12-01',
				lifecycleFact: 'alpha.batch.zdr',
			}),
	],
	[
		'lifecycle-consistent',
		'a deprecation announced in the future',
		(d) => void (model(d, 'alpha-one').deprecatedOn = '2026-11-23'),
	],
	[
		'lifecycle-consistent',
		'a launch after the shutdown',
		(d) =>
			Object.assign(model(d, 'alpha-one'), {
				status: 'retired',
				launchedOn: '2026-05-01',
				retiresOn: '2026-04-01',
			}),
	],
	[
		'sources-distinct',
		'the same page cited twice',
		(d) => void model(d, 'alpha-one').sources.push({ ...model(d, 'alpha-one').sources[0] }),
	],
	[
		'list-items-distinct',
		'a list item repeated',
		(d) => void (fact(d, 'alpha.batch.zdr').value = ['/v1/a', '/v1/b', '/v1/a']),
	],
	[
		'id-prefix-matches-provider',
		'a fact id of another provider',
		(d) => void (fact(d, 'alpha.batch.zdr').id = 'beta.batch.zdr'),
	],
	[
		'id-prefix-matches-provider',
		"a model's price fact of another provider",
		(d) => void (model(d, 'alpha-one').fact = 'beta.price.one'),
	],
	[
		'review-window-bounded',
		'a review window of 30 years',
		(d) => void (fact(d, 'alpha.batch.zdr').reviewEveryDays = 10_000),
	],
	[
		'history-records-change',
		'a history entry equal to the current value',
		(d) => void (fact(d, 'alpha.batch.max-requests').history[0].value = 1000),
	],
	[
		'discount-fact-fits',
		"a provider's discount fact that is not a percentage",
		(d) => void (d.providers[0].record.discountFact = 'alpha.batch.max-requests'),
	],
	[
		'derived-from-needs-derived',
		'derivedFrom on a value read from a source',
		(d) => void (fact(d, 'alpha.batch.zdr').derivedFrom = ['alpha.batch.discount']),
	],
	[
		'batch-price-has-standard',
		'a batch price without its standard price',
		(d) => void (model(d, 'alpha-one').prices.batch.cacheWrite1h = 3),
	],
	[
		'faq-cites-facts',
		'an FAQ answer citing a missing fact',
		(d) =>
			void d.faq.push({
				...{
					file: 'data/faq.yaml',
					record: {
						id: 'q-one',
						question: 'How big can a batch be?',
						answer: 'Up to {{alpha.batch.max-requests}} each.',
						facts: [],
						links: [],
					},
				},
				record: {
					...{
						file: 'data/faq.yaml',
						record: {
							id: 'q-one',
							question: 'How big can a batch be?',
							answer: 'Up to {{alpha.batch.max-requests}} each.',
							facts: [],
							links: [],
						},
					}.record,
					answer: 'Up to {{alpha.batch.max-request}} each.',
				},
			}),
	],
	[
		'faq-cites-facts',
		'two FAQ questions with one id',
		(d) =>
			void d.faq.push(
				{
					file: 'data/faq.yaml',
					record: {
						id: 'q-one',
						question: 'How big can a batch be?',
						answer: 'Up to {{alpha.batch.max-requests}} each.',
						facts: [],
						links: [],
					},
				},
				{
					file: 'data/faq.yaml',
					record: {
						id: 'q-one',
						question: 'How big can a batch be?',
						answer: 'Up to {{alpha.batch.max-requests}} each.',
						facts: [],
						links: [],
					},
				}
			),
	],
	[
		'batch-facts-fit',
		'a request cap that is not a number',
		(d) =>
			void (
				(fact(d, 'alpha.batch.zdr').value = 'many'),
				(d.providers[0].record.batchFacts = { maxRequests: 'alpha.batch.zdr' })
			),
	],
	[
		'batch-facts-fit',
		'a size cap that is not in MB',
		(d) => void (d.providers[0].record.batchFacts = { maxSize: 'alpha.batch.max-requests' }),
	],
	[
		'reader-text-plain',
		'a label naming a docs mirror',
		(d) => void (fact(d, 'alpha.batch.zdr').label = 'Status as read in the docs mirror'),
	],
	[
		'reader-text-plain',
		'a claim explanation citing a commit hash',
		(d) => void (d.claims[0].record.explanation = 'Confirmed in the vendor guide at 03c65ca.'),
	],
	[
		'short-matches-value',
		'a short form with a number the value lacks',
		(d) => void (fact(d, 'alpha.batch.max-requests').short = 'up to 2000 requests'),
	],
];

describe.each(Object.keys(RULES) as RuleName[])('rule %s', (name) => {
	test('passes on the valid fixture', () => {
		expect(RULES[name](fixture(), TODAY)).toEqual([]);
	});
	test.each(breaks.filter(([rule]) => rule === name))(
		'fails when %s: %s',
		(rule, _label, mutate) => {
			const data = fixture();
			mutate(data);
			const problems = RULES[rule](data, TODAY);
			expect(problems.length).toBeGreaterThan(0);
			expect(problems.every((p) => p.rule === rule && p.file && p.id && p.message)).toBe(true);
		}
	);
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
	expect(RULES['batch-discount'](data, TODAY)[0]).toMatchObject({
		id: 'alpha-mini',
		field: 'prices.batch.input',
	});
});

describe('schema rules that are integrity rules too', () => {
	const base = parse(readFileSync(`${FIXTURE_DATA}/facts/alpha.yaml`, 'utf8'))[0];
	test('sources must be https URLs', () => {
		expect(FactSchema.safeParse(base).success).toBe(true);
		const http = {
			...base,
			sources: [{ url: 'http://docs.alpha.example/pricing', title: 'Alpha pricing' }],
		};
		expect(FactSchema.safeParse(http).error?.issues[0].path).toEqual(['sources', 0, 'url']);
	});
	test('derived values must name what they derive from', () => {
		const derived = { ...base, derived: true };
		expect(FactSchema.safeParse(derived).error?.issues[0].path).toEqual(['derivedFrom']);
		expect(
			FactSchema.safeParse({ ...derived, derivedFrom: ['alpha.batch.max-requests'] }).success
		).toBe(true);
	});
});

test('nearestIds suggests the closest ids', () => {
	expect(
		nearestIds(
			'openai.batch.max-request',
			['openai.batch.max-requests', 'anthropic.batch.max-requests', 'xai.batch'],
			2
		)
	).toEqual(['openai.batch.max-requests', 'anthropic.batch.max-requests']);
	expect(nearestIds('zzz', ['openai.batch.max-requests'], 3)).toEqual([]);
});

test('a documented exception lets that exact batch price exceed standard, and no other', () => {
	const data = fixture();
	const mini = model(data, 'alpha-mini');
	mini.prices.batch.cacheRead = 0.2; // above the standard 0.1, excepted and documented
	mini.prices.batch.output = 2; // above the standard 1, not excepted
	const problems = checkIntegrity(data, TODAY);
	expect(problems.map((p) => `${p.field} ${p.rule}`)).toEqual([
		'prices.batch.output batch-discount',
		'prices.batch.output batch-not-above-standard',
	]);
});

test('no integrity rule fails valid data because the calendar moved forward', () => {
	for (const later of ['2027-06-01', '2030-01-01'])
		expect(checkIntegrity(fixture(), later)).toEqual([]);
});
