// The guides' code is checked: every JSON and JSONL block parses, and every batch request in them
// follows the request-shape rules in our facts (Anthropic's custom_id pattern, OpenAI's endpoints,
// one model per OpenAI file, its only completion window), with models that exist in data/.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDataset } from '../../src/lib/facts/read.ts';
import { LIVE_DAY } from '../fixtures/temp-data.ts';

const { data } = readDataset('data', LIVE_DAY);
const fact = (id: string) => data.facts.find((f) => f.record.id === id)!.record.value;
const modelsOf = (provider: string) =>
	new Set(
		data.models
			.filter((m) => m.record.provider === provider && m.record.status !== 'retired')
			.map((m) => m.record.id)
	);

// The rules, read from the facts rather than typed here.
const customIdPattern = new RegExp(/\^.*\$/.exec(String(fact('anthropic.batch.custom-id')))![0]);
const endpoints = fact('openai.batch.endpoints') as string[];
const completionWindow = /^\S+/.exec(String(fact('openai.batch.completion-window')))![0];
const MODELS = { anthropic: modelsOf('anthropic'), openai: modelsOf('openai') };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems with one block's JSON values (a block is one JSON document or the lines of a JSONL file). */
function checkBlock(values: unknown[]): { requests: number; problems: string[] } {
	const problems: string[] = [];
	let requests = 0;
	const openaiLines = values.filter((v): v is Json => isObject(v) && 'method' in v && 'url' in v);
	const ids = new Set<string>();
	const unique = (id: unknown, where: string) => {
		if (typeof id !== 'string') return problems.push(`${where}: custom_id must be a string`);
		if (ids.has(id)) problems.push(`${where}: custom_id "${id}" is used twice in one batch`);
		ids.add(id);
	};
	for (const [i, v] of values.entries()) {
		const at = `value ${i + 1}`;
		if (!isObject(v)) continue;
		if (Array.isArray(v.requests)) {
			// An Anthropic create-batch body.
			for (const [j, r] of v.requests.entries()) {
				requests++;
				const where = `${at}, request ${j + 1}`;
				if (!isObject(r) || Object.keys(r).sort().join() !== 'custom_id,params') {
					problems.push(`${where}: must have exactly custom_id and params`);
					continue;
				}
				unique(r.custom_id, where);
				if (typeof r.custom_id === 'string' && !customIdPattern.test(r.custom_id))
					problems.push(`${where}: custom_id "${r.custom_id}" does not match ${customIdPattern}`);
				const p = r.params;
				if (!isObject(p)) {
					problems.push(`${where}: params must be an object`);
					continue;
				}
				if (!MODELS.anthropic.has(String(p.model)))
					problems.push(
						`${where}: model "${String(p.model)}" is not a served Anthropic model in data/`
					);
				if (!Number.isInteger(p.max_tokens) || (p.max_tokens as number) < 1)
					problems.push(`${where}: max_tokens must be a whole number of at least 1`);
				if (
					!Array.isArray(p.messages) ||
					p.messages.length === 0 ||
					!p.messages.every(
						(m) => isObject(m) && ['user', 'assistant'].includes(String(m.role)) && 'content' in m
					)
				)
					problems.push(`${where}: messages must be a non-empty list of {role, content}`);
				if ('stream' in p) problems.push(`${where}: stream is refused inside a batch`);
			}
		} else if ('method' in v && 'url' in v) {
			// A line of an OpenAI batch input file.
			requests++;
			unique(v.custom_id, at);
			if (v.method !== 'POST') problems.push(`${at}: method must be POST`);
			if (!endpoints.includes(String(v.url)))
				problems.push(`${at}: url "${String(v.url)}" is not a batch endpoint`);
			if (!isObject(v.body) || !MODELS.openai.has(String(v.body.model)))
				problems.push(`${at}: body.model must be a served OpenAI model in data/`);
		} else if ('input_file_id' in v && !('object' in v)) {
			// An OpenAI create-batch body (the batch object the API returns has "object": "batch").
			requests++;
			if (!endpoints.includes(String(v.endpoint)))
				problems.push(`${at}: endpoint "${String(v.endpoint)}" is not a batch endpoint`);
			if (v.completion_window !== completionWindow)
				problems.push(`${at}: completion_window must be "${completionWindow}"`);
		}
	}
	// One OpenAI input file: one model and one endpoint for every line.
	if (new Set(openaiLines.map((l) => (isObject(l.body) ? l.body.model : undefined))).size > 1)
		problems.push('an OpenAI input file mixes models');
	if (new Set(openaiLines.map((l) => l.url)).size > 1)
		problems.push('an OpenAI input file mixes endpoints');
	return { requests, problems };
}

/** The fenced JSON and JSONL blocks of an MDX page, parsed; a block that does not parse is reported. */
function jsonBlocks(
	source: string
): { line: number; lang: string; values?: unknown[]; error?: string }[] {
	const blocks: { line: number; lang: string; values?: unknown[]; error?: string }[] = [];
	for (const m of source.matchAll(/^```(jsonl?)\n([\s\S]*?)^```$/gm)) {
		const line = source.slice(0, m.index).split('\n').length;
		try {
			const values =
				m[1] === 'json'
					? [JSON.parse(m[2])]
					: m[2]
							.split('\n')
							.filter((l) => l.trim())
							.map((l) => JSON.parse(l));
			blocks.push({ line, lang: m[1], values });
		} catch (error) {
			blocks.push({ line, lang: m[1], error: (error as Error).message });
		}
	}
	return blocks;
}

