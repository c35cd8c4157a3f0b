// Conversion between the batch formats: exact output for a line each way, round trips that keep the
// conversation, and lines that cannot be converted listed with their reason (never dropped).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BatchChecker, checkText, type CheckedRequest } from '../../src/lib/check/checker.ts';
import {
	Converter,
	fromAnthropic,
	fromOpenAi,
	type ConvertOptions,
} from '../../src/lib/check/convert.ts';
import { BATCH_FILES, fixtureRules } from '../fixtures/check-rules.ts';

const rules = fixtureRules();

/** Checks `text`, converting every request; returns the output file, its summary and its own check. */
function convert(text: string, options: ConvertOptions) {
	const converter = new Converter(options);
	let out = converter.start();
	const checker = new BatchChecker(rules, {
		onRequest: (r) => (out += converter.add(r)),
		onUnusable: (line, why) => converter.skip(line, why),
	});
	checker.pushText(text);
	checker.end();
	const { text: tail, summary } = converter.finish();
	out += tail;
	return { out, summary, report: checkText(rules, out) };
}

function requests(text: string): CheckedRequest[] {
	const seen: CheckedRequest[] = [];
	checkText(rules, text, { onRequest: (r) => seen.push(r) });
	return seen;
}

const file = (name: string) => readFileSync(`${BATCH_FILES}/${name}`, 'utf8');
const TO_ANTHROPIC: ConvertOptions = {
	to: 'anthropic',
	model: 'claude-sonnet-5-5',
	customIdPattern: rules.anthropic.customIdPattern,
};

describe('OpenAI → Anthropic', () => {
	it('maps the system message, the output cap and the model, and the result passes the checker', () => {
		const { out, summary, report } = convert(file('openai-good.jsonl'), TO_ANTHROPIC);
		expect(report).toMatchObject({ verdict: 'accepted', format: 'anthropic-json', requests: 3 });
		const first = JSON.parse(out).requests[0];
		expect(first).toEqual({
			custom_id: 'req-1',
			params: {
				model: 'claude-sonnet-5-5',
				max_tokens: 50,
				system: 'You are a careful classifier of support tickets.',
				messages: [{ role: 'user', content: 'Ticket 1: my invoice is wrong.' }],
			},
		});
		expect(summary).toMatchObject({
			converted: 3,
			unconverted: [],
			ignored: [],
			defaultedMaxTokens: 0,
		});
	});

	it('maps /v1/responses instructions to the system prompt', () => {
		const { out, report } = convert(file('openai-responses-good.jsonl'), TO_ANTHROPIC);
		expect(report.verdict).toBe('accepted');
		expect(JSON.parse(out).requests[0].params).toEqual({
			model: 'claude-sonnet-5-5',
			max_tokens: 16,
			system: 'Answer in one word.',
			messages: [{ role: 'user', content: 'Is 1 even?' }],
		});
	});

	it('needs a default max_tokens for lines without an output cap, and says how many got it', () => {
		const line = JSON.stringify({
			custom_id: 'a',
			method: 'POST',
			url: '/v1/chat/completions',
			body: { model: 'gpt-5.4', messages: [{ role: 'user', content: 'hi' }], seed: 3 },
		});
		expect(convert(line, TO_ANTHROPIC).summary.unconverted).toEqual([
			{
				reason: 'gives no output cap, and Anthropic requires max_tokens: choose a default',
				lines: [1],
			},
		]);
		const { out, summary } = convert(line, { ...TO_ANTHROPIC, maxTokens: 256 });
		expect(JSON.parse(out).requests[0].params.max_tokens).toBe(256);
		expect(summary).toMatchObject({
			converted: 1,
			defaultedMaxTokens: 1,
			ignored: [{ param: 'seed', lines: 1 }],
		});
	});

	it('lists every line it cannot convert with the reason', () => {
		const lines = [
			{
				custom_id: 'ok-1',
				method: 'POST',
				url: '/v1/chat/completions',
				body: { model: 'gpt-5.4', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] },
			},
			{
				custom_id: 'img',
				method: 'POST',
				url: '/v1/chat/completions',
				body: {
					model: 'gpt-5.4',
					max_tokens: 5,
					messages: [
						{
							role: 'user',
							content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }],
						},
					],
				},
			},
			{
				custom_id: 'tools',
				method: 'POST',
				url: '/v1/chat/completions',
				body: {
					model: 'gpt-5.4',
					max_tokens: 5,
					tools: [],
					messages: [{ role: 'user', content: 'hi' }],
				},
			},
			{
				custom_id: 'bad id',
				method: 'POST',
				url: '/v1/chat/completions',
				body: { model: 'gpt-5.4', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] },
			},
			{
				custom_id: 'late-system',
				method: 'POST',
				url: '/v1/chat/completions',
				body: {
					model: 'gpt-5.4',
					max_tokens: 5,
					messages: [
						{ role: 'user', content: 'hi' },
						{ role: 'system', content: 'x' },
					],
				},
			},
		].map((l) => JSON.stringify(l));
		const { out, summary } = convert(lines.join('\n'), TO_ANTHROPIC);
		expect(JSON.parse(out).requests.map((r: { custom_id: string }) => r.custom_id)).toEqual([
			'ok-1',
		]);
		expect(summary.unconverted).toEqual([
			{
				reason: 'has a user message with content other than text (images, files or tool calls)',
				lines: [2],
			},
			{ reason: 'uses tools, which the conversion cannot carry over', lines: [3] },
			{
				reason: 'has a custom_id Anthropic does not accept (it must match ^[a-zA-Z0-9_-]{1,64}$)',
				lines: [4],
			},
			{ reason: 'has a system message after the conversation started', lines: [5] },
		]);
		expect(summary.converted + summary.unconverted.reduce((n, u) => n + u.lines.length, 0)).toBe(
			lines.length
		);
	});

	it('lists lines that are not requests at all', () => {
		expect(convert(file('openai-not-json.jsonl'), TO_ANTHROPIC).summary).toMatchObject({
			converted: 2,
			unconverted: [{ reason: 'is not valid JSON', lines: [2] }],
		});
		expect(convert(file('openai-line-format.jsonl'), TO_ANTHROPIC).summary).toMatchObject({
			converted: 2,
			unconverted: [{ reason: 'has no body object', lines: [2] }],
		});
	});

	it('refuses endpoints that are not chat-style', () => {
		const { summary } = convert(file('openai-embeddings.jsonl'), TO_ANTHROPIC);
		expect(summary.unconverted).toEqual([
			{
				reason:
					'only /v1/chat/completions and /v1/responses requests can be converted, not /v1/embeddings',
				lines: [1, 2],
			},
		]);
	});
});

