// Turning typed values into reader-facing text. Pure and locale-stable (en-US digits, no TZ).
import type { FactValueData, PriceTier } from '../../schemas.ts';
import {
	PRICE_KEYS,
	UNKNOWN_VALUES,
	type CacheTtl,
	type Lifecycle,
	type Locale,
	type PriceKey,
} from '../../vocabulary.ts';
import { t, unitIn } from '../i18n/strings.ts';

// signDisplay 'negative': a minus sign for negative numbers only, so zero (and -0, and a tiny negative
// rounded to zero) never prints as "-0".
const numberFormat = new Intl.NumberFormat('en-US', {
	maximumFractionDigits: 6,
	signDisplay: 'negative',
});

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
export function factInSentence(fact: {
	value: FactValueData;
	unit?: string;
	short?: string;
}): string {
	return fact.short ?? formatValueWithUnit(fact.value, fact.unit);
}

/**
 * How much a USD amount shows: a `price` (per MTok) as many decimals as it needs (two to six); an
 * `amount` (a cost) cents from a dollar up and four significant digits below ("$1,234.50", "$0.0015").
 */
export type UsdKind = 'price' | 'amount';

function usdDigits(amount: number, kind: UsdKind): { value: number; min: number; max: number } {
	if (kind === 'price') {
		const decimals = Math.min(6, Math.max(2, decimalsOf(amount)));
		return { value: amount, min: decimals, max: decimals };
	}
	const abs = Math.abs(amount);
	return abs >= 1 || abs === 0
		? { value: abs, min: 2, max: 2 }
		: { value: Number(abs.toPrecision(4)), min: 2, max: 12 };
}

/** "$0.075" for a price; "$1,234.50", "$0.0015", "−$2.00" (a true minus) for an amount. The one USD formatter. */
export function formatUsd(amount: number, kind: UsdKind = 'price'): string {
	return formatUsdIn('en', amount, kind);
}

function decimalsOf(n: number): number {
	const text = String(Math.round(n * 1e6) / 1e6);
	return text.includes('.') ? text.split('.')[1].length : 0;
}

/**
 * The price columns of a table of these models: input, output and cache read always; a cache-write
 * lifetime only when one of them sells it (Anthropic 5 min and 1 h; OpenAI 30 min and 12 h).
 */
export function priceColumns(
	models: readonly { prices: Record<'standard' | 'batch', Partial<PriceTier>> }[]
): PriceKey[] {
	return PRICE_KEYS.filter(
		(key) =>
			!key.startsWith('cacheWrite') ||
			models.some((m) => m.prices.standard[key] !== undefined || m.prices.batch[key] !== undefined)
	);
}

// ---- Locale-aware versions (issue 17). English output is exactly the functions above; other
// languages use Intl for digits and dates, the strings table for words, and keep money in USD. ----

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

/**
 * A number for `locale` ("100,000" in both English and Chinese, as `formatNumber`); never "-0".
 * `digits` sets the fraction digits (default: up to six).
 */
export function formatNumberIn(
	locale: Locale,
	n: number,
	digits: { min?: number; max: number } = { max: 6 }
): string {
	return n.toLocaleString(INTL_LOCALE[locale], {
		minimumFractionDigits: digits.min ?? 0,
		maximumFractionDigits: digits.max,
		signDisplay: 'negative',
	});
}

/** `formatValue` for `locale`: "未知", "文档未说明", "是", "否"; a list joined with "、" in Chinese. */
export function formatValueIn(locale: Locale, value: FactValueData): string {
	if (locale === 'en') return formatValue(value);
	if (value === 'unknown') return t(locale, 'value.unknown');
	if (value === 'not-documented') return t(locale, 'value.notDocumented');
	if (typeof value === 'number') return formatNumberIn(locale, value);
	if (typeof value === 'boolean') return t(locale, value ? 'value.yes' : 'value.no');
	if (Array.isArray(value)) return value.join('、');
	return value;
}

/** `formatValueWithUnit` for `locale`, the unit in that language where the strings table has it ("100,000 个请求"). */
export function formatValueWithUnitIn(locale: Locale, value: FactValueData, unit?: string): string {
	if (locale === 'en') return formatValueWithUnit(value, unit);
	const text = formatValueIn(locale, value);
	if (!unit || isUnknownValue(value) || typeof value === 'boolean') return text;
	return unit === '%' ? `${text}%` : `${text} ${unitIn(locale, unit)}`;
}

/**
 * `formatUsd` for `locale`. Prices stay in US dollars in every language; Chinese marks them "US$"
 * (Intl's zh-CN symbol for USD, so "$" is never read as another dollar): "US$0.075".
 */
export function formatUsdIn(locale: Locale, amount: number, kind: UsdKind = 'price'): string {
	const { value, min, max } = usdDigits(amount, kind);
	const sign = kind === 'amount' && amount < 0 ? '−' : '';
	const digits = {
		minimumFractionDigits: min,
		maximumFractionDigits: max,
		signDisplay: 'negative',
	} as const;
	// English keeps its own "$" (the site's form since the start); other languages take Intl's currency style.
	return locale === 'en'
		? `${sign}$${value.toLocaleString('en-US', digits)}`
		: sign +
				value.toLocaleString(INTL_LOCALE[locale], {
					...digits,
					style: 'currency',
					currency: 'USD',
				});
}

/** A per-MTok price in `locale`, or "not listed" (in its words) for a price the vendor does not publish. */
export function formatPriceIn(locale: Locale, tier: PriceTier, key: PriceKey): string {
	const price = tier[key];
	return price === undefined ? t(locale, 'value.notListed') : formatUsdIn(locale, price);
}

/** A price column's name, a model status and a cache lifetime in `locale` (English: the tables above). */
export const priceLabelIn = (locale: Locale, key: PriceKey): string => t(locale, `price.${key}`);
export const lifecycleLabelIn = (locale: Locale, status: Lifecycle): string =>
	t(locale, `lifecycle.${status}`);
export const cacheTtlLabelIn = (locale: Locale, ttl: CacheTtl): string => t(locale, `ttl.${ttl}`);