describe('the checker itself', () => {
	const good = {
		custom_id: 'ticket-1',
		method: 'POST',
		url: '/v1/responses',
		body: { model: 'gpt-5.4-mini', input: 'hi' },
	};
	const anthropic = (r: Json) => [
		{
			requests: [
				{
					custom_id: 'ticket-1',
					params: {
						model: 'claude-haiku-4-5',
						max_tokens: 20,
						messages: [{ role: 'user', content: 'hi' }],
						...r,
					},
				},
			],
		},
	];
	test('accepts well-formed requests of both providers', () => {
		expect(checkBlock([good, { ...good, custom_id: 'ticket-2' }])).toEqual({
			requests: 2,
			problems: [],
		});
		expect(checkBlock(anthropic({}))).toEqual({ requests: 1, problems: [] });
		expect(
			checkBlock([
				{
					input_file_id: 'file-abc',
					endpoint: '/v1/responses',
					completion_window: completionWindow,
				},
			]).problems
		).toEqual([]);
	});
	test.each<[string, unknown[], RegExp]>([
		[
			'a custom_id Anthropic refuses',
			[
				{
					requests: [
						{
							custom_id: 'has space',
							params: {
								model: 'claude-haiku-4-5',
								max_tokens: 5,
								messages: [{ role: 'user', content: 'x' }],
							},
						},
					],
				},
			],
			/does not match/,
		],
		['max_tokens of 0', anthropic({ max_tokens: 0 }), /max_tokens/],
		['streaming in a batch', anthropic({ stream: true }), /stream/],
		['an unknown Claude model', anthropic({ model: 'claude-9' }), /not a served Anthropic model/],
		[
			'two models in one OpenAI file',
			[good, { ...good, custom_id: 'ticket-2', body: { model: 'gpt-5.4', input: 'x' } }],
			/mixes models/,
		],
		['a repeated custom_id', [good, good], /used twice/],
		[
			'an endpoint batches do not accept',
			[{ ...good, url: '/v1/audio/speech' }],
			/not a batch endpoint/,
		],
		[
			'another completion window',
			[{ input_file_id: 'f', endpoint: '/v1/responses', completion_window: '48h' }],
			/completion_window/,
		],
	])('rejects %s', (_name, values, message) => {
		expect(checkBlock(values).problems.join('\n')).toMatch(message);
	});
});

// The Chinese guides carry the same code blocks, so they are checked the same way.
const GUIDES = ['content/guides', 'content/zh/guides'];
const WALKTHROUGHS = ['anthropic-batch-walkthrough.mdx', 'openai-batch-walkthrough.mdx'];
const guideFiles = GUIDES.flatMap((dir) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => join(dir, f))
);

describe.each(guideFiles)('%s', (path) => {
	const name = basename(path);
	const source = readFileSync(path, 'utf8');
	const blocks = jsonBlocks(source);
	test('every JSON and JSONL block parses, and every request in it follows the rules', () => {
		expect(blocks.filter((b) => b.error).map((b) => `line ${b.line}: ${b.error}`)).toEqual([]);
		const problems = blocks.flatMap((b) =>
			checkBlock(b.values ?? []).problems.map((p) => `line ${b.line}: ${p}`)
		);
		expect(problems).toEqual([]);
	});
	test('code is in fenced blocks, so the checks above and the prose lint see it', () => {
		expect(source).not.toMatch(/<pre\b/);
	});
	if (WALKTHROUGHS.includes(name))
		test('holds requests to check, and complete Python and curl examples', () => {
			expect(blocks.reduce((n, b) => n + checkBlock(b.values ?? []).requests, 0)).toBeGreaterThan(
				0
			);
			expect(source).toMatch(/^```python$/m);
			expect(source).toMatch(/^```sh$/m);
		});
});

test.each(GUIDES)(
	'the failures guide in %s has the retry loop for both providers, in Python and curl',
	(dir) => {
		const source = readFileSync(join(dir, 'partial-failures-and-retries.mdx'), 'utf8');
		expect(source.match(/^```python$/gm)).toHaveLength(2);
		expect(source.match(/^```sh$/gm)).toHaveLength(2);
		expect(source).toMatch(/client\.messages\.batches\.create/);
		expect(source).toMatch(/client\.batches\.create/);
	}
);

/** A page's fenced code blocks with comments and blank lines removed: the code a reader runs. */
function codeOf(source: string): string[] {
	return [...source.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(
		(m) =>
			`${m[1]}\n` +
			m[2]
				.replace(/"""[\s\S]*?"""/g, '')
				.split('\n')
				.map((l) => l.replace(/\s+#(?![!{]).*$|^\s*#(?!!).*$|\s*\/\/ .*$/, '').trimEnd())
				.filter((l) => l.trim())
				.join('\n')
	);
}

// A Chinese guide's code must not fall behind its English guide: translated comments only.
test.each(readdirSync('content/zh/guides').filter((f) => f.endsWith('.mdx')))(
	'the code in content/zh/guides/%s is the English guide’s code',
	(name) => {
		const english = codeOf(readFileSync(join('content/guides', name), 'utf8'));
		expect(codeOf(readFileSync(join('content/zh/guides', name), 'utf8'))).toEqual(english);
	}
);
