// The real data in data/: valid, complete against the research, and honest about unknowns.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDataset } from '../../src/lib/facts/read.ts';
import { formatProblem } from '../../src/lib/facts/problems.ts';
import { checkIntegrity } from '../../src/lib/facts/rules.ts';
import { addDays } from '../../src/lib/site/dates.ts';
import { LIVE_DAY } from '../fixtures/temp-data.ts';

// Judged on the day the build would use, so the data valid here is the data the build accepts.
const { data, problems } = readDataset('data', LIVE_DAY);
const factIds = new Set(data.facts.map((f) => f.record.id));
const modelFacts = new Set(data.models.map((m) => m.record.fact));

test('passes every schema and integrity rule', () => {
	expect(problems.map(formatProblem)).toEqual([]);
});

test('no integrity rule fails the data because the calendar moved forward', () => {
	for (const years of [1, 10]) expect(checkIntegrity(data, addDays(LIVE_DAY, 365 * years)).map(formatProblem)).toEqual([]);
});

test('carries every researched fact id (as a fact, or as the price fact of a model)', () => {
	const research = readFileSync('tests/fixtures/research-ids.txt', 'utf8').trim().split('\n');
	const missing = research.filter((id) => !factIds.has(id) && !modelFacts.has(id));
	expect(missing).toEqual([]);
});

test('carries the 28 claims checked in the research (later ones may be added)', () => {
	expect(data.claims.length).toBeGreaterThanOrEqual(28);
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

test('verifiedOn dates are the research dates or later checks, never earlier', () => {
	// The OpenAI prices were read from the vendor on 2026-07-15; editors' checks only move that forward.
	const openaiPrices = data.models.filter((m) => m.record.provider === 'openai' && m.record.fact !== 'openai.price.current-flagships' && m.record.fact !== 'openai.price.embeddings');
	expect(openaiPrices.length).toBeGreaterThan(0);
	for (const m of openaiPrices) expect(m.record.verifiedOn >= '2026-07-15', m.record.id).toBe(true);
});
