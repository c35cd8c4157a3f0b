// The sample file the /check/ page offers: a small OpenAI batch input built from the data's own models,
// with two kinds of problem in it, so a reader sees grouped problems and the cost on a first click.
import type { CheckRules } from './rules.ts';

/** JSONL text, or undefined when the data has no active OpenAI chat model and endpoint to build it from. */
export function sampleBatch(rules: CheckRules): string | undefined {
	const model = rules.models.find(
		(m) => m.provider === 'openai' && m.status === 'active' && !m.id.includes('embedding')
	);
	const url = rules.openai.endpoints?.find((e) => e.endsWith('/chat/completions'));
	if (!model || !url) return undefined;
	const system =
		'You sort customer support tickets into billing, bug, or other. Answer with one word.';
	const tickets = [
		'My invoice shows two charges for March.',
		'The export button does nothing.',
		'Can I change my username?',
		'I was billed after cancelling.',
		'The app crashes when I upload a photo.',
		'Where is your office?',
	];
	return tickets
		.map((ticket, i) =>
			JSON.stringify({
				// Lines 3 and 5 reuse an id and use the wrong method: the problems to find.
				custom_id: `ticket-${i === 2 ? 1 : i + 1}`,
				method: i === 4 ? 'GET' : rules.openai.method,
				url,
				body: {
					model: model.id,
					messages: [
						{ role: 'system', content: system },
						{ role: 'user', content: ticket },
					],
					max_completion_tokens: 5,
				},
			})
		)
		.join('\n');
}
