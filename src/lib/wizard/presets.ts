// The six kinds of team and the wizard answers each implies (home page and /wizard/ presets). Their
// names and one-line descriptions are interface words, in each language: `wizard.preset.<id>.*` in
// src/lib/i18n/strings.ts.
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
	answers: Record<string, string | string[]>;
}

const day = { latency: 'day', zdr: 'no' };
export const WIZARD_PRESETS: WizardPreset[] = [
	{
		id: 'cost-sensitive',
		answers: { ...day, family: 'any' },
	},
	{
		id: 'high-scale',
		answers: { ...day, family: 'any', modality: ['text'], volume: 'above' },
	},
	{
		id: 'low-ops',
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
		answers: { latency: 'day' },
	},
	{
		id: 'small-team',
		answers: day,
	},
	{
		id: 'compliance',
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
