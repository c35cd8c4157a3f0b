// Translations (data/i18n/<locale>.yaml, issue 17): read and checked by the one reader, judged against
// the English they were translated from, and listed for editors once outdated. All on fixtures
// (tests/fixtures/i18n-data over tests/fixtures/data) on a fixed day.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../src/lib/facts/read.ts';
import { formatProblem } from '../../src/lib/facts/problems.ts';
import { fillFacts, fillFactsIn } from '../../src/lib/facts/fill.ts';
import { toSiteData } from '../../src/lib/facts/lookup.ts';
import {
	faqTexts,
	outcomeTexts,
	questionTexts,
	englishTexts,
	factTextIn,
	faqIn,
	outcomeIn,
	questionIn,
	translationHash,
	translationOf,
} from '../../src/lib/i18n/translations.ts';
import { setFactValue, verifyRecord } from '../../scripts/lib/editor/fact-edits.ts';
import { outdatedTranslations } from '../../scripts/lib/editor/stale-report.ts';
import { run } from '../../scripts/check-stale-facts.ts';
import { i18nData } from '../fixtures/temp-data.ts';

const TODAY = '2026-12-01';
let cleanups: (() => void)[] = [];
afterEach(() => {
	cleanups.forEach((c) => c());
	cleanups = [];
});

function fixture() {
	const copy = i18nData();
	cleanups.push(copy.cleanup);
	const file = (name: string) => join(copy.dir, name);
	const edit = (name: string, change: (text: string) => string) =>
		writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));
	const read = () => readDataset(copy.dir, TODAY);
	return { dir: copy.dir, file, edit, read };
}

const outdated = (data: Parameters<typeof outdatedTranslations>[0]) =>
	outdatedTranslations(data).filter((i) => i.state === 'outdated');
const fact = (data: ReturnType<typeof readDataset>['data'], id: string) =>
	data.facts.find((f) => f.record.id === id)!.record;

