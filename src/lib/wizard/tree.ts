// Walking the decision wizard: answers in, the next question or the outcome out, with the path taken.
// Pure and free of runtime imports, so the browser bundle (<decision-wizard>) stays small.
import type { DecisionTree, TreeOutcome, TreeQuestion } from '../../schemas.ts';
import { placeholderIds } from '../facts/placeholders.ts';
import { fillTemplate } from '../i18n/template.ts';
import { WIZARD_PATH } from '../site/paths.ts';

/** An answer: a choice, a list of choices (multi questions) or a whole number (number questions). */
export type AnswerValue = string | string[] | number;
/** Answers keyed by question key (`latency`, `zdr`…). */
export type Answers = Record<string, AnswerValue>;
/** Numeric fact values the number questions compare with, by fact id. */
export type Thresholds = Record<string, number>;

/** One answered question on the way to the current step. */
export interface Step {
	question: TreeQuestion;
	answer: AnswerValue;
	/** The option the answer selected (for multi answers: the one that decided where to go). */
	option: TreeQuestion['options'][number];
	/** The answer as a URL path segment. */
	segment: string;
}

export type WalkResult =
	| { kind: 'question'; question: TreeQuestion; path: Step[] }
	| { kind: 'outcome'; outcome: TreeOutcome; path: Step[] };

/**
 * Why an answer cannot be used, worded in English; each page words it in its own language from the
 * same code (`wizard.error.<code>` in src/lib/i18n/strings.ts, which must read the same in English:
 * tests/unit/wizard-i18n.test.ts). `{name}` parameters as in the strings tables.
 */
export const ANSWER_REASONS = {
	notWhole: 'is not a whole number',
	atLeastOne: 'must be a whole number of at least 1',
	noThreshold: 'has no threshold (fact {fact})',
	noOption: 'has no “{value}” option',
	needsOne: 'needs at least one of: {choices}',
	needsValue: 'needs at least one value',
	includes: 'includes “{values}”, which is not one of: {choices}',
	notOneOf: 'is not one of: {choices}',
	afterLast: 'comes after the last question',
} as const;
export type AnswerReasonCode = keyof typeof ANSWER_REASONS;
/** A reason as a code and its parameters, for a page to word in its language. */
export interface AnswerReason {
	code: AnswerReasonCode;
	params: Record<string, string>;
}
/** What an answer check returns when it refuses one: the English message and its reason. */
export type Refusal = { error: string; reason: AnswerReason };

function refuse(code: AnswerReasonCode, params: Record<string, string> = {}): Refusal {
	return { error: fillTemplate(ANSWER_REASONS[code], params), reason: { code, params } };
}

/** An answer that could not be used, with the question it belongs to. */
export interface AnswerError {
	key: string;
	/** The answer as the reader wrote it (decoded when it came from a URL). */
	raw: string;
	question: TreeQuestion;
	/** Why it cannot be used, without the answer itself: "is not one of: yes, no" (see answerErrorText). */
	message: string;
	/** The same reason as a code, for pages in other languages. */
	reason: AnswerReason;
	/** The answer came after the walk had already reached its outcome (a path with extra segments). */
	afterOutcome?: true;
	/** Where the wizard stands: the question the bad answer belongs to, and the path up to it. */
	at: WalkResult & { kind: 'question' };
}

/** The first question, where the wizard starts. */
export function startQuestion(tree: DecisionTree): TreeQuestion {
	return tree.questions[0];
}

/** Finds a question or an outcome by id. */
export function findNode(
	tree: DecisionTree,
	id: string
): { question: TreeQuestion } | { outcome: TreeOutcome } | undefined {
	const question = tree.questions.find((q) => q.id === id);
	if (question) return { question };
	const outcome = tree.outcomes.find((o) => o.id === id);
	return outcome ? { outcome } : undefined;
}

