// Properties of calendar dates (src/lib/site/dates.ts) and freshness (src/lib/facts/freshness.ts) against a
// reference written the slow, obvious way: a calendar walked one day at a time with the Gregorian leap
// rule, over random dates from 1970 to 2200 (month ends and 29 February drawn often).
//
// Seen to fail on planted bugs (then reverted):
// - dayNumber read the 31st of a month as the 30th (`Date.UTC(y, m - 1, Math.min(d, 30))`, an
//   off-by-one at month ends): four properties failed; "addDays agrees with a day-by-day walk" shrunk
//   to addDays("1970-01-31", 0) = "1970-01-30".
// - freshnessOf called a value stale on its review day (`left <= 0` for `left < 0`): "stale exactly
//   when today is after reviewBy" failed with verifiedOn 1975-07-21, a 1-day window, a 47-day margin
//   and today = reviewBy = 1975-07-22 (stale, where the rule says due).

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
	addDays,
	daysBetween,
	formatDate,
	formatWindow,
	toWindow,
} from '../../src/lib/site/dates.ts';
import { freshnessOf, freshnessOfItem } from '../../src/lib/facts/freshness.ts';
import { FACT_KINDS, type Fact, type FreshnessConfig, type Model } from '../../src/schemas.ts';

// ---------------------------------------------------------------- the reference calendar

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) =>
	[31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const iso = (y: number, m: number, d: number) =>
	`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Moves one day at a time, rolling over month and year ends by hand. */
function walk(date: string, days: number): string {
	let [y, m, d] = date.split('-').map(Number);
	for (let i = 0; i < Math.abs(days); i++) {
		if (days > 0) {
			if (++d > monthLength(y, m)) [d, m] = [1, m + 1];
			if (m > 12) [m, y] = [1, y + 1];
		} else if (--d < 1) {
			if (--m < 1) [m, y] = [12, y - 1];
			d = monthLength(y, m);
		}
	}
	return iso(y, m, d);
}

// ---------------------------------------------------------------- generators

/** Any valid day from 1970 to 2200; half the time the last day of its month or a 29 February. */
const dateArb = fc
	.record({
		y: fc.integer({ min: 1970, max: 2200 }),
		m: fc.integer({ min: 1, max: 12 }),
		d: fc.integer({ min: 1, max: 31 }),
		edge: fc.constantFrom('any', 'month-end', 'leap-day'),
	})
	.map(({ y, m, d, edge }) => {
		if (edge === 'leap-day') {
			const leap =
				[0, 1, 2, 3, 4, 5, 6, 7].map((k) => y + k).find((year) => year <= 2200 && isLeap(year)) ??
				2196;
			return iso(leap, 2, 29);
		}
		const last = monthLength(y, m);
		return iso(y, m, edge === 'month-end' ? last : Math.min(d, last));
	});
const shortSpan = fc.integer({ min: -1_000, max: 1_000 });

// ---------------------------------------------------------------- dates

describe('date properties', () => {
	test.prop([dateArb, shortSpan])(
		'addDays agrees with a day-by-day walk of the calendar',
		(date, days) => {
			expect(addDays(date, days)).toBe(walk(date, days));
		}
	);

	test.prop([dateArb, fc.integer({ min: -90_000, max: 90_000 })])(
		'daysBetween(d, addDays(d, n)) = n and addDays(d, -n) undoes addDays(d, n)',
		(date, days) => {
			const later = addDays(date, days);
			expect(later).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(daysBetween(date, later)).toBe(days);
			expect(addDays(later, -days)).toBe(date);
		}
	);

	test.prop([dateArb, dateArb])(
		'addDays(a, daysBetween(a, b)) = b; daysBetween is antisymmetric and orders like the strings',
		(a, b) => {
			const n = daysBetween(a, b);
			expect(Number.isInteger(n)).toBe(true);
			expect(addDays(a, n)).toBe(b);
			expect(daysBetween(b, a) + n).toBe(0);
			expect(Math.sign(n)).toBe(a < b ? 1 : a > b ? -1 : 0);
		}
	);

	test.prop([dateArb])('formatDate writes day, short month and year as the date says', (date) => {
		const [y, m, d] = date.split('-').map(Number);
		const month = [
			'Jan',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov',
			'Dec',
		][m - 1];
		expect(formatDate(date)).toBe(`${d} ${month} ${y}`);
	});

	test.prop([dateArb, fc.integer({ min: 0, max: 800 })])(
		'toWindow keeps a day or a window as given; formatWindow names both ends of a window',
		(from, span) => {
			const to = addDays(from, span);
			expect(toWindow(from)).toEqual({ from, to: from });
			expect(toWindow([from, to])).toEqual({ from, to });
			const text = formatWindow([from, to]);
			if (span === 0) expect(text).toBe(formatDate(from));
			else {
				expect(text).toMatch(/^between .+ and .+$/);
				expect(text.endsWith(formatDate(to))).toBe(true);
				expect(text).toContain(
					from.slice(0, 4) === to.slice(0, 4)
						? formatDate(from).replace(/ \d{4}$/, '')
						: formatDate(from)
				);
			}
		}
	);
});

// ---------------------------------------------------------------- freshness

/** The freshness rule stated plainly, on the reference calendar. */
function referenceState(
	verifiedOn: string,
	windowDays: number,
	today: string,
	dueWithinDays: number
) {
	const reviewBy = walk(verifiedOn, windowDays);
	if (today > reviewBy) return { state: 'stale', reviewBy };
	return { state: walk(today, dueWithinDays) >= reviewBy ? 'due' : 'fresh', reviewBy };
}

const windowArb = fc.integer({ min: 1, max: 400 });
const marginArb = fc.integer({ min: 0, max: 60 });
/** A "today" near the review day (where the states change) or anywhere. */
const todayFor = (verifiedOn: string, windowDays: number, margin: number) =>
	fc.oneof(
		fc.integer({ min: -margin - 2, max: 2 }).map((offset) => walk(verifiedOn, windowDays + offset)),
		dateArb
	);

describe('freshness properties', () => {
	test.prop([
		fc
			.tuple(dateArb, windowArb, marginArb)
			.chain(([verifiedOn, windowDays, margin]) =>
				fc.tuple(
					fc.constant(verifiedOn),
					fc.constant(windowDays),
					fc.constant(margin),
					todayFor(verifiedOn, windowDays, margin)
				)
			),
	])(
		'stale exactly when today is after reviewBy; due exactly when reviewBy is within the margin; fresh otherwise',
		([verifiedOn, windowDays, margin, today]) => {
			const result = freshnessOf(verifiedOn, windowDays, today, margin);
			const expected = referenceState(verifiedOn, windowDays, today, margin);
			expect({ state: result.state, reviewBy: result.reviewBy }).toEqual(expected);
			expect(result.windowDays).toBe(windowDays);
			expect(result.ageDays).toBe(daysBetween(verifiedOn, today));
		}
	);

	test.prop([dateArb, windowArb, marginArb, fc.integer({ min: 0, max: 3 })])(
		'freshness only gets worse as days pass: fresh → due → stale',
		(verifiedOn, windowDays, margin, step) => {
			const order = { fresh: 0, due: 1, stale: 2 };
			let previous = 0;
			for (let day = -margin - 4; day <= 4; day += step + 1) {
				const state =
					order[
						freshnessOf(verifiedOn, windowDays, addDays(verifiedOn, windowDays + day), margin).state
					];
				expect(state).toBeGreaterThanOrEqual(previous);
				previous = state;
			}
		}
	);

	const CONFIG_ARB: fc.Arbitrary<FreshnessConfig> = fc.record({
		dueWithinDays: marginArb,
		modelPriceDays: windowArb,
		windows: fc.record(
			Object.fromEntries(FACT_KINDS.map((k) => [k, windowArb])) as Record<
				(typeof FACT_KINDS)[number],
				fc.Arbitrary<number>
			>
		),
	});
	const itemArb = fc.record({
		kind: fc.option(fc.constantFrom(...FACT_KINDS), { nil: undefined }),
		reviewEveryDays: fc.option(windowArb, { nil: undefined }),
		verifiedOn: dateArb,
	});
	test.prop([itemArb, CONFIG_ARB, dateArb])(
		"freshnessOfItem uses the item's own window, else its kind's (facts) or the model price window (models)",
		({ kind, reviewEveryDays, verifiedOn }, config, today) => {
			// A fact has a kind; a model has none. Only the fields freshness reads matter here.
			const item = {
				id: 'x',
				verifiedOn,
				...(kind ? { kind } : { prices: {} }),
				...(reviewEveryDays ? { reviewEveryDays } : {}),
			} as unknown as Fact | Model;
			const windowDays = reviewEveryDays ?? (kind ? config.windows[kind] : config.modelPriceDays);
			expect(freshnessOfItem(item, config, today)).toEqual(
				freshnessOf(verifiedOn, windowDays, today, config.dueWithinDays)
			);
			expect(freshnessOfItem(item, config, today).state).toBe(
				referenceState(verifiedOn, windowDays, today, config.dueWithinDays).state
			);
		}
	);
});
