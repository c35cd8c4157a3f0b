// The real data in data/: valid, complete against the research, and honest about unknowns.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDataset } from '../../src/lib/data-files.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { todayIso } from '../../src/lib/dates.ts';

const { data, problems } = readDataset('data', todayIso());
const factIds = new Set(data.facts.map((f) => f.record.id));
const modelFacts = new Set(data.models.map((m) => m.record.fact));

test('passes every schema and integrity rule', () => {
	expect(problems.map(formatProblem)).toEqual([]);
});

test('carries every researched fact id (as a fact, or as the price fact of a model)', () => {
	const research = readFileSync('tests/fixtures/research-ids.txt', 'utf8').trim().split('\n');
	const missing = research.filter((id) => !factIds.has(id) && !modelFacts.has(id));
	expect(missing).toEqual([]);
});

test('carries all 28 checked claims', () => {
	expect(data.claims).toHaveLength(28);
});

describe('model ids are the vendors\' API ids', () => {
	test.each(['claude-sonnet-4-6', 'claude-haiku-4-5', 'gpt-5.4', 'gpt-4o-mini'])('%s exists', (id) => {
		expect(data.models.some((m) => m.record.id === id)).toBe(true);
	});
});

test('worked example prices hold (Sonnet 4.6 batch cache read, Haiku 4.5 batch cache read)', () => {
	const model = (id: string) => data.models.find((m) => m.record.id === id)!.record;
	expect(model('claude-sonnet-4-6').prices.batch.cacheRead).toBeCloseTo(0.15, 10);
	expect(model('claude-haiku-4-5').prices.batch.cacheRead).toBeCloseTo(0.05, 10);
	// gpt-4o-mini has no batch cached-input price: absent, not zero.
	expect(model('gpt-4o-mini').prices.batch.cacheRead).toBeUndefined();
});

test('verifiedOn dates are the research dates, not the day the data was typed in', () => {
	// The December 2026 re-check was compiled on 2026-12-01 from copies dated earlier; each OpenAI
	// price row carries the date of its copy, so none may be the compile day or later.
	const openaiPrices = data.models.filter((m) => m.record.provider === 'openai');
	expect(openaiPrices.length).toBeGreaterThan(0);
	expect(openaiPrices.filter((m) => m.record.verifiedOn >= '2026-12-01').map((m) => m.record.id)).toEqual([]);
});
