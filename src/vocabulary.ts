// The data's fixed word lists, free of zod so the browser scripts (the calculator) can import them
// without shipping the schema library. src/schemas.ts builds its enums from these and re-exports them.

/** Explicit states for a value nobody could confirm. Never a silent zero or blank. */
export const UNKNOWN_VALUES = ['unknown', 'not-documented'] as const;

/** Cache-write lifetimes a price table can hold, shortest first; `ttl=` in calculator URLs uses these words. */
export const CACHE_TTLS = ['5m', '30m', '1h', '12h'] as const;
export type CacheTtl = (typeof CACHE_TTLS)[number];
export const CACHE_TTL_MINUTES: Record<CacheTtl, number> = {
	'5m': 5,
	'30m': 30,
	'1h': 60,
	'12h': 720,
};
export type CacheWriteKey = `cacheWrite${CacheTtl}`;
export const cacheWriteKey = (ttl: CacheTtl): CacheWriteKey => `cacheWrite${ttl}`;

export const PRICE_KEYS = [
	'input',
	'output',
	'cacheWrite5m',
	'cacheWrite30m',
	'cacheWrite1h',
	'cacheWrite12h',
	'cacheRead',
] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];

/** Model statuses (see LIFECYCLE in src/schemas.ts for what each means). */
export const LIFECYCLE = ['active', 'legacy', 'deprecated', 'retired'] as const;
export type Lifecycle = (typeof LIFECYCLE)[number];

/** The site's languages: English (the source, at `/`) and Simplified Chinese (under `/zh/`, issue 17). */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
