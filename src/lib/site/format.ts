// Turning typed values into reader-facing text. Pure and locale-stable (en-US digits, no TZ).
import type { FactValueData, PriceTier } from '../../schemas.ts';
import { PRICE_KEYS, UNKNOWN_VALUES, type CacheTtl, type Lifecycle, type PriceKey } from '../../vocabulary.ts';

// signDisplay 'negative': a minus sign for negative numbers only, so zero (and -0, and a tiny negative
// rounded to zero) never prints as "-0".
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, signDisplay: 'negative' });

/** A number in en-US digits ("10,000", "0.9"); never "-0". */
export function formatNumber(n: number): string {
	return numberFormat.format(n);
}

/** The word for a count: plural(1, 'request') is "request", plural(2, 'request') "requests". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return n === 1 ? one : many;
}

/** A count with its word in the right number: "1 request", "10,000 requests", "0 days". */
export function countOf(n: number, one: string, many?: string): string {
	return `${formatNumber(n)} ${plural(n, one, many)}`;
}

/** True for the explicit "nobody could confirm this" states. */
export function isUnknownValue(value: FactValueData): boolean {
	return typeof value === 'string' && (UNKNOWN_VALUES as readonly string[]).includes(value);
}

/** "100,000", "Yes", "a, b and c", "Unknown", "Not documented". */
export function formatValue(value: FactValueData): string {
	if (value === 'unknown') return 'Unknown';
	if (value === 'not-documented') return 'Not documented';
	if (typeof value === 'number') return formatNumber(value);
	if (typeof value === 'boolean') return value ? 'Yes' : 'No';
	if (Array.isArray(value)) return value.join(', ');
	return value;
}

/** Value with its unit: "100,000 requests", "50%", "Unknown". */
export function formatValueWithUnit(value: FactValueData, unit?: string): string {
	const text = formatValue(value);
	if (!unit || isUnknownValue(value) || typeof value === 'boolean') return text;
	return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/**
 * A fact's value as it reads inside a sentence or a bold "why" line: its short form when it has one,
 * else the value with its unit. Tables and the facts pages show the full value.
 */
export function factInSentence(fact: { value: FactValueData; unit?: string; short?: string }): string {
	return fact.short ?? formatValueWithUnit(fact.value, fact.unit);
}

/** "$0.075" — USD with as many decimals as the price needs (at least two). */
export function formatUsd(amount: number): string {
	const decimals = Math.min(6, Math.max(2, decimalsOf(amount)));
	return `$${amount.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'negative' })}`;
}

function decimalsOf(n: number): number {
	const text = String(Math.round(n * 1e6) / 1e6);
	return text.includes('.') ? text.split('.')[1].length : 0;
}

/** A per-MTok price or the word "—" with an explanation for absent prices. */
export function formatPrice(tier: PriceTier, key: PriceKey): string {
	const price = tier[key];
	return price === undefined ? 'not listed' : formatUsd(price);
}

export const PRICE_LABEL: Record<PriceKey, string> = {
	input: 'Input',
	output: 'Output',
	cacheWrite5m: 'Cache write (5 min)',
	cacheWrite30m: 'Cache write (30 min)',
	cacheWrite1h: 'Cache write (1 h)',
	cacheWrite12h: 'Cache write (12 h)',
	cacheRead: 'Cache read',
};

/** A model's lifecycle status, as readers see it (judged on the build date: src/lib/facts/lifecycle.ts). */
export const LIFECYCLE_LABEL: Record<Lifecycle, string> = {
	active: 'Active',
	legacy: 'Legacy',
	deprecated: 'Deprecated',
	retired: 'Retired',
};

/** A cache-write lifetime as an adjective in running text ("the 30-minute write"). */
export const TTL_WORDS: Record<CacheTtl, string> = { '5m': '5-minute', '30m': '30-minute', '1h': '1-hour', '12h': '12-hour' };

/**
 * The price columns of a table of these models: input, output and cache read always; a cache-write
 * lifetime only when one of them sells it (Anthropic 5 min and 1 h; OpenAI 30 min and 12 h).
 */
export function priceColumns(models: readonly { prices: Record<'standard' | 'batch', Partial<PriceTier>> }[]): PriceKey[] {
	return PRICE_KEYS.filter((key) => !key.startsWith('cacheWrite') || models.some((m) => m.prices.standard[key] !== undefined || m.prices.batch[key] !== undefined));
}

/** A cache-write lifetime as the calculator's form offers it. */
export const CACHE_TTL_LABEL: Record<CacheTtl, string> = {
	'5m': '5 minutes',
	'30m': '30 minutes',
	'1h': '1 hour',
	'12h': '12 hours',
};