describe('reading translations', () => {
	it('reads the fixture translations with no problems', () => {
		const { data, problems } = fixture().read();
		expect(problems.map(formatProblem)).toEqual([]);
		expect(Object.keys(data.translations!.zh!.facts)).toEqual([
			'alpha.batch.max-requests',
			'alpha.batch.discount',
			'alpha.batch.results-format',
		]);
		expect(Object.keys(data.translations!.zh!.questions)).toEqual(['latency', 'volume']);
	});

	it('a folder without i18n/ has no translations and no problems', () => {
		const { data, problems } = readDataset('tests/fixtures/data', TODAY);
		expect(problems).toEqual([]);
		expect(data.translations).toBeUndefined();
	});

	it('names the file, id and field of a schema problem', () => {
		const f = fixture();
		f.edit('i18n/zh.yaml', (t) =>
			t
				.replace(
					"translatedFrom: { verifiedOn: '2026-10-01' }",
					"translatedFrom: { verifiedOn: '2026-02-30' }"
				)
				.replace('label: 批处理结果的交付方式', 'lable: 批处理结果的交付方式')
		);
		const messages = f.read().problems.map(formatProblem);
		expect(messages).toContainEqual(
			expect.stringMatching(
				/i18n\/zh\.yaml: "alpha\.batch\.max-requests", field "facts\.translatedFrom\.verifiedOn": is not a real calendar date/
			)
		);
		expect(messages).toContainEqual(
			expect.stringMatching(
				/"alpha\.batch\.results-format", field "facts\.lable": is not a known field/
			)
		);
	});

	it('refuses a translated value without the English value it came from', () => {
		const f = fixture();
		f.edit('i18n/zh.yaml', (t) =>
			t.replace(
				"translatedFrom: { verifiedOn: '2026-11-01', value: A JSONL file with one result per line }",
				"translatedFrom: { verifiedOn: '2026-11-01' }"
			)
		);
		expect(f.read().problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/"alpha\.batch\.results-format", field "facts\.translatedFrom\.value": translates the value, so translatedFrom\.value must hold/
			),
		]);
	});

	it('a translated text shows readers no research jargon', () => {
		const f = fixture();
		f.edit('i18n/zh.yaml', (t) =>
			t
				.replace(
					'    value: 一个 JSONL 文件，每行一条结果',
					'    value: 一个 JSONL 文件，格式见 facts/alpha.yaml'
				)
				.replace('      day: 一天之内', '      day: 一天之内（见 github.com）')
		);
		expect(f.read().problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/"alpha\.batch\.results-format", field "facts\.value": shows readers research jargon \("facts\/alpha\.yaml"\)/
			),
			expect.stringMatching(
				/"latency", field "questions\.options\.day": shows readers research jargon \("github\.com"\)/
			),
		]);
	});

	it('every translated id exists, options exist, lists match and placeholders are the same facts', () => {
		const f = fixture();
		f.edit('i18n/zh.yaml', (t) =>
			t
				.replace('  alpha.batch.discount:\n', '  alpha.batch.discont:\n')
				.replace('      day: 一天之内', '      week: 一周之内')
				.replace(
					"why: ['半价：优惠 {{alpha.batch.discount}}。']",
					"why: ['半价：优惠 50%。', '多余的理由。']"
				)
				.replace('  how-many-requests:\n', '  how-many-request:\n')
		);
		const problems = f.read().problems;
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/"alpha\.batch\.discont": translates a fact that does not exist in data\/facts \[translation-matches-english\]/
			),
			expect.stringMatching(
				/"latency", field "questions\.options\.week": is not an option of this question \(seconds, day\)/
			),
			expect.stringMatching(/"batch", field "outcomes\.why": must have 1 reason, like the English/),
			expect.stringMatching(
				/"batch", field "outcomes\.why\.0": must cite the same facts as the English \(\{\{alpha\.batch\.discount\}\}\), not none/
			),
			expect.stringMatching(
				/"batch", field "outcomes\.why\.0": must not type figures the English does not \(none\), not 50/
			),
			expect.stringMatching(
				/"how-many-request": translates a FAQ entry that does not exist in faq\.yaml/
			),
		]);
		expect(problems.every((p) => p.file.endsWith(join('i18n', 'zh.yaml')))).toBe(true);
	});

	it('refuses a translation dated after its fact, and a translated value for a number', () => {
		const f = fixture();
		f.edit('i18n/zh.yaml', (t) =>
			t.replace(
				"label: 单个批处理最多可容纳的请求数\n    translatedFrom: { verifiedOn: '2026-10-01' }",
				"label: 单个批处理最多可容纳的请求数\n    value: 一千\n    translatedFrom: { verifiedOn: '2026-10-02', value: 1000 }"
			)
		);
		expect(f.read().problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/"alpha\.batch\.max-requests", field "facts\.translatedFrom\.verifiedOn": is after the fact's own verifiedOn \(2026-10-01\)/
			),
			expect.stringMatching(
				/"alpha\.batch\.max-requests", field "facts\.value": translates a value that is not text/
			),
		]);
	});

	it('a translated wizard or FAQ text types no figure of its own (the no-typed-numbers rule in Chinese too)', () => {
		const f = fixture();
		f.edit('i18n/zh.yaml', (t) => t.replace('更大的任务请拆分。', '超过 1000 个的任务请拆分。'));
		expect(f.read().problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/"how-many-requests", field "faq\.answer": must not type figures the English does not \(none\), not 1000; cite a fact as \{\{fact\.id\}\}/
			),
		]);
	});

	it('a translated value states the same figures as the English it came from (a translation never renumbers)', () => {
		const f = fixture();
		f.edit('facts/alpha.yaml', (t) =>
			t.replace(
				'value: A JSONL file with one result per line',
				'value: A JSONL file with 1 result per line, kept 29 days'
			)
		);
		f.edit('i18n/zh.yaml', (t) =>
			t
				.replace(
					'value: 一个 JSONL 文件，每行一条结果',
					'value: 一个 JSONL 文件，每行 1 条结果，保留 30 天'
				)
				.replace(
					'value: A JSONL file with one result per line }',
					"value: 'A JSONL file with 1 result per line, kept 29 days' }"
				)
		);
		expect(f.read().problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/"alpha\.batch\.results-format", field "facts\.value": must state the same figures as the English value \(1, 29\), not 1, 30/
			),
		]);
		f.edit('i18n/zh.yaml', (t) => t.replace('保留 30 天', '保留 29 天'));
		expect(f.read().problems).toEqual([]);
	});

	it('names a YAML syntax error in a translation file first, and a file for an unknown language', () => {
		const f = fixture();
		writeFileSync(f.file('i18n/fr.yaml'), 'facts: {}\n');
		expect(f.read().problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/i18n\/fr\.yaml: "\(file\)": is not a language the site is translated into \(zh\.yaml\)/
			),
		]);
		appendFileSync(f.file('i18n/zh.yaml'), "  broken: 'unclosed\n");
		const problems = f.read().problems;
		expect(problems[0].file).toMatch(/zh\.yaml$/);
		expect(problems[0].message).toMatch(/^is not valid YAML/);
	});
});

