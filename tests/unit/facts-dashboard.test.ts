// The facts dashboard: rows grouped by provider with freshness counts, and the review list editors
// work from, on the fixture data at a date where some rows have aged.
import { describe, expect, test } from 'vitest';
import {
	citableHref,
	factsByProvider,
	needsReview,
	reviewText,
} from '../../src/lib/site/facts-dashboard.ts';
import { factHref, providerFactsHref } from '../../src/lib/site/routes.ts';
import { FIXTURE_DATA, siteDataFrom } from '../fixtures/temp-data.ts';

const siteOn = (today: string) => siteDataFrom(FIXTURE_DATA, today);

describe('factsByProvider', () => {
	test('every provider appears, with only its own rows, even when it has none', () => {
		const groups = factsByProvider(siteOn('2026-11-22'));
		expect(groups.map((g) => g.provider.id)).toEqual(['alpha', 'beta']);
		const [alpha, beta] = groups;
		expect(alpha.facts.map((f) => f.fact.id).sort()).toEqual([
			'alpha.batch.discount',
			'alpha.batch.half-price',
			'alpha.batch.max-requests',
			'alpha.batch.zdr',
		]);
		expect(alpha.models.map((m) => m.model.id).sort()).toEqual(['alpha-mini', 'alpha-one']);
		expect(beta).toMatchObject({ facts: [], models: [], counts: { fresh: 0, due: 0, stale: 0 } });
	});

	test('counts freshness on the build date', () => {
		// All fixture rows were checked in October or November 2026.
		expect(factsByProvider(siteOn('2026-11-22'))[0].counts).toEqual({ fresh: 6, due: 0, stale: 0 });
		// 20 Jan 2027: the 60-day prices (review by 31 Dec) are stale; the limit checked on 1 Oct
		// (120 days: review by 29 Jan) is due within the 14-day warning; the rest are fresh.
		expect(factsByProvider(siteOn('2027-01-20'))[0].counts).toEqual({ fresh: 2, due: 1, stale: 3 });
	});
});

describe('needsReview', () => {
	test('lists due and stale rows only, the earliest review date first', () => {
		const review = needsReview(factsByProvider(siteOn('2027-01-20')));
		expect(review.map((r) => [r.id, r.freshness.state, r.freshness.reviewBy])).toEqual([
			['alpha-mini', 'stale', '2026-12-31'],
			['alpha-one', 'stale', '2026-12-31'],
			['alpha.batch.half-price', 'stale', '2026-12-31'],
			['alpha.batch.max-requests', 'due', '2027-01-29'],
		]);
		expect(review[0]).toMatchObject({ provider: 'alpha', label: 'Alpha Mini prices' });
	});

	test('is empty while everything is fresh', () => {
		expect(needsReview(factsByProvider(siteOn('2026-11-22')))).toEqual([]);
	});
});

describe('links to a row', () => {
	test("point at the row on its provider's facts page", () => {
		expect(factHref({ id: 'openai.batch.max-requests', provider: 'openai' })).toBe(
			'/facts/openai/#openai.batch.max-requests'
		);
		expect(factHref({ id: 'gpt-4o-mini', provider: 'openai' })).toBe('/facts/openai/#gpt-4o-mini');
		expect(providerFactsHref('anthropic')).toBe('/facts/anthropic/');
	});
	test('a model price fact id links to its model row; an unknown id fails with near matches', () => {
		const site = siteOn('2026-11-22');
		const priceFact = site.models.find((m) => m.id === 'alpha-one')!.fact!;
		expect(citableHref(site, priceFact)).toBe('/facts/alpha/#alpha-one');
		expect(citableHref(site, 'alpha.batch.zdr')).toBe('/facts/alpha/#alpha.batch.zdr');
		expect(() => citableHref(site, 'alpha.batch.zd')).toThrow(/Nearest ids: alpha\.batch\.zdr/);
	});
});

test('the review date reads as a deadline, or as missed once the row is stale', () => {
	const review = needsReview(factsByProvider(siteOn('2027-01-20')));
	expect(reviewText(review.find((r) => r.id === 'alpha.batch.max-requests')!.freshness)).toBe(
		'review by 29 Jan 2027'
	);
	expect(reviewText(review.find((r) => r.id === 'alpha-one')!.freshness)).toBe(
		'review was due 31 Dec 2026'
	);
});
