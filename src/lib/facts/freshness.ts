// Freshness: is a value still inside its review window? Pure, with "today" passed in.
import type { Fact, FreshnessConfig, Model } from '../../schemas.ts';
import { addDays, daysBetween } from '../site/dates.ts';

export type FreshnessState = 'fresh' | 'due' | 'stale';

export interface Freshness {
	state: FreshnessState;
	/** Last day the value counts as checked: verifiedOn + window. */
	reviewBy: string;
	/** Days since verifiedOn. */
	ageDays: number;
	/** Review window used, in days. */
	windowDays: number;
}

/** Review window for a fact: its own override, else its kind's window. */
export function windowFor(item: Fact | Model, config: FreshnessConfig): number {
	if (item.reviewEveryDays) return item.reviewEveryDays;
	return 'kind' in item ? config.windows[item.kind] : config.modelPriceDays;
}

/**
 * Stale once today is past verifiedOn + window; due when that day is within `dueWithinDays`
 * (today included); fresh otherwise.
 */
export function freshnessOf(
	verifiedOn: string,
	windowDays: number,
	today: string,
	dueWithinDays: number
): Freshness {
	const reviewBy = addDays(verifiedOn, windowDays);
	const left = daysBetween(today, reviewBy);
	const state: FreshnessState = left < 0 ? 'stale' : left <= dueWithinDays ? 'due' : 'fresh';
	return { state, reviewBy, ageDays: daysBetween(verifiedOn, today), windowDays };
}

/** Freshness of a fact or a model's prices. */
export function freshnessOfItem(
	item: Fact | Model,
	config: FreshnessConfig,
	today: string
): Freshness {
	return freshnessOf(item.verifiedOn, windowFor(item, config), today, config.dueWithinDays);
}

export type FreshnessCounts = Record<FreshnessState, number>;

/** How many items are in each state. */
export function countFreshness(items: Iterable<{ freshness: Freshness }>): FreshnessCounts {
	const counts: FreshnessCounts = { fresh: 0, due: 0, stale: 0 };
	for (const item of items) counts[item.freshness.state]++;
	return counts;
}

/**
 * The items an editor should check: due or stale, earliest review date first (so every stale item
 * comes before every due one), then by id. Shared by the stale report and the /facts/ worklist.
 */
export function dueForReview<T extends { id: string; freshness: Freshness }>(
	items: Iterable<T>
): T[] {
	return [...items]
		.filter((i) => i.freshness.state !== 'fresh')
		.sort(
			(a, b) => a.freshness.reviewBy.localeCompare(b.freshness.reviewBy) || a.id.localeCompare(b.id)
		);
}