describe('translationOf: never the old translation as current', () => {
	it('gives the translation while the English has not changed (a re-check without a change keeps it current)', () => {
		const f = fixture();
		let { data } = f.read();
		expect(
			translationOf(fact(data, 'alpha.batch.results-format'), 'zh', data.translations)
		).toEqual({
			status: 'current',
			outdated: false,
			label: '批处理结果的交付方式',
			value: '一个 JSONL 文件，每行一条结果',
		});
		// A number keeps its value from the fact; only the label is translated.
		expect(
			translationOf(fact(data, 'alpha.batch.max-requests'), 'zh', data.translations)
		).toMatchObject({ status: 'current', label: '单个批处理最多可容纳的请求数', value: 1000 });
		f.edit('facts/alpha.yaml', (t) =>
			verifyRecord(t, 'alpha.batch.results-format', { on: '2026-11-20' })
		);
		({ data } = f.read());
		expect(fact(data, 'alpha.batch.results-format').verifiedOn).toBe('2026-11-20');
		expect(
			translationOf(fact(data, 'alpha.batch.results-format'), 'zh', data.translations).status
		).toBe('current');
	});

	it('English is always current; an untranslated fact is missing, with its English', () => {
		const { data } = fixture().read();
		expect(translationOf(fact(data, 'alpha.batch.zdr'), 'en', data.translations)).toMatchObject({
			status: 'current',
			label: 'Batch jobs are eligible for zero data retention',
		});
		expect(translationOf(fact(data, 'alpha.batch.zdr'), 'zh', data.translations)).toEqual({
			status: 'missing',
			outdated: false,
			english: { label: 'Batch jobs are eligible for zero data retention', value: 'unknown' },
		});
	});

	it('a new value set with the editor makes the translation outdated, shows the new English value, and the report lists it', () => {
		const f = fixture();
		f.edit('facts/alpha.yaml', (t) =>
			setFactValue(t, 'alpha.batch.max-requests', 2000, { on: '2026-11-15' })
		);
		const { data, problems } = f.read();
		expect(problems).toEqual([]);
		const r = translationOf(fact(data, 'alpha.batch.max-requests'), 'zh', data.translations);
		expect(r).toEqual({
			status: 'outdated',
			outdated: true,
			english: { label: 'Most requests in one batch', value: 2000 },
			reason: 'the value changed on 2026-11-15, after the translation (from 2026-10-01)',
		});
		expect(outdated(data)).toEqual([
			{
				state: 'outdated',
				locale: 'zh',
				type: 'fact',
				id: 'alpha.batch.max-requests',
				reason: r.outdated ? r.reason : '',
				update: "verifiedOn: '2026-11-15'",
			},
		]);
		const cli = run(['--translations', '--data', f.dir, '--today', TODAY]);
		expect(cli.code).toBe(0);
		expect(cli.out).toContain('OUTDATED  zh  fact      alpha.batch.max-requests');
		expect(cli.out).toContain("once updated, set verifiedOn: '2026-11-15'");
		expect(run(['--translations', '--strict', '--data', f.dir, '--today', TODAY]).code).toBe(1);
		expect(
			JSON.parse(
				run(['--translations', '--json', '--data', f.dir, '--today', TODAY]).out
			).translations.filter((i: { state: string }) => i.state === 'outdated')
		).toHaveLength(1);
		expect(run(['--translations', '--markdown', '--data', f.dir, '--today', TODAY]).out).toContain(
			'| outdated | zh | fact | `alpha.batch.max-requests` |'
		);
	});

	it('a text value edited by hand (no history, same date) is outdated too', () => {
		const f = fixture();
		f.edit('facts/alpha.yaml', (t) =>
			t.replace(
				'value: A JSONL file with one result per line',
				'value: A JSON file holding every result'
			)
		);
		const { data } = f.read();
		expect(
			translationOf(fact(data, 'alpha.batch.results-format'), 'zh', data.translations)
		).toMatchObject({
			status: 'outdated',
			english: { value: 'A JSON file holding every result' },
		});
	});

	it('a change whose date is only a window counts by its end, once the fact has been checked after the translation', () => {
		const f = fixture();
		f.edit('facts/alpha.yaml', (t) =>
			setFactValue(t, 'alpha.batch.max-requests', 2000, {
				on: '2026-11-15',
				until: ['2026-09-20', '2026-10-02'],
			})
		);
		const { data } = f.read();
		expect(
			translationOf(fact(data, 'alpha.batch.max-requests'), 'zh', data.translations).status
		).toBe('outdated');
	});

	it("a translation made on the fact's current verifiedOn saw the current value, even where an older change's window ends later", () => {
		// As in the live data: the evidence dates a change only to a window that runs past the current value's check.
		const f = fixture();
		f.edit('facts/alpha.yaml', (t) =>
			t.replace("until: '2026-10-01'", "until: ['2026-09-20', '2026-10-20']")
		);
		let { data } = f.read();
		expect(
			translationOf(fact(data, 'alpha.batch.max-requests'), 'zh', data.translations).status
		).toBe('current');
		// Checked again later: the change may now lie after the translation, so it is outdated until an editor confirms it.
		f.edit('facts/alpha.yaml', (t) =>
			verifyRecord(t, 'alpha.batch.max-requests', { on: '2026-11-01' })
		);
		({ data } = f.read());
		expect(
			translationOf(fact(data, 'alpha.batch.max-requests'), 'zh', data.translations).status
		).toBe('outdated');
		f.edit('i18n/zh.yaml', (t) =>
			t.replace(
				"translatedFrom: { verifiedOn: '2026-10-01' }",
				"translatedFrom: { verifiedOn: '2026-11-01' }"
			)
		);
		({ data } = f.read());
		expect(
			translationOf(fact(data, 'alpha.batch.max-requests'), 'zh', data.translations).status
		).toBe('current');
	});

	it('the fixture as shipped has no outdated translations; untranslated wizard nodes are listed with their hash', () => {
		const f = fixture();
		const { data } = f.read();
		expect(outdated(data)).toEqual([]);
		const missing = outdatedTranslations(data);
		expect(missing.map((i) => `${i.type} ${i.id}`)).toEqual([
			'question zdr',
			'question modality',
			'outcome realtime',
			'outcome realtime-zdr',
			'outcome realtime-embeddings',
			'outcome batch-split',
		]);
		expect(missing[0]).toEqual({
			state: 'missing',
			locale: 'zh',
			type: 'question',
			id: 'zdr',
			reason: 'not translated yet',
			update: `translatedFrom: ${translationHash(englishTexts({ question: data.tree!.questions[1] }))}`,
		});
		const cli = run(['--translations', '--strict', '--data', f.dir, '--today', TODAY]);
		expect(cli.code).toBe(0);
		expect(cli.out).toMatch(/^0 outdated translations, 6 not translated yet/);
		// A folder without translations has nothing to list.
		expect(run(['--translations', '--data', 'tests/fixtures/data', '--today', TODAY]).out).toBe(
			'No outdated translations.\n'
		);
	});
});

