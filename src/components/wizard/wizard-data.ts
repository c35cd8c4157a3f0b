// Astro glue for the wizard: the validated tree, its thresholds and fact-filled text, loaded once per build.
import { getSiteData } from '../../site-data.ts';
import { thresholdsFor } from '../../lib/wizard/rules.ts';
import {
	calculatorPrefill,
	enumerateWalks,
	selectOption,
	type WalkResult,
	type AnswerValue,
	type Step,
	type Thresholds,
} from '../../lib/wizard/tree.ts';
import { fillFacts, fillFactsIn } from '../../lib/facts/fill.ts';
import { calculatorUrl } from '../../lib/calculator/query.ts';
import type { SiteData } from '../../lib/facts/lookup.ts';
import type { Candidate, DecisionTree, TreeOutcome, TreeQuestion } from '../../schemas.ts';
import type { Locale } from '../../vocabulary.ts';
import { outcomeTexts, questionTexts } from '../../lib/i18n/translations.ts';
import { hrefIn } from '../../lib/i18n/routes.ts';
import { contentHref } from '../../lib/site/routes.ts';
import { t } from '../../lib/i18n/strings.ts';

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

/** Every wizard step after the start, one page each (`/wizard/day/no/any/text/`): one list for every language. */
export async function wizardStaticPaths(): Promise<
	{ params: { path: string }; props: { walk: WalkResult } }[]
> {
	const { tree, thresholds } = await getWizard();
	return enumerateWalks(tree, thresholds)
		.filter((walk) => walk.path.length > 0)
		.map((walk) => ({
			params: { path: walk.path.map((s) => s.segment).join('/') },
			props: { walk },
		}));
}

/** The candidate page for a pick, in the page's language; `either` has none of its own. */
export function candidateHref(candidate: Candidate, locale: Locale = 'en'): string | undefined {
	return candidate === 'either'
		? undefined
		: hrefIn(locale, contentHref(`candidates/${candidate}`));
}

/** The wizard's reader texts as a page in one language shows them. */
export interface WizardTexts {
	/** Reader text with {{fact.id}} filled in for the language (an outdated fact translation gets its note). */
	fill: (s: string) => string;
	/** A question's prompt, help and option labels by value, filled; `english`: shown in English (translation missing or outdated). */
	question: (q: TreeQuestion) => {
		prompt: string;
		help?: string;
		options: Record<string, string>;
		english: boolean;
	};
	/** An outcome's texts, filled; `english` as for questions. */
	outcome: (o: TreeOutcome) => {
		title: string;
		alternative: { label: string; when: string };
		why: string[];
		whatWouldChange: string[];
		english: boolean;
	};
	/** How an answer reads: its option's label (a number as its range: pre-rendered pages stand for a whole range); several kinds joined with +. */
	answer: (question: TreeQuestion, answer: AnswerValue) => string;
}

/**
 * The texts for `locale`: English pages read the tree as it is; other languages read its translation
 * while it matches the English (questionTexts/outcomeTexts), else the English, which the page flags as
 * being updated. Facts in them are formatted for the language.
 */
export function wizardTexts(w: Wizard, locale: Locale): WizardTexts {
	const fill =
		locale === 'en'
			? w.text
			: (s: string) => {
					const r = fillFactsIn(locale, s, w.data);
					return r.outdated.length ? `${r.text} ${t(locale, 'translation.updating')}` : r.text;
				};
	const question: WizardTexts['question'] = (q) => {
		const r = questionTexts(q, locale, w.data.translations);
		return {
			prompt: fill(r.prompt),
			...(r.help !== undefined ? { help: fill(r.help) } : {}),
			options: Object.fromEntries(Object.entries(r.options).map(([v, label]) => [v, fill(label)])),
			english: !r.translated,
		};
	};
	return {
		fill,
		question,
		outcome: (o) => {
			const r = outcomeTexts(o, locale, w.data.translations);
			return {
				title: fill(r.title),
				alternative: { label: fill(r.alternative.label), when: fill(r.alternative.when) },
				why: r.why.map(fill),
				whatWouldChange: r.whatWouldChange.map(fill),
				english: !r.translated,
			};
		},
		answer: (q, answer) => {
			const labels = question(q).options;
			if (q.type === 'number') {
				const picked = selectOption(q, answer, w.thresholds);
				return 'option' in picked ? labels[picked.option.value] : String(answer);
			}
			return (Array.isArray(answer) ? answer : [answer])
				.map((v) => labels[String(v)] ?? String(v))
				.join(' + ');
		},
	};
}

/** A calculator link pre-filled with what the reader answered (see calculatorPrefill), in the page's language. */
export function calculatorHref(
	tree: DecisionTree,
	outcome: TreeOutcome,
	path: Step[],
	locale: Locale = 'en'
): string {
	return hrefIn(locale, calculatorUrl(calculatorPrefill(tree, outcome, path)));
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