describe('Anthropic → OpenAI', () => {
	it('maps system, max_tokens and the model to a chat completions line that passes the checker', () => {
		const { out, report } = convert(file('anthropic-good.json'), {
			to: 'openai',
			model: 'gpt-5.4',
		});
		expect(report).toMatchObject({
			verdict: 'accepted',
			format: 'openai-jsonl',
			requests: 3,
			endpoint: '/v1/chat/completions',
		});
		expect(JSON.parse(out.split('\n')[0])).toEqual({
			custom_id: 'req-1',
			method: 'POST',
			url: '/v1/chat/completions',
			body: {
				model: 'gpt-5.4',
				messages: [
					{ role: 'system', content: 'You are a careful classifier of support tickets.' },
					{ role: 'user', content: 'Ticket 1: my invoice is wrong.' },
				],
				max_completion_tokens: 50,
			},
		});
	});

	it('writes /v1/responses lines on request', () => {
		const { out, report } = convert(file('anthropic-good.jsonl'), {
			to: 'openai',
			model: 'gpt-5.4',
			endpoint: '/v1/responses',
		});
		expect(report).toMatchObject({ verdict: 'accepted', endpoint: '/v1/responses' });
		expect(JSON.parse(out.split('\n')[0]).body).toEqual({
			model: 'gpt-5.4',
			instructions: 'You are a careful classifier of support tickets.',
			input: [{ role: 'user', content: 'Ticket 1: my invoice is wrong.' }],
			max_output_tokens: 50,
		});
	});

	it('lists lines with tool use or images, and names the parameters left out', () => {
		const text = JSON.stringify({
			requests: [
				{
					custom_id: 'a',
					params: {
						model: 'claude-sonnet-5-5',
						max_tokens: 5,
						top_k: 3,
						messages: [
							{
								role: 'user',
								content: [{ type: 'text', text: 'hi', cache_control: { type: 'ephemeral' } }],
							},
						],
					},
				},
				{
					custom_id: 'b',
					params: {
						model: 'claude-sonnet-5-5',
						max_tokens: 5,
						messages: [
							{
								role: 'user',
								content: [
									{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } },
								],
							},
						],
					},
				},
				{
					custom_id: 'c',
					params: {
						model: 'claude-sonnet-5-5',
						max_tokens: 5,
						thinking: { type: 'enabled', budget_tokens: 1024 },
						messages: [{ role: 'user', content: 'hi' }],
					},
				},
			],
		});
		const { summary } = convert(text, { to: 'openai', model: 'gpt-5.4' });
		expect(summary).toMatchObject({
			converted: 1,
			unconverted: [
				{
					reason:
						'has a user message with content other than text (images, documents or tool blocks)',
					lines: [1],
				},
				{ reason: 'uses thinking, which the conversion cannot carry over', lines: [1] },
			],
			ignored: [
				{ param: 'top_k', lines: 1 },
				{ param: 'cache_control', lines: 1 },
			],
		});
	});
});

describe('round trips keep what both formats can say', () => {
	it.each(['openai-good.jsonl', 'openai-responses-good.jsonl'])(
		'%s → Anthropic → OpenAI',
		(name) => {
			const original = file(name);
			const endpoint = requests(original)[0].url as '/v1/chat/completions' | '/v1/responses';
			const there = convert(original, TO_ANTHROPIC).out;
			const back = convert(there, { to: 'openai', model: 'gpt-5.4', endpoint }).out;
			const conv = (t: string) =>
				requests(t).map((r) => ({ id: r.customId, model: r.model, c: fromOpenAi(r.url, r.body) }));
			expect(conv(back)).toEqual(conv(original));
		}
	);

	it('Anthropic → OpenAI → Anthropic, with sampling and stop sequences', () => {
		const original = JSON.stringify({
			custom_id: 'x',
			params: {
				model: 'claude-sonnet-5-5',
				max_tokens: 9,
				system: 'Be brief.',
				temperature: 0.2,
				top_p: 0.9,
				stop_sequences: ['END'],
				messages: [
					{ role: 'user', content: 'a' },
					{ role: 'assistant', content: 'b' },
					{ role: 'user', content: 'c' },
				],
			},
		});
		const there = convert(original, { to: 'openai', model: 'gpt-5.4' }).out;
		const back = convert(there, TO_ANTHROPIC).out;
		expect(JSON.parse(back).requests[0]).toEqual(JSON.parse(original));
		expect(fromAnthropic(JSON.parse(back).requests[0].params)).toEqual(
			fromAnthropic(JSON.parse(original).params)
		);
	});
});