describe('what a Chinese page shows', () => {
	it('factTextIn: translated label and text, numbers and units formatted for the language', () => {
		const { data } = fixture().read();
		expect(factTextIn('zh', fact(data, 'alpha.batch.max-requests'), data.translations)).toEqual({
			label: '单个批处理最多可容纳的请求数',
			text: '1,000 个请求',
			outdated: false,
		});
		expect(factTextIn('zh', fact(data, 'alpha.batch.results-format'), data.translations)).toEqual({
			label: '批处理结果的交付方式',
			text: '一个 JSONL 文件，每行一条结果',
			outdated: false,
		});
		// Not translated: the English label, the value still in Chinese words.
		expect(factTextIn('zh', fact(data, 'alpha.batch.zdr'), data.translations)).toEqual({
			label: 'Batch jobs are eligible for zero data retention',
			text: '未知',
			outdated: false,
		});
		expect(factTextIn('en', fact(data, 'alpha.batch.max-requests'), data.translations)).toEqual({
			label: 'Most requests in one batch',
			text: '1,000 requests',
			outdated: false,
		});
	});

	it('a translated short form is what running text shows while current, and is checked against the English short form', () => {
		const f = fixture();
		f.edit('facts/alpha.yaml', (t) =>
			t.replace(
				'  value: A JSONL file with one result per line\n',
				'  short: one JSONL file\n  value: A JSONL file with one result per line\n'
			)
		);
		f.edit('i18n/zh.yaml', (t) =>
			t.replace(
				'    value: 一个 JSONL 文件，每行一条结果\n',
				'    value: 一个 JSONL 文件，每行一条结果\n    short: 一个 JSONL 文件\n'
			)
		);
		let { data } = f.read();
		expect(f.read().problems.map(formatProblem)).toEqual([]);
		expect(
			factTextIn('zh', fact(data, 'alpha.batch.results-format'), data.translations)
		).toMatchObject({
			text: '一个 JSONL 文件，每行一条结果',
			short: '一个 JSONL 文件',
		});
		// A short form with figures of its own, or where the English has none, is refused.
		const good = readFileSync(f.file('i18n/zh.yaml'), 'utf8');
		f.edit('i18n/zh.yaml', (t) =>
			t
				.replace('    short: 一个 JSONL 文件\n', '    short: 2 个 JSONL 文件\n')
				.replace(
					'    label: 单个批处理最多可容纳的请求数\n',
					'    label: 单个批处理最多可容纳的请求数\n    short: 一千个\n'
				)
		);
		expect(f.read().problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/"alpha\.batch\.max-requests", field "facts\.short": translates a short form, but the English fact has none/
			),
			expect.stringMatching(
				/"alpha\.batch\.results-format", field "facts\.short": must state the same figures as the English short form \(none\), not 2/
			),
		]);
		writeFileSync(f.file('i18n/zh.yaml'), good);
		// Once the English changes, neither the old value nor the old short form is shown.
		f.edit('facts/alpha.yaml', (t) =>
			setFactValue(t, 'alpha.batch.results-format', 'A JSON Lines file, results in any order', {
				on: '2026-11-20',
			})
		);
		({ data } = f.read());
		const shown = factTextIn('zh', fact(data, 'alpha.batch.results-format'), data.translations);
		expect(shown).toEqual({
			label: 'How batch results are delivered',
			text: 'A JSON Lines file, results in any order',
			outdated: true,
		});
	});

	it('after the English text changes, the page shows the new English text with the outdated flag, never the old translation', () => {
		const f = fixture();
		f.edit('facts/alpha.yaml', (t) =>
			setFactValue(t, 'alpha.batch.results-format', 'A JSON Lines file, results in any order', {
				on: '2026-11-20',
			})
		);
		const { data } = f.read();
		const shown = factTextIn('zh', fact(data, 'alpha.batch.results-format'), data.translations);
		expect(shown).toEqual({
			label: 'How batch results are delivered',
			text: 'A JSON Lines file, results in any order',
			outdated: true,
		});
		expect(JSON.stringify(shown)).not.toContain('每行一条结果');
	});

	it('fillFactsIn fills placeholders for the language and names the outdated facts; English equals fillFacts', () => {
		const f = fixture();
		const answer =
			'一个批处理最多容纳 {{alpha.batch.max-requests}}；结果：{{alpha.batch.results-format}}。';
		let site = toSiteData(f.read().data, TODAY);
		expect(fillFactsIn('zh', answer, site)).toEqual({
			text: '一个批处理最多容纳 1,000 个请求；结果：一个 JSONL 文件，每行一条结果。',
			outdated: [],
		});
		const english = 'At most {{alpha.batch.max-requests}}.';
		expect(fillFactsIn('en', english, site)).toEqual({
			text: fillFacts(english, site),
			outdated: [],
		});
		f.edit('facts/alpha.yaml', (t) =>
			setFactValue(t, 'alpha.batch.max-requests', 2000, { on: '2026-11-15' })
		);
		site = toSiteData(f.read().data, TODAY);
		expect(fillFactsIn('zh', answer, site)).toEqual({
			text: '一个批处理最多容纳 2,000 个请求；结果：一个 JSONL 文件，每行一条结果。',
			outdated: ['alpha.batch.max-requests'],
		});
	});
});

