// The JSON API of the real build in dist/ (run after `npm run build`): each document validates and
// holds every record of data/, with freshness judged on the build's own date.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ApiClaimsSchema, ApiFactsSchema, ApiModelsSchema } from '../../src/schemas.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { addDays } from '../../src/lib/site/dates.ts';

const DIST = 'dist';
const read = (name: string) => JSON.parse(readFileSync(`${DIST}/api/v1/${name}.json`, 'utf8'));
const BUILT_ON: string = read('facts').generatedOn;
const { data } = readDataset('data', BUILT_ON);
/** Freshness on the build date from an item's own review date: stale past it, due close to it. */
const expectedFreshness = (reviewBy: string) =>
	reviewBy < BUILT_ON
		? 'stale'
		: reviewBy <= addDays(BUILT_ON, data.freshness.dueWithinDays)
			? 'due'
			: 'fresh';

describe('JSON API contract', () => {
	test('facts.json validates and holds every fact', () => {
		const doc = ApiFactsSchema.parse(read('facts'));
		expect(doc.facts.map((f) => f.id).sort()).toEqual(data.facts.map((f) => f.record.id).sort());
		const cap = data.facts.find((f) => f.record.id === 'anthropic.batch.max-requests')!.record;
		expect(doc.facts.find((f) => f.id === cap.id)).toMatchObject({
			value: cap.value,
			unit: cap.unit,
		});
		// Each item's freshness is judged on the build date: stale past its review date, due close to it.
		for (const f of doc.facts) expect(f.freshness, f.id).toBe(expectedFreshness(f.reviewBy));
	});
	test('models.json validates; a missing price is absent, never 0', () => {
		const doc = ApiModelsSchema.parse(read('models'));
		expect(doc.models).toHaveLength(data.models.length);
		const mini = doc.models.find((m) => m.id === 'gpt-4o-mini')!;
		for (const m of doc.models) expect(m.freshness, m.id).toBe(expectedFreshness(m.reviewBy));
		expect(mini.prices.batch).not.toHaveProperty('cacheRead');
		expect(mini.prices.standard.cacheRead).toBeGreaterThan(0);
	});
	test('claims.json validates and holds every claim', () => {
		const doc = ApiClaimsSchema.parse(read('claims'));
		expect(doc.claims).toHaveLength(data.claims.length);
	});
});
