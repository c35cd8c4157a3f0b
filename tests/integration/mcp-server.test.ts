// The MCP server end to end: the real server (scripts/mcp.ts) started over stdio and over Streamable
// HTTP on the fixture data with a fixed --today, driven by the SDK's own Client. Every tool is called
// with good and bad input; structured results are checked against the tools' output schemas and
// against what the site's own modules give for the same input (the wizard's walk, the cost engine).
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as out from '../../scripts/lib/mcp/schemas.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { freshnessOfItem } from '../../src/lib/facts/freshness.ts';
import { withLifecycle } from '../../src/lib/facts/lifecycle.ts';
import { estimateCost, toCostModel, type Scenario } from '../../src/lib/calculator/cost.ts';
import { parseCalculatorQuery } from '../../src/lib/calculator/query.ts';
import { thresholdsFor } from '../../src/lib/wizard/rules.ts';
import {
	enumerateWalks,
	outcomeFactIds,
	pageHref,
	type Answers,
} from '../../src/lib/wizard/tree.ts';
import { SITE_URL } from '../../src/lib/publish/site-url.ts';
import { MCP_TODAY, mcpArgs, mcpData, startHttpServer } from '../fixtures/mcp.ts';
import { MAX_BODY } from '../../scripts/mcp.ts';

const TODAY = MCP_TODAY;
const TOOLS = [
	'check_claim',
	'compare_batch_apis',
	'estimate_cost',
	'get_fact',
	'list_models',
	'recommend',
	'search_facts',
	'stale_facts',
];
const OUTPUT: Record<string, z.ZodRawShape> = {
	compare_batch_apis: out.CompareOutput,
	get_fact: out.GetFactOutput,
	search_facts: out.SearchOutput,
	list_models: out.ListModelsOutput,
	estimate_cost: out.EstimateOutput,
	recommend: out.RecommendOutput,
	stale_facts: out.StaleOutput,
	check_claim: out.ClaimOutput,
};

const fixture = mcpData();
const { data } = readDataset(fixture.dir, TODAY);
const facts = new Map(data.facts.map((f) => [f.record.id, f.record]));
const models = data.models.map((m) => withLifecycle(m.record, TODAY));
const tree = data.tree!;
const thresholds = thresholdsFor(tree, facts);

let stdio: Client;
let http: Client;
let httpUrl: string;
let stopHttp: () => Promise<void>;

beforeAll(async () => {
	// Both servers start in parallel: each is a Node process loading the same modules.
	stdio = new Client({ name: 'batchwise-test', version: '1.0.0' });
	const started = startHttpServer(fixture.dir);
	await stdio.connect(
		new StdioClientTransport({
			command: process.execPath,
			args: mcpArgs(fixture.dir),
			stderr: 'ignore',
		})
	);
	const server = await started;
	httpUrl = server.url;
	stopHttp = server.stop;
	http = new Client({ name: 'batchwise-test', version: '1.0.0' });
	await http.connect(new StreamableHTTPClientTransport(new URL(httpUrl)));
}, 60_000);

afterAll(async () => {
	await stdio?.close();
	await http?.close();
	await stopHttp?.();
	fixture.cleanup();
});

