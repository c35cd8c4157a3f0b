// The decision wizard's logic: walking with answers, query strings and URL segments, against the real tree.
import { describe, expect, test } from 'vitest';
import { checkTree } from '../../src/lib/wizard/rules.ts';
import {
	answerErrorText,
	calculatorPrefill,
	echo,
	familyModel,
	enumerateWalks,
	isAnswerError,
	pageHref,
	walkQuery,
	walkSegments,
	walkTree,
	wizardHref,
	wizardQueryHref,
	type Answers,
	type WalkResult,
} from '../../src/lib/wizard/tree.ts';
import { liveTree } from '../fixtures/temp-data.ts';
import { fillFacts } from '../../src/lib/facts/fill.ts';
import { formatValueWithUnit } from '../../src/lib/site/format.ts';
import { WIZARD_PRESETS, presetHref } from '../../src/lib/wizard/presets.ts';

const { data, facts, tree, thresholds } = liveTree();
const cap = facts.get('openai.batch.max-requests')!.value as number;

const outcomeOf = (answers: Answers) => {
	const r = walkTree(tree, answers, thresholds);
	if (isAnswerError(r) || r.kind !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
	return r.outcome;
};

const day = { latency: 'day', zdr: 'no' };
// One row per outcome in the tree, with the candidate the logic requires.
const CASES: [string, Answers, string, string][] = [
	['seconds', { latency: 'seconds' }, 'realtime-seconds', 'realtime'],
	['zdr + gpt', { latency: 'day', zdr: 'yes', family: 'gpt' }, 'zdr-openai-flex', 'openai-flex'],
	['zdr + any (minutes)', { latency: 'minutes', zdr: 'yes', family: 'any' }, 'zdr-openai-flex', 'openai-flex'],
	['zdr + claude', { latency: 'day', zdr: 'yes', family: 'claude' }, 'zdr-realtime-claude', 'realtime'],
	['zdr + gemini', { latency: 'day', zdr: 'yes', family: 'gemini' }, 'zdr-realtime-gemini', 'realtime'],
	['minutes + gpt', { latency: 'minutes', zdr: 'no', family: 'gpt' }, 'minutes-openai-flex', 'openai-flex'],
	['minutes + any', { latency: 'minutes', zdr: 'no', family: 'any' }, 'minutes-openai-flex', 'openai-flex'],
	['minutes + claude', { latency: 'minutes', zdr: 'no', family: 'claude' }, 'minutes-realtime-claude', 'realtime'],
	['minutes + gemini', { latency: 'minutes', zdr: 'no', family: 'gemini' }, 'minutes-realtime-gemini', 'realtime'],
	['day, images, any', { ...day, family: 'any', modality: ['text', 'images'] }, 'media-openai-batch', 'openai-batch'],
	['day, embeddings, gpt', { ...day, family: 'gpt', modality: ['embeddings'] }, 'media-openai-batch', 'openai-batch'],
	['day, video, claude', { ...day, family: 'claude', modality: ['text', 'video'] }, 'media-no-video-batch', 'realtime'],
	['day, images, claude', { ...day, family: 'claude', modality: ['text', 'images'] }, 'media-hybrid', 'hybrid'],
	['day, moderation, gemini', { ...day, family: 'gemini', modality: ['moderation'] }, 'media-gemini-batch', 'gemini-batch'],
	['day, text, claude', { ...day, family: 'claude', modality: ['text'] }, 'text-anthropic-batch', 'anthropic-batch'],
	['day, text, gpt', { ...day, family: 'gpt', modality: ['text'] }, 'text-openai-batch', 'openai-batch'],
	['day, text, gemini', { ...day, family: 'gemini', modality: ['text'] }, 'text-gemini-batch', 'gemini-batch'],
	['any, over the cap', { ...day, family: 'any', modality: ['text'], volume: cap + 1 }, 'any-volume-anthropic', 'anthropic-batch'],
	['any, prefix', { ...day, family: 'any', modality: ['text'], volume: cap, prefix: 'yes' }, 'any-prefix-anthropic', 'anthropic-batch'],
	['any, mixed', { ...day, family: 'any', modality: ['text'], volume: 10, prefix: 'no', mixed: 'yes' }, 'any-mixed-anthropic', 'anthropic-batch'],
	['any, none of those', { ...day, family: 'any', modality: ['text'], volume: 10, prefix: 'no', mixed: 'no' }, 'any-either', 'either'],
];

describe('walkTree reaches each outcome', () => {
	test.each(CASES)('%s → %s', (_name, answers, outcomeId, candidate) => {
		const outcome = outcomeOf(answers);
		expect(outcome.id).toBe(outcomeId);
		expect(outcome.candidate).toBe(candidate);
	});
	test('the cases cover every outcome in the tree', () => {
		expect(new Set(CASES.map((c) => c[2]))).toEqual(new Set(tree.outcomes.map((o) => o.id)));
	});
});

describe('walkTree', () => {
	test('stops at the first unanswered question, with the path so far', () => {
		const r = walkTree(tree, { latency: 'day', zdr: 'no' }, thresholds) as WalkResult;
		expect(r.kind).toBe('question');
		expect(r.kind === 'question' && r.question.key).toBe('family');
		expect(r.path.map((s) => s.segment)).toEqual(['day', 'no']);
	});
	test('ignores answers to questions off the path', () => {
		const r = walkTree(tree, { latency: 'seconds', zdr: 'yes', family: 'gemini', volume: 3 }, thresholds) as WalkResult;
		expect(r.kind === 'outcome' && r.outcome.id).toBe('realtime-seconds');
		expect(r.path).toHaveLength(1);
	});
	test('the volume threshold comes from the fact: the cap itself is "at most", one more is "above"', () => {
		const base = { ...day, family: 'any', modality: ['text'] };
		expect(walkTree(tree, { ...base, volume: cap }, thresholds)).toMatchObject({ kind: 'question', question: { key: 'prefix' } });
		expect(outcomeOf({ ...base, volume: cap + 1 }).id).toBe('any-volume-anthropic');
		expect(outcomeOf({ ...base, volume: 2 * cap }).id).toBe('any-volume-anthropic');
		// A different cap in the facts moves the boundary.
		expect(walkTree(tree, { ...base, volume: cap + 1 }, { 'openai.batch.max-requests': cap * 2 })).toMatchObject({ kind: 'question', question: { key: 'prefix' } });
	});
	test('a multi answer with any non-text kind follows the non-text branch, whatever the order', () => {
		expect(outcomeOf({ ...day, family: 'claude', modality: ['images', 'text'] }).id).toBe('media-hybrid');
		expect(outcomeOf({ ...day, family: 'claude', modality: ['text', 'moderation'] }).id).toBe('media-hybrid');
	});
	test.each([
		[{ latency: 'soon' }, 'latency', /^The answer “latency=soon” is not one of: seconds, minutes, day\.$/],
		[{ latency: 'day', zdr: 'maybe' }, 'zdr', /^The answer “zdr=maybe” is not one of: yes, no\.$/],
		[{ ...day, family: 'any', modality: ['text', 'audio'] }, 'modality', /^The answer “modality=text,audio” includes “audio”, which is not one of: text, /],
		[{ ...day, family: 'any', modality: ['text'], volume: 0 }, 'volume', /“volume=0” must be a whole number of at least 1\.$/],
		[{ ...day, family: 'any', modality: ['text'], volume: 2.5 }, 'volume', /“volume=2\.5” must be a whole number/],
	])('an unusable answer stops at its question with a message: %j', (answers, key, message) => {
		const r = walkTree(tree, answers as Answers, thresholds);
		expect(isAnswerError(r)).toBe(true);
		if (!isAnswerError(r)) return;
		expect(r.question.key).toBe(key);
		expect(answerErrorText(r)).toMatch(message);
		expect(r.at.question.key).toBe(key);
	});
});

describe('walkQuery (the ?key=value entry point)', () => {
	test('the issue example jumps to the volume outcome; later answers are off the path', () => {
		const r = walkQuery(tree, new URLSearchParams('latency=day&zdr=no&family=any&modality=text&volume=120000&prefix=no&mixed=no'), thresholds);
		expect(!isAnswerError(r) && r.kind === 'outcome' && r.outcome.id).toBe('any-volume-anthropic');
		expect(!isAnswerError(r) && r.path.map((s) => s.segment)).toEqual(['day', 'no', 'any', 'text', '120000']);
	});
	test('accepts thousands separators in numbers', () => {
		const r = walkQuery(tree, new URLSearchParams('latency=day&zdr=no&family=any&modality=text&volume=1,000&prefix=no&mixed=no'), thresholds);
		expect(!isAnswerError(r) && r.kind === 'outcome' && r.outcome.id).toBe('any-either');
	});
	test('a partial query stops at the next question', () => {
		const r = walkQuery(tree, new URLSearchParams('latency=day&zdr=no'), thresholds);
		expect(!isAnswerError(r) && r.kind === 'question' && r.question.id).toBe('family-day');
	});
	test.each([
		['latency=tomorrow', 'latency', /“latency=tomorrow” is not one of/],
		['latency=day&zdr=no&family=any&modality=text&volume=lots', 'volume', /“volume=lots” is not a whole number/],
		['latency=day&zdr=no&family=any&modality=', 'modality', /at least one/],
		['latency=day&zdr=no&family=any&modality=text&volume=-5', 'volume', /not a whole number/],
	])('%s → a clear message for %s', (query, key, message) => {
		const r = walkQuery(tree, new URLSearchParams(query), thresholds);
		expect(isAnswerError(r) && r.key).toBe(key);
		expect(isAnswerError(r) && answerErrorText(r)).toMatch(message);
	});
	test('an invalid value for a question off the path is ignored', () => {
		const r = walkQuery(tree, new URLSearchParams('latency=seconds&volume=lots'), thresholds);
		expect(!isAnswerError(r) && r.kind === 'outcome' && r.outcome.id).toBe('realtime-seconds');
	});
});

describe('walkSegments and wizardHref (the no-JavaScript pages)', () => {
	test('segments round-trip through hrefs', () => {
		const r = walkSegments(tree, ['day', 'no', 'any', 'text'], thresholds);
		expect(!isAnswerError(r) && r.kind === 'question' && r.question.key).toBe('volume');
		expect(!isAnswerError(r) && wizardHref(r.path)).toBe('/wizard/day/no/any/text/');
	});
	test('a multi segment is a comma list in option order', () => {
		const r = walkSegments(tree, ['day', 'no', 'claude', 'video,text'], thresholds);
		expect(!isAnswerError(r) && wizardHref(r.path)).toBe('/wizard/day/no/claude/text,video/');
	});
	test('a segment after the outcome is an error', () => {
		const r = walkSegments(tree, ['seconds', 'extra'], thresholds);
		expect(isAnswerError(r) && r.message).toMatch(/after the last question/);
	});
	test('segments are decoded: %2C is a comma, %20 a space', () => {
		const r = walkSegments(tree, ['day', 'no', 'any', 'images%2Ctext'], thresholds);
		expect(!isAnswerError(r) && r.kind === 'outcome' && r.outcome.id).toBe('media-openai-batch');
		expect(isAnswerError(walkSegments(tree, ['day%20'], thresholds))).toBe(false);
	});
	test.each([
		[['%'], 'latency', '%', 'The answer “latency=%” is not one of: seconds, minutes, day.'],
		[['%E0%A4%A'], 'latency', '%E0%A4%A', 'The answer “latency=%E0%A4%A” is not one of: seconds, minutes, day.'],
		[['day', '%'], 'zdr', '%', 'The answer “zdr=%” is not one of: yes, no.'],
		[['day', '%25'], 'zdr', '%', 'The answer “zdr=%” is not one of: yes, no.'],
		[['day', 'no', 'any', 'text', '%ZZ'], 'volume', '%ZZ', 'The answer “volume=%ZZ” is not a whole number.'],
		[['day', 'no', 'any', 'text,%E0%A4%A'], 'modality', 'text,%E0%A4%A', /^The answer “modality=text,%E0%A4%A” includes “%E0%A4%A”, which is not one of: text, [a-z, ]+\.$/],
	] as [string[], string, string, string | RegExp][])('a bad %%-segment %j gets the clear message, never an exception', (segments, key, raw, text) => {
		const r = walkSegments(tree, segments, thresholds);
		expect(isAnswerError(r)).toBe(true);
		if (!isAnswerError(r)) return;
		expect([r.key, r.raw]).toEqual([key, raw]);
		expect(answerErrorText(r)).toMatch(text);
	});
	test('a long bad answer is echoed once, cut to 40 characters', () => {
		const long = 'x'.repeat(500);
		const r = walkSegments(tree, ['day', long], thresholds);
		expect(isAnswerError(r)).toBe(true);
		if (!isAnswerError(r)) return;
		const text = answerErrorText(r);
		expect(text).toBe(`The answer “zdr=${'x'.repeat(40)}…” is not one of: yes, no.`);
		expect(text.match(/x+/g)).toHaveLength(1);
		// The unknown kinds of a multi answer are the only other echo, and they are cut too.
		const multi = walkSegments(tree, ['day', 'no', 'any', `text,${long}`], thresholds);
		expect(isAnswerError(multi) && answerErrorText(multi)).toMatch(new RegExp(`^The answer “modality=text,x{35}…” includes “x{40}…”, which is not one of: text, [a-z, ]+\\.$`));
	});
});

describe('echo', () => {
	test.each([
		['', ''],
		['day', 'day'],
		['a'.repeat(40), 'a'.repeat(40)],
		['a'.repeat(41), `${'a'.repeat(40)}…`],
		// Cut by characters, never inside a surrogate pair.
		['😀'.repeat(41), `${'😀'.repeat(40)}…`],
	])('%j → %j', (raw, shown) => expect(echo(raw)).toBe(shown));
});

describe('wizardQueryHref (a wizard path without a page → the same answers as a query)', () => {
	test.each([
		// A job size other than the two pre-rendered ones.
		['/wizard/day/no/any/text/1234/', '/wizard/?latency=day&zdr=no&family=any&modality=text&volume=1234'],
		['/wizard/day/no/any/text/1,234/', '/wizard/?latency=day&zdr=no&family=any&modality=text&volume=1234'],
		['/wizard/day/no/any/text/1234/yes/', '/wizard/?latency=day&zdr=no&family=any&modality=text&volume=1234&prefix=yes'],
		// A multi answer in another order, or encoded.
		['/wizard/day/no/any/images,text/', '/wizard/?latency=day&zdr=no&family=any&modality=text,images'],
		['/wizard/day/no/any/images%2Ctext/', '/wizard/?latency=day&zdr=no&family=any&modality=text,images'],
		// Without the trailing slash, or with an empty segment.
		['/wizard/day/no', '/wizard/?latency=day&zdr=no'],
		['/wizard/day//no/', '/wizard/?latency=day&zdr=no'],
		['/wizard/', '/wizard/'],
		// A bad segment is kept as the answer to its question, for the wizard to explain; later ones are dropped.
		['/wizard/day/maybe/any/', '/wizard/?latency=day&zdr=maybe'],
		['/wizard/day/%/', '/wizard/?latency=day&zdr=%25'],
		['/wizard/%E0%A4%A/', '/wizard/?latency=%25E0%25A4%25A'],
		['/wizard/day/no/any/text/lots/', '/wizard/?latency=day&zdr=no&family=any&modality=text&volume=lots'],
		['/wizard/day/no/any/text,audio/', '/wizard/?latency=day&zdr=no&family=any&modality=text,audio'],
		// Segments after the outcome are dropped, as a query ignores answers off the path.
		['/wizard/seconds/extra/more/', '/wizard/?latency=seconds'],
	])('%s → %s', (path, href) => expect(wizardQueryHref(tree, path, thresholds)).toBe(href));

	test.each(['/', '/guides/x/', '/wizardry/', '/404.html', '/api/v1/wizard/day/'])('%s is not a wizard path', (path) => {
		expect(wizardQueryHref(tree, path, thresholds)).toBeUndefined();
	});

	test('the query leads to the same step as the path: same outcome or question, same answers', () => {
		const cases = [
			['day', 'no', 'any', 'text', '1234'],
			['day', 'no', 'any', 'text', String(cap + 5)],
			['day', 'no', 'claude', 'video,images'],
			['day', 'no', 'any', 'text', '77', 'no', 'no'],
			['minutes', 'yes', 'gpt'],
		];
		for (const segments of cases) {
			const byPath = walkSegments(tree, segments, thresholds);
			const href = wizardQueryHref(tree, `/wizard/${segments.join('/')}/`, thresholds)!;
			const byQuery = walkQuery(tree, new URL(href, 'https://x').searchParams, thresholds);
			expect(byQuery).toEqual(byPath);
		}
	});

	test('a bad path and its query give the same message', () => {
		for (const path of ['/wizard/day/%/', '/wizard/%E0%A4%A/', '/wizard/day/no/any/text/0/', `/wizard/day/${'y'.repeat(300)}/`]) {
			const segments = path.split('/').filter(Boolean).slice(1);
			const byPath = walkSegments(tree, segments, thresholds);
			const byQuery = walkQuery(tree, new URL(wizardQueryHref(tree, path, thresholds)!, 'https://x').searchParams, thresholds);
			expect(isAnswerError(byPath) && isAnswerError(byQuery)).toBe(true);
			if (isAnswerError(byPath) && isAnswerError(byQuery)) expect(answerErrorText(byQuery)).toBe(answerErrorText(byPath));
		}
	});
});

describe('enumerateWalks (every page the site pre-renders)', () => {
	const walks = enumerateWalks(tree, thresholds);
	const hrefs = walks.map((w) => wizardHref(w.path));
	test('hrefs are unique and include the readable example', () => {
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect(hrefs).toContain('/wizard/day/no/any/text/');
		expect(hrefs).toContain(`/wizard/day/no/any/text/${cap}/no/no/`);
		expect(hrefs).toContain(`/wizard/day/no/any/text/${cap + 1}/`);
	});
	test('reach every outcome', () => {
		expect(new Set(walks.flatMap((w) => (w.kind === 'outcome' ? [w.outcome.id] : [])))).toEqual(new Set(tree.outcomes.map((o) => o.id)));
	});
});


test('the real tree passes every rule', () => {
	expect(checkTree(tree, facts, new Map(data.models.map((m) => [m.record.id, m.record])))).toEqual([]);
});

test('pageHref maps a number answer to the page of its range', () => {
	const r = walkQuery(tree, new URLSearchParams('latency=day&zdr=no&family=any&modality=text&volume=120000'), thresholds);
	expect(!isAnswerError(r) && pageHref(r.path, thresholds)).toBe(`/wizard/day/no/any/text/${cap + 1}/`);
	const s = walkQuery(tree, new URLSearchParams('latency=day&zdr=no&family=any&modality=text&volume=12'), thresholds);
	expect(!isAnswerError(s) && pageHref(s.path, thresholds)).toBe(`/wizard/day/no/any/text/${cap}/`);
});

describe('presets start the wizard where each team\'s answers lead', () => {
	const expected: Record<string, string> = {
		'cost-sensitive': '/wizard/day/no/any/',
		'high-scale': `/wizard/day/no/any/text/${cap + 1}/`,
		'low-ops': `/wizard/day/no/any/text/${cap}/no/no/`,
		enterprise: '/wizard/day/',
		'small-team': '/wizard/day/no/',
		compliance: '/wizard/day/yes/',
	};
	test.each(WIZARD_PRESETS.map((p) => [p.id, p] as const))('%s', (id, preset) => {
		expect(presetHref(tree, preset, thresholds)).toBe(expected[id]);
	});
	test('a preset the tree no longer accepts fails loudly', () => {
		expect(() => presetHref(tree, { ...WIZARD_PRESETS[0], answers: { latency: 'soon' } }, thresholds)).toThrow(/latency/);
	});
});

test('every reader text in the tree fills its {{fact}} placeholders with the fact value', () => {
	const texts = [
		...tree.questions.flatMap((q) => [q.prompt, q.help ?? '', ...q.options.map((o) => o.label)]),
		...tree.outcomes.flatMap((o) => [o.title, o.alternative.label, o.alternative.when, ...o.why.map((w) => w.text), ...o.whatWouldChange]),
	];
	const cited = texts.filter((t) => t.includes('{{'));
	expect(cited.length).toBeGreaterThan(3);
	for (const text of cited) expect(fillFacts(text, { facts })).not.toMatch(/[{}]/);
	const help = tree.questions.find((q) => q.help?.includes('{{openai.batch.max-requests}}'))!.help!;
	expect(fillFacts(help, { facts })).toContain(formatValueWithUnit(cap, facts.get('openai.batch.max-requests')!.unit));
});

describe('the calculator link carries what the reader answered', () => {
	const live = tree;
	const prefillFor = (query: string) => {
		const result = walkQuery(live, new URLSearchParams(query), thresholds);
		if (isAnswerError(result) || result.kind !== 'outcome') throw new Error(`no outcome for ${query}`);
		return calculatorPrefill(live, result.outcome, result.path);
	};
	const model = (family: string, type: 'text' | 'embeddings' = 'text') => familyModel(live, family, type);

	test('the family\'s recommended model comes from the tree, the reader\'s family first', () => {
		expect(prefillFor('latency=day&zdr=no&family=gpt&modality=text')).toEqual({ model: model('gpt') });
		expect(prefillFor('latency=day&zdr=no&family=claude&modality=text')).toEqual({ model: model('claude') });
		expect(model('gpt')).not.toBe(model('claude'));
	});
	test('an embedding job opens the embedding model, not a chat model', () => {
		const p = prefillFor('latency=day&zdr=no&family=gpt&modality=embeddings');
		expect(p.model).toBe(model('gpt', 'embeddings'));
		expect(p.model).not.toBe(model('gpt'));
		// Claude has no embedding model: the hybrid's Claude side stays on text, the OpenAI side embeds.
		expect(prefillFor('latency=day&zdr=no&family=claude&modality=embeddings')).toEqual({ model: model('claude'), compare: model('gpt', 'embeddings') });
	});
	test('the job size and the ZDR answer go along', () => {
		expect(prefillFor('latency=day&zdr=no&family=any&modality=text&volume=12&prefix=no&mixed=no')).toMatchObject({ requests: 12 });
		expect(prefillFor('latency=day&zdr=yes&family=claude')).toEqual({ model: model('claude'), zdr: 'yes' });
		expect(prefillFor('latency=minutes&zdr=no&family=gpt').zdr).toBeUndefined();
	});
});
