// The cost engine: real-time vs batch cost of a workload, line by line, from the model's own prices.
// Pure and small enough to ship to the browser: every rate comes from the model data passed in,
// nothing is multiplied by a discount here, and an absent price makes its line unknown (never 0, never NaN).
import type { FreshnessConfig, LongContext, Model, PriceTier } from '../../schemas.ts';
import {
	CACHE_TTL_MINUTES,
	CACHE_TTLS,
	cacheWriteKey,
	type CacheTtl,
	type PriceKey,
} from '../../vocabulary.ts';
import { freshnessOfItem, type FreshnessState } from '../facts/freshness.ts';
import { lifecycleOn, type LifecycleState } from '../facts/lifecycle.ts';
import { LINE_LABEL, TIER_WORDS, TTL_WORDS } from '../site/labels.ts';
import { formatNumber } from '../site/format.ts';

/** A cache-write lifetime; each provider sells its own set (see ttlsOffered). */
export type Ttl = CacheTtl;
/** Price tiers as named in the data: `standard` is the real-time price. */
export type TierName = 'standard' | 'batch';
export type LineKey = 'input' | 'cacheWrite' | 'cacheRead' | 'output';
export type PricePath = `${TierName}.${PriceKey}`;

/** A workload: per-request averages, requests per job and jobs per month. */
export interface Scenario {
	/** Requests per job. */
	requests: number;
	/** Jobs per month. */
	jobs: number;
	/** Average input tokens per request, shared prefix included. */
	input: number;
	/** Average output tokens per request. */
	output: number;
	/** Tokens of the shared prefix (0 ≤ prefix ≤ input). */
	prefix: number;
	/** Share of requests that read the prefix from cache (0–1); the rest write it. */
	hit: number;
	/** Cache-write lifetime, where the provider prices it. */
	ttl: Ttl;
}

/** The fields of a model the calculator needs: small enough to ship to the browser. */
export interface CostModel {
	id: string;
	name: string;
	provider: string;
	/** Status judged on the build date (see lifecycle). */
	status: Model['status'];
	/** Lifecycle on the build date: shutdown date, days left, whether readers should be warned. */
	lifecycle?: LifecycleState;
	/** USD per million tokens; an absent price is unknown. */
	prices: Record<TierName, Partial<PriceTier>>;
	/** Price paths computed rather than read from a vendor table. */
	derived: string[];
	longContext?: LongContext;
	verifiedOn: string;
	confidence: Model['confidence'];
	/** Freshness of the prices on the build date. */
	freshness: FreshnessState;
}

/** Keeps only what the calculator uses, with freshness and lifecycle judged on `today` (the build date). */
export function toCostModel(model: Model, config: FreshnessConfig, today: string): CostModel {
	const { id, name, provider, prices, derived, longContext, verifiedOn, confidence } = model;
	const lifecycle = lifecycleOn(model, today);
	return {
		id,
		name,
		provider,
		status: lifecycle.status,
		lifecycle,
		prices,
		derived,
		longContext,
		verifiedOn,
		confidence,
		freshness: freshnessOfItem(model, config, today).state,
	};
}

/** Why a rate deserves a second look next to the result. */
export type RateFlag = 'stale' | 'due' | 'derived' | 'low-confidence';

/** One price the result relies on, with its verified date. */
export interface RateUsed {
	path: PricePath;
	/** USD per million tokens, as in the data (before any long-context multiplier). */
	usd: number;
	verifiedOn: string;
	flags: RateFlag[];
}

export interface CostLine {
	key: LineKey;
	label: string;
	/** Tokens billed on this line per job. */
	tokens: number;
	/** The price the line is billed at, when known. */
	path?: PricePath;
	/** Effective USD per million tokens (after any long-context multiplier). */
	rate?: number;
	/** USD per job; absent when the price is unknown. */
	usd?: number;
	/** Why the line cannot be priced (worded by `noteText`, or by a page in its language). */
	unknownWhy?: CostNote;
	/** Rules that applied to this line. */
	why: CostNote[];
}

export interface TierCost {
	tier: TierName;
	lines: CostLine[];
	/** USD per job, unrounded; absent when any line is unknown. */
	perJob?: number;
	perMonth?: number;
	/** Labels of the lines that are unknown. */
	unknownLines: string[];
}

export interface ModelCost {
	model: CostModel;
	realtime: TierCost;
	batch: TierCost;
	/** Real-time minus batch; absent when either total is unknown. */
	saving?: { perJob: number; perMonth: number; percent?: number };
	/** Whether the long-context rates were applied. */
	longContext: 'applied' | 'below-threshold' | 'no-surcharge' | 'not-documented';
	/** Model-level notes (long context). */
	why: CostNote[];
	/** Every price the result uses, once each. */
	rates: RateUsed[];
	/** The cache-write lifetime the writes are billed at (see resolveTtl); absent when the model sells none. */
	ttl?: Ttl;
}

/**
 * A rule that applied, or why a line has no price, as data: `code` names the sentence, the other
 * fields fill it. `noteText` words it in English (the CLI, the MCP server); the calculator's pages word
 * it from their strings table (src/lib/i18n/strings.ts, `calc.note.<code>`), so the island ships no English.
 */
