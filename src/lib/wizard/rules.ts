// Rules for data/decision-tree.yaml beyond its schema, as a table of named rules (like the data rules
// in src/lib/facts/rules.ts): structure first (ids, links, shapes, cited facts), then the graph (no
// cycles, everything reachable), then every path through the tree against the facts. A later stage
// runs only when the earlier ones found nothing, since walking a broken tree is unsafe.
import type { DecisionTree, FactValueData } from '../../schemas.ts';
import type { Problem } from '../facts/problems.ts';
import {
	enumerateWalks,
	outcomeFactIds,
	type AnswerValue,
	type Thresholds,
	type WalkResult,
} from './tree.ts';
import { placeholderIds, PlaceholderError } from '../facts/placeholders.ts';
import { lifecycleOn, type LifecycleFields } from '../facts/lifecycle.ts';
import { formatDate } from '../site/dates.ts';
import { findJargon } from '../facts/jargon.ts';

export const TREE_FILE = 'data/decision-tree.yaml';

/** The little the checks need to know about a fact. */
export interface FactLike {
	value: FactValueData;
}

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

/** What a rule sees: the tree, the facts and models it cites, the build date, and every walk (paths stage only). */
export interface TreeContext {
	tree: DecisionTree;
	facts: Map<string, FactLike>;
	/** API id → lifecycle fields; without it, calculator models are not checked. */
	models?: ReadonlyMap<string, LifecycleFields>;
	/** The build date; without it, retirements are not checked. */
	today?: string;
	walks: () => OutcomeWalk[];
}

type OutcomeWalk = Extract<WalkResult, { kind: 'outcome' }> & {
	answer: (key: string) => AnswerValue | undefined;
	route: string;
};
type Report = (id: string, field: string, message: string, ref?: string) => void;

export interface TreeRule {
	name: string;
	description: string;
	stage: 'structure' | 'graph' | 'paths';
	/** Its problems leave the tree safe to walk, so the later stages still run. */
	walkSafe?: boolean;
	check: (ctx: TreeContext, report: Report) => void;
}

const questionIds = (t: DecisionTree) => new Set(t.questions.map((q) => q.id));
const outcomeIds = (t: DecisionTree) => new Set(t.outcomes.map((o) => o.id));

/** The fact ids `ids` finds, or a reported problem (and none) when a placeholder is malformed. */
function cited(ids: () => string[], report: Report, id: string, field: string): string[] {
	try {
		return ids();
	} catch (e) {
		if (!(e instanceof PlaceholderError)) throw e;
		report(id, field, e.message);
		return [];
	}
}

/** Every outcome walk once per outcome and rule, so a rule broken on 40 paths reports once. */
function eachOutcome(
	ctx: TreeContext,
	report: Report,
	test: (w: OutcomeWalk, report: Report) => void
) {
	const reported = new Set<string>();
	for (const walk of ctx.walks())
		test(walk, (id, field, message, ref) => {
			if (!reported.has(id)) (reported.add(id), report(id, field, message, ref));
		});
}

