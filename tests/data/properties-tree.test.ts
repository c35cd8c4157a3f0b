// Properties of the decision wizard (src/lib/wizard/tree.ts) on the live tree in data/, loaded and
// checked as the site loads it. The properties hold for any valid tree, so no outcome is pinned here
// (decision-tree.test.ts pins those); the day only matters to the tree's lifecycle rules.
//
// Seen to fail on a planted bug (then reverted): walkQuery read each answer by the question's id
// (`params.get(question.id)`) instead of its key. "Path and query forms agree" failed with the answers
// { latency: day, zdr: no, family: any, modality: [video] }: the path form reached the outcome
// media-no-video-batch, the query form stopped at the question zdr-day (whose id is not its key).
// "The same raw answers…" failed too, on the segments day/no/gpt/video,moderation.
//
// "No exception for any path segments" found a real bug before it was fixed: a lone "%" segment made
// walkSegments throw URIError (decodeURIComponent on a malformed escape). Segments now include "%",
// malformed escapes and arbitrary text with "%" in it.

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
	enumerateWalks,
	isAnswerError,
	parseAnswer,
	representativeAnswers,
	walkQuery,
	walkSegments,
	walkTree,
	wizardHref,
	type AnswerError,
	type AnswerValue,
	type Answers,
	type WalkResult,
} from '../../src/lib/wizard/tree.ts';
import { liveTree } from '../fixtures/temp-data.ts';

const { tree, thresholds } = liveTree();
const KEYS = [...new Set(tree.questions.map((q) => q.key))];
const VALUES = [...new Set(tree.questions.flatMap((q) => q.options.map((o) => o.value)))];

// ---------------------------------------------------------------- generators

/** The raw material for one answer; which answer it becomes depends on the question the walk reaches. */
const choiceArb = fc.record({
	pick: fc.nat(),
	subset: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
	number: fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
});
type Choice = { pick: number; subset: number[]; number: number };

/** A valid answer to `question` chosen by `c`: any option; any non-empty list of values, in any order, repeats allowed; any whole number ≥ 1. */
function validAnswer(question: (typeof tree.questions)[number], c: Choice): AnswerValue {
	const values = question.options.map((o) => o.value);
	if (question.type === 'number') {
		const representatives = representativeAnswers(question, thresholds).map((r) => r.answer as number);
		return c.pick % 2 ? representatives[c.pick % representatives.length] : c.number;
	}
	if (question.type === 'multi') return c.subset.map((i) => values[i % values.length]);
	return values[c.pick % values.length];
}

/** Walks the tree answering each question it reaches from `choices`; returns the answers given. */
function answersFrom(choices: Choice[]): Answers {
	const answers: Answers = {};
	for (const c of choices) {
		const result = walkTree(tree, answers, thresholds);
		if (isAnswerError(result) || result.kind === 'outcome') break;
		answers[result.question.key] = validAnswer(result.question, c);
	}
	return answers;
}
const fullAnswersArb = fc.array(choiceArb, { minLength: tree.questions.length, maxLength: tree.questions.length }).map(answersFrom);

// Random answers rarely reach the deep branches (day, no ZDR, any family, text only…), so the other
// properties start from every walk of the tree (enumerateWalks: each question and outcome, by every
// branch) and vary the answers within their branch: any number in the same range, and for multi
// questions the deciding value plus any values of lower precedence, in any order.
const WALKS = enumerateWalks(tree, thresholds);
function answerInBranch(step: WalkResult['path'][number]): fc.Arbitrary<AnswerValue> {
	const { question, option } = step;
	if (question.type === 'number') {
		const limit = thresholds[question.threshold!];
		return option.value === 'at-most' ? fc.integer({ min: 1, max: limit }) : fc.integer({ min: limit + 1, max: Number.MAX_SAFE_INTEGER });
	}
	if (question.type === 'multi') {
		const order = question.precedence ?? question.options.map((o) => o.value);
		const lower = order.slice(order.indexOf(option.value) + 1);
		return fc.shuffledSubarray(lower).chain((extra) => fc.shuffledSubarray([option.value, ...extra], { minLength: extra.length + 1 }));
	}
	return fc.constant(step.answer);
}
/** Where a walk of the tree stands, and answers (keyed by question key) that take the same branches. */
const walkArb = fc.constantFrom(...WALKS).chain((walk) =>
	fc.tuple(...walk.path.map(answerInBranch)).map((values) => ({
		at: walk.kind === 'outcome' ? walk.outcome.id : walk.question.id,
		answers: Object.fromEntries(walk.path.map((s, i) => [s.question.key, values[i]])) as Answers,
	})),
);