async function call(
	client: Client,
	name: string,
	args: Record<string, unknown>
): Promise<CallToolResult> {
	return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** A good call: not an error, structured content valid for the tool's output schema, judged on TODAY. */
async function good(name: string, args: Record<string, unknown>, client = stdio) {
	const result = await call(client, name, args);
	const text = (result.content[0] as { text: string }).text;
	expect(result.isError, text).toBeFalsy();
	const structured = z.strictObject(OUTPUT[name]).parse(result.structuredContent);
	expect(structured.today).toBe(TODAY);
	return { text, structured: structured as any };
}

describe('over stdio', () => {
	test('lists the eight tools, each with described inputs and an output schema', async () => {
		const { tools } = await stdio.listTools();
		expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
		for (const tool of tools) {
			expect(tool.description!.length, tool.name).toBeGreaterThan(40);
			expect(tool.outputSchema?.properties, tool.name).toHaveProperty('today');
			for (const [key, schema] of Object.entries(tool.inputSchema.properties ?? {}))
				expect(
					(schema as { description?: string }).description,
					`${tool.name}.${key}`
				).toBeTruthy();
		}
	});

	test('compare_batch_apis gives the home page rows with each value dated and sourced', async () => {
		const { structured, text } = await good('compare_batch_apis', {});
		expect(structured.rows.map((r: any) => r.label)).toEqual([
			'Batch discount',
			'Requests per batch',
			'Eligible for zero data retention',
		]);
		const cell = structured.rows[1].cells[0];
		expect(cell.fact).toMatchObject({
			id: 'alpha.batch.max-requests',
			value: 1000,
			verifiedOn: '2026-10-01',
			freshness: 'due',
			sources: [{ url: 'https://docs.alpha.example/batch' }],
		});
		expect(structured.rows[1].cells[1]).toEqual({
			provider: 'beta',
			fact: null,
			note: 'No such feature documented',
		});
		expect(text).toContain('1,000 requests (checked 2026-10-01, review due by 2027-01-29');
		const one = await good('compare_batch_apis', {
			rows: ['requests PER batch', 'alpha.batch.zdr'],
		});
		expect(one.structured.rows.map((r: any) => r.label)).toEqual([
			'Requests per batch',
			'Eligible for zero data retention',
		]);
	});

	test('get_fact: value, dates, sources, history; a stale value says "stale since" in the text too', async () => {
		const { structured } = await good('get_fact', { id: 'alpha.batch.max-requests' });
		expect(structured.fact).toMatchObject({
			value: 1000,
			unit: 'requests',
			text: '1,000 requests',
			confidence: 'high',
			reviewBy: '2027-01-29',
			freshness: 'due',
		});
		expect(structured.fact.history).toEqual([
			{ value: 500, verifiedOn: '2026-01-10', until: '2026-10-01' },
		]);
		const stale = await good('get_fact', { id: 'alpha.batch.half-price' });
		// Price facts have a 60-day window: verified 1 Nov 2026, counted until 31 Dec, stale from 1 Jan.
		expect(stale.structured.fact).toMatchObject({
			freshness: 'stale',
			reviewBy: '2026-12-31',
			staleSince: '2027-01-01',
		});
		expect(stale.text).toContain('stale since 2027-01-01');
	});

	test('search_facts and list_models filter, and judge status and freshness on --today', async () => {
		const found = await good('search_facts', { query: 'batch REQUESTS' });
		expect(found.structured.facts.map((f: any) => f.id)).toEqual(['alpha.batch.max-requests']);
		const byKind = await good('search_facts', { provider: 'alpha', kind: 'price' });
		expect(byKind.structured.facts.map((f: any) => f.id)).toEqual(['alpha.batch.half-price']);
		const limited = await good('search_facts', { limit: 2 });
		expect(limited.structured).toMatchObject({ total: facts.size });
		expect(limited.structured.facts).toHaveLength(2);

		const all = await good('list_models', {});
		expect(all.structured.models.map((m: any) => m.id)).toEqual(models.map((m) => m.id).sort());
		const gamma = await good('list_models', { provider: 'gamma' });
		const byId = Object.fromEntries(gamma.structured.models.map((m: any) => [m.id, m]));
		expect(byId['gamma-sunset']).toMatchObject({
			status: 'retired',
			retiresOn: '2026-12-11',
			statusText: 'Retired 11 Dec 2026',
		});
		expect(byId['gamma-later']).toMatchObject({
			status: 'deprecated',
			daysLeft: 11,
			warning: 'Gamma Later shuts down on 31 Jan 2027, in 11 days.',
		});
		for (const m of all.structured.models) {
			const model = models.find((x) => x.id === m.id)!;
			expect(m.freshness).toBe(freshnessOfItem(model, data.freshness, TODAY).state);
			expect(m.prices).toEqual(model.prices);
		}
		const retired = await good('list_models', { status: 'retired' });
		expect(retired.structured.models.map((m: any) => m.id)).toEqual([
			'gamma-classic',
			'gamma-sunset',
		]);
	});

	test('estimate_cost gives the cost engine’s totals for the same scenario, to the cent', async () => {
		const scenarios: (Scenario & { model: string; compare?: string })[] = [
			{
				model: 'gamma-long',
				compare: 'gamma-later',
				requests: 12_345,
				jobs: 7,
				input: 3_210,
				output: 456,
				prefix: 2_000,
				hit: 0.8,
				ttl: '30m',
			},
			{
				model: 'alpha-one',
				compare: 'alpha-mini',
				requests: 1_000,
				jobs: 4,
				input: 2_000,
				output: 300,
				prefix: 0,
				hit: 0,
				ttl: '5m',
			},
			{
				model: 'gamma-sunset',
				requests: 999_999,
				jobs: 30,
				input: 150_000,
				output: 4_000,
				prefix: 100_000,
				hit: 0.37,
				ttl: '1h',
			},
		];
		for (const s of scenarios) {
			const { structured, text } = await good('estimate_cost', { ...s });
			for (const [i, id] of [s.model, s.compare].filter(Boolean).entries()) {
				const model = models.find((m) => m.id === id)!;
				const site = estimateCost(toCostModel(model, data.freshness, TODAY), s);
				const got = structured.results[i];
				expect(got.model.id).toBe(id);
				for (const tier of ['realtime', 'batch'] as const) {
					expect(site[tier].perJob, `${id} ${tier}`).toBeDefined();
					expect(Math.round(got[tier].perJob * 100)).toBe(Math.round(site[tier].perJob! * 100));
					expect(Math.round(got[tier].perMonth * 100)).toBe(Math.round(site[tier].perMonth! * 100));
				}
				expect(got.rates).toEqual(site.rates);
			}
			expect(text).toContain('batch $');
		}
		// A retired model is priced with the warning readers get, and its stale prices are called stale.
		const sunset = await good('estimate_cost', { model: 'gamma-sunset' });
		expect(sunset.structured.results[0].model.warning).toBe(
			'Gamma Sunset was retired on 11 Dec 2026: the vendor no longer serves it.'
		);
		expect(sunset.text).toMatch(/stale since \d{4}-\d{2}-\d{2}/);
		// Text values are read as the calculator's form reads them ("10,000").
		const typed = await good('estimate_cost', {
			model: 'alpha-one',
			requests: '10,000',
			prefix: '0',
		});
		expect(typed.structured.scenario).toMatchObject({ requests: 10_000, prefix: 0, jobs: 4 });
		expect(typed.structured.calculatorUrl).toBe(
			`${SITE_URL}/calculator/?model=alpha-one&requests=10000&jobs=4&input=2000&output=300&prefix=0&hit=0.9&ttl=5m`
		);
		// The link opens the same scenario on the calculator page, read by the page's own query parser.
		const onPage = parseCalculatorQuery(
			new URL(typed.structured.calculatorUrl).search,
			models.map((m) => m.id)
		);
		expect(onPage.messages).toEqual([]);
		expect(onPage.params).toEqual({ model: 'alpha-one', ...typed.structured.scenario });
	});

	test('recommend returns the wizard’s outcome for every path through the tree, and the next question on a partial path', async () => {
		const walks = enumerateWalks(tree, thresholds);
		expect(walks.filter((w) => w.kind === 'outcome').length).toBeGreaterThanOrEqual(4);
		for (const walk of walks) {
			const answers: Answers = Object.fromEntries(walk.path.map((s) => [s.question.key, s.answer]));
			const { structured, text } = await good('recommend', { answers });
			expect(structured.answered.map((a: any) => a.key)).toEqual(
				walk.path.map((s) => s.question.key)
			);
			if (walk.kind === 'question') {
				expect(structured).toMatchObject({
					status: 'question',
					question: { key: walk.question.key },
				});
				expect(structured.outcome).toBeUndefined();
				expect(text).toContain(`Next question (key "${walk.question.key}")`);
			} else {
				expect(structured).toMatchObject({
					status: 'outcome',
					outcome: { id: walk.outcome.id, candidate: walk.outcome.candidate },
				});
				expect(structured.facts.map((f: any) => f.id)).toEqual(outcomeFactIds(walk.outcome));
				expect(structured.wizardUrl).toBe(`${SITE_URL}${pageHref(walk.path, thresholds)}`);
				expect(text).toContain('Recommendation: ');
			}
		}
		const volume = await good('recommend', { answers: { latency: 'day' } });
		expect(volume.structured.question).toMatchObject({
			key: 'volume',
			type: 'number',
			help: 'One Alpha batch holds up to 1,000 requests.',
			threshold: { id: 'alpha.batch.max-requests', value: 1000 },
		});
		// A later answer waits while an earlier question is open: the next question, never a guess.
		const waiting = await good('recommend', { answers: { latency: 'day', extras: ['cache'] } });
		expect(waiting.structured).toMatchObject({
			status: 'question',
			question: { key: 'volume' },
			ignored: [],
		});
		// Answers the path never asks are reported, not guessed with; numbers may come as text.
		const hybrid = await good('recommend', {
			answers: { latency: 'day', volume: '1,001', extras: ['cache'] },
		});
		expect(hybrid.structured).toMatchObject({
			status: 'outcome',
			outcome: { id: 'out-hybrid', calculator: { model: 'alpha-one', compare: 'alpha-mini' } },
			ignored: ['extras'],
		});
		expect(hybrid.structured.outcome.why[0].text).toBe(
			'One Alpha batch holds up to 1,000 requests.'
		);
	});

	test('stale_facts lists exactly what is past review on --today, with "stale since" in the text', async () => {
		const { structured, text } = await good('stale_facts', {});
		const expected = [...data.facts.map((f) => f.record), ...data.models.map((m) => m.record)]
			.filter((item) => freshnessOfItem(item, data.freshness, TODAY).state === 'stale')
			.map((item) => item.id);
		expect(structured.items.map((i: any) => i.id).sort()).toEqual(expected.sort());
		expect(structured.counts.stale).toBe(expected.length);
		for (const item of structured.items) {
			expect(item.freshness).toBe('stale');
			expect(text).toContain(`stale since ${item.staleSince}`);
		}
		const withDue = await good('stale_facts', { includeDue: true, provider: 'alpha' });
		expect(withDue.structured.items.map((i: any) => i.freshness)).toContain('due');
	});

	test('check_claim finds the closest checked claim and returns our verdict with its facts', async () => {
		const { structured, text } = await good('check_claim', {
			statement: 'Alpha batches are capped at 1,000 requests',
		});
		expect(structured.match).toMatchObject({ id: 'claim.alpha-thousand', verdict: 'correct' });
		expect(structured.match.facts.map((f: any) => [f.id, f.type])).toEqual([
			['alpha.batch.max-requests', 'fact'],
			['alpha-one', 'model'],
		]);
		expect(text).toContain('Our verdict: CORRECT');
		expect(text).toContain('stale since 2027-01-01'); // Alpha One's prices
		// The same words about another provider are not that provider's claim.
		const other = await good('check_claim', {
			statement: 'Beta batches are capped at 1,000 requests',
		});
		expect(other.structured.match).toBeNull();
		const none = await good('check_claim', { statement: 'Zebras prefer oat milk' });
		expect(none.structured.match).toBeNull();
		expect(none.text).toContain('No checked claim is close');
	});

	// Each bad call is an isError result with a clear message; the server answers the next call.
	const huge = 'x'.repeat(100_000);
	const BAD: [string, Record<string, unknown>, RegExp][] = [
		[
			'compare_batch_apis',
			{ rows: ['Nope'] },
			/No row "Nope" in the comparison\. Rows: Batch discount; Requests per batch/,
		],
		['compare_batch_apis', { rows: 'Batch discount' }, /expected array/],
		[
			'get_fact',
			{ id: 'alpha.batch.max-request' },
			/Unknown fact id "alpha\.batch\.max-request"\. Did you mean "alpha\.batch\.max-requests"\?/,
		],
		[
			'get_fact',
			{ id: 'alpha-one' },
			/names the prices of the model Alpha One, not a fact: list_models/,
		],
		['get_fact', {}, /expected string, received undefined at id/],
		['get_fact', { id: 42 }, /expected string, received number at id/],
		['get_fact', { id: huge }, /must be at most 200 characters at id/],
		['search_facts', { provider: 'alpah' }, /Unknown provider "alpah"\. Did you mean "alpha"\?/],
		['search_facts', { kind: 'colour' }, /Invalid option.*at kind/],
		['search_facts', { limit: 0 }, /at limit/],
		['list_models', { status: 'sunset' }, /Invalid option.*at status/],
		['estimate_cost', { model: 'alpha-on' }, /Unknown model "alpha-on"\. Did you mean "alpha-one"/],
		['estimate_cost', { model: 'alpha-one', compare: 'gamma' }, /Unknown comparison model "gamma"/],
		[
			'estimate_cost',
			{ model: 'alpha-one', requests: -5, hit: 2, ttl: '2d' },
			/Requests per job cannot be negative\.\n- Cache hit share must be between 0 and 1 \(or 0% to 100%\)\.\n- Cache lifetime must be one of 5m, 30m, 1h, 12h/,
		],
		[
			'estimate_cost',
			{ model: 'alpha-one', input: 100, prefix: 500 },
			/Shared prefix \(500 tokens\) cannot be larger than the input \(100 tokens\)/,
		],
		[
			'estimate_cost',
			{ model: 'alpha-one', jobs: 'lots' },
			/Jobs per month must be a number \(got “lots”\)/,
		],
		[
			'estimate_cost',
			{ model: 'alpha-one', requests: 1e12 },
			/Requests per job must be between 1 and 1,000,000,000 requests/,
		],
		['estimate_cost', { requests: 10 }, /at model/],
		[
			'recommend',
			{ answers: { latency: 'soon' } },
			/The answer “latency=soon” is not one of: seconds, day\. Options for "latency": seconds \(Within seconds\)/,
		],
		[
			'recommend',
			{ answers: { latency: 'day', volume: 0 } },
			/“volume=0” must be a whole number of at least 1/,
		],
		[
			'recommend',
			{ answers: { latncy: 'day' } },
			/Unknown question key "latncy"\. Did you mean "latency"\?/,
		],
		[
			'recommend',
			{ answers: { latency: 'day', volume: 10, extras: ['cache', 'tea'] } },
			/includes “tea”, which is not one of: cache, none/,
		],
		['recommend', { answers: 'day' }, /expected record/],
		['stale_facts', { provider: 'zeta' }, /Unknown provider "zeta"/],
		['stale_facts', { includeDue: 'yes' }, /expected boolean/],
		['check_claim', { statement: '!!' }, /at least 3 characters/],
		['check_claim', { statement: '?!?!' }, /The statement has no words to match/],
		['check_claim', { statement: huge }, /at most 1000 characters/],
	];
	// Named by tool and the argument names (a 100 kB string would make an unreadable test name).
	test.each(
		BAD.map(
			([name, args, message]) => [name, JSON.stringify(args).slice(0, 80), args, message] as const
		)
	)('%s refuses %s', async (name, _label, args, message) => {
		const result = await call(stdio, name, args);
		expect(result.isError).toBe(true);
		expect(result.structuredContent).toBeUndefined();
		expect((result.content[0] as { text: string }).text).toMatch(message);
	});

	test('bad input covers every tool, and the server keeps serving after it', async () => {
		expect([...new Set(BAD.map(([name]) => name))].sort()).toEqual(TOOLS);
		await good('get_fact', { id: 'alpha.batch.discount' });
		await expect(stdio.callTool({ name: 'no_such_tool', arguments: {} })).resolves.toMatchObject({
			isError: true,
		});
	});

	test('each fact is a resource; llms.txt is one too and points agents at this server', async () => {
		const { resources } = await stdio.listResources();
		const factUris = resources
			.filter((r) => r.uri.startsWith('batchwise://facts/'))
			.map((r) => r.uri);
		expect(factUris.sort()).toEqual(
			[...facts.keys()].sort().map((id) => `batchwise://facts/${id}`)
		);
		const read = await stdio.readResource({ uri: 'batchwise://facts/alpha.batch.half-price' });
		const json = JSON.parse((read.contents[0] as { text: string }).text);
		expect(json).toEqual((await good('get_fact', { id: 'alpha.batch.half-price' })).structured);
		await expect(stdio.readResource({ uri: 'batchwise://facts/alpha.nope' })).rejects.toThrow(
			'Unknown fact id "alpha.nope"'
		);
		const llms = (await stdio.readResource({ uri: 'batchwise://llms.txt' })).contents[0] as {
			text: string;
		};
		expect(llms.text).toContain(`Built ${TODAY}.`);
		expect(llms.text).toContain('npm run mcp');
	});

	test('the prompt walks the wizard’s questions with the recommend tool', async () => {
		const prompts = await stdio.listPrompts();
		expect(prompts.prompts.map((p) => p.name)).toEqual(['choose-batch-api']);
		const { messages } = await stdio.getPrompt({
			name: 'choose-batch-api',
			arguments: { workload: 'Nightly log classification' },
		});
		const text = (messages[0].content as { text: string }).text;
		expect(text).toContain('The workload: Nightly log classification');
		expect(text).toContain('`recommend`');
		for (const q of tree.questions) expect(text).toContain(`- ${q.key} (`);
		expect(text).toContain('"seconds" = Within seconds');
	});
});

describe('over Streamable HTTP', () => {
	test('lists the same tools and gives the same answers as over stdio', async () => {
		const { tools } = await http.listTools();
		expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
		const viaHttp = await good('recommend', { answers: { latency: 'day', volume: 5 } }, http);
		const viaStdio = await good('recommend', { answers: { latency: 'day', volume: 5 } });
		expect(viaHttp.structured).toEqual(viaStdio.structured);
		const bad = await call(http, 'get_fact', { id: 'nope' });
		expect(bad.isError).toBe(true);
	});

	test('200 concurrent tool calls all succeed with correct results', async () => {
		const ids = [...facts.keys()];
		const calls = Array.from({ length: 200 }, (_, i) => {
			if (i % 4 === 0)
				return {
					name: 'get_fact',
					args: { id: ids[i % ids.length] },
					check: (s: any) => expect(s.fact.id).toBe(ids[i % ids.length]),
				};
			if (i % 4 === 1) {
				const volume = 1 + i * 7;
				const outcome = volume <= 1000 ? 'out-flex' : 'out-hybrid';
				return {
					name: 'recommend',
					args: { answers: { latency: 'day', volume, extras: ['none'] } },
					check: (s: any) => expect(s.outcome.id).toBe(outcome),
				};
			}
			if (i % 4 === 2) {
				const s: Scenario = {
					requests: 1 + i * 13,
					jobs: 1 + (i % 9),
					input: 1000 + i,
					output: i,
					prefix: 500,
					hit: (i % 10) / 10,
					ttl: '12h',
				};
				const expected = estimateCost(
					toCostModel(
						models.find((m) => m.id === 'gamma-long')!,
						data.freshness,
						TODAY
					),
					s
				).batch.perMonth!;
				return {
					name: 'estimate_cost',
					args: { model: 'gamma-long', ...s },
					check: (r: any) =>
						expect(Math.round(r.results[0].batch.perMonth * 100)).toBe(Math.round(expected * 100)),
				};
			}
			return {
				name: 'stale_facts',
				args: {},
				check: (s: any) => expect(s.counts.stale).toBeGreaterThan(0),
			};
		});
		// Several clients, as several agents would connect; each sends its share at once.
		const clients = await Promise.all(
			Array.from({ length: 4 }, async () => {
				const client = new Client({ name: 'batchwise-load', version: '1.0.0' });
				await client.connect(new StreamableHTTPClientTransport(new URL(httpUrl)));
				return client;
			})
		);
		try {
			const results = await Promise.all(
				calls.map((c, i) => good(c.name, c.args, clients[i % clients.length]))
			);
			results.forEach((r, i) => calls[i].check(r.structured));
			expect(results).toHaveLength(200);
		} finally {
			await Promise.all(clients.map((c) => c.close()));
		}
	}, 60_000);

	test('refuses other paths, GET, and a Host header naming another site (DNS rebinding)', async () => {
		const url = new URL(httpUrl);
		const send = (
			path: string,
			method: string,
			host = url.host,
			body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' })
		) =>
			new Promise<{ status: number; body: string }>((resolve, reject) => {
				const req = request(
					{
						host: url.hostname,
						port: url.port,
						path,
						method,
						headers: {
							host,
							'content-type': 'application/json',
							accept: 'application/json, text/event-stream',
						},
					},
					(res) => {
						let body = '';
						res.on('data', (d) => (body += d));
						res.on('end', () => resolve({ status: res.statusCode!, body }));
					}
				);
				req.on('error', reject);
				req.end(method === 'POST' ? body : undefined);
			});
		expect((await send('/other', 'POST')).status).toBe(404);
		expect((await send('/mcp', 'GET')).status).toBe(405);
		// A request body larger than any tool call needs is refused before it is parsed.
		const big = JSON.stringify({
			jsonrpc: '2.0',
			id: 1,
			method: 'tools/call',
			params: { name: 'get_fact', arguments: { id: 'x'.repeat(MAX_BODY) } },
		});
		expect((await send('/mcp', 'POST', url.host, big)).status).toBe(413);
		const rebound = await send('/mcp', 'POST', 'evil.example:80');
		expect(rebound.status).toBe(403);
		expect(JSON.parse(rebound.body).error.message).toBe('Host "evil.example" is not allowed');
	});
});
