// Freshness with fixed dates: month ends, leap days and time zones never shift a calendar date.
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, todayIso, formatDate } from '../../src/lib/site/dates.ts';
import {
	countFreshness,
	dueForReview,
	freshnessOf,
	freshnessOfItem,
	windowFor,
} from '../../src/lib/facts/freshness.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { FIXTURE_DATA } from '../fixtures/temp-data.ts';

describe('calendar arithmetic', () => {
	test.each([
		['2026-01-31', 1, '2026-02-01'],
		['2026-02-28', 1, '2026-03-01'],
		['2028-02-28', 1, '2028-02-29'],
		['2028-02-29', 365, '2029-02-28'],
		['2026-12-31', 1, '2027-01-01'],
		['2026-03-31', -31, '2026-02-28'],
		['2026-07-15', 60, '2026-09-13'],
	])('%s + %i days = %s', (from, days, expected) => {
		expect(addDays(from, days)).toBe(expected);
		expect(daysBetween(from, expected)).toBe(days);
	});

	test('daysBetween across a DST change is a whole number of days', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
	});

	test('todayIso uses the local calendar date, not UTC', () => {
		// 23:30 local time on 31 Dec stays 31 Dec, whatever UTC says.
		expect(todayIso(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
		expect(todayIso(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
		// The same instant is a different calendar day east and west of UTC; Node re-reads TZ when it changes.
		const saved = process.env.TZ;
		try {
			process.env.TZ = 'Pacific/Auckland';
			expect(todayIso(new Date(Date.UTC(2026, 11, 31, 12, 0)))).toBe('2027-01-01');
			process.env.TZ = 'America/Los_Angeles';
			expect(todayIso(new Date(Date.UTC(2027, 0, 1, 5, 0)))).toBe('2026-12-31');
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
	});

	test('formatDate never shifts the day', () => {
		expect(formatDate('2026-02-28')).toBe('28 Feb 2026');
		expect(formatDate('2028-02-29')).toBe('29 Feb 2028');
	});
});

describe('freshnessOf', () => {
	test.each([
		// verifiedOn, window, today, state
		['2026-07-15', 60, '2026-11-22', 'stale'],
		['2026-11-09', 120, '2026-11-22', 'fresh'],
		['2026-01-01', 30, '2026-01-31', 'due'], // review day is today: still due, not stale
		['2026-01-01', 30, '2026-02-01', 'stale'], // the day after the review day
		['2026-01-01', 30, '2026-01-17', 'due'], // exactly 14 days before
		['2026-01-01', 30, '2026-01-16', 'fresh'], // 15 days before
		['2028-01-30', 30, '2028-02-29', 'due'], // review on a leap day
		['2028-01-30', 30, '2028-03-01', 'stale'],
		['2026-01-31', 28, '2026-02-28', 'due'], // month end
	])('verified %s, window %i, today %s → %s', (verifiedOn, windowDays, today, state) => {
		expect(freshnessOf(verifiedOn, windowDays, today, 14).state).toBe(state);
	});

	test('reports review date and age', () => {
		expect(freshnessOf('2026-07-15', 60, '2026-11-22', 14)).toEqual({
			state: 'stale',
			reviewBy: '2026-09-13',
			ageDays: 130,
			windowDays: 60,
		});
	});

	test('result is the same in any time zone', () => {
		const original = process.env.TZ;
		try {
			const results = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'].map(
				(tz) => {
					process.env.TZ = tz;
					return freshnessOf('2026-03-31', 1, '2026-04-01', 0);
				}
			);
			expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
			expect(results[0]).toMatchObject({ state: 'due', reviewBy: '2026-04-01' });
		} finally {
			process.env.TZ = original;
		}
	});
});

describe('review windows', () => {
	const { data } = readDataset(FIXTURE_DATA, '2026-11-22');
	const fact = (id: string) => data.facts.find((f) => f.record.id === id)!.record;
	test('come from the kind', () => {
		expect(windowFor(fact('alpha.batch.max-requests'), data.freshness)).toBe(120);
		expect(windowFor(fact('alpha.batch.discount'), data.freshness)).toBe(120);
		expect(windowFor(data.models[0].record, data.freshness)).toBe(60);
	});
	test('can be overridden per fact', () => {
		const f = { ...fact('alpha.batch.max-requests'), reviewEveryDays: 7 };
		expect(windowFor(f, data.freshness)).toBe(7);
		expect(freshnessOfItem(f, data.freshness, '2026-10-09').state).toBe('stale');
	});
});

describe('counting and listing what needs review', () => {
	// Windows of 30 days, warning 7 days ahead, judged on 2026-11-22.
	const item = (id: string, verifiedOn: string) => ({
		id,
		freshness: freshnessOf(verifiedOn, 30, '2026-11-22', 7),
	});
	const items = [
		item('b.due', '2026-10-26'), // review by 25 Nov: due
		item('a.fresh', '2026-11-20'),
		item('c.stale-late', '2026-10-20'), // review by 19 Nov: stale
		item('a.stale-early', '2026-09-01'), // review by 1 Oct: stale
		item('a.due-same-day', '2026-10-26'),
	];
	test('countFreshness counts each state', () => {
		expect(countFreshness(items)).toEqual({ fresh: 1, due: 2, stale: 2 });
		expect(countFreshness([])).toEqual({ fresh: 0, due: 0, stale: 0 });
	});
	test('dueForReview drops fresh items and lists the longest overdue first, then by id', () => {
		expect(dueForReview(items).map((i) => [i.id, i.freshness.state])).toEqual([
			['a.stale-early', 'stale'],
			['c.stale-late', 'stale'],
			['a.due-same-day', 'due'],
			['b.due', 'due'],
		]);
	});
});
