// The one schema module: Astro collections, the scripts and the tests all validate data with it.
// It imports only `astro/zod`, so plain Node can run it (no `astro:*` virtual modules here).
import { z } from 'astro/zod';
import { CACHE_TTLS, LIFECYCLE, PRICE_KEYS } from './vocabulary.ts';

// The word lists live in a zod-free module so browser scripts can use them; re-exported here.
export {
	CACHE_TTL_MINUTES,
	CACHE_TTLS,
	cacheWriteKey,
	LIFECYCLE,
	PRICE_KEYS,
	UNKNOWN_VALUES,
} from './vocabulary.ts';
export type { CacheTtl, CacheWriteKey, Lifecycle, PriceKey } from './vocabulary.ts';

/** Stable record id: lower-case words joined by `.` or `-` (e.g. `anthropic.batch.max-requests`). */
export const IdSchema = z
	.string({ error: 'must be a text id' })
	.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, {
		error:
			'must be lower-case letters and digits separated by "." or "-" (e.g. "openai.batch.max-requests")',
	});

/**
 * A calendar date written as YYYY-MM-DD. Kept as a string so no time zone can shift it;
 * impossible dates such as 2026-02-30 are rejected.
 */
export const IsoDateSchema = z
	.string({ error: 'must be a date written as YYYY-MM-DD (quote it in YAML)' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD' })
	.refine(isRealCalendarDate, { error: 'is not a real calendar date' });

function isRealCalendarDate(text: string): boolean {
	const [y, m, d] = text.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A vendor page (or other page) that states the value. Only https URLs are accepted. */
export const SourceSchema = z.strictObject({
	/** Full https URL of the page, the vendor's own wherever one exists. */
	url: z
		.url({ protocol: /^https$/, error: 'must be a full https:// URL' })
		// The URL parser quietly encodes a space, so a pasted "…/batch guide" would pass as a different page.
		.refine((url) => !/\s/.test(url), {
			error: 'must not contain spaces (check for a pasted title, or write %20)',
		}),
	/** Title of the page as readers would recognise it. */
	title: z.string().min(3, { error: 'needs a title of at least 3 characters' }),
});
export type Source = z.output<typeof SourceSchema>;

const SourcesSchema = z.array(SourceSchema).min(1, { error: 'needs at least one source' });

export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export const ConfidenceSchema = z.enum(CONFIDENCE, {
	error: `must be one of: ${CONFIDENCE.join(', ')}`,
});
export type Confidence = (typeof CONFIDENCE)[number];

export const FACT_KINDS = [
	'price',
	'limit',
	'endpoint',
	'policy',
	'retention',
	'format',
	'rate-limit',
	'discount',
] as const;
export const FactKindSchema = z.enum(FACT_KINDS, {
	error: `must be one of: ${FACT_KINDS.join(', ')}`,
});
export type FactKind = z.output<typeof FactKindSchema>;

/** A fact's value: a number, text, yes/no, a list of texts, or one of the explicit unknown states. */
export const FactValueSchema = z.union(
	[
		z.number(), // zod 4 numbers are finite: Infinity and NaN are refused
		z.string().min(1, { error: 'must not be empty (use "unknown" or "not-documented")' }),
		z.boolean(),
		z.array(z.string().min(1)).min(1),
	],
	{ error: 'must be a number, text, true/false, or a list of texts ("unknown" if not known)' }
);
export type FactValueData = z.output<typeof FactValueSchema>;

/**
 * When something changed: one day (`'2024-11-12'`), or, when the evidence only brackets it, a window
 * written as a two-date list (`['2024-11-05', '2024-11-12']`: after the first day, by the second).
 */
export const ChangeDateSchema = z.union(
	[
		IsoDateSchema,
		z.tuple([IsoDateSchema, IsoDateSchema]).refine(([from, to]) => from < to, {
			error: 'is a window, so its first date must be before its second',
		}),
	],
	{ error: "must be a date ('YYYY-MM-DD') or a window of two dates (['YYYY-MM-DD', 'YYYY-MM-DD'])" }
);
export type ChangeDate = z.output<typeof ChangeDateSchema>;

/** An earlier value of a fact or a price, kept for the changelog. */
export const HistoryEntrySchema = z.strictObject({
	value: z.unknown().refine((v) => v !== undefined && v !== null, { error: 'needs the old value' }),
	/** When the old value was last confirmed, where known. */
	verifiedOn: IsoDateSchema.optional(),
	/** When the old value stopped being current: a day, or a window when only that is known. */
	until: ChangeDateSchema,
	/** Evidence for the change, when it is not the record's own sources. */
	sources: SourcesSchema.optional(),
	/** How sure we are of the change (and of its date). */
	confidence: ConfidenceSchema.optional(),
	note: z.string().optional(),
});
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/** Fields shared by anything that carries a dated, sourced value. */
const provenance = {
	/** When someone last checked the value against `sources`. */
	verifiedOn: IsoDateSchema,
	sources: SourcesSchema,
	confidence: ConfidenceSchema,
	/** Earlier values, newest first. */
	history: z.array(HistoryEntrySchema).default([]),
	/** Editors' evidence note, in our own words; never shown to readers (see `readerNote` on facts). */
	note: z.string().optional(),
	/** Overrides the kind's review window from data/freshness.yaml. */
	reviewEveryDays: z.number().int().positive().optional(),
};

/** One checked statement about a provider. */
export const FactSchema = z
	.strictObject({
		id: IdSchema,
		provider: IdSchema,
		kind: FactKindSchema,
		/** What the value is, for readers. */
		label: z.string().min(3, { error: 'needs a label of at least 3 characters' }),
		value: FactValueSchema,
		/**
		 * The value as a few words that read well inside a sentence or a bold "why" line (e.g. "Not eligible");
		 * the long `value` stays for tables and the facts pages.
		 */
		short: z
			.string()
			.min(1)
			.max(80, { error: 'must be short (at most 80 characters); the long form is `value`' })
			.optional(),
		/** A note for readers, in plain words (shown beside the value); editors' evidence goes in `note`. */
		readerNote: z.string().min(10).optional(),
		/** Unit of a numeric value (e.g. "requests", "MB", "hours", "%"). */
		unit: z.string().optional(),
		/** True when the value was computed from other facts rather than read from a source. */
		derived: z.boolean().default(false),
		/** Ids of the facts a derived value was computed from. */
		derivedFrom: z.array(IdSchema).optional(),
		/** A short phrase expected on the source page, for the source checker. */
		anchor: z.string().optional(),
		...provenance,
	})
	.refine((f) => !f.derived || (f.derivedFrom?.length ?? 0) > 0, {
		error: 'is derived, so it must name the facts it derives from in derivedFrom',
		path: ['derivedFrom'],
	});
export type Fact = z.output<typeof FactSchema>;

const price = z
	.number({ error: 'must be a number (USD per million tokens)' })
	.nonnegative({ error: 'must not be negative' });

/** One tier's prices in USD per million tokens. An absent price is unknown, never zero. */
export const PriceTierSchema = z.strictObject({
	input: price,
	output: price,
	/** Cache writes, one price per lifetime the vendor sells (Anthropic: 5 min and 1 h; OpenAI: 30 min, and 12 h on some models). */
	cacheWrite5m: price.optional(),
	cacheWrite30m: price.optional(),
	cacheWrite1h: price.optional(),
	cacheWrite12h: price.optional(),
	cacheRead: price.optional(),
});
export type PriceTier = z.output<typeof PriceTierSchema>;

/** Path to one price, e.g. `batch.cacheRead`. */
export const PricePathSchema = z.enum(
	(['standard', 'batch'] as const).flatMap((tier) =>
		PRICE_KEYS.map((key) => `${tier}.${key}` as const)
	),
	{ error: 'must name a price like "batch.input" or "standard.cacheRead"' }
);
export type PricePath = z.output<typeof PricePathSchema>;

/**
 * Long-context pricing. `surcharge: false` records that the vendor documents none;
 * leaving the field out means nobody has documented it either way.
 */
export const LongContextSchema = z.discriminatedUnion(
	'surcharge',
	[
		z.strictObject({ surcharge: z.literal(false), fact: IdSchema }),
		z.strictObject({
			surcharge: z.literal(true),
			/** Requests with more input tokens than this are billed at the long-context rates. */
			thresholdTokens: z.number().int().positive(),
			inputMultiplier: z.number().positive(),
			outputMultiplier: z.number().positive(),
			cacheMultiplier: z.number().positive().optional(),
			fact: IdSchema,
		}),
	],
	{ error: 'must say surcharge: true (with threshold and multipliers) or surcharge: false' }
);
export type LongContext = z.output<typeof LongContextSchema>;

/** A priced model with real-time (standard) and batch prices. */
export const ModelSchema = z
	.strictObject({
		/** The vendor's API id, e.g. `claude-sonnet-4-6`. */
		id: z
			.string()
			.regex(/^[a-z0-9][a-z0-9.-]*$/, { error: 'must be the vendor API id in lower case' }),
		provider: IdSchema,
		name: z.string().min(2),
		/** The research fact this price row came from. */
		fact: IdSchema,
		/**
		 * Where the model stands: `legacy` is superseded but still sold without a shutdown date; `deprecated`
		 * has a shutdown announced; `retired` no longer answers. Pages judge it on the build date
		 * (src/lib/facts/lifecycle.ts): a model past `retiresOn` shows as retired whatever `status` says.
		 */
		status: z.enum(LIFECYCLE, { error: `must be one of: ${LIFECYCLE.join(', ')}` }),
		/** When the model became available (a launch is a change in the feed). */
		launchedOn: ChangeDateSchema.optional(),
		/** When the vendor announced the shutdown. */
		deprecatedOn: IsoDateSchema.optional(),
		/** The day the model stops (or stopped) answering on the vendor's own API. */
		retiresOn: IsoDateSchema.optional(),
		/** The fact that documents the launch, deprecation or retirement dates. */
		lifecycleFact: IdSchema.optional(),
		prices: z.strictObject({ standard: PriceTierSchema, batch: PriceTierSchema }),
		/** Prices computed rather than read from a vendor table. */
		derived: z.array(PricePathSchema).default([]),
		/** Facts the derived prices were computed from. */
		derivedFrom: z.array(IdSchema).optional(),
		/** Batch prices that do not follow the provider's discount, each with the fact that documents why. */
		discountExceptions: z
			.array(z.strictObject({ price: PricePathSchema, fact: IdSchema }))
			.default([]),
		/**
		 * Prices that really are 0 (the vendor charges nothing, e.g. an embedding model's output). A 0 not
		 * listed here is refused, so a typo or a placeholder 0 never reads as "free" (rule zero-price-declared).
		 */
		free: z.array(PricePathSchema).default([]),
		longContext: LongContextSchema.optional(),
		...provenance,
	})
	.refine((m) => m.derived.length === 0 || (m.derivedFrom?.length ?? 0) > 0, {
		error: 'has derived prices, so it must name the facts they derive from in derivedFrom',
		path: ['derivedFrom'],
	})
	.refine(
		(m) =>
			(m.deprecatedOn === undefined && m.retiresOn === undefined) || m.lifecycleFact !== undefined,
		{
			error:
				'has a deprecation or retirement date, so it must name the fact that documents it in lifecycleFact',
			path: ['lifecycleFact'],
		}
	)
	.refine(
		(m) =>
			m.deprecatedOn === undefined || m.retiresOn === undefined || m.deprecatedOn <= m.retiresOn,
		{
			error: 'is deprecated after it retires; deprecatedOn must be on or before retiresOn',
			path: ['deprecatedOn'],
		}
	);
export type Model = z.output<typeof ModelSchema>;

/** A company offering a batch API. */
/** The titles the calculator's worked examples may use (each worded in the strings table, `calc.page.example.<title>`). */
export const EXAMPLE_TITLES = [
	'classification',
	'cachedRead',
	'enrichment',
	'longContext',
	'embedding',
] as const;

/** A worked example on the calculator page: a workload (sizes, not facts) priced from the model data. */
export const CalculatorExampleSchema = z.strictObject({
	id: IdSchema,
	title: z.enum(EXAMPLE_TITLES, { error: `must be one of: ${EXAMPLE_TITLES.join(', ')}` }),
	/** API id of the model priced, and optionally one compared beside it. */
	model: z.string().min(1),
	compare: z.string().min(1).optional(),
	requests: z.number().int().positive(),
	jobs: z.number().int().positive().default(1),
	input: z.number().int().nonnegative(),
	output: z.number().int().nonnegative().default(0),
	prefix: z.number().int().nonnegative().default(0),
	hit: z.number().min(0).max(1).default(0),
	ttl: z.enum(CACHE_TTLS).default('5m'),
});
export type CalculatorExample = z.output<typeof CalculatorExampleSchema>;

/** `data/calculator-examples.yaml`: the model the calculator opens on, and the worked examples. */
export const CalculatorFileSchema = z.strictObject({
	/** API id of the model the calculator shows before the reader picks one (a model in data/models). */
	defaultModel: z.string().min(1),
	examples: z.array(CalculatorExampleSchema),
});

/** The columns of the providers page, each a list of facts shown in that cell. */
export const PRODUCT_COLUMNS = ['discount', 'window', 'limits', 'retention'] as const;

/** A batch product as the providers page shows it: one row, its cells chosen from the provider's facts. */
export const BatchProductSchema = z.strictObject({
	id: IdSchema,
	/** The product's name as readers know it ("Gemini API Batch Mode"). */
	name: z.string().min(2),
	/** Anthropic and OpenAI: the two APIs the rest of the site compares, shown for reference. */
	reference: z.boolean().default(false),
	cells: z.strictObject(
		Object.fromEntries(
			PRODUCT_COLUMNS.map((c) => [c, z.array(IdSchema).min(1).optional()])
		) as Record<(typeof PRODUCT_COLUMNS)[number], z.ZodOptional<z.ZodArray<typeof IdSchema>>>
	),
	/** Facts that fit no column (input format, how it works), shown only in the notes. */
	notes: z.array(IdSchema).default([]),
});
export type BatchProduct = z.output<typeof BatchProductSchema>;

export const ProviderSchema = z.strictObject({
	id: IdSchema,
	name: z.string().min(2),
	/** The product's name, e.g. "Message Batches API". */
	batchProduct: z.string().min(2),
	/** The vendor's documentation of the batch product. */
	docsUrl: z.url({ protocol: /^https$/, error: 'must be a full https:// URL' }),
	/** The fact holding the documented batch discount in percent, if the provider has one. */
	discountFact: IdSchema.optional(),
	/** One line, in our words. */
	summary: z.string().min(10),
	/** The facts the calculator reads about this provider's batch product. */
	batchFacts: z
		.strictObject({
			/** Whether the batch product is eligible for zero data retention (shown when a reader needs ZDR). */
			zdr: IdSchema.optional(),
			/** Most requests in one batch (a number). */
			maxRequests: IdSchema.optional(),
			/** Largest batch, in MB (a number). */
			maxSize: IdSchema.optional(),
			/** The cache-write lifetime the provider recommends for batches, and the fact that says so. */
			cacheTtl: z
				.strictObject({
					ttl: z.enum(CACHE_TTLS, { error: `must be one of: ${CACHE_TTLS.join(', ')}` }),
					fact: IdSchema,
				})
				.optional(),
		})
		.optional(),
	/** The pricing rules pages cite beside the price tables (pricing, calculator): cache prices and how they stack, long context. */
	pricingFacts: z
		.strictObject({
			/** Cache writes and reads, and how caching stacks with the batch discount. */
			cache: z.array(IdSchema).min(1).optional(),
			/** The long-context price rule. */
			longContext: IdSchema.optional(),
		})
		.optional(),
	/** Its batch products, one row each on the providers page, in the order shown. */
	products: z.array(BatchProductSchema).default([]),
});
export type Provider = z.output<typeof ProviderSchema>;

export const VERDICTS = ['correct', 'wrong', 'outdated', 'misleading', 'unverifiable'] as const;

/** Something said elsewhere, checked against our facts. */
export const ClaimSchema = z.strictObject({
	id: IdSchema,
	/** Our paraphrase of the claim. */
	claim: z.string().min(10),
	/** Where it was seen, described (not linked). */
	seenIn: z.array(z.string().min(2)).min(1),
	verdict: z.enum(VERDICTS, { error: `must be one of: ${VERDICTS.join(', ')}` }),
	/** Why, in a sentence. */
	explanation: z.string().min(10),
	/** Fact or model-price ids that settle it. */
	facts: z.array(IdSchema).min(1, { error: 'needs at least one fact that settles it' }),
	checkedOn: IsoDateSchema,
});
export type Claim = z.output<typeof ClaimSchema>;

/** Review windows, in days, per fact kind; `dueWithinDays` is the early-warning margin. */
export const FreshnessConfigSchema = z.strictObject({
	dueWithinDays: z.number().int().nonnegative(),
	/** Window for model prices. */
	modelPriceDays: z.number().int().positive(),
	windows: z.strictObject(
		Object.fromEntries(FACT_KINDS.map((k) => [k, z.number().int().positive()])) as Record<
			FactKind,
			z.ZodNumber
		>
	),
});
export type FreshnessConfig = z.output<typeof FreshnessConfigSchema>;

/** Front matter of an MDX page in content/. */
export const GuideSchema = z.strictObject({
	title: z.string().min(3),
	/** For search engines and link previews. */
	description: z.string().min(10),
	/** One sentence on what the page is for, shown in its header. */
	purpose: z.string().min(10),
	/** Fact ids the page relies on beyond those it renders, for its freshness header. */
	facts: z.array(IdSchema).default([]),
	order: z.number().int().default(100),
});
export type Guide = z.output<typeof GuideSchema>;

// ---- The public JSON API (/api/v1/*.json). Versioned: change only by adding fields. ----

const FreshnessStateSchema = z.enum(['fresh', 'due', 'stale']);

export const ApiFactsSchema = z.strictObject({
	generatedOn: IsoDateSchema,
	facts: z.array(
		z.strictObject({
			id: IdSchema,
			provider: IdSchema,
			kind: FactKindSchema,
			label: z.string(),
			value: FactValueSchema,
			unit: z.string().nullable(),
			verifiedOn: IsoDateSchema,
			reviewBy: IsoDateSchema,
			freshness: FreshnessStateSchema,
			confidence: ConfidenceSchema,
			derived: z.boolean(),
			sources: z.array(SourceSchema).min(1),
		})
	),
});

export const ApiModelsSchema = z.strictObject({
	generatedOn: IsoDateSchema,
	models: z.array(
		z.strictObject({
			id: z.string(),
			provider: IdSchema,
			name: z.string(),
			/** Judged on `generatedOn`: past `retiresOn` a model is retired. */
			lifecycle: z.enum(LIFECYCLE),
			launchedOn: ChangeDateSchema.optional(),
			deprecatedOn: IsoDateSchema.optional(),
			retiresOn: IsoDateSchema.optional(),
			prices: z.strictObject({ standard: PriceTierSchema, batch: PriceTierSchema }),
			derivedPrices: z.array(PricePathSchema),
			verifiedOn: IsoDateSchema,
			reviewBy: IsoDateSchema,
			freshness: FreshnessStateSchema,
			confidence: ConfidenceSchema,
			sources: z.array(SourceSchema).min(1),
		})
	),
});

export const ApiRetirementsSchema = z.strictObject({
	generatedOn: IsoDateSchema,
	/** Upcoming shutdowns (soonest first), then past ones (newest first). */
	retirements: z.array(
		z.strictObject({
			id: z.string(),
			provider: IdSchema,
			name: z.string(),
			/** Judged on `generatedOn`. */
			lifecycle: z.enum(LIFECYCLE),
			deprecatedOn: IsoDateSchema.optional(),
			retiresOn: IsoDateSchema,
			/** Days from `generatedOn` to `retiresOn`; zero or negative once retired. */
			daysLeft: z.number().int(),
			/** The fact that documents the dates, if the data names one. */
			fact: IdSchema.nullable(),
			verifiedOn: IsoDateSchema,
			freshness: FreshnessStateSchema,
			sources: z.array(SourceSchema).min(1),
		})
	),
});

export const ApiClaimsSchema = z.strictObject({
	generatedOn: IsoDateSchema,
	claims: z.array(
		z.strictObject({
			id: IdSchema,
			claim: z.string(),
			seenIn: z.array(z.string()),
			verdict: z.enum(VERDICTS),
			explanation: z.string(),
			facts: z.array(IdSchema),
			checkedOn: IsoDateSchema,
		})
	),
});

// ---- The decision wizard (data/decision-tree.yaml). Keys and option values are a public contract: URLs use them. ----

/** What the wizard can recommend; `either` means both batch APIs fit equally. */
export const CANDIDATES = [
	'anthropic-batch',
	'openai-batch',
	'gemini-batch',
	'hybrid',
	'openai-flex',
	'realtime',
	'either',
] as const;
export const CandidateSchema = z.enum(CANDIDATES, {
	error: `must be one of: ${CANDIDATES.join(', ')}`,
});
export type Candidate = z.output<typeof CandidateSchema>;

/** Reader-facing text; `{{fact.id}}` placeholders are replaced with the fact's value and unit (src/lib/facts/fill.ts). */
const TreeTextSchema = z.string().min(3, { error: 'needs text of at least 3 characters' });

/** One answer to a question, and where it leads (a question id or an outcome id). */
export const TreeOptionSchema = z.strictObject({
	/** The value used in URLs (`day`, `no`, `text`…); for number questions `at-most` or `above`. */
	value: z.string().regex(/^[a-z0-9-]+$/, {
		error: 'must be lower-case letters, digits or "-" (it appears in URLs)',
	}),
	label: TreeTextSchema,
	/** Id of the next question or of an outcome. */
	next: IdSchema,
});

/** A question: one choice, several choices (a comma list in URLs), or a whole number compared with a fact. */
export const TreeQuestionSchema = z.strictObject({
	id: IdSchema,
	/** The URL key (`latency`, `zdr`…); several question nodes may share a key and its options. */
	key: z.string().regex(/^[a-z]+$/, { error: 'must be lower-case letters (it appears in URLs)' }),
	type: z.enum(['choice', 'multi', 'number'], { error: 'must be one of: choice, multi, number' }),
	prompt: TreeTextSchema,
	help: TreeTextSchema.optional(),
	options: z.array(TreeOptionSchema).min(2, { error: 'needs at least two options' }),
	/** Multi questions: when several values are chosen, the first of them in this order decides where to go. */
	precedence: z.array(z.string()).optional(),
	/** Number questions: the fact holding the threshold; `at-most` covers 1…threshold, `above` the rest. */
	threshold: IdSchema.optional(),
});
export type TreeQuestion = z.output<typeof TreeQuestionSchema>;

/** A reason for an outcome, citing the facts that support it. */
export const TreeReasonSchema = z.strictObject({
	text: TreeTextSchema,
	facts: z.array(IdSchema).min(1, { error: 'needs at least one fact that supports it' }),
});

/** Where the wizard ends: one pick, one alternative, the reasons and what would change the answer. */
export const TreeOutcomeSchema = z.strictObject({
	id: IdSchema,
	candidate: CandidateSchema,
	/** One-line headline of the pick. */
	title: TreeTextSchema,
	alternative: z.strictObject({
		/** The alternative's candidate, when it is one of ours (Gemini Flex, for example, is not). */
		candidate: CandidateSchema.optional(),
		label: TreeTextSchema,
		/** When the alternative is the better choice, or what it would take. */
		when: TreeTextSchema,
	}),
	why: z.array(TreeReasonSchema).min(1, { error: 'needs at least one reason' }),
	/** Every fact the outcome relies on (the reasons' facts are added automatically). */
	facts: z.array(IdSchema).default([]),
	whatWouldChange: z
		.array(TreeTextSchema)
		.min(1, { error: 'needs at least one thing that would change the answer' }),
	/** Calculator pre-fill: model families (see `models` of the tree); the link opens each family's recommended model. */
	calculator: z.strictObject({ family: z.string(), compare: z.string().optional() }).optional(),
});
export type TreeOutcome = z.output<typeof TreeOutcomeSchema>;

/**
 * The model the calculator opens for a family (a value of the `family` question), per request type:
 * the current recommendation lives here, in data, never in code.
 */
export const TreeFamilyModelSchema = z.strictObject({
	family: z.string().regex(/^[a-z]+$/, { error: 'must be a value of the family question' }),
	/** API id (data/models) for chat and completion requests. */
	text: z.string().min(2),
	/** API id for embedding requests, where the family has an embedding model. */
	embeddings: z.string().min(2).optional(),
});

/**
 * The facts the tree's path rules hold every outcome to: which ZDR facts a candidate depends on, and
 * which endpoint each non-text modality needs from OpenAI Batch (checked against `endpointsFact`).
 */
export const TreeChecksSchema = z.strictObject({
	zdrFacts: z.partialRecord(CandidateSchema, z.array(IdSchema).min(1)).default({}),
	endpointsFact: IdSchema.optional(),
	modalityEndpoints: z
		.record(z.string(), z.string().startsWith('/', { error: 'is an API path starting with "/"' }))
		.default({}),
});
export type TreeChecks = z.output<typeof TreeChecksSchema>;

/** The whole wizard: questions (the first one is where it starts) and outcomes. */
export const DecisionTreeSchema = z.strictObject({
	questions: z.array(TreeQuestionSchema).min(1, { error: 'needs at least one question' }),
	outcomes: z.array(TreeOutcomeSchema).min(1, { error: 'needs at least one outcome' }),
	checks: TreeChecksSchema.default({ zdrFacts: {}, modalityEndpoints: {} }),
	/** Recommended calculator models per family. */
	models: z.array(TreeFamilyModelSchema).default([]),
});
export type DecisionTree = z.output<typeof DecisionTreeSchema>;

// ---- The FAQ (data/faq.yaml). Answers may hold {{fact.id}} placeholders, filled at build time. ----

/** One question and its answer. */
export const FaqEntrySchema = z.strictObject({
	/** Anchor of the question on /faq/ (kebab-case). */
	id: IdSchema,
	question: z.string().min(10),
	/** Plain text; numbers only through {{fact.id}} placeholders. */
	answer: z.string().min(20),
	/** Facts the answer relies on without quoting them in a placeholder. */
	facts: z.array(IdSchema).default([]),
	/** Pages on this site that go deeper. */
	links: z
		.array(
			z.strictObject({
				href: z.string().regex(/^\/[^\s]*$/, { error: 'must be a site path starting with "/"' }),
				label: z.string().min(2),
			})
		)
		.default([]),
});
export type FaqEntry = z.output<typeof FaqEntrySchema>;

/** The whole FAQ, in reading order. */

// ---- Translations (data/i18n/<locale>.yaml, issue 17). Each entry records what it was translated
// from, so src/lib/i18n/translations.ts can tell when the English has changed since. ----

/** A translated text value: one text, or a list of texts the same length as the English list. */
const TranslatedValueSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], {
	error: 'must be a text or a list of texts',
});

/** A fact's label (and, for a text value, the value) in another language. */
export const FactTranslationSchema = z
	.strictObject({
		label: z.string().min(2, { error: 'needs a label of at least 2 characters' }),
		/** Only for text values; numbers, dates and money are always formatted from the fact itself. */
		value: TranslatedValueSchema.optional(),
		/** The short form for use inside a sentence, translating the English fact's `short`. */
		short: z.string().min(2).optional(),
		translatedFrom: z.strictObject({
			/** The English fact's verifiedOn when it was translated. */
			verifiedOn: IsoDateSchema,
			/** The English value it was translated from (required with a translated value). */
			value: FactValueSchema.optional(),
		}),
	})
	.refine((t) => t.value === undefined || t.translatedFrom.value !== undefined, {
		error:
			'translates the value, so translatedFrom.value must hold the English value it was translated from',
		path: ['translatedFrom', 'value'],
	});
export type FactTranslation = z.output<typeof FactTranslationSchema>;

/** A short hash of the English texts a node or answer was translated from (`translationHash`). */
const SourceHashSchema = z
	.string()
	.regex(/^[0-9a-f]{8}$/, { error: 'must be the 8-character hash the stale report prints' });

/** A wizard question in another language: its texts, and option labels by option value. */
export const TreeQuestionTranslationSchema = z.strictObject({
	prompt: z.string().min(2),
	help: z.string().min(2).optional(),
	options: z.record(z.string(), z.string().min(1)).default({}),
	translatedFrom: SourceHashSchema,
});

/** A wizard outcome in another language; lists in the English order and length. */
export const TreeOutcomeTranslationSchema = z.strictObject({
	title: z.string().min(2),
	alternative: z.strictObject({ label: z.string().min(2), when: z.string().min(2) }),
	why: z.array(z.string().min(2)).min(1),
	whatWouldChange: z.array(z.string().min(2)).min(1),
	translatedFrom: SourceHashSchema,
});

/** A FAQ entry in another language; numbers only through the same {{fact.id}} placeholders. */
export const FaqTranslationSchema = z.strictObject({
	question: z.string().min(2),
	answer: z.string().min(2),
	/** Labels of the entry's links, in the English order. */
	links: z.array(z.string().min(1)).optional(),
	translatedFrom: SourceHashSchema,
});

/** One language's translation file. Every id must exist in the English data (checked by the reader). */
export const TranslationsSchema = z.strictObject({
	facts: z.record(IdSchema, FactTranslationSchema).default({}),
	/** Wizard questions by node id (data/decision-tree.yaml `questions`). */
	questions: z.record(IdSchema, TreeQuestionTranslationSchema).default({}),
	/** Wizard outcomes by id. */
	outcomes: z.record(IdSchema, TreeOutcomeTranslationSchema).default({}),
	faq: z.record(IdSchema, FaqTranslationSchema).default({}),
});
export type Translations = z.output<typeof TranslationsSchema>;
export type TreeQuestionTranslation = z.output<typeof TreeQuestionTranslationSchema>;
export type TreeOutcomeTranslation = z.output<typeof TreeOutcomeTranslationSchema>;
export type FaqTranslation = z.output<typeof FaqTranslationSchema>;