/** Any text (any unicode, emoji and combining marks, "%" and malformed escapes included). */
const anyText = fc.string({ unit: 'grapheme', maxLength: 30 });
/** Text that is sometimes a real option value or number, sometimes a near miss, sometimes anything. */
const rawArb = fc.oneof(
	{ arbitrary: fc.constantFrom(...VALUES), weight: 6 },
	fc.constantFrom(...VALUES).map((v) => ` ${v.toUpperCase()} `),
	fc.uniqueArray(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 4 }).map((vs) => vs.join(',')),
	{ arbitrary: fc.integer({ min: -10, max: 10_000_000 }).map(String), weight: 2 },
	fc.constantFrom('', ' ', ',', '0', '-0', '1e3', '1,000', '9007199254740993', 'NaN', '__proto__', 'constructor'),
	anyText,
);

// ---------------------------------------------------------------- checks

/** A result is a question still to answer, an outcome of the tree, or an error naming the question and why. */
function expectWellFormed(result: WalkResult | AnswerError) {
	if (isAnswerError(result)) {
		expect(result.message.trim().length).toBeGreaterThan(0);
		expect(KEYS).toContain(result.key);
		expect(result.at.kind).toBe('question');
		expect(typeof result.raw).toBe('string');
		expectPathConnected(result.at.path, result.at.question.id);
		return;
	}
	expect(['question', 'outcome']).toContain(result.kind);
	if (result.kind === 'outcome') {
		expect(tree.outcomes).toContain(result.outcome);
		expectPathConnected(result.path, result.outcome.id);
	} else {
		expect(tree.questions).toContain(result.question);
		expectPathConnected(result.path, result.question.id);
	}
}

/** The path starts at the first question and each chosen option leads to the next step (the last to `end`). */
function expectPathConnected(path: WalkResult['path'], end: string) {
	const ids = [...path.map((s) => s.question.id), end];
	expect(ids[0]).toBe(tree.questions[0].id);
	path.forEach((step, i) => expect(step.option.next).toBe(ids[i + 1]));
}

/** What two walks must agree on: where they stand and the path that led there. */
const summary = (r: WalkResult | AnswerError) =>
	isAnswerError(r)
		? { error: r.key, at: r.at.question.id, path: r.at.path.map((s) => s.segment) }
		: { at: r.kind === 'outcome' ? r.outcome.id : r.question.id, kind: r.kind, path: r.path.map((s) => s.segment) };

// ---------------------------------------------------------------- properties

