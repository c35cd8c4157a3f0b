// Reader-facing number and count formatting: en-US digits, never "-0", words in the right number.
import { describe, expect, test } from 'vitest';
import {
	countOf,
	formatNumber,
	formatUsd,
	formatValue,
	formatValueWithUnit,
	plural,
} from '../../src/lib/site/format.ts';

describe('never "-0"', () => {
	test.each([
		[formatNumber, -0, '0'],
		[formatNumber, -0.0000001, '0'],
		[formatNumber, -5, '-5'],
		[formatNumber, 10000, '10,000'],
		[formatValue, -0, '0'],
		[formatUsd, -0, '$0.00'],
		[formatUsd, -0.0000001, '$0.00'],
		[formatUsd, 0.075, '$0.075'],
	] as [(n: number) => string, number, string][])('%o(%s) → %s', (format, n, text) =>
		expect(format(n)).toBe(text)
	);
	test('with a unit', () => expect(formatValueWithUnit(-0, 'MB')).toBe('0 MB'));
});

describe('plural and countOf', () => {
	test.each([
		[0, 'request', '0 requests'],
		[1, 'request', '1 request'],
		[2, 'request', '2 requests'],
		[10000, 'request', '10,000 requests'],
		[1, 'day', '1 day'],
		[-0, 'token', '0 tokens'],
		[1.5, 'token', '1.5 tokens'],
	])('%s %s → %s', (n, word, text) => expect(countOf(n, word)).toBe(text));
	test('an irregular plural is given', () => {
		expect(plural(1, 'row is', 'rows are')).toBe('row is');
		expect(plural(3, 'row is', 'rows are')).toBe('rows are');
		expect(countOf(2, 'batch', 'batches')).toBe('2 batches');
	});
});
