// The Batchwise MCP server: the tools, the fact resources, llms.txt and the wizard prompt, over one
// loaded context. Transports (stdio, Streamable HTTP) are wired in scripts/mcp.ts.
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'astro/zod';
import { FACT_KINDS, LIFECYCLE } from '../../../src/schemas.ts';
import { CACHE_TTLS } from '../../../src/vocabulary.ts';
import { FIELD_RULES } from '../../../src/lib/calculator/query.ts';
import { CALC_FIELD_WORDS } from '../../../src/lib/site/labels.ts';
import { fillFacts } from '../../../src/lib/facts/fill.ts';
import { llmsTxt } from '../../../src/lib/publish/llms-txt.ts';
import { SITE_URL } from '../../../src/lib/publish/site-url.ts';
import type { McpContext } from './context.ts';
import * as out from './schemas.ts';
import {
	checkClaim,
	compareBatchApis,
	estimateCostTool,
	getFactTool,
	listModels,
	recommend,
	searchFacts,
	staleFacts,
	ToolInputError,
} from './tools.ts';

export const SERVER_NAME = 'batchwise';
export const SERVER_VERSION = '0.1.0';

/** Longest text any argument may carry: enough for any id, search or claim, never a megabyte. */
const text = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` });
const id = text(200).min(1, { error: 'must not be empty' });
const provider = text(100).optional().describe('Provider id, e.g. "anthropic" or "openai"');

/** Runs a tool's answer; bad input becomes an isError result with its message, any other failure too, named as such. */
function answer(run: () => { text: string; structured: Record<string, unknown> }): CallToolResult {
	try {
		const { text, structured } = run();
		return { content: [{ type: 'text', text }], structuredContent: structured };
	} catch (error) {
		const message =
			error instanceof ToolInputError
				? error.message
				: `The tool failed: ${error instanceof Error ? error.message : String(error)}`;
		return { content: [{ type: 'text', text: message }], isError: true };
	}
}

const scenarioNumber = (field: keyof typeof FIELD_RULES) => {
	const rule = { ...FIELD_RULES[field], ...CALC_FIELD_WORDS[field] };
	return z
		.union([z.number(), text(40)])
		.optional()
		.describe(
			`${rule.label}${rule.unit ? ` (${rule.unit})` : ''}, ${rule.min} to ${rule.max}; default as on the calculator`
		);
};

/** The tools' input schemas, built once: the HTTP transport creates a server per request. */
const INPUT = {
	compare: {
		rows: z
			.array(text(200))
			.max(50)
			.optional()
			.describe(
				'Only these rows, by label (e.g. "Requests per batch") or by one of their fact ids; all rows when left out'
			),
	},
	getFact: { id: id.describe('Fact id') },
	search: {
		query: text(200).optional().describe('Words to look for, e.g. "max requests"'),
		provider,
		kind: z
			.enum(FACT_KINDS)
			.optional()
			.describe(`One of: ${FACT_KINDS.join(', ')}`),
		limit: z
			.number()
			.int()
			.min(1)
			.max(100)
			.optional()
			.describe('Most facts to return (default 20)'),
	},
	listModels: {
		provider,
		status: z
			.enum(LIFECYCLE)
			.optional()
			.describe(`One of: ${LIFECYCLE.join(', ')} (as of today)`),
	},
	estimate: {
		model: id.describe('Model id (list_models gives them)'),
		compare: text(200).optional().describe('A second model id to price side by side'),
		requests: scenarioNumber('requests'),
		jobs: scenarioNumber('jobs'),
		input: scenarioNumber('input'),
		output: scenarioNumber('output'),
		prefix: scenarioNumber('prefix'),
		hit: scenarioNumber('hit'),
		ttl: text(20)
			.optional()
			.describe(`Cache-write lifetime: ${CACHE_TTLS.join(', ')}`),
	},
	recommend: {
		answers: z
			.record(text(40), z.union([text(200), z.array(text(100)).max(20), z.number()]))
			.optional()
			.describe(
				'Answers by question key, e.g. {"latency": "day", "zdr": "no"}; a multi answer is a list; start with {} to get the first question'
			),
	},
	stale: {
		provider,
		includeDue: z.boolean().optional().describe('Also list values whose review is due soon'),
	},
	claim: {
		statement: text(1000)
			.min(3, { error: 'must be a statement of at least 3 characters' })
			.describe('The statement to check'),
	},
	prompt: { workload: text(2000).optional().describe('What the job is, in a sentence or two') },
};

// Whole object schemas, so registering a tool converts nothing per server.
const INPUT_SCHEMA = Object.fromEntries(
	Object.entries(INPUT).map(([k, shape]) => [k, z.object(shape)])
) as { [K in keyof typeof INPUT]: z.ZodObject<(typeof INPUT)[K]> };
const OUTPUT_SCHEMA = {
	CompareOutput: z.object(out.CompareOutput),
	GetFactOutput: z.object(out.GetFactOutput),
	SearchOutput: z.object(out.SearchOutput),
	ListModelsOutput: z.object(out.ListModelsOutput),
	EstimateOutput: z.object(out.EstimateOutput),
	RecommendOutput: z.object(out.RecommendOutput),
	StaleOutput: z.object(out.StaleOutput),
	ClaimOutput: z.object(out.ClaimOutput),
};

export function createServer(ctx: McpContext): McpServer {
	const server = new McpServer(
		{
			name: SERVER_NAME,
			version: SERVER_VERSION,
			title: 'Batchwise: batch LLM APIs, sourced and dated',
		},
		{
			instructions:
				'Facts about the Anthropic Message Batches API and the OpenAI Batch API (and other batch APIs), each with the day it was last checked, its source and whether it is still fresh. Tell the user when a value you rely on is stale.',
			// A bound on the size of any tool call's arguments.
			maxToolInputElements: 500,
		}
	);
	const readOnly = { readOnlyHint: true, openWorldHint: false } as const;

	server.registerTool(
		'compare_batch_apis',
		{
			title: 'Compare the batch APIs',
			description:
				'The head-to-head table of the home page: Anthropic Message Batches vs OpenAI Batch API, row by row, each value with its date, source and freshness.',
			inputSchema: INPUT_SCHEMA.compare,
			outputSchema: OUTPUT_SCHEMA.CompareOutput,
			annotations: readOnly,
		},
		(args) => answer(() => compareBatchApis(ctx, args))
	);

	server.registerTool(
		'get_fact',
		{
			title: 'Get one fact',
			description:
				'One fact by id (e.g. "openai.batch.max-requests"): value, unit, sources, when it was checked, freshness, earlier values. An unknown id gets the nearest ids.',
			inputSchema: INPUT_SCHEMA.getFact,
			outputSchema: OUTPUT_SCHEMA.GetFactOutput,
			annotations: readOnly,
		},
		(args) => answer(() => getFactTool(ctx, args))
	);

	server.registerTool(
		'search_facts',
		{
			title: 'Search facts',
			description:
				'Facts whose id, label, value or note contain all the words, optionally for one provider or kind.',
			inputSchema: INPUT_SCHEMA.search,
			outputSchema: OUTPUT_SCHEMA.SearchOutput,
			annotations: readOnly,
		},
		(args) => answer(() => searchFacts(ctx, args))
	);

	server.registerTool(
		'list_models',
		{
			title: 'List models and prices',
			description:
				'Models with standard (real-time) and batch prices in USD per million tokens, status judged on today, and deprecation and shutdown dates.',
			inputSchema: INPUT_SCHEMA.listModels,
			outputSchema: OUTPUT_SCHEMA.ListModelsOutput,
			annotations: readOnly,
		},
		(args) => answer(() => listModels(ctx, args))
	);

	server.registerTool(
		'estimate_cost',
		{
			title: 'Estimate the cost of a workload',
			description:
				'The calculator: real-time vs batch cost of a workload on a model (and optionally a second one), line by line (fresh input, cache writes, cache reads, output), from the model’s dated prices. Fields left out take the calculator’s defaults.',
			inputSchema: INPUT_SCHEMA.estimate,
			outputSchema: OUTPUT_SCHEMA.EstimateOutput,
			annotations: readOnly,
		},
		(args) => answer(() => estimateCostTool(ctx, args))
	);

	server.registerTool(
		'recommend',
		{
			title: 'Recommend a batch API',
			description:
				'The decision wizard: answers in, keyed by question key; returns the pick, the alternative, why, what would change the answer and the facts used. With too few answers it returns the next question and its options instead of guessing: call it again with that answer added.',
			inputSchema: INPUT_SCHEMA.recommend,
			outputSchema: OUTPUT_SCHEMA.RecommendOutput,
			annotations: readOnly,
		},
		(args) => answer(() => recommend(ctx, args))
	);

	server.registerTool(
		'stale_facts',
		{
			title: 'Facts past review',
			description:
				'Facts and model prices past their review date (stale), optionally also those due soon, so you can warn the user before relying on them.',
			inputSchema: INPUT_SCHEMA.stale,
			outputSchema: OUTPUT_SCHEMA.StaleOutput,
			annotations: readOnly,
		},
		(args) => answer(() => staleFacts(ctx, args))
	);

	server.registerTool(
		'check_claim',
		{
			title: 'Check a claim',
			description:
				'Finds the checked claim closest to a statement (e.g. "Anthropic batches are capped at 10,000 requests") and returns our verdict with the facts that settle it.',
			inputSchema: INPUT_SCHEMA.claim,
			outputSchema: OUTPUT_SCHEMA.ClaimOutput,
			annotations: readOnly,
		},
		(args) => answer(() => checkClaim(ctx, args))
	);

	// ---- Resources: each fact, and llms.txt. ----
	server.registerResource(
		'fact',
		new ResourceTemplate('batchwise://facts/{id}', {
			list: () => ({
				resources: [...ctx.data.facts.values()].map((f) => ({
					uri: `batchwise://facts/${f.id}`,
					name: f.id,
					title: f.label,
					mimeType: 'application/json',
				})),
			}),
		}),
		{
			title: 'A fact',
			description: 'One fact with its value, sources, dates and freshness, as JSON',
			mimeType: 'application/json',
		},
		(uri, { id }) => {
			const fact = ctx.data.facts.get(String(id));
			if (!fact)
				throw new Error(
					`Unknown fact id "${String(id).slice(0, 60)}": resources/list gives every fact`
				);
			const { structured } = getFactTool(ctx, { id: fact.id });
			return {
				contents: [
					{
						uri: uri.href,
						mimeType: 'application/json',
						text: JSON.stringify(structured, null, 2),
					},
				],
			};
		}
	);
	server.registerResource(
		'llms-txt',
		'batchwise://llms.txt',
		{
			title: 'llms.txt',
			description:
				'What Batchwise is, its key pages and its JSON API, with how current its facts are',
			mimeType: 'text/plain',
		},
		(uri) => ({
			contents: [{ uri: uri.href, mimeType: 'text/plain', text: llmsTxt(ctx.data, SITE_URL) }],
		})
	);

	// ---- The prompt: the wizard's questions, for an agent to ask one by one. ----
	server.registerPrompt(
		'choose-batch-api',
		{
			title: 'Choose a batch API for this workload',
			description:
				'Walks the decision wizard’s questions with the user, then recommends a batch API and prices the workload.',
			argsSchema: INPUT.prompt,
		},
		({ workload }) => ({
			messages: [{ role: 'user', content: { type: 'text', text: wizardPrompt(ctx, workload) } }],
		})
	);
	return server;
}

