// The six kinds of team and the wizard answers each implies (home page and /wizard/ presets).
import {
	answerErrorText,
	isAnswerError,
	walkTree,
	wizardHref,
	type Answers,
	type Thresholds,
} from './tree.ts';
import type { DecisionTree } from '../../schemas.ts';

/** A preset; `volume` is named by range ('at-most' or 'above' the number question's threshold). */
export interface WizardPreset {
	id: 'cost-sensitive' | 'high-scale' | 'low-ops' | 'enterprise' | 'small-team' | 'compliance';
	name: string;
	/** One line on what the team is like. */
	says: string;
	answers: Record<string, string | string[]>;
}

const day = { latency: 'day', zdr: 'no' };
export const WIZARD_PRESETS: WizardPreset[] = [
	{
		id: 'cost-sensitive',
		name: 'Cost-sensitive',
		says: 'Results by tomorrow are fine and any model family will do.',
		answers: { ...day, family: 'any' },
	},
	{
		id: 'high-scale',
		name: 'High-scale',
		says: 'Text jobs larger than one OpenAI batch can hold.',
		answers: { ...day, family: 'any', modality: ['text'], volume: 'above' },
	},
	{
		id: 'low-ops',
		name: 'Low-ops',
		says: 'Modest text jobs, one model each, no caching to tune.',
		answers: {
			...day,
			family: 'any',
			modality: ['text'],
			volume: 'at-most',
			prefix: 'no',
			mixed: 'no',
		},
	},
	{
		id: 'enterprise',
		name: 'Enterprise',
		says: 'Overnight work; data-retention terms still to settle.',
		answers: { latency: 'day' },
	},
	{
		id: 'small-team',
		name: 'Small team',
		says: 'Background work without special data-retention needs.',
		answers: day,
	},
	{
		id: 'compliance',
		name: 'Compliance-bound',
		says: 'Overnight work that must run under zero data retention.',
		answers: { latency: 'day', zdr: 'yes' },
	},
];

/** The wizard page a preset starts on; throws if the tree no longer accepts its answers. */
export function presetHref(
	tree: DecisionTree,
	preset: WizardPreset,
	thresholds: Thresholds
): string {
	const answers: Answers = { ...preset.answers };
	for (const q of tree.questions) {
		const range = preset.answers[q.key];
		if (q.type === 'number' && typeof range === 'string') {
			const limit = thresholds[q.threshold ?? ''];
			answers[q.key] = range === 'above' ? limit + 1 : limit;
		}
	}
	const walk = walkTree(tree, answers, thresholds);
	if (isAnswerError(walk))
		throw new Error(`Wizard preset "${preset.id}": ${answerErrorText(walk)}`);
	return wizardHref(walk.path);
}
