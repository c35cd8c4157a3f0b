// Fact placeholders in plain text ({{id}}) become the fact's formatted value, or fail loudly.
import { describe, expect, test } from 'vitest';
import { fillFacts, placeholderIds, PlaceholderError } from '../../src/lib/facts/fill.ts';
import { UnknownFactError } from '../../src/lib/facts/lookup.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { FIXTURE_DATA } from '../fixtures/temp-data.ts';

const { data: ds } = readDataset(FIXTURE_DATA, '2026-11-22');
const site = { facts: new Map(ds.facts.map((f) => [f.record.id, f.record])) };

describe('fillFacts', () => {
	test.each([
		['Up to {{alpha.batch.max-requests}} per batch.', 'Up to 1,000 requests per batch.'],
		['A discount of {{alpha.batch.discount}}.', 'A discount of 50%.'],
		['Spaces are fine: {{ alpha.batch.discount }}.', 'Spaces are fine: 50%.'],
		['ZDR: {{alpha.batch.zdr}}.', 'ZDR: Unknown.'],
		['Twice: {{alpha.batch.discount}} and {{alpha.batch.discount}}.', 'Twice: 50% and 50%.'],
		['Batch input costs {{alpha.batch.half-price}}.', 'Batch input costs 1.5 USD per MTok.'],
		['No placeholders here.', 'No placeholders here.'],
		['A lone brace { stays } as it is.', 'A lone brace { stays } as it is.'],
	])('%j → %j', (text, expected) => {
		expect(fillFacts(text, site)).toBe(expected);
	});

	test('an unknown id throws with the nearest ids', () => {
		expect(() => fillFacts('Up to {{alpha.batch.max-request}}.', site)).toThrow(UnknownFactError);
		expect(() => fillFacts('Up to {{alpha.batch.max-request}}.', site)).toThrow(
			/Nearest ids: alpha\.batch\.max-requests/
		);
	});

	test.each(['{{}}', '{{  }}', '{{Alpha.Batch}}', '{{alpha batch}}'])(
		'a malformed placeholder %j throws',
		(text) => {
			expect(() => fillFacts(text, site)).toThrow(PlaceholderError);
			expect(() => placeholderIds(text)).toThrow(PlaceholderError);
		}
	);
});

describe('placeholderIds', () => {
	test('lists each id once, in order of first use', () => {
		expect(
			placeholderIds('{{alpha.batch.zdr}} then {{ alpha.batch.discount }} then {{alpha.batch.zdr}}')
		).toEqual(['alpha.batch.zdr', 'alpha.batch.discount']);
	});
	test('is empty for text without placeholders', () => {
		expect(placeholderIds('plain text')).toEqual([]);
	});
});