export const TREE_RULES: TreeRule[] = [
	{
		name: 'unique-ids',
		description: 'Ids are unique across questions and outcomes.',
		stage: 'structure',
		check: ({ tree }, report) => {
			const seen = new Set<string>();
			for (const [i, node] of [...tree.questions, ...tree.outcomes].entries()) {
				if (seen.has(node.id))
					report(node.id, 'id', `is used by more than one question or outcome (entry ${i + 1})`);
				seen.add(node.id);
			}
		},
	},
	{
		name: 'leads-somewhere',
		description: 'Every option leads to a question or an outcome.',
		stage: 'structure',
		check: ({ tree }, report) => {
			const known = new Set([...questionIds(tree), ...outcomeIds(tree)]);
			for (const q of tree.questions)
				q.options.forEach((o, i) => {
					if (!known.has(o.next))
						report(
							q.id,
							`options.${i}.next`,
							`leads to "${o.next}", which is neither a question nor an outcome`
						);
				});
		},
	},
	{
		name: 'question-shape',
		description:
			'Option values are unique; a multi question orders every value; a number question compares with a whole-number fact.',
		stage: 'structure',
		check: ({ tree, facts }, report) => {
			for (const q of tree.questions) {
				const values = q.options.map((o) => o.value);
				if (new Set(values).size !== values.length)
					report(q.id, 'options', 'has the same value twice');
				if (q.type === 'multi') {
					const p = q.precedence ?? [];
					if (p.length !== values.length || !values.every((v) => p.includes(v)))
						report(
							q.id,
							'precedence',
							`must list each option value exactly once (${values.join(', ')})`
						);
				} else if (q.precedence)
					report(q.id, 'precedence', 'only multi questions have a precedence');
				if (q.type !== 'number') {
					if (q.threshold) report(q.id, 'threshold', 'only number questions have a threshold');
					continue;
				}
				if (values.slice().sort().join() !== 'above,at-most')
					report(
						q.id,
						'options',
						'a number question has exactly the options "at-most" and "above"'
					);
				if (!q.threshold) report(q.id, 'threshold', 'a number question needs a threshold fact');
				else if (facts.has(q.threshold)) {
					// Name the fact and its value: the editor who broke this edited the fact, not the tree.
					const value = facts.get(q.threshold)!.value;
					const uses = `but the wizard's "${q.key}" question uses it as its threshold`;
					if (typeof value !== 'number')
						report(
							q.id,
							'threshold',
							`fact "${q.threshold}" = ${JSON.stringify(value)} is not a number, ${uses}`
						);
					else if (!Number.isSafeInteger(value) || value < 1)
						report(
							q.id,
							'threshold',
							`fact "${q.threshold}" = ${value}, ${uses}, which must be a whole number of at least 1`
						);
				}
			}
		},
	},
	{
		name: 'shared-key',
		description: 'Questions sharing a key share its type and values (URLs use them).',
		stage: 'structure',
		check: ({ tree }, report) => {
			const byKey = new Map<string, (typeof tree.questions)[number]>();
			for (const q of tree.questions) {
				const first = byKey.get(q.key);
				if (!first) byKey.set(q.key, q);
				else if (
					first.type !== q.type ||
					first.options.map((o) => o.value).join() !== q.options.map((o) => o.value).join()
				)
					report(
						q.id,
						'options',
						`shares the key "${q.key}" with "${first.id}" but not its type and values`
					);
			}
		},
	},
	{
		name: 'facts-exist',
		description:
			'Every cited fact exists (texts, reasons, thresholds, the checks section) and so does every calculator model.',
		stage: 'structure',
		check: ({ tree, facts, models }, report) => {
			const need = (id: string, field: string, ref: string) =>
				facts.has(ref) || report(id, field, `cites unknown fact "${ref}"`, ref);
			for (const q of tree.questions) {
				for (const [field, text] of [
					['prompt', q.prompt],
					['help', q.help ?? ''],
					...q.options.map((o, i) => [`options.${i}.label`, o.label]),
				])
					for (const ref of cited(() => placeholderIds(text), report, q.id, field))
						need(q.id, field, ref);
				if (q.threshold) need(q.id, 'threshold', q.threshold);
			}
			for (const o of tree.outcomes) {
				for (const ref of cited(() => outcomeFactIds(o), report, o.id, 'why'))
					need(o.id, 'why', ref);
				for (const [field, family] of Object.entries(o.calculator ?? {}))
					if (family && !tree.models.some((m) => m.family === family))
						report(
							o.id,
							`calculator.${field}`,
							`names family "${family}", which has no entry in models`,
							family
						);
			}
			// Each family's recommended models: a family the wizard asks about, and models in data/models.
			const families = new Set(
				tree.questions
					.filter((q) => q.key === 'family')
					.flatMap((q) => q.options.map((o) => o.value))
			);
			for (const entry of tree.models) {
				const at = `model-for-${entry.family}`;
				if (families.size && !families.has(entry.family))
					report(
						at,
						'family',
						`"${entry.family}" is not an answer of the family question`,
						entry.family
					);
				for (const field of ['text', 'embeddings'] as const) {
					const id = entry[field];
					if (models && id && !models.has(id)) report(at, field, `names unknown model "${id}"`, id);
				}
			}
			for (const [candidate, ids] of Object.entries(tree.checks.zdrFacts))
				ids?.forEach((ref, i) => need('checks', `zdrFacts.${candidate}.${i}`, ref));
			if (tree.checks.endpointsFact) need('checks', 'endpointsFact', tree.checks.endpointsFact);
		},
	},
	{
		name: 'no-retired-models',
		description:
			'No outcome sends the reader to the calculator with a model retired on the build date.',
		stage: 'structure',
		walkSafe: true,
		check: ({ tree, models, today }, report) => {
			if (!models || !today) return;
			for (const entry of tree.models)
				for (const field of ['text', 'embeddings'] as const) {
					const id = entry[field];
					const model = id ? models.get(id) : undefined;
					const state = model ? lifecycleOn(model, today) : undefined;
					if (state?.status !== 'retired') continue;
					const since = state.retiresOn
						? ` since ${formatDate(state.retiresOn)} (${state.retiresOn})`
						: '';
					report(
						`model-for-${entry.family}`,
						field,
						`recommends model "${id}", which is retired${since}; point it at a model the vendor still serves`,
						id
					);
				}
		},
	},
	{
		name: 'reader-text-plain',
		description: 'Text readers see holds no research jargon (mirrors, commits, file paths).',
		stage: 'structure',
		walkSafe: true,
		check: ({ tree }, report) => {
			const texts: [string, string, string][] = [
				...tree.questions.flatMap((q): [string, string, string][] => [
					[q.id, 'prompt', q.prompt],
					[q.id, 'help', q.help ?? ''],
					...q.options.map((o, i): [string, string, string] => [
						q.id,
						`options.${i}.label`,
						o.label,
					]),
				]),
				...tree.outcomes.flatMap((o): [string, string, string][] => [
					[o.id, 'title', o.title],
					[o.id, 'alternative.label', o.alternative.label],
					[o.id, 'alternative.when', o.alternative.when],
					...o.why.map((w, i): [string, string, string] => [o.id, `why.${i}.text`, w.text]),
					...o.whatWouldChange.map((w, i): [string, string, string] => [
						o.id,
						`whatWouldChange.${i}`,
						w,
					]),
				]),
			];
			for (const [id, field, text] of texts) {
				const word = findJargon(text);
				if (word)
					report(id, field, `shows readers the research word "${word}"; write it in plain words`);
			}
		},
	},
	{
		name: 'no-cycles',
		description: 'No answer leads back to a question already asked.',
		stage: 'graph',
		check: ({ tree }, report) => {
			const ids = questionIds(tree);
			const state = new Map<string, 'visiting' | 'done'>();
			const visit = (id: string, trail: string[]) => {
				if (!ids.has(id) || state.get(id) === 'done') return;
				if (state.get(id) === 'visiting')
					return report(
						id,
						'options',
						`is part of a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`
					);
				state.set(id, 'visiting');
				for (const o of tree.questions.find((q) => q.id === id)!.options)
					visit(o.next, [...trail, id]);
				state.set(id, 'done');
			};
			visit(tree.questions[0].id, []);
		},
	},
	{
		name: 'reachable',
		description:
			'Every question and outcome can be reached from the first question, by some answer.',
		stage: 'graph',
		walkSafe: true,
		check: ({ tree }, report) => {
			const reached = new Set<string>();
			const reach = (id: string) => {
				if (reached.has(id)) return;
				reached.add(id);
				tree.questions.find((q) => q.id === id)?.options.forEach((o) => reach(o.next));
			};
			reach(tree.questions[0].id);
			for (const node of [...tree.questions, ...tree.outcomes])
				if (!reached.has(node.id))
					report(node.id, 'id', 'cannot be reached from the first question');
		},
	},
	{
		name: 'seconds-means-realtime',
		description: 'A reader who needs answers in seconds always ends at real-time calls.',
		stage: 'paths',
		check: (ctx, report) =>
			eachOutcome(ctx, report, ({ outcome, answer, route }, once) => {
				if (answer('latency') === 'seconds' && outcome.candidate !== 'realtime')
					once(
						outcome.id,
						'candidate',
						`is reached with latency=seconds (${route}) but does not pick realtime`
					);
			}),
	},
	{
		name: 'zdr-needs-eligible-api',
		description:
			'A reader who needs zero data retention only ends at an API whose ZDR facts say it is eligible.',
		stage: 'paths',
		check: (ctx, report) =>
			eachOutcome(ctx, report, ({ outcome, answer, route }, once) => {
				if (answer('zdr') !== 'yes') return;
				for (const factId of ctx.tree.checks.zdrFacts[outcome.candidate] ?? [])
					if (!isZdrEligible(ctx.facts.get(factId)?.value))
						once(
							outcome.id,
							'candidate',
							`is reached with zdr=yes (${route}) but picks ${outcome.candidate}, and fact "${factId}" says it is not ZDR-eligible`
						);
			}),
	},
	{
		name: 'non-text-not-anthropic',
		description:
			'Embeddings, images, video or moderation never end at the Anthropic batch API, which runs Claude Messages requests only.',
		stage: 'paths',
		check: (ctx, report) =>
			eachOutcome(ctx, report, ({ outcome, answer, route }, once) => {
				const nonText = nonTextModalities(answer('modality'));
				if (nonText.length && outcome.candidate === 'anthropic-batch')
					once(
						outcome.id,
						'candidate',
						`is reached with modality=${nonText.join(',')} (${route}) but picks anthropic-batch, which runs Claude Messages requests only`
					);
			}),
	},
	{
		name: 'modality-needs-endpoint',
		description:
			'A non-text modality sent to OpenAI Batch needs its endpoint in the endpoints fact.',
		stage: 'paths',
		check: (ctx, report) => {
			const { endpointsFact, modalityEndpoints } = ctx.tree.checks;
			const endpoints = endpointsFact ? ctx.facts.get(endpointsFact)?.value : undefined;
			eachOutcome(ctx, report, ({ outcome, answer }, once) => {
				if (outcome.candidate !== 'openai-batch' && outcome.candidate !== 'hybrid') return;
				for (const m of nonTextModalities(answer('modality'))) {
					const needed = modalityEndpoints[m];
					if (needed && !(Array.isArray(endpoints) && endpoints.includes(needed)))
						once(
							outcome.id,
							'candidate',
							`sends ${m} requests to OpenAI Batch, but fact "${endpointsFact}" does not list ${needed}`
						);
				}
			});
		},
	},
];

