// Rules for data/decision-tree.yaml beyond its schema: structure (ids, links, cycles, reachability)
// and consistency with the facts, checked on every path through the tree.
import type { DecisionTree, FactValueData } from '../../schemas.ts';
import type { Problem } from '../facts/problems.ts';
import { enumerateWalks, outcomeFactIds, type Thresholds, type WalkResult } from './tree.ts';
import { placeholderIds, PlaceholderError } from '../facts/placeholders.ts';
import { lifecycleOn, type LifecycleFields } from '../facts/lifecycle.ts';
import { formatDate } from '../site/dates.ts';
import { findJargon } from '../facts/jargon.ts';

export const TREE_FILE = 'data/decision-tree.yaml';

/** The little the checks need to know about a fact. */
export interface FactLike {
	value: FactValueData;
}

/** The ZDR fact of each batch API an outcome can end in (hybrid uses two). */
export const BATCH_ZDR_FACTS: Record<string, string[]> = {
	'anthropic-batch': ['anthropic.batch.zdr'],
	'openai-batch': ['openai.batch.zdr'],
	'gemini-batch': ['google.gemini.batch.zdr'],
	hybrid: ['anthropic.batch.zdr', 'openai.batch.zdr'],
	either: ['anthropic.batch.zdr', 'openai.batch.zdr'],
};

/** The OpenAI Batch endpoint each non-text modality needs, checked against openai.batch.endpoints. */
export const MODALITY_ENDPOINTS: Record<string, string> = {
	embeddings: '/v1/embeddings',
	images: '/v1/images/generations',
	video: '/v1/videos',
	moderation: '/v1/moderations',
};

/**
 * Reads a ZDR fact conservatively: eligible only when it says so plainly (`true`, or text starting
 * with "Eligible"). Anything else, including unknown, counts as not eligible.
 */
export function isZdrEligible(value: FactValueData | undefined): boolean {
	if (value === true) return true;
	return typeof value === 'string' && /^eligible\b/i.test(value.trim());
}

/** Numeric thresholds (fact id → number) the tree's number questions use. */
export function thresholdsFor(tree: DecisionTree, facts: Map<string, FactLike>): Thresholds {
	const out: Thresholds = {};
	for (const q of tree.questions) {
		const value = q.threshold ? facts.get(q.threshold)?.value : undefined;
		if (q.threshold && typeof value === 'number') out[q.threshold] = value;
	}
	return out;
}

/**
 * Every problem with the tree, each naming the question or outcome and the field. `models` (API id →
 * lifecycle fields) lets calculator pre-fills be checked; with `today`, an outcome recommending a model
 * retired on that day (the build date) is a problem too.
 */