/** The option an answer selects, or a reader-facing message saying why it cannot be used. */
export function selectOption(
	question: TreeQuestion,
	answer: AnswerValue,
	thresholds: Thresholds
): { option: TreeQuestion['options'][number] } | Refusal {
	const values = question.options.map((o) => o.value);
	if (question.type === 'number') {
		if (typeof answer !== 'number' || !Number.isSafeInteger(answer) || answer < 1)
			return refuse('atLeastOne');
		const limit = thresholds[question.threshold ?? ''];
		if (limit === undefined)
			return refuse('noThreshold', { fact: question.threshold ?? 'missing' });
		const value = answer <= limit ? 'at-most' : 'above';
		const option = question.options.find((o) => o.value === value);
		return option ? { option } : refuse('noOption', { value });
	}
	if (question.type === 'multi') {
		const list = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
		if (list.length === 0) return refuse('needsOne', { choices: values.join(', ') });
		const unknown = list.filter((v) => !values.includes(v));
		if (unknown.length)
			return refuse('includes', { values: echo(unknown.join(',')), choices: values.join(', ') });
		const order = question.precedence ?? values;
		const decisive = order.find((v) => list.includes(v)) ?? list[0];
		return { option: question.options.find((o) => o.value === decisive)! };
	}
	const option =
		typeof answer === 'string' ? question.options.find((o) => o.value === answer) : undefined;
	return option ? { option } : refuse('notOneOf', { choices: values.join(', ') });
}

/** The answer written as a URL segment: multi answers as a comma list in option order; numbers as digits. */
export function answerSegment(question: TreeQuestion, answer: AnswerValue): string {
	if (Array.isArray(answer)) {
		const values = question.options.map((o) => o.value);
		return values.filter((v) => answer.includes(v)).join(',');
	}
	return String(answer);
}

/**
 * Walks the tree with answers keyed by question key. Stops at the first question without an
 * answer, or at an outcome. Answers to questions off the path are ignored; an unusable answer
 * stops the walk at its question with an error.
 */
export function walkTree(
	tree: DecisionTree,
	answers: Answers,
	thresholds: Thresholds
): WalkResult | AnswerError {
	const path: Step[] = [];
	let question = startQuestion(tree);
	for (let guard = 0; guard <= tree.questions.length; guard++) {
		const answer = answers[question.key];
		if (answer === undefined) return { kind: 'question', question, path };
		const picked = selectOption(question, answer, thresholds);
		if ('error' in picked) {
			const raw = Array.isArray(answer) ? answer.join(',') : String(answer);
			return {
				key: question.key,
				raw,
				question,
				message: picked.error,
				reason: picked.reason,
				at: { kind: 'question', question, path },
			};
		}
		path.push({
			question,
			answer: normaliseAnswer(question, answer),
			option: picked.option,
			segment: answerSegment(question, answer),
		});
		const node = findNode(tree, picked.option.next);
		if (!node)
			throw new Error(
				`Option "${picked.option.value}" of question "${question.id}" leads to unknown "${picked.option.next}"`
			);
		if ('outcome' in node) return { kind: 'outcome', outcome: node.outcome, path };
		question = node.question;
	}
	throw new Error('The decision tree has a cycle');
}

function normaliseAnswer(question: TreeQuestion, answer: AnswerValue): AnswerValue {
	if (question.type !== 'multi') return answer;
	const list = Array.isArray(answer) ? answer : [String(answer)];
	return question.options.map((o) => o.value).filter((v) => list.includes(v));
}

/** Longest part of a rejected answer echoed back to the reader, in characters. */
export const ECHO_MAX = 40;

/** A rejected answer, shortened for echoing: at most ECHO_MAX characters, then "…". */
export function echo(raw: string): string {
	const chars = [...raw];
	return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : raw;
}

/** The reader's message for an unusable answer, naming it once: The answer “zdr=maybe” is not one of: yes, no. */
export function answerErrorText(error: AnswerError): string {
	return `The answer “${error.key}=${echo(error.raw)}” ${error.message}.`;
}

/** True when the walk stopped on an unusable answer. */
export function isAnswerError(result: WalkResult | AnswerError): result is AnswerError {
	return 'message' in result;
}

/** Parses one raw text answer (from a URL) for a question. Never throws. */
export function parseAnswer(question: TreeQuestion, raw: string): { value: AnswerValue } | Refusal {
	const text = raw.trim();
	if (question.type === 'number') {
		const digits = text.replace(/[,_\s]/g, '');
		if (!/^\d+$/.test(digits)) return refuse('notWhole');
		const n = Number(digits);
		if (!Number.isSafeInteger(n) || n < 1) return refuse('atLeastOne');
		return { value: n };
	}
	if (question.type === 'multi') {
		const list = text
			.split(',')
			.map((v) => v.trim())
			.filter(Boolean);
		return list.length ? { value: list } : refuse('needsValue');
	}
	return { value: text };
}