describe('wizard and FAQ translations are keyed on the English they came from', () => {
	it('a node is current while its English texts hash the same, outdated once they change', () => {
		const f = fixture();
		let { data } = f.read();
		const q = () => data.tree!.questions.find((x) => x.id === 'latency')!;
		expect(questionIn(q(), 'zh', data.translations)).toMatchObject({
			status: 'current',
			texts: { prompt: '您多快需要拿到结果？' },
		});
		expect(
			outcomeIn(
				data.tree!.outcomes.find((o) => o.id === 'batch')!,
				'zh',
				data.translations
			).status
		).toBe('current');
		expect(
			outcomeIn(
				data.tree!.outcomes.find((o) => o.id === 'realtime')!,
				'zh',
				data.translations
			).status
		).toBe('missing');
		expect(faqIn(data.faq[0].record, 'zh', data.translations).status).toBe('current');

		f.edit('decision-tree.yaml', (t) =>
			t.replace("label: 'Within a day', next: zdr", "label: 'Within a day or two', next: zdr")
		);
		f.edit('faq.yaml', (t) =>
			t.replace('split larger jobs', 'split a larger job into several batches')
		);
		({ data } = f.read());
		const now = questionIn(q(), 'zh', data.translations);
		expect(now.status).toBe('outdated');
		expect(outdated(data)).toEqual([
			{
				state: 'outdated',
				locale: 'zh',
				type: 'question',
				id: 'latency',
				reason: 'the English text has changed since it was translated',
				update: `translatedFrom: ${now.status === 'current' ? '' : now.hash}`,
			},
			expect.objectContaining({ type: 'faq', id: 'how-many-requests' }),
		]);
	});

	it('the hash is stable, and sensitive to every text and to where it sits', () => {
		expect(translationHash(['How soon?', undefined])).toBe(
			translationHash(['How soon?', undefined])
		);
		expect(translationHash(['How soon?', undefined])).toMatch(/^[0-9a-f]{8}$/);
		expect(translationHash(['How soon?', undefined])).not.toBe(
			translationHash(['How soon?', 'Help'])
		);
		expect(translationHash(['a', 'b'])).not.toBe(translationHash(['b', 'a']));
		expect(translationHash(['ab'])).not.toBe(translationHash(['a', 'b']));
	});
});