describe('decision tree properties', () => {
	test.prop([fullAnswersArb])('answering every question it asks with a valid answer always reaches an outcome of the tree', (answers) => {
		const result = walkTree(tree, answers, thresholds);
		expect(isAnswerError(result)).toBe(false);
		expect((result as WalkResult).kind).toBe('outcome');
		expectWellFormed(result);
		expect((result as WalkResult).path.length).toBeLessThanOrEqual(tree.questions.length);
	});

	test.prop([fc.dictionary(fc.constantFrom(...KEYS, 'other'), fc.oneof(rawArb, fc.array(rawArb, { maxLength: 4 }), fc.double(), fc.integer()) as fc.Arbitrary<AnswerValue>)])(
		'any answers, of any type, end in a question, an outcome or a clear "invalid" result naming the question',
		(answers) => expectWellFormed(walkTree(tree, answers, thresholds)),
	);

	test.prop([walkArb])('answers in the same branches reach the same step: any number in the range, any extra multi values of lower precedence', ({ at, answers }) => {
		expect(summary(walkTree(tree, answers, thresholds)).at).toBe(at);
	});

	test.prop([walkArb])('path and query forms agree: walkTree, walkSegments(wizardHref) and walkQuery reach the same step by the same path', ({ answers }) => {
		const byAnswers = walkTree(tree, answers, thresholds) as WalkResult;
		const segments = wizardHref(byAnswers.path).split('/').slice(2, -1);
		const query = new URLSearchParams(byAnswers.path.map((s) => [s.question.key, s.segment]));
		expect(summary(walkSegments(tree, segments, thresholds))).toEqual(summary(byAnswers));
		expect(summary(walkQuery(tree, query, thresholds))).toEqual(summary(byAnswers));
	});

	/** Segments of a real walk, sometimes with one replaced by junk, junk inserted, or junk added at the end. */
	const rawsArb = fc
		.record({ walk: fc.constantFrom(...WALKS), junk: fc.array(rawArb, { minLength: 1, maxLength: 3 }), at: fc.nat(), mode: fc.constantFrom('as-is', 'replace', 'insert', 'append') })
		.map(({ walk, junk, at, mode }) => {
			const raws = walk.path.map((s) => s.segment);
			const i = at % (raws.length + 1);
			if (mode === 'replace') raws.splice(i, 1, ...junk);
			if (mode === 'insert') raws.splice(i, 0, ...junk);
			if (mode === 'append') raws.push(...junk);
			return raws;
		});
	test.prop([fc.oneof(rawsArb, fc.array(rawArb, { maxLength: 10 }))])('the same raw answers, as path segments or as a query, reach the same step or fail at the same question', (raws) => {
		const encoded = raws.map(encodeURIComponent);
		const bySegments = walkSegments(tree, encoded, thresholds);
		// The query form of those answers: each raw answer under the key of the question it met.
		const steps = isAnswerError(bySegments) ? bySegments.at.path : bySegments.path;
		const params = new URLSearchParams(steps.map((s, i) => [s.question.key, raws[i]]));
		const afterOutcome = isAnswerError(bySegments) && bySegments.message === 'comes after the last question';
		if (isAnswerError(bySegments)) params.set(bySegments.key, raws[steps.length]);
		// A query has nowhere to put answers after the outcome: it reaches the outcome, as the path up to it does.
		const expected = afterOutcome ? walkSegments(tree, encoded.slice(0, steps.length + 1), thresholds) : bySegments;
		expect(summary(walkQuery(tree, params, thresholds))).toEqual(summary(expected));
	});

	test.prop([fc.array(fc.oneof(rawArb, fc.constantFrom('%', '%E0%A4%A', 'day%', '%ZZ'), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 12 })])(
		'no exception for any path segments (any code points, lone surrogates and malformed % escapes included)',
		(raws) => expectWellFormed(walkSegments(tree, raws, thresholds)),
	);

	test.prop([fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.tuple(fc.constantFrom(...KEYS), rawArb)).map((pairs) => new URLSearchParams(pairs).toString()))])(
		'no exception for any query string, % escapes included',
		(query) => expectWellFormed(walkQuery(tree, new URLSearchParams(query), thresholds)),
	);

	test.prop([fc.constantFrom(...tree.questions), fc.string({ unit: 'binary', maxLength: 40 })])('parseAnswer never throws and gives a value or a message', (question, raw) => {
		const parsed = parseAnswer(question, raw);
		if ('error' in parsed) expect(parsed.error.trim().length).toBeGreaterThan(0);
		else expect(parsed.value).toBeDefined();
	});
});
