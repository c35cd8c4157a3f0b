// Every reader-facing label the site, the islands and the CLIs share, defined once: price columns,
// tiers, statuses, freshness, verdicts, events and candidate names. Pure data (type-only imports),
// so the islands can bundle it. tests/unit/labels.test.ts keeps new label tables here.
import type { Candidate, Claim } from '../../schemas.ts';

type ClaimVerdict = Claim['verdict'];
import type { CacheTtl, Lifecycle, PriceKey } from '../../vocabulary.ts';
import type { FreshnessState } from '../facts/freshness.ts';
import type { LineKey, RateFlag, TierName } from '../calculator/cost.ts';
import type { NumberField } from '../calculator/query.ts';
import type { ChangeEvent } from '../publish/changes.ts';
import type { Format, Verdict } from '../check/checker.ts';

/** Price columns of the tables and the calculator. */
export const PRICE_LABEL: Record<PriceKey, string> = {
	input: 'Input',
	output: 'Output',
	cacheWrite5m: 'Cache write (5 min)',
	cacheWrite30m: 'Cache write (30 min)',
	cacheWrite1h: 'Cache write (1 h)',
	cacheWrite12h: 'Cache write (12 h)',
	cacheRead: 'Cache read',
};

/** The two tiers as table headings ("Real time", "Batch")… */
export const TIER_LABEL = { realtime: 'Real time', batch: 'Batch' } as const;
/** …and inside a sentence ("the real-time input rate"), keyed by the price tier. */
export const TIER_WORDS: Record<TierName, string> = { standard: 'real-time', batch: 'batch' };

/** A model's lifecycle status, as readers see it (judged on the build date: src/lib/facts/lifecycle.ts). */
export const LIFECYCLE_LABEL: Record<Lifecycle, string> = {
	active: 'Active',
	legacy: 'Legacy',
	deprecated: 'Deprecated',
	retired: 'Retired',
};

/** Words for each freshness state, so a badge never relies on colour alone. */
export const FRESHNESS_LABEL: Record<FreshnessState, string> = {
	fresh: 'Fresh',
	due: 'Review due',
	stale: 'Stale',
};

/** The calculator's cost lines. */
export const LINE_LABEL: Record<LineKey, string> = {
	input: 'Fresh input',
	cacheWrite: 'Cache writes',
	cacheRead: 'Cache reads',
	output: 'Output',
};

/**
 * The calculator's number fields in English, for the CLI, the MCP server and English messages (the
 * pages word them from src/lib/i18n/strings.ts; kept apart from the bounds so the island does not ship them).
 */
export const CALC_FIELD_WORDS: Record<NumberField, { label: string; unit: string }> = {
	requests: { label: 'Requests per job', unit: 'requests' },
	jobs: { label: 'Jobs per month', unit: 'jobs' },
	input: { label: 'Input tokens per request', unit: 'tokens' },
	output: { label: 'Output tokens per request', unit: 'tokens' },
	prefix: { label: 'Shared prefix', unit: 'tokens' },
	hit: { label: 'Cache hit share', unit: '(or 0% to 100%)' },
};

/** Flags on a rate the calculator used. */
export const FLAG_LABEL: Record<RateFlag, string> = {
	stale: 'stale',
	due: 'review due',
	derived: 'derived',
	'low-confidence': 'low confidence',
};

/** A cache-write lifetime as an adjective in running text ("the 30-minute write"). */
export const TTL_WORDS: Record<CacheTtl, string> = {
	'5m': '5-minute',
	'30m': '30-minute',
	'1h': '1-hour',
	'12h': '12-hour',
};

/** A cache-write lifetime as the calculator's form offers it. */
export const CACHE_TTL_LABEL: Record<CacheTtl, string> = {
	'5m': '5 minutes',
	'30m': '30 minutes',
	'1h': '1 hour',
	'12h': '12 hours',
};

/** How a lifecycle event is named on the changes page and in the feed. */
export const EVENT_LABEL: Record<Exclude<ChangeEvent, 'value'>, string> = {
	launch: 'Launched',
	deprecation: 'Deprecated',
	retirement: 'Retired',
};

/** Reader-facing names of the candidates, for links to their pages. */
export const CANDIDATE_NAMES: Record<Candidate, string> = {
	'anthropic-batch': 'Anthropic Message Batches API',
	'openai-batch': 'OpenAI Batch API',
	'gemini-batch': 'Gemini Batch Mode',
	hybrid: 'Anthropic and OpenAI batch APIs together',
	'openai-flex': 'OpenAI Flex processing',
	realtime: 'Standard real-time API',
	either: 'Either batch API',
};

/** Our verdict on a claim seen elsewhere, with a symbol so it never relies on colour alone. */
export const CLAIM_VERDICT_LABEL: Record<ClaimVerdict, string> = {
	correct: '✓ Correct',
	wrong: '✗ Wrong',
	outdated: '◷ Outdated',
	misleading: '≈ Misleading',
	unverifiable: '? Unverifiable',
};

/** The batch-file checker's verdict, one wording for the page and the CLI. */
export const VERDICT_LABEL: Record<Verdict, string> = {
	accepted: 'Accepted: the provider should take this file',
	rejected: 'Will be rejected',
	split: 'Will be rejected as one batch: split it',
	unreadable: 'Cannot be read as a batch file',
};

/** The batch-file formats the checker reads. */
export const FORMAT_LABEL: Record<Format, string> = {
	'openai-jsonl': 'OpenAI batch input (JSONL)',
	'anthropic-jsonl': 'Anthropic Message Batches requests (JSONL)',
	'anthropic-json': 'Anthropic Message Batches body ({"requests": […]})',
};
