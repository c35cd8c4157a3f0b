// Token counting and pricing of a checked file: the tokenizer against known values, the tally's
// totals and shared prefix (with a word counter so the arithmetic is plain), and the cost lines from
// the cost engine on the checker's fixture models, judged on a fixed day.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { checkText, type CheckedRequest } from '../../src/lib/check/checker.ts';
import { TokenTally, promptText, type TokenCounter } from '../../src/lib/check/tokens.ts';
import { claudeEstimate, counterFor, openAiCounter } from '../../src/lib/check/tokenizer.ts';
import { closestModel, priceFile } from '../../src/lib/check/price.ts';
import { toCostModel } from '../../src/lib/calculator/cost.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { BATCH_FILES, CHECK_DATA, CHECK_DAY, fixtureRules } from '../fixtures/check-rules.ts';

const rules = fixtureRules();
const file = (name: string) => readFileSync(`${BATCH_FILES}/${name}`, 'utf8');
const words: TokenCounter = {
	count: (t) => (t.trim() ? t.trim().split(/\s+/).length : 0),
	exact: true,
	method: 'words',
};
function tally(name: string, counter: TokenCounter) {
	const t = new TokenTally(counter);
	checkText(rules, file(name), { onRequest: (r) => t.add(r) });
	return t.result();
}

describe('the OpenAI tokenizer (o200k_base)', () => {
	it('gives the known token ids and counts', () => {
		expect(encode('hello world')).toEqual([24912, 2375]);
		expect(openAiCounter.count('hello world')).toBe(2);
		expect(openAiCounter.count('The quick brown fox jumps over the lazy dog.')).toBe(10);
		expect(openAiCounter.count('')).toBe(0);
		expect(openAiCounter.exact).toBe(true);
	});

	it('labels the Claude count as an estimate with its method and the data’s tokenizer fact', () => {
		const counter = claudeEstimate(rules.facts['anthropic.tokenizer']?.value);
		expect(counter.exact).toBe(false);
		expect(counter.method).toMatch(/^Estimate: Anthropic publishes no offline tokenizer/);
		expect(counterFor('openai')).toBe(openAiCounter);
	});
});

describe('the token tally', () => {
	it('counts every request’s prompt and finds the shared system prefix', () => {
		const summary = tally('openai-good.jsonl', words);
		// System: 8 words, shared; each ticket: 6 words.
		expect(summary).toMatchObject({
			requests: 3,
			inputTokens: 3 * (8 + 6),
			outputCap: 150,
			withoutOutputCap: 0,
			prefixTokens: 8,
			largestRequest: { line: 1, tokens: 14 },
		});
		expect(summary.prefixShare).toBeCloseTo(24 / 42);
	});

	it('reads Anthropic system and messages, and responses instructions and input', () => {
		expect(tally('anthropic-good.json', words)).toMatchObject({
			requests: 3,
			inputTokens: 42,
			prefixTokens: 8,
			outputCap: 150,
		});
		expect(tally('openai-responses-good.jsonl', words)).toMatchObject({
			requests: 2,
			inputTokens: 2 * (4 + 3),
			prefixTokens: 4,
			outputCap: 32,
		});
	});

	it('shares no prefix when the system prompts differ from the start', () => {
		const lines = ['A b', 'Z b'].map((system, i) =>
			JSON.stringify({
				custom_id: `r${i}`,
				params: {
					model: 'claude-sonnet-5-5',
					max_tokens: 1,
					system,
					messages: [{ role: 'user', content: 'x' }],
				},
			})
		);
		const t = new TokenTally(words);
		checkText(rules, lines.join('\n'), { onRequest: (r) => t.add(r) });
		expect(t.result()).toMatchObject({ prefixTokens: 0, prefixShare: 0 });
	});

	it('notes content it does not count', () => {
		const request: CheckedRequest = {
			line: 1,
			provider: 'openai',
			url: '/v1/chat/completions',
			body: {
				messages: [
					{
						role: 'user',
						content: [
							{ type: 'image_url', image_url: { url: 'x' } },
							{ type: 'text', text: 'hi' },
						],
					},
				],
			},
			item: {},
		};
		expect(promptText(request)).toMatchObject({ system: '', rest: ['\nhi'], other: true });
	});

	it('counts the real file with the real tokenizer', () => {
		const summary = tally('openai-good.jsonl', openAiCounter);
		const system = openAiCounter.count('You are a careful classifier of support tickets.');
		const ticket = (i: number) => openAiCounter.count(`Ticket ${i}: my invoice is wrong.`);
		expect(summary.inputTokens).toBe(3 * system + ticket(1) + ticket(2) + ticket(3));
		expect(summary.prefixTokens).toBe(system);
	});
});

describe('pricing the file', () => {
	const { data } = readDataset(CHECK_DATA, CHECK_DAY);
	const models = data.models.map((m) => toCostModel(m.record, data.freshness, CHECK_DAY));

	it('prices real time and batch on the file’s model, line by line with rates and dates', () => {
		const summary = tally('openai-good.jsonl', words);
		const cost = priceFile(summary, 'gpt-5.4', models);
		// 42 input tokens at $1.25/M in batch; output at the caps: 150 tokens at the batch output rate.
		const gpt = models.find((m) => m.id === 'gpt-5.4')!;
		expect(cost.own!.batch.perJob).toBeCloseTo(
			(42 * gpt.prices.batch.input! + 150 * gpt.prices.batch.output!) / 1e6,
			12
		);
		expect(cost.own!.realtime.perJob).toBeCloseTo(
			(42 * gpt.prices.standard.input! + 150 * gpt.prices.standard.output!) / 1e6,
			12
		);
		expect(cost.own!.rates.every((r) => r.verifiedOn === gpt.verifiedOn)).toBe(true);
		expect(cost.notes[0]).toMatch(/output cap/);
	});

	it('compares with the closest model of the other provider by batch input price, never a retired one', () => {
		const gpt = models.find((m) => m.id === 'gpt-5.4')!;
		// gpt-5.4 batch input $1.25: Sonnet 5.5 ($1) is nearer than Haiku 5.5 ($0.05); Haiku 3 is retired.
		expect(closestModel(gpt, models, 'anthropic')?.id).toBe('claude-sonnet-5-5');
		const cost = priceFile(tally('openai-good.jsonl', words), 'gpt-5.4', models);
		expect(cost.other?.model.id).toBe('claude-sonnet-5-5');
		expect(cost.otherWhy).toBe('the Anthropic model nearest in batch input price to GPT-5.4');
		expect(
			priceFile(tally('openai-good.jsonl', words), 'gpt-5.4', models, 'claude-haiku-5-5').other
				?.model.id
		).toBe('claude-haiku-5-5');
	});

	it('prices nothing for a model the data does not know', () => {
		expect(priceFile(tally('openai-good.jsonl', words), 'gpt-9', models)).not.toHaveProperty('own');
	});
});
