// Looking facts up for pages, and formatting their values for readers.
import { describe, expect, test } from 'vitest';
import {
	getCitable,
	getFact,
	UnknownFactError,
	type SiteData,
} from '../../src/lib/facts/lookup.ts';
import { factIdsInMdx, isCitable, summarisePageFacts } from '../../src/lib/facts/page-facts.ts';
import { formatUsd, formatValueWithUnit } from '../../src/lib/site/format.ts';
import { FIXTURE_DATA, siteDataFrom } from '../fixtures/temp-data.ts';

const site: SiteData = siteDataFrom(FIXTURE_DATA, '2026-11-22');

describe('unknown fact ids fail loudly', () => {
	test('the error names the id and the nearest ids', () => {
		expect(() => getFact(site, 'alpha.batch.max-request')).toThrow(UnknownFactError);
		expect(() => getFact(site, 'alpha.batch.max-request')).toThrow(
			'Unknown fact id "alpha.batch.max-request". Nearest ids: alpha.batch.max-requests'
		);
	});
	test('a citable id may be a fact, a model price fact or a model id', () => {
		expect(getCitable(site, 'alpha.batch.zdr').type).toBe('fact');
		expect(getCitable(site, 'alpha.price.one')).toMatchObject({
			type: 'model',
			model: { id: 'alpha-one' },
		});
		expect(getCitable(site, 'alpha-mini')).toMatchObject({ type: 'model' });
		expect(() => getCitable(site, 'alpha-too')).toThrow(/Nearest ids: .*alpha-one/);
	});
});

test('a page summary reports the oldest date and the stale facts', () => {
	const summary = summarisePageFacts(site, [
		'alpha.batch.max-requests',
		'alpha-one',
		'alpha.batch.zdr',
	]);
	expect(summary).toMatchObject({
		count: 3,
		oldestVerified: '2026-10-01',
		newestVerified: '2026-11-01',
	});
	// Each stale item names its provider, so the notice can link to the row on that provider's facts page.
	expect(summarisePageFacts({ ...site, today: '2027-03-01' }, ['alpha-one']).stale).toEqual([
		{ id: 'alpha-one', provider: 'alpha', label: 'Alpha One prices', verifiedOn: '2026-11-01' },
	]);
});

test('fact ids are found in MDX component props', () => {
	const mdx = `Up to <FactValue id="alpha.batch.max-requests" /> requests.\n<CompareTable providers={['alpha']} rows={[['Zero data retention', 'alpha.batch.zdr']]} />\n<PriceTable models={["alpha-one"]} />`;
	expect(factIdsInMdx(mdx, (id) => isCitable(site, id)).sort()).toEqual([
		'alpha-one',
		'alpha.batch.max-requests',
		'alpha.batch.zdr',
	]);
});

describe('formatting', () => {
	test.each([
		[100000, 'requests', '100,000 requests'],
		[50, '%', '50%'],
		['unknown', 'MB', 'Unknown'],
		['not-documented', undefined, 'Not documented'],
		[false, undefined, 'No'],
		[['a', 'b'], undefined, 'a, b'],
		[0, 'USD', '0 USD'],
	] as const)('%j %s → %s', (value, unit, expected) => {
		expect(formatValueWithUnit(value as never, unit)).toBe(expected);
	});
	test.each([
		[0.075, '$0.075'],
		[3, '$3.00'],
		[0, '$0.00'],
		[1234.5, '$1,234.50'],
	])('formatUsd(%d) = %s', (n, s) => expect(formatUsd(n)).toBe(s));
});