/**
 * Walks the tree with answers from a query string (`?latency=day&zdr=no…`). Each value is parsed
 * for the question the walk reaches; keys the path never reaches are ignored.
 */
export function walkQuery(
	tree: DecisionTree,
	params: URLSearchParams,
	thresholds: Thresholds
): WalkResult | AnswerError {
	const answers: Answers = {};
	for (let guard = 0; guard <= tree.questions.length; guard++) {
		const result = walkTree(tree, answers, thresholds);
		if (isAnswerError(result) || result.kind === 'outcome') return result;
		const { question } = result;
		const raw = params.get(question.key);
		if (raw === null) return result;
		const parsed = parseAnswer(question, raw);
		if ('error' in parsed)
			return {
				key: question.key,
				raw,
				question,
				message: parsed.error,
				reason: parsed.reason,
				at: result,
			};
		answers[question.key] = parsed.value;
	}
	throw new Error('The decision tree has a cycle');
}

/** A %-encoded path segment as text; a malformed escape ("%", "%E0%A4%A") is kept as written, to be refused as an answer. */
function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/**
 * Walks the tree with URL path segments (`day/no/any/text`, still %-encoded), each answering the next
 * question on the path. Never throws: a segment that is not an answer stops the walk with an error.
 */
export function walkSegments(
	tree: DecisionTree,
	segments: string[],
	thresholds: Thresholds
): WalkResult | AnswerError {
	const answers: Answers = {};
	let result: WalkResult | AnswerError = walkTree(tree, answers, thresholds);
	for (const segment of segments) {
		if (isAnswerError(result)) return result;
		const raw = decodeSegment(segment);
		if (result.kind === 'outcome') {
			const last = result.path.at(-1)!.question;
			const at = { kind: 'question' as const, question: last, path: result.path.slice(0, -1) };
			const { error, reason } = refuse('afterLast');
			return {
				key: last.key,
				raw,
				question: last,
				message: error,
				reason,
				afterOutcome: true,
				at,
			};
		}
		const parsed = parseAnswer(result.question, raw);
		if ('error' in parsed)
			return {
				key: result.question.key,
				raw,
				question: result.question,
				message: parsed.error,
				reason: parsed.reason,
				at: result,
			};
		answers[result.question.key] = parsed.value;
		result = walkTree(tree, answers, thresholds);
	}
	return result;
}

/**
 * The query-form address (`/wizard/?latency=day&zdr=no…`) for a wizard path such as
 * `/wizard/day/no/any/text/1234/`, or undefined for a path outside the wizard. Only some paths have a
 * pre-rendered page (one job size per range), while the wizard's script reads any query, so the 404
 * page sends readers there. A bad segment is carried over as the answer to its question, for the
 * wizard to explain; segments after the outcome are dropped, as a query ignores answers off the path.
 */
export function wizardQueryHref(
	tree: DecisionTree,
	pathname: string,
	thresholds: Thresholds
): string | undefined {
	if (!pathname.startsWith(WIZARD_PATH)) return undefined;
	const segments = pathname.slice(WIZARD_PATH.length).split('/').filter(Boolean);
	let result = walkSegments(tree, segments, thresholds);
	// One segment answers one question, so the outcome was reached after at.path.length + 1 of them.
	if (isAnswerError(result) && result.afterOutcome)
		result = walkSegments(tree, segments.slice(0, result.at.path.length + 1), thresholds);
	const params = new URLSearchParams();
	for (const step of (isAnswerError(result) ? result.at : result).path)
		params.set(step.question.key, step.segment);
	if (isAnswerError(result)) params.set(result.key, result.raw);
	const query = params.toString().replace(/%2C/gi, ',');
	return `${WIZARD_PATH}${query ? `?${query}` : ''}`;
}

/** The page for a path: `/wizard/day/no/any/text/`. */
export function wizardHref(path: Pick<Step, 'segment'>[]): string {
	return `${WIZARD_PATH}${path.map((s) => `${encodeURI(s.segment)}/`).join('')}`;
}