export type CostNote =
	| { code: 'lcNotDocumented' | 'lcNoSurcharge' | 'cacheMultiplier' }
	| { code: 'lcApplied'; threshold: number; input: number; output: number; cache: number }
	| { code: 'lcBelow'; threshold: number }
	| { code: 'ttlSwapped'; wanted: Ttl; used: Ttl }
	| { code: 'noCachePrices' | 'noCacheRead' | 'noInputPrice' | 'noOutputPrice'; tier: TierName }
	| { code: 'noWritePrice'; tier: TierName; ttl: Ttl };

/** A note in English. */
export function noteText(n: CostNote): string {
	switch (n.code) {
		case 'lcNotDocumented':
			return 'Long-context pricing is not documented for this model, so no surcharge is applied.';
		case 'lcNoSurcharge':
			return 'The vendor documents no long-context surcharge for this model.';
		case 'lcApplied':
			return `Long-context rates apply (input above ${formatNumber(n.threshold)} tokens per request): input ×${n.input}, output ×${n.output}, cache ×${n.cache}, in real time and in batch.`;
		case 'lcBelow':
			return `Long-context rates start above ${formatNumber(n.threshold)} input tokens per request; this workload is below that.`;
		case 'ttlSwapped':
			return `This model sells no ${TTL_WORDS[n.wanted]} cache write; its ${TTL_WORDS[n.used]} write, the nearest lifetime it offers, is used.`;
		case 'cacheMultiplier':
			return 'No separate long-context cache multiplier is documented; the input multiplier is used.';
		case 'noCachePrices':
			return `No cache prices are listed for ${TIER_WORDS[n.tier]}, so prefix writes are billed at the input price.`;
		case 'noCacheRead':
			return `No ${TIER_WORDS[n.tier]} cache-read price is listed, so cached tokens are billed at the ${TIER_WORDS[n.tier]} input price.`;
		case 'noInputPrice':
		case 'noOutputPrice':
			return `No ${TIER_WORDS[n.tier]} ${n.code === 'noOutputPrice' ? 'output' : 'input'} price in the data.`;
		case 'noWritePrice':
			return `No ${TIER_WORDS[n.tier]} ${TTL_WORDS[n.ttl]} cache-write price in the data.`;
	}
}

/** The cache-write lifetimes the model has a price for, in either tier, shortest first. */
export function ttlsOffered(model: Pick<CostModel, 'prices'>): Ttl[] {
	return CACHE_TTLS.filter(
		(ttl) =>
			model.prices.standard[cacheWriteKey(ttl)] !== undefined ||
			model.prices.batch[cacheWriteKey(ttl)] !== undefined
	);
}

/**
 * The lifetime a scenario is billed at on this model: the one asked for when the model sells it,
 * otherwise the nearest one it does sell (so `ttl=5m` from an old link prices an OpenAI model at its
 * 30-minute write). Undefined when the model lists no cache-write price at all.
 */
export function resolveTtl(model: Pick<CostModel, 'prices'>, wanted: Ttl): Ttl | undefined {
	const offered = ttlsOffered(model);
	if (offered.includes(wanted)) return wanted;
	const distance = (ttl: Ttl) =>
		Math.abs(Math.log(CACHE_TTL_MINUTES[ttl] / CACHE_TTL_MINUTES[wanted]));
	// Ties go to the shorter lifetime (the cheaper write).
	return offered.reduce<Ttl | undefined>(
		(best, ttl) => (best === undefined || distance(ttl) < distance(best) ? ttl : best),
		undefined
	);
}

/** Real-time and batch cost of `scenario` on `model`, each as line items with the rules that applied. */
export function estimateCost(model: CostModel, scenario: Scenario): ModelCost {
	const lc = model.longContext;
	const longContext: ModelCost['longContext'] = !lc
		? 'not-documented'
		: !lc.surcharge
			? 'no-surcharge'
			: scenario.input > lc.thresholdTokens
				? 'applied'
				: 'below-threshold';
	const why: CostNote[] = [];
	if (longContext === 'not-documented') why.push({ code: 'lcNotDocumented' });
	if (longContext === 'no-surcharge') why.push({ code: 'lcNoSurcharge' });
	if (lc?.surcharge && longContext === 'applied')
		why.push({
			code: 'lcApplied',
			threshold: lc.thresholdTokens,
			input: lc.inputMultiplier,
			output: lc.outputMultiplier,
			cache: lc.cacheMultiplier ?? lc.inputMultiplier,
		});
	if (lc?.surcharge && longContext === 'below-threshold')
		why.push({ code: 'lcBelow', threshold: lc.thresholdTokens });

	const used = new Map<PricePath, RateUsed>();
	const use = (path: PricePath, usd: number) => {
		if (used.has(path)) return;
		const flags: RateFlag[] = [];
		if (model.freshness !== 'fresh') flags.push(model.freshness);
		if (model.derived.includes(path)) flags.push('derived');
		if (model.confidence === 'low') flags.push('low-confidence');
		used.set(path, { path, usd, verifiedOn: model.verifiedOn, flags });
	};
	const realtime = tierCost(model, 'standard', scenario, longContext === 'applied', use);
	const batch = tierCost(model, 'batch', scenario, longContext === 'applied', use);
	let saving: ModelCost['saving'];
	if (realtime.perJob !== undefined && batch.perJob !== undefined) {
		const perJob = realtime.perJob - batch.perJob;
		// A real-time cost of next to nothing (a hit share like 5e-324 on free input) would overflow the percentage.
		const percent = realtime.perJob > 0 ? (perJob / realtime.perJob) * 100 : undefined;
		saving = {
			perJob,
			perMonth: perJob * scenario.jobs,
			percent: percent !== undefined && Number.isFinite(percent) ? percent : undefined,
		};
	}
	return {
		model,
		realtime,
		batch,
		saving,
		longContext,
		why,
		rates: [...used.values()],
		ttl: resolveTtl(model, scenario.ttl),
	};
}

