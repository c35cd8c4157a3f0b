// Freshness: is a value still inside its review window? Pure, with "today" passed in.
import type { Fact, FreshnessConfig, Model } from '../schemas.ts';
import { addDays, daysBetween } from './dates.ts';

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
export function freshnessOf(verifiedOn: string, windowDays: number, today: string, dueWithinDays: number): Freshness {
	const reviewBy = addDays(verifiedOn, windowDays);
	const left = daysBetween(today, reviewBy);
	const state: FreshnessState = left < 0 ? 'stale' : left <= dueWithinDays ? 'due' : 'fresh';
	return { state, reviewBy, ageDays: daysBetween(verifiedOn, today), windowDays };
}

/** Freshness of a fact or a model's prices. */
export function freshnessOfItem(item: Fact | Model, config: FreshnessConfig, today: string): Freshness {
	return freshnessOf(item.verifiedOn, windowFor(item, config), today, config.dueWithinDays);
}

/** Words for each state, so a badge never relies on colour alone. */
export const FRESHNESS_LABEL: Record<FreshnessState, string> = {
	fresh: 'Fresh',
	due: 'Review due',
	stale: 'Stale',
};