/** The prompt's text: how to walk the wizard with the tools, and its questions as they stand. */
export function wizardPrompt(ctx: McpContext, workload?: string): string {
	const fill = (s: string) => fillFacts(s, ctx.data);
	const questions = ctx.tree
		? [...new Map(ctx.tree.questions.map((q) => [q.key, q])).values()].map((q) => {
				const options =
					q.type === 'number'
						? 'a whole number'
						: q.options.map((o) => `"${o.value}" = ${fill(o.label)}`).join('; ');
				return `- ${q.key} (${q.type === 'multi' ? 'one or more' : q.type === 'number' ? 'number' : 'one'}): ${fill(q.prompt)} Options: ${options}.`;
			})
		: ['(This data has no decision tree: compare the APIs with compare_batch_apis instead.)'];
	return [
		'Help me choose a batch API (Anthropic Message Batches, OpenAI Batch or another option) for this workload.',
		...(workload ? [`The workload: ${workload}`] : []),
		'',
		'Use the Batchwise tools. Call `recommend` with the answers known so far (start with {}). While it returns status "question", ask me that question in plain words (or answer it from what I already told you), then call `recommend` again with the answer added. Do not guess answers I have not given.',
		'The questions the wizard may ask, by key (not every path asks all of them):',
		...questions,
		'',
		'When it returns an outcome, tell me the pick, the alternative and what would change the answer. Then price the workload with `estimate_cost` (the outcome names models in `calculator`), asking for my requests per job, jobs per month and tokens per request if you do not know them.',
		'Quote each value with the date it was checked. If any fact you use is stale, say so ("stale since …") and suggest re-checking its source.',
	].join('\n');
}
