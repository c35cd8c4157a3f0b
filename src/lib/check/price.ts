// What a checked file will cost, with the existing cost engine: real time vs batch for the file's model,
// and the same job on the closest model of the other provider. "Closest" is by batch input price (the
// nearest on a log scale among models not retired or deprecated), unless the reader picks one.
import { estimateCost, type CostModel, type ModelCost, type Scenario } from '../calculator/cost.ts';
import type { CheckProvider } from './rules.ts';
import type { TokenSummary } from './tokens.ts';

export interface FileCost {
	scenario: Scenario;
	/** Notes on how the scenario was made from the file. */
	notes: string[];
	own?: ModelCost;
	other?: ModelCost;
	/** How the other model was chosen. */
	otherWhy?: string;
}

/** The model of `provider` nearest in batch input price to `model`, among those still sold without a shutdown date. */
export function closestModel(
	model: CostModel,
	models: readonly CostModel[],
	provider: CheckProvider
): CostModel | undefined {
	const price = model.prices.batch.input;
	if (price === undefined || price <= 0) return undefined;
	const candidates = models.filter(
		(m) =>
			m.provider === provider &&
			(m.status === 'active' || m.status === 'legacy') &&
			(m.prices.batch.input ?? 0) > 0
	);
	const distance = (m: CostModel) => Math.abs(Math.log(m.prices.batch.input! / price));
	return candidates.reduce<CostModel | undefined>(
		(best, m) => (best === undefined || distance(m) < distance(best) ? m : best),
		undefined
	);
}

/** The scenario the tokens describe: one job of the file's requests, no caching assumed. */
export function fileScenario(tokens: TokenSummary): { scenario: Scenario; notes: string[] } {
	const notes: string[] = [];
	const withCap = tokens.requests - tokens.withoutOutputCap;
	const output = withCap > 0 ? tokens.outputCap / withCap : 0;
	if (withCap > 0)
		notes.push(
			'Output is priced at each request’s output cap (max_tokens): an upper bound, since a reply can stop sooner.'
		);
	else notes.push('No request sets an output cap, so output is not priced.');
	if (tokens.withoutOutputCap > 0 && withCap > 0)
		notes.push(
			`${tokens.withoutOutputCap} requests set no output cap; they are priced at the average cap of the others.`
		);
	notes.push('No prompt caching is assumed; the shared prefix shows what caching could reuse.');
	if (!tokens.exact) notes.push('Input tokens are an estimate (see the token count).');
	const requests = Math.max(tokens.requests, 1);
	return {
		scenario: {
			requests,
			jobs: 1,
			input: tokens.inputTokens / requests,
			output,
			prefix: 0,
			hit: 0,
			ttl: '5m',
		},
		notes,
	};
}

/** Prices the file on `modelId` and on the other provider's `compareId` (else the closest model). */
export function priceFile(
	tokens: TokenSummary,
	modelId: string | undefined,
	models: readonly CostModel[],
	compareId?: string
): FileCost {
	const { scenario, notes } = fileScenario(tokens);
	const result: FileCost = { scenario, notes };
	const model = models.find((m) => m.id === modelId);
	if (!model) return result;
	result.own = estimateCost(model, scenario);
	const otherProvider: CheckProvider = model.provider === 'openai' ? 'anthropic' : 'openai';
	const picked = compareId
		? models.find((m) => m.id === compareId && m.provider === otherProvider)
		: undefined;
	const other = picked ?? closestModel(model, models, otherProvider);
	if (other) {
		result.other = estimateCost(other, scenario);
		if (other.provider === 'anthropic' && tokens.exact)
			result.notes.push(
				'The Claude line reuses the OpenAI token count: an estimate, since Claude tokenizes text differently.'
			);
		if (other.provider === 'openai' && !tokens.exact)
			result.notes.push(
				'The OpenAI line reuses the estimated count, which is the exact o200k_base count of the same text.'
			);
		result.otherWhy = picked
			? 'the model you chose'
			: `the ${otherProvider === 'openai' ? 'OpenAI' : 'Anthropic'} model nearest in batch input price to ${model.name}`;
	}
	return result;
}