export function checkTree(tree: DecisionTree, facts: Map<string, FactLike>, models?: ReadonlyMap<string, LifecycleFields>, today?: string): Problem[] {
	const problems: Problem[] = [];
	const add = (id: string, field: string, rule: string, message: string, ref?: string) => problems.push({ file: TREE_FILE, id, field, message, rule, ...(ref ? { ref } : {}) });

	// 1. Ids are unique across questions and outcomes.
	const seen = new Set<string>();
	for (const [i, node] of [...tree.questions, ...tree.outcomes].entries()) {
		if (seen.has(node.id)) add(node.id, 'id', 'unique-ids', `is used by more than one question or outcome (entry ${i + 1})`);
		seen.add(node.id);
	}
	const questionIds = new Set(tree.questions.map((q) => q.id));
	const outcomeIds = new Set(tree.outcomes.map((o) => o.id));

	// 2. Every option leads to a question or an outcome.
	for (const q of tree.questions)
		q.options.forEach((o, i) => {
			if (!questionIds.has(o.next) && !outcomeIds.has(o.next))
				add(q.id, `options.${i}.next`, 'leads-somewhere', `leads to "${o.next}", which is neither a question nor an outcome`);
		});

	// 3. Question shape: values unique; multi precedence complete; number questions compare with a numeric fact.
	for (const q of tree.questions) {
		const values = q.options.map((o) => o.value);
		if (new Set(values).size !== values.length) add(q.id, 'options', 'question-shape', 'has the same value twice');
		if (q.type === 'multi') {
			const p = q.precedence ?? [];
			if (p.length !== values.length || !values.every((v) => p.includes(v)))
				add(q.id, 'precedence', 'question-shape', `must list each option value exactly once (${values.join(', ')})`);
		} else if (q.precedence) add(q.id, 'precedence', 'question-shape', 'only multi questions have a precedence');
		if (q.type === 'number') {
			if (values.slice().sort().join() !== 'above,at-most') add(q.id, 'options', 'question-shape', 'a number question has exactly the options "at-most" and "above"');
			if (!q.threshold) add(q.id, 'threshold', 'question-shape', 'a number question needs a threshold fact');
			else if (facts.has(q.threshold)) {
				// Name the fact and its value: the editor who broke this edited the fact, not the tree.
				const value = facts.get(q.threshold)!.value;
				const uses = `but the wizard's "${q.key}" question uses it as its threshold`;
				if (typeof value !== 'number') add(q.id, 'threshold', 'question-shape', `fact "${q.threshold}" = ${JSON.stringify(value)} is not a number, ${uses}`);
				else if (!Number.isSafeInteger(value) || value < 1)
					add(q.id, 'threshold', 'question-shape', `fact "${q.threshold}" = ${value}, ${uses}, which must be a whole number of at least 1`);
			}
		} else if (q.threshold) add(q.id, 'threshold', 'question-shape', 'only number questions have a threshold');
	}

	// 4. Questions sharing a key share its type and values (URLs use them).
	const byKey = new Map<string, (typeof tree.questions)[number]>();
	for (const q of tree.questions) {
		const first = byKey.get(q.key);
		if (!first) byKey.set(q.key, q);
		else if (first.type !== q.type || first.options.map((o) => o.value).join() !== q.options.map((o) => o.value).join())
			add(q.id, 'options', 'shared-key', `shares the key "${q.key}" with "${first.id}" but not its type and values`);
	}

	// 5. Every cited fact exists (reasons, extra facts, {{placeholders}}, thresholds); calculator models exist.
	// A malformed placeholder is a problem too, reported where it is instead of thrown.
	const cited = (id: string, field: string, ids: () => string[]): string[] => {
		try {
			return ids();
		} catch (e) {
			if (!(e instanceof PlaceholderError)) throw e;
			add(id, field, 'facts-exist', e.message);
			return [];
		}
	};
	for (const q of tree.questions)
		for (const [field, text] of [['prompt', q.prompt], ['help', q.help ?? ''], ...q.options.map((o, i) => [`options.${i}.label`, o.label])])
			for (const id of cited(q.id, field, () => placeholderIds(text))) if (!facts.has(id)) add(q.id, field, 'facts-exist', `cites unknown fact "${id}"`, id);
	for (const q of tree.questions)
		if (q.threshold && !facts.has(q.threshold)) add(q.id, 'threshold', 'facts-exist', `cites unknown fact "${q.threshold}"`, q.threshold);
	for (const o of tree.outcomes) {
		for (const id of cited(o.id, 'why', () => outcomeFactIds(o))) if (!facts.has(id)) add(o.id, 'why', 'facts-exist', `cites unknown fact "${id}"`, id);
		if (o.calculator)
			for (const [field, family] of Object.entries(o.calculator))
				if (family && !tree.models.some((m) => m.family === family))
					add(o.id, `calculator.${field}`, 'facts-exist', `names family "${family}", which has no entry in models`, family);
	}
	const families = new Set(tree.questions.filter((q) => q.key === 'family').flatMap((q) => q.options.map((o) => o.value)));
	for (const [i, entry] of tree.models.entries()) {
		const at = `model-for-${entry.family}`;
		if (families.size && !families.has(entry.family)) add(at, 'family', 'facts-exist', `"${entry.family}" is not an answer of the family question`, entry.family);
		if (!models) continue;
		for (const field of ['text', 'embeddings'] as const) {
			const id = entry[field];
			const model = id ? models.get(id) : undefined;
			if (id && !model) add(at, field, 'facts-exist', `names unknown model "${id}"`, id);
			const state = model && today ? lifecycleOn(model, today) : undefined;
			if (state?.status === 'retired')
				add(
					at,
					field,
					'no-retired-models',
					`recommends model "${id}", which is retired${state.retiresOn ? ` since ${formatDate(state.retiresOn)} (${state.retiresOn})` : ''}; point it at a model the vendor still serves`,
				);
		}
	}

	// 5b. Reader text holds no research jargon (mirrors, commits, file paths).
	const readerTexts: [string, string, string][] = [
		...tree.questions.flatMap((q) => [[q.id, 'prompt', q.prompt], [q.id, 'help', q.help ?? ''], ...q.options.map((o, i) => [q.id, `options.${i}.label`, o.label])] as [string, string, string][]),
		...tree.outcomes.flatMap((o) => [
			[o.id, 'title', o.title], [o.id, 'alternative.label', o.alternative.label], [o.id, 'alternative.when', o.alternative.when],
			...o.why.map((w, i) => [o.id, `why.${i}.text`, w.text]), ...o.whatWouldChange.map((w, i) => [o.id, `whatWouldChange.${i}`, w]),
		] as [string, string, string][]),
	];
	for (const [id, field, text] of readerTexts) {
		const word = findJargon(text);
		if (word) add(id, field, 'reader-text-plain', `shows readers the research word "${word}"; write it in plain words`);
	}

	// Structure problems make walking unsafe; stop here.
	if (problems.length) return problems;

	// 6. No cycles (depth-first search over question links).
	const state = new Map<string, 'visiting' | 'done'>();
	let cyclic = false;
	const visit = (id: string, trail: string[]) => {
		if (!questionIds.has(id) || state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			cyclic = true;
			add(id, 'options', 'no-cycles', `is part of a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`);
			return;
		}
		state.set(id, 'visiting');
		for (const o of tree.questions.find((q) => q.id === id)!.options) visit(o.next, [...trail, id]);
		state.set(id, 'done');
	};
	visit(tree.questions[0].id, []);
	if (cyclic) return problems;

	// 7. Everything is reachable from the first question (by any answer, not only representative ones).
	const reached = new Set<string>();
	const reach = (id: string) => {
		if (reached.has(id)) return;
		reached.add(id);
		tree.questions.find((q) => q.id === id)?.options.forEach((o) => reach(o.next));
	};
	reach(tree.questions[0].id);
	for (const node of [...tree.questions, ...tree.outcomes])
		if (!reached.has(node.id)) add(node.id, 'id', 'reachable', 'cannot be reached from the first question');

	// 8. Every path, with every answer, agrees with the facts.
	const thresholds = thresholdsFor(tree, facts);
	let walks: WalkResult[];
	try {
		walks = enumerateWalks(tree, thresholds);
	} catch (error) {
		add(tree.questions[0].id, '', 'paths', String(error));
		return problems;
	}
	const reported = new Set<string>();
	const once = (id: string, field: string, rule: string, message: string) => {
		const key = `${id}|${rule}`;
		if (!reported.has(key)) (reported.add(key), add(id, field, rule, message));
	};
	const endpoints = facts.get('openai.batch.endpoints')?.value;
	for (const walk of walks) {
		if (walk.kind !== 'outcome') continue;
		const { outcome, path } = walk;
		const answer = (key: string) => path.find((s) => s.question.key === key)?.answer;
		const route = path.map((s) => `${s.question.key}=${s.segment}`).join('&');
		if (answer('latency') === 'seconds' && outcome.candidate !== 'realtime')
			once(outcome.id, 'candidate', 'seconds-means-realtime', `is reached with latency=seconds (${route}) but does not pick realtime`);
		if (answer('zdr') === 'yes')
			for (const factId of BATCH_ZDR_FACTS[outcome.candidate] ?? [])
				if (!isZdrEligible(facts.get(factId)?.value))
					once(outcome.id, 'candidate', 'zdr-needs-eligible-api', `is reached with zdr=yes (${route}) but picks ${outcome.candidate}, and fact "${factId}" says it is not ZDR-eligible`);
		const modality = answer('modality');
		const nonText = (Array.isArray(modality) ? modality : []).filter((m) => m !== 'text');
		if (nonText.length && outcome.candidate === 'anthropic-batch')
			once(outcome.id, 'candidate', 'non-text-not-anthropic', `is reached with modality=${nonText.join(',')} (${route}) but picks anthropic-batch, which runs Claude Messages requests only`);
		if (nonText.length && (outcome.candidate === 'openai-batch' || outcome.candidate === 'hybrid'))
			for (const m of nonText) {
				const needed = MODALITY_ENDPOINTS[m];
				if (needed && !(Array.isArray(endpoints) && endpoints.includes(needed)))
					once(outcome.id, 'candidate', 'modality-needs-endpoint', `sends ${m} requests to OpenAI Batch, but fact "openai.batch.endpoints" does not list ${needed}`);
			}
	}
	return problems;
}
