// The wizard's refusals in every language: the tree words each reason in English (answerErrorText, the
// CLIs and the MCP server use it); pages word the same reason code from the strings tables, whose English
// must read exactly like the tree's, and the island gets every one of them from its page.
import { describe, expect, it } from 'vitest';
import {
	ANSWER_REASONS,
	answerErrorText,
	echo,
	parseAnswer,
	selectOption,
	type AnswerError,
} from '../../src/lib/wizard/tree.ts';
import { ISLAND_KEYS, STRINGS, islandStrings } from '../../src/lib/i18n/strings.ts';
import { fillTemplate } from '../../src/lib/i18n/template.ts';
import type { DecisionTree, Fact, TreeQuestion } from '../../src/schemas.ts';
import { siteDataFrom } from '../fixtures/temp-data.ts';
import { E2E_BUILD_DATE, E2E_DATA } from '../../scripts/lib/fixture-site.ts';
import type { SiteData } from '../../src/lib/facts/lookup.ts';
import { thresholdsFor } from '../../src/lib/wizard/rules.ts';
import { fillFacts } from '../../src/lib/facts/fill.ts';
import { wizardTexts, type Wizard } from '../../src/components/wizard/wizard-data.ts';

const codes = Object.keys(ANSWER_REASONS) as (keyof typeof ANSWER_REASONS)[];

/** What the island shows for a refusal, from the strings its page handed it. */
function islandText(
	strings: Record<string, string>,
	e: Pick<AnswerError, 'key' | 'raw' | 'reason'>
) {
	const reason = fillTemplate(strings[`wizard.error.${e.reason.code}`], e.reason.params);
	return fillTemplate(strings['wizard.error.answer'], {
		answer: `${e.key}=${echo(e.raw)}`,
		reason,
	});
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
const kinds: TreeQuestion = {
	...zdr,
	id: 'modality',
	key: 'modality',
	type: 'multi',
} as TreeQuestion;
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
		[
			'zdr=maybe',
			() => selectOption(zdr, 'maybe', {}),
			zdr,
			'maybe',
			'回答“zdr=maybe”不是以下之一：yes, no。',
		],
		[
			'modality=yes,audio',
			() => selectOption(kinds, ['yes', 'audio'], {}),
			kinds,
			'yes,audio',
			'回答“modality=yes,audio”包含“audio”，它不是以下之一：yes, no。',
		],
		[
			'volume=lots',
			() => parseAnswer(volume, 'lots'),
			volume,
			'lots',
			'回答“volume=lots”不是整数。',
		],
		[
			'volume=0',
			() => parseAnswer(volume, '0'),
			volume,
			'0',
			'回答“volume=0”必须是不小于 1 的整数。',
		],
	])(
		'%s: the same reason reads in English as answerErrorText and in Chinese from the page’s strings',
		(_name, check, question, raw, chinese) => {
			const r = check();
			if (!('reason' in r)) throw new Error('expected a refusal');
			const e = { key: question.key, raw, reason: r.reason, message: r.error } as AnswerError;
			expect(islandText(islandStrings('en', 'wizard'), e)).toBe(answerErrorText(e));
			expect(islandText(islandStrings('zh', 'wizard'), e)).toBe(chinese);
		}
	);
});

describe('wizard texts on a Chinese page (wizardTexts)', () => {
	const data = siteDataFrom(E2E_DATA, E2E_BUILD_DATE);
	const tree = data.tree!;
	const wizard = (d: SiteData = data, t: DecisionTree = tree): Wizard => ({
		data: d,
		tree: t,
		thresholds: thresholdsFor(t, d.facts),
		text: (s) => fillFacts(s, d),
	});
	const q = (key: string) => tree.questions.find((x) => x.key === key)!;
	const cap = wizard().thresholds['openai.batch.max-requests'];

	it('a current translation reads in Chinese, facts formatted for zh-CN; English pages read the tree as it is', () => {
		const zh = wizardTexts(wizard(), 'zh');
		expect(zh.question(q('latency'))).toMatchObject({
			prompt: '您需要多快拿到结果？',
			english: false,
		});
		expect(zh.question(q('volume')).help).toContain(`${cap.toLocaleString('zh-CN')} 个请求`);
		expect(zh.answer(q('volume'), cap + 1)).toBe(`超过 ${cap.toLocaleString('zh-CN')} 个请求`);
		expect(zh.answer(q('modality'), ['text', 'images'])).toBe('文本生成 + 图像生成或编辑');
		const en = wizardTexts(wizard(), 'en');
		expect(en.question(q('latency'))).toMatchObject({
			prompt: q('latency').prompt,
			english: false,
		});
		expect(en.question(q('volume')).help).toBe(fillFacts(q('volume').help!, data));
	});

	it('an English text edited since its translation shows the new English, flagged', () => {
		const edited = { ...q('latency'), prompt: 'How soon do you need the results, really?' };
		const t2 = {
			...tree,
			questions: tree.questions.map((x) =>
				x.key === 'latency' && x.id === edited.id ? edited : x
			),
		};
		expect(wizardTexts(wizard(data, t2), 'zh').question(edited)).toMatchObject({
			prompt: edited.prompt,
			english: true,
		});
		const o = tree.outcomes[0];
		const o2 = { ...o, title: `${o.title}, now` };
		expect(wizardTexts(wizard(), 'zh').outcome(o2)).toMatchObject({
			title: o2.title,
			english: true,
		});
		expect(wizardTexts(wizard(), 'zh').outcome(o).english).toBe(false);
	});

	it('a missing translation shows the English, flagged', () => {
		const zhT = data.translations!.zh!;
		const { latency: _dropped, ...questions } = zhT.questions;
		const d2 = { ...data, translations: { zh: { ...zhT, questions } } };
		expect(wizardTexts(wizard(d2), 'zh').question(q('latency'))).toMatchObject({
			prompt: q('latency').prompt,
			english: true,
		});
	});

	it('a fact whose translation is older than its English gets the "being updated" note where the text cites it', () => {
		const id = 'openai.batch.max-requests';
		const fact = data.facts.get(id)!;
		const changed = {
			...fact,
			verifiedOn: '2026-11-30',
			history: [
				{ value: fact.value, verifiedOn: fact.verifiedOn, until: '2026-11-29' },
				...fact.history,
			],
		} as Fact;
		const d2 = { ...data, facts: new Map(data.facts).set(id, changed) };
		expect(wizardTexts(wizard(d2), 'zh').question(q('volume')).help).toContain('（译文更新中）');
		expect(wizardTexts(wizard(), 'zh').question(q('volume')).help).not.toContain('（译文更新中）');
	});
});