const nonTextModalities = (modality: AnswerValue | undefined) =>
	(Array.isArray(modality) ? modality : []).filter((m) => m !== 'text');

/**
 * Every problem with the tree, each naming the question or outcome, the field and the rule. `models`
 * (API id → lifecycle fields) lets calculator pre-fills be checked; with `today`, an outcome
 * recommending a model retired on that day (the build date) is a problem too.
 */
export function checkTree(
	tree: DecisionTree,
	facts: Map<string, FactLike>,
	models?: ReadonlyMap<string, LifecycleFields>,
	today?: string
): Problem[] {
	const problems: Problem[] = [];
	let walks: OutcomeWalk[] | undefined;
	const ctx: TreeContext = {
		tree,
		facts,
		models,
		today,
		walks: () =>
			(walks ??= enumerateWalks(tree, thresholdsFor(tree, facts)).flatMap((w) =>
				w.kind === 'outcome'
					? [
							{
								...w,
								answer: (key: string) => w.path.find((s) => s.question.key === key)?.answer,
								route: w.path.map((s) => `${s.question.key}=${s.segment}`).join('&'),
							},
						]
					: []
			)),
	};
	for (const stage of ['structure', 'graph', 'paths'] as const) {
		if (stage === 'paths') {
			try {
				ctx.walks();
			} catch (error) {
				problems.push({
					file: TREE_FILE,
					id: tree.questions[0].id,
					field: '',
					message: String(error),
					rule: 'paths',
				});
				return problems;
			}
		}
		for (const rule of TREE_RULES.filter((r) => r.stage === stage))
			rule.check(ctx, (id, field, message, ref) =>
				problems.push({
					file: TREE_FILE,
					id,
					field,
					message,
					rule: rule.name,
					...(ref ? { ref } : {}),
				})
			);
		const safe = new Set(TREE_RULES.filter((r) => r.walkSafe).map((r) => r.name));
		if (problems.some((p) => !safe.has(p.rule!))) return problems;
	}
	return problems;
}
