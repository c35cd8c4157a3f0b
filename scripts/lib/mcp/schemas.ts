// Output schemas of the MCP tools (sent to clients as JSON Schema, checked by the SDK on every
// result, and by the tests). Built from the data's own schemas where a field is a data field.
import { z } from 'astro/zod';
import {
	CONFIDENCE,
	FACT_KINDS,
	FactValueSchema,
	LIFECYCLE,
	CANDIDATES,
	VERDICTS,
	PriceTierSchema,
} from '../../../src/schemas.ts';

/** The data's "today": every freshness verdict in a result is judged on it. */
const today = z
	.string()
	.describe('The day the data is judged on (YYYY-MM-DD): freshness is as of this day');

const Source = z.object({ url: z.string(), title: z.string() });

/** When a value was checked and whether that still counts; every value a tool returns carries these. */
export const DatedShape = {
	verifiedOn: z.string().describe('When the value was last checked against its sources'),
	reviewBy: z.string().describe('Last day that check counts'),
	freshness: z
		.enum(['fresh', 'due', 'stale'])
		.describe('fresh; due (review date near); stale (past review: may have changed)'),
	staleSince: z.string().optional().describe('First day the value counted as stale'),
	confidence: z.enum(CONFIDENCE),
	sources: z.array(Source).min(1).describe('Pages that state the value, the vendor’s own first'),
};

export const FactViewSchema = z.object({
	id: z.string(),
	provider: z.string(),
	kind: z.enum(FACT_KINDS),
	label: z.string(),
	value: FactValueSchema,
	unit: z.string().nullable(),
	text: z.string().describe('The value as the site shows it'),
	derived: z.boolean(),
	...DatedShape,
});

/** A fact or a model's price row, as cited by a claim. */
export const CitedSchema = z.object({
	id: z.string(),
	type: z.enum(['fact', 'model']),
	label: z.string(),
	text: z.string(),
	...DatedShape,
});

const Prices = z.object({ standard: PriceTierSchema.partial(), batch: PriceTierSchema.partial() });

export const ModelViewSchema = z.object({
	id: z.string(),
	name: z.string(),
	provider: z.string(),
	status: z.enum(LIFECYCLE).describe('Judged on today: past its shutdown date a model is retired'),
	statusText: z.string(),
	deprecatedOn: z.string().optional(),
	retiresOn: z.string().optional(),
	daysLeft: z.number().int().optional(),
	warning: z.string().optional(),
	prices: Prices.describe('USD per million tokens; an absent price is unknown, never 0'),
	derivedPrices: z.array(z.string()),
	...DatedShape,
});

export const CompareOutput = {
	today,
	caption: z.string(),
	providers: z.array(z.object({ id: z.string(), name: z.string(), batchProduct: z.string() })),
	rows: z.array(
		z.object({
			label: z.string(),
			cells: z.array(
				z.object({
					provider: z.string(),
					fact: FactViewSchema.nullable(),
					note: z.string().optional(),
				})
			),
		})
	),
};

export const GetFactOutput = {
	today,
	fact: FactViewSchema.extend({
		note: z.string().optional(),
		history: z.array(
			z.object({
				value: z.unknown(),
				until: z.union([z.string(), z.array(z.string())]),
				verifiedOn: z.string().optional(),
				note: z.string().optional(),
			})
		),
	}),
};

export const SearchOutput = { today, total: z.number().int(), facts: z.array(FactViewSchema) };

export const ListModelsOutput = { today, models: z.array(ModelViewSchema) };

const Line = z.object({
	key: z.string(),
	label: z.string(),
	tokens: z.number(),
	path: z.string().optional(),
	rate: z.number().optional().describe('USD per million tokens, after any long-context multiplier'),
	usd: z.number().nullable().describe('USD per job; null when the price is unknown'),
	unknown: z.string().optional(),
	notes: z.array(z.string()),
});
const Tier = z.object({
	perJob: z.number().nullable(),
	perMonth: z.number().nullable(),
	perJobText: z.string(),
	perMonthText: z.string(),
	unknownLines: z.array(z.string()),
	lines: z.array(Line),
});
export const EstimateOutput = {
	today,
	scenario: z.object({
		requests: z.number(),
		jobs: z.number(),
		input: z.number(),
		output: z.number(),
		prefix: z.number(),
		hit: z.number(),
		ttl: z.string(),
	}),
	calculatorUrl: z.string().describe('The same scenario on the site’s calculator'),
	results: z.array(
		z.object({
			model: z.object({
				id: z.string(),
				name: z.string(),
				provider: z.string(),
				status: z.enum(LIFECYCLE),
				warning: z.string().optional(),
			}),
			ttl: z.string().optional(),
			longContext: z.string(),
			realtime: Tier,
			batch: Tier,
			saving: z
				.object({ perJob: z.number(), perMonth: z.number(), percent: z.number().nullable() })
				.nullable(),
			notes: z.array(z.string()),
			rates: z.array(
				z.object({
					path: z.string(),
					usd: z.number(),
					verifiedOn: z.string(),
					flags: z.array(z.string()),
				})
			),
			...DatedShape,
		})
	),
};

const Option = z.object({ value: z.string(), label: z.string() });
export const RecommendOutput = {
	today,
	status: z.enum(['question', 'outcome']),
	answered: z.array(z.object({ key: z.string(), answer: z.string(), option: z.string() })),
	ignored: z
		.array(z.string())
		.describe('At an outcome: keys of answers the path never asked, so they were not used'),
	question: z
		.object({
			key: z.string(),
			type: z.enum(['choice', 'multi', 'number']),
			prompt: z.string(),
			help: z.string().optional(),
			options: z.array(Option),
			threshold: FactViewSchema.optional(),
		})
		.optional(),
	outcome: z
		.object({
			id: z.string(),
			candidate: z.enum(CANDIDATES),
			title: z.string(),
			alternative: z.object({
				candidate: z.enum(CANDIDATES).optional(),
				label: z.string(),
				when: z.string(),
			}),
			why: z.array(z.object({ text: z.string(), facts: z.array(z.string()) })),
			whatWouldChange: z.array(z.string()),
			calculator: z
				.object({
					model: z.string().optional(),
					compare: z.string().optional(),
					requests: z.number().optional(),
					zdr: z.literal('yes').optional(),
				})
				.optional()
				.describe(
					'What the wizard result opens in the calculator: the recommended models of the family, the job size, the ZDR answer'
				),
		})
		.optional(),
	facts: z.array(FactViewSchema),
	wizardUrl: z.string(),
};

export const StaleOutput = {
	today,
	counts: z.object({ fresh: z.number().int(), due: z.number().int(), stale: z.number().int() }),
	items: z.array(CitedSchema.extend({ provider: z.string() })),
};

export const ClaimOutput = {
	today,
	statement: z.string(),
	match: z
		.object({
			id: z.string(),
			claim: z.string(),
			verdict: z.enum(VERDICTS),
			explanation: z.string(),
			checkedOn: z.string(),
			seenIn: z.array(z.string()),
			score: z.number(),
			facts: z.array(CitedSchema),
		})
		.nullable(),
	others: z.array(
		z.object({ id: z.string(), claim: z.string(), verdict: z.enum(VERDICTS), score: z.number() })
	),
};
