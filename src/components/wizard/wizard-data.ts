// Astro glue for the wizard: the validated tree, its thresholds and fact-filled text, loaded once per build.
import { getSiteData } from '../../site-data.ts';
import { thresholdsFor } from '../../lib/wizard/rules.ts';
import { calculatorPrefill, type Step, type Thresholds } from '../../lib/wizard/tree.ts';
import { fillFacts } from '../../lib/facts/fill.ts';
import { calculatorUrl } from '../../lib/calculator/query.ts';
import type { SiteData } from '../../lib/facts/lookup.ts';
import type { Candidate, DecisionTree, TreeOutcome } from '../../schemas.ts';

export interface Wizard {
	data: SiteData;
	tree: DecisionTree;
	thresholds: Thresholds;
	/** Reader text with {{fact.id}} placeholders filled in. */
	text: (s: string) => string;
}

let cached: Promise<Wizard> | undefined;

/** The tree, validated against the facts: an invalid tree fails the build with file, id and field. */
export function getWizard(): Promise<Wizard> {
	return (cached ??= (async () => {
		const data = await getSiteData();
		// Validated with the rest of data/ by the reader; a folder without a tree has no wizard.
		const tree = data.tree;
		if (!tree) throw new Error('data/decision-tree.yaml is missing: the wizard pages need it');
		const thresholds = thresholdsFor(tree, data.facts);
		// The tree was validated above, so every placeholder names a real fact.
		const text = (s: string) => fillFacts(s, data);
		return { data, tree, thresholds, text };
	})());
}

/** The candidate page for a pick; `either` has none of its own. */
export function candidateHref(candidate: Candidate): string | undefined {
	return candidate === 'either' ? undefined : `/candidates/${candidate}/`;
}

/** How an answer reads back: the option label (for numbers, the number and its range). */
export function answerLabel(step: Step, text: (s: string) => string): string {
	const { question, answer } = step;
	// Pre-rendered pages stand for a whole range, so a number reads back as its range.
	if (question.type === 'number') return text(step.option.label);
	const list = Array.isArray(answer) ? answer : [answer];
	return list
		.map((v) => question.options.find((o) => o.value === v)?.label ?? String(v))
		.join(' + ');
}

/** A calculator link pre-filled with what the reader answered (see calculatorPrefill). */
export function calculatorHref(tree: DecisionTree, outcome: TreeOutcome, path: Step[]): string {
	return calculatorUrl(calculatorPrefill(tree, outcome, path));
}

/** The tree as the browser needs it: structure only, no prose. */
export function clientTree(tree: DecisionTree): string {
	return JSON.stringify({
		questions: tree.questions.map(({ id, key, type, options, precedence, threshold }) => ({
			id,
			key,
			type,
			precedence,
			threshold,
			options: options.map(({ value, next }) => ({ value, next })),
		})),
		outcomes: tree.outcomes.map(({ id, candidate }) => ({ id, candidate })),
	});
}
