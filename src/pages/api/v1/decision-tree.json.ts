// Static JSON: /api/v1/decision-tree.json — the wizard's tree as data, with the fact ids each outcome cites.
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../lib/publish/json-api.ts';
import { familyModel, outcomeFactIds } from '../../../lib/wizard/tree.ts';
import { getWizard } from '../../../components/wizard/wizard-data.ts';

export const GET: APIRoute = async () => {
	const { data, tree, thresholds, text } = await getWizard();
	return jsonResponse({
		generatedOn: data.today,
		start: tree.questions[0].id,
		thresholds,
		questions: tree.questions.map((q) => ({
			...q,
			prompt: text(q.prompt),
			...(q.help ? { help: text(q.help) } : {}),
			options: q.options.map((o) => ({ ...o, label: text(o.label) })),
		})),
		outcomes: tree.outcomes.map((o) => ({
			id: o.id,
			candidate: o.candidate,
			title: text(o.title),
			alternative: {
				...o.alternative,
				label: text(o.alternative.label),
				when: text(o.alternative.when),
			},
			why: o.why.map((w) => ({ text: text(w.text), facts: w.facts })),
			whatWouldChange: o.whatWouldChange.map(text),
			facts: outcomeFactIds(o),
			// Published as model ids (the API's contract): each family's recommended text model.
			...(o.calculator
				? {
						calculator: {
							model: familyModel(tree, o.calculator.family),
							...(o.calculator.compare ? { compare: familyModel(tree, o.calculator.compare) } : {}),
						},
					}
				: {}),
		})),
		facts: [
			...new Set([
				...tree.outcomes.flatMap(outcomeFactIds),
				...tree.questions.flatMap((q) => (q.threshold ? [q.threshold] : [])),
			]),
		].sort(),
	});
};
