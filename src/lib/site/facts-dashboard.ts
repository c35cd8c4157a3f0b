// The facts dashboard, split so no page has to carry every row: /facts/ summarises each provider and
// lists what is due or past review; /facts/<provider>/ holds that provider's rows in full. Also the
// links other pages use to point at a row.
import type { Fact, Model, Provider } from '../../schemas.ts';
import { getCitable, type SiteData } from '../facts/lookup.ts';
import {
	countFreshness,
	dueForReview,
	freshnessOfItem,
	type Freshness,
	type FreshnessCounts,
} from '../facts/freshness.ts';
import { formatDate } from './dates.ts';
import { factHref } from './routes.ts';

/** The row for any citable id (a fact, a model, or a model's price fact); unknown ids throw with near matches. */
export function citableHref(data: SiteData, id: string): string {
	const c = getCitable(data, id);
	return factHref(c.type === 'fact' ? c.fact : c.model);
}

/** A fact or model as a reader names it in a link, e.g. "Anthropic: Deleting a batch" (never its raw id). */
export function citableLabel(data: SiteData, id: string): string {
	const c = getCitable(data, id);
	if (c.type === 'model') return `${c.model.name} prices`;
	const provider = data.providers.find((p) => p.id === c.fact.provider)?.name ?? c.fact.provider;
	return `${provider}: ${c.fact.label}`;
}

export interface DatedFact {
	fact: Fact;
	freshness: Freshness;
}
export interface DatedModel {
	model: Model;
	freshness: Freshness;
}

export interface ProviderFacts {
	provider: Provider;
	facts: DatedFact[];
	models: DatedModel[];
	counts: FreshnessCounts;
}

/** A row that needs an editor: due soon or past its review date. */
export interface ReviewItem {
	id: string;
	provider: string;
	label: string;
	verifiedOn: string;
	freshness: Freshness;
}

/** Every provider, in data order, with its facts and models dated against the build date. */
export function factsByProvider(data: SiteData): ProviderFacts[] {
	const dated = (item: Fact | Model) => freshnessOfItem(item, data.freshness, data.today);
	return data.providers.map((provider) => {
		const facts = [...data.facts.values()]
			.filter((f) => f.provider === provider.id)
			.map((fact) => ({ fact, freshness: dated(fact) }));
		const models = data.models
			.filter((m) => m.provider === provider.id)
			.map((model) => ({ model, freshness: dated(model) }));
		return { provider, facts, models, counts: countFreshness([...facts, ...models]) };
	});
}

/** Rows due or past review, the longest overdue first (earliest review date), then by id. */
export function needsReview(groups: ProviderFacts[]): ReviewItem[] {
	const items: ReviewItem[] = groups.flatMap((g) => [
		...g.facts.map(({ fact, freshness }) => ({
			id: fact.id,
			provider: fact.provider,
			label: fact.label,
			verifiedOn: fact.verifiedOn,
			freshness,
		})),
		...g.models.map(({ model, freshness }) => ({
			id: model.id,
			provider: model.provider,
			label: `${model.name} prices`,
			verifiedOn: model.verifiedOn,
			freshness,
		})),
	]);
	return dueForReview(items);
}

/** "review by 2 Jan 2027", or "review was due 2 Jan 2027" once it has passed. */
export function reviewText(f: Freshness): string {
	return f.state === 'stale'
		? `review was due ${formatDate(f.reviewBy)}`
		: `review by ${formatDate(f.reviewBy)}`;
}