describe('wizard and FAQ texts as a page shows them', () => {
	it('the translation while current; the English, flagged outdated, once the English changed; English as is', () => {
		const f = fixture();
		let { data } = f.read();
		const latency = () => data.tree!.questions.find((q) => q.id === 'latency')!;
		expect(questionTexts(latency(), 'zh', data.translations)).toEqual({
			prompt: '您多快需要拿到结果？',
			options: { seconds: '立即', day: '一天之内' },
			translated: true,
			outdated: false,
		});
		expect(questionTexts(latency(), 'en', data.translations)).toMatchObject({
			prompt: 'How soon do you need the results?',
			options: { seconds: 'Right away', day: 'Within a day' },
		});
		const batch = data.tree!.outcomes.find((o) => o.id === 'batch')!;
		expect(outcomeTexts(batch, 'zh', data.translations)).toMatchObject({
			title: '一个批处理',
			why: ['半价：优惠 {{alpha.batch.discount}}。'],
			translated: true,
		});
		// Not translated: English, not flagged as outdated.
		const realtime = data.tree!.outcomes.find((o) => o.id === 'realtime')!;
		expect(outcomeTexts(realtime, 'zh', data.translations)).toMatchObject({
			title: 'Real-time calls',
			translated: false,
			outdated: false,
		});
		expect(faqTexts(data.faq[0].record, 'zh', data.translations)).toMatchObject({
			question: '一个 Alpha 批处理能容纳多少个请求？',
			links: ['成本计算器'],
			translated: true,
		});

		f.edit('decision-tree.yaml', (t) =>
			t.replace("label: 'Within a day', next: zdr", "label: 'Within two days', next: zdr")
		);
		({ data } = f.read());
		const shown = questionTexts(latency(), 'zh', data.translations);
		expect(shown).toEqual({
			prompt: 'How soon do you need the results?',
			options: { seconds: 'Right away', day: 'Within two days' },
			translated: false,
			outdated: true,
		});
		expect(JSON.stringify(shown)).not.toContain('一天之内');
	});
});