/** One representative answer per option of a question: every value; for multi every non-empty subset; for numbers one per range. */
export function representativeAnswers(
	question: TreeQuestion,
	thresholds: Thresholds
): { answer: AnswerValue; label: string }[] {
	if (question.type === 'number') {
		const limit = thresholds[question.threshold ?? ''];
		if (limit === undefined) return [];
		return question.options.map((o) => ({
			answer: o.value === 'at-most' ? limit : limit + 1,
			label: o.label,
		}));
	}
	if (question.type === 'multi') {
		const values = question.options.map((o) => o.value);
		const subsets: { answer: string[]; label: string }[] = [];
		for (let mask = 1; mask < 1 << values.length; mask++) {
			const answer = values.filter((_, i) => mask & (1 << i));
			subsets.push({
				answer,
				label: answer.map((v) => question.options.find((o) => o.value === v)!.label).join(' + '),
			});
		}
		return subsets.sort((a, b) => a.answer.length - b.answer.length);
	}
	return question.options.map((o) => ({ answer: o.value, label: o.label }));
}

/** Every reachable step of the wizard (start, each question after some answers, each outcome), once per answer prefix. */
export function enumerateWalks(tree: DecisionTree, thresholds: Thresholds): WalkResult[] {
	const results: WalkResult[] = [];
	const visit = (answers: Answers, depth: number) => {
		const result = walkTree(tree, answers, thresholds);
		if (isAnswerError(result)) throw new Error(`Cannot enumerate: ${answerErrorText(result)}`);
		results.push(result);
		if (result.kind === 'outcome' || depth > tree.questions.length) return;
		for (const { answer } of representativeAnswers(result.question, thresholds))
			visit({ ...answers, [result.question.key]: answer }, depth + 1);
	};
	visit({}, 0);
	return results;
}

/** Every fact id an outcome relies on: its reasons' facts, then its extra facts. */
export function outcomeFactIds(outcome: TreeOutcome): string[] {
	const texts = [
		outcome.title,
		outcome.alternative.label,
		outcome.alternative.when,
		...outcome.why.map((w) => w.text),
		...outcome.whatWouldChange,
	];
	return [
		...new Set([
			...outcome.why.flatMap((w) => w.facts),
			...outcome.facts,
			...texts.flatMap(placeholderIds),
		]),
	];
}

/**
 * The pre-rendered page for a path: like `wizardHref`, but a number answer becomes its range's
 * representative (the threshold itself, or one more), since only those pages exist.
 */
export function pageHref(path: Step[], thresholds: Thresholds): string {
	return wizardHref(
		path.map((s) => {
			if (s.question.type !== 'number') return s;
			const limit = thresholds[s.question.threshold ?? ''] ?? 0;
			return { segment: String(s.option.value === 'at-most' ? limit : limit + 1) };
		})
	);
}

/** The request types the calculator tells apart: an embedding job opens an embedding model. */
export type RequestType = 'text' | 'embeddings';

/** The model the tree recommends for a family and request type (its text model when it has no embedding one). */
export function familyModel(
	tree: Pick<DecisionTree, 'models'>,
	family: string | undefined,
	type: RequestType = 'text'
): string | undefined {
	const entry = tree.models.find((m) => m.family === family);
	return entry && ((type === 'embeddings' && entry.embeddings) || entry.text);
}

/** What a result hands to the calculator (fields of its URL query). */
export interface CalculatorPrefill {
	model?: string;
	compare?: string;
	requests?: number;
	zdr?: 'yes';
}

/**
 * The calculator pre-fill for an outcome reached by `path`: the recommended model of each family the
 * outcome names (the reader's own family first; embedding models for a job that sends embeddings),
 * the job size when it was asked, and the ZDR answer.
 */
export function calculatorPrefill(
	tree: Pick<DecisionTree, 'models'>,
	outcome: TreeOutcome,
	path: Pick<Step, 'question' | 'answer'>[]
): CalculatorPrefill {
	const answer = (key: string) => path.find((s) => s.question.key === key)?.answer;
	const modality = answer('modality');
	const type: RequestType = (Array.isArray(modality) ? modality : [modality]).includes('embeddings')
		? 'embeddings'
		: 'text';
	const chosen = answer('family');
	const families = [outcome.calculator?.family, outcome.calculator?.compare].filter(
		(f): f is string => !!f
	);
	if (typeof chosen === 'string' && families.includes(chosen))
		families.sort((a, b) => Number(b === chosen) - Number(a === chosen));
	const [model, compare] = [
		...new Set(families.map((f) => familyModel(tree, f, type)).filter((id): id is string => !!id)),
	];
	const volume = answer('volume');
	return {
		...(model ? { model } : {}),
		...(compare ? { compare } : {}),
		...(typeof volume === 'number' ? { requests: volume } : {}),
		...(answer('zdr') === 'yes' ? { zdr: 'yes' as const } : {}),
	};
}
