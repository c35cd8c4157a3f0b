// The wizard's refusals in every language: the tree words each reason in English (answerErrorText, the
// CLIs and the MCP server use it); pages word the same reason code from the strings tables, whose English
// must read exactly like the tree's, and the island gets every one of them from its page.
import { describe, expect, it } from 'vitest';
import { ANSWER_REASONS, answerErrorText, echo, parseAnswer, selectOption, type AnswerError } from '../../src/lib/wizard/tree.ts';
import { ISLAND_KEYS, STRINGS, islandStrings } from '../../src/lib/i18n/strings.ts';
import { fillTemplate } from '../../src/lib/i18n/template.ts';
import type { TreeQuestion } from '../../src/schemas.ts';

const codes = Object.keys(ANSWER_REASONS) as (keyof typeof ANSWER_REASONS)[];

/** What the island shows for a refusal, from the strings its page handed it. */
function islandText(strings: Record<string, string>, e: Pick<AnswerError, 'key' | 'raw' | 'reason'>) {
	const reason = fillTemplate(strings[`wizard.error.${e.reason.code}`], e.reason.params);
	return fillTemplate(strings['wizard.error.answer'], { answer: `${e.key}=${echo(e.raw)}`, reason });
}

const zdr: TreeQuestion = {
	id: 'zdr',
	key: 'zdr',
	type: 'choice',
	prompt: 'Zero data retention?',
	options: [
		{ value: 'yes', label: 'Yes', next: 'a' },
		{ value: 'no', label: 'No', next: 'b' },
	],
} as TreeQuestion;
const kinds: TreeQuestion = { ...zdr, id: 'modality', key: 'modality', type: 'multi' } as TreeQuestion;
const volume: TreeQuestion = {
	...zdr,
	id: 'volume',
	key: 'volume',
	type: 'number',
	threshold: 'openai.batch.max-requests',
	options: [
		{ value: 'at-most', label: 'At most', next: 'a' },
		{ value: 'above', label: 'Above', next: 'b' },
	],
} as TreeQuestion;

describe('wizard refusals in each language', () => {
	it('the English strings read exactly like the tree’s reasons, and the island gets them all', () => {
		for (const code of codes) {
			expect(STRINGS.en[`wizard.error.${code}`]).toBe(ANSWER_REASONS[code]);
			expect(ISLAND_KEYS.wizard).toContain(`wizard.error.${code}`);
			expect(STRINGS.zh[`wizard.error.${code}`]).not.toBe(ANSWER_REASONS[code]);
		}
		expect(ISLAND_KEYS.wizard).toContain('wizard.error.answer');
		expect(ISLAND_KEYS.wizard).toContain('wizard.error.again');
	});

	it.each([
		['zdr=maybe', () => selectOption(zdr, 'maybe', {}), zdr, 'maybe', '回答“zdr=maybe”不是以下之一：yes, no。'],
		['modality=yes,audio', () => selectOption(kinds, ['yes', 'audio'], {}), kinds, 'yes,audio', '回答“modality=yes,audio”包含“audio”，它不是以下之一：yes, no。'],
		['volume=lots', () => parseAnswer(volume, 'lots'), volume, 'lots', '回答“volume=lots”不是整数。'],
		['volume=0', () => parseAnswer(volume, '0'), volume, '0', '回答“volume=0”必须是不小于 1 的整数。'],
	])('%s: the same reason reads in English as answerErrorText and in Chinese from the page’s strings', (_name, check, question, raw, chinese) => {
		const r = check();
		if (!('reason' in r)) throw new Error('expected a refusal');
		const e = { key: question.key, raw, reason: r.reason, message: r.error } as AnswerError;
		expect(islandText(islandStrings('en', 'wizard'), e)).toBe(answerErrorText(e));
		expect(islandText(islandStrings('zh', 'wizard'), e)).toBe(chinese);
	});
});