function tierCost(
	model: CostModel,
	tier: TierName,
	s: Scenario,
	long: boolean,
	use: (path: PricePath, usd: number) => void
): TierCost {
	const prices = model.prices[tier];
	const lc = long && model.longContext?.surcharge ? model.longContext : undefined;
	const perJob = (perRequest: number) => perRequest * s.requests;
	const lines: CostLine[] = [];

	/** Bills `tokens` at `key` of this tier, times `multiplier`; an absent price leaves the line unknown. */
	const line = (
		key: LineKey,
		tokens: number,
		priceKey: PriceKey | undefined,
		multiplier: number,
		why: CostNote[],
		unknown?: CostNote
	): CostLine => {
		const result: CostLine = { key, label: LINE_LABEL[key], tokens, why };
		const price = priceKey === undefined ? undefined : prices[priceKey];
		// A line with no tokens costs nothing whatever its price; it is never "unknown".
		if (tokens === 0) {
			result.usd = 0;
			result.why = [];
			return result;
		}
		if (priceKey === undefined || price === undefined || !Number.isFinite(price)) {
			result.unknownWhy = unknown ?? {
				code: key === 'output' ? 'noOutputPrice' : 'noInputPrice',
				tier,
			};
			return result;
		}
		const path = `${tier}.${priceKey}` as PricePath;
		use(path, price);
		result.path = path;
		result.rate = price * multiplier;
		result.usd = (tokens * result.rate) / 1e6;
		return result;
	};

	const inMul = lc ? lc.inputMultiplier : 1;
	const cacheMul = lc ? (lc.cacheMultiplier ?? lc.inputMultiplier) : 1;
	const cacheMulNote: CostNote[] =
		lc && lc.cacheMultiplier === undefined ? [{ code: 'cacheMultiplier' }] : [];
	const hasCachePrices =
		prices.cacheRead !== undefined ||
		CACHE_TTLS.some((ttl) => prices[cacheWriteKey(ttl)] !== undefined);

	// 1. Fresh input: the part of each prompt that is not the shared prefix.
	lines.push(line('input', perJob(s.input - s.prefix), 'input', inMul, []));

	// 2. Cache writes: requests that miss the cache write the prefix, at the chosen TTL's price.
	const writeTokens = perJob(s.prefix * (1 - s.hit));
	const ttl = resolveTtl(model, s.ttl);
	const ttlKey = ttl === undefined ? undefined : cacheWriteKey(ttl);
	if (ttl !== undefined && ttlKey !== undefined && prices[ttlKey] !== undefined) {
		const swapped: CostNote[] =
			ttl === s.ttl ? [] : [{ code: 'ttlSwapped', wanted: s.ttl, used: ttl }];
		lines.push(line('cacheWrite', writeTokens, ttlKey, cacheMul, [...swapped, ...cacheMulNote]));
	} else if (!hasCachePrices) {
		// The tier lists no cache prices at all: caching earns nothing here, so the prefix is plain input.
		lines.push(line('cacheWrite', writeTokens, 'input', inMul, [{ code: 'noCachePrices', tier }]));
	} else {
		lines.push(
			line('cacheWrite', writeTokens, undefined, 1, [], {
				code: 'noWritePrice',
				tier,
				ttl: ttl ?? s.ttl,
			})
		);
	}

	// 3. Cache reads: requests that hit the cache read the prefix at the tier's cache-read price.
	const readTokens = perJob(s.prefix * s.hit);
	if (prices.cacheRead !== undefined)
		lines.push(line('cacheRead', readTokens, 'cacheRead', cacheMul, [...cacheMulNote]));
	else lines.push(line('cacheRead', readTokens, 'input', inMul, [{ code: 'noCacheRead', tier }]));

	// 4. Output.
	lines.push(line('output', perJob(s.output), 'output', lc ? lc.outputMultiplier : 1, []));

	const unknownLines = lines.filter((l) => l.unknownWhy !== undefined).map((l) => l.label);
	const total = unknownLines.length ? undefined : lines.reduce((sum, l) => sum + (l.usd ?? 0), 0);
	return {
		tier,
		lines,
		perJob: total,
		perMonth: total === undefined ? undefined : total * s.jobs,
		unknownLines,
	};
}
