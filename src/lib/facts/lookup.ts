// Looking facts up for pages: resolve ids (failing loudly with near matches) and attach freshness.
import type {
	Claim,
	DecisionTree,
	Fact,
	FaqEntry,
	CalculatorExample,
	FreshnessConfig,
	Model,
	Provider,
} from '../../schemas.ts';
import { freshnessOfItem, type Freshness } from './freshness.ts';
import { nearestIds } from './rules.ts';
import { withLifecycle } from './lifecycle.ts';
import type { Dataset } from './parse.ts';
import type { TranslationSet } from '../i18n/translations.ts';

/** Everything a page needs, with "today" fixed to the build date. */
export interface SiteData {
	today: string;
	freshness: FreshnessConfig;
	providers: Provider[];
	facts: Map<string, Fact>;
	models: Model[];
	claims: Claim[];
	/** The FAQ, answers with their {{fact.id}} placeholders (filled by src/lib/publish/faq.ts). */
	faq: FaqEntry[];
	/** The calculator's worked examples, in the file's order. */
	examples: CalculatorExample[];
	/** The model the calculator opens on (`defaultModel` in data/calculator-examples.yaml; absent from fixture folders without the file). */
	calculatorModel?: string;
	/** The wizard's tree, validated against the facts (absent from fixture folders without one). */
	tree?: DecisionTree;
	/** Translations by language (data/i18n/), judged by src/lib/i18n/translations.ts. */
	translations?: TranslationSet;
}

/**
 * What every page, script and test works with: the validated dataset judged on `today` (the build
 * date), records sorted by id so pages render in a stable order, each model's status judged on that day.
 */
export function toSiteData(data: Dataset, today: string): SiteData {
	const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
	const records = <T extends { id: string }>(list: { record: T }[]) =>
		list.map((l) => l.record).sort(byId);
	return {
		today,
		freshness: data.freshness,
		providers: records(data.providers),
		facts: new Map(records(data.facts).map((f) => [f.id, f])),
		models: records(data.models).map((m) => withLifecycle(m, today)),
		claims: records(data.claims),
		// In the file's order: editors order the questions.
		faq: data.faq.map((f) => f.record),
		examples: data.examples.map((e) => e.record),
		...(data.calculatorModel ? { calculatorModel: data.calculatorModel.model } : {}),
		...(data.tree ? { tree: data.tree } : {}),
		...(data.translations ? { translations: data.translations } : {}),
	};
}

/** A fact or a model price row, whichever an id names. */
export type Citable = { type: 'fact'; fact: Fact } | { type: 'model'; model: Model };

/** Thrown for an id that names no fact: the build stops with the id and its nearest neighbours. */
export class UnknownFactError extends Error {
	constructor(id: string, known: Iterable<string>) {
		const near = nearestIds(id, known, 3);
		super(`Unknown fact id "${id}".${near.length ? ` Nearest ids: ${near.join(', ')}.` : ''}`);
		this.name = 'UnknownFactError';
	}
}

/** The fact with this id, or an `UnknownFactError`. */
export function getFact(data: SiteData, id: string): Fact {
	const fact = data.facts.get(id);
	if (!fact) throw new UnknownFactError(id, data.facts.keys());
	return fact;
}

/** A model by its API id, or an error naming the nearest ids. */
export function getModel(data: SiteData, id: string): Model {
	const model = data.models.find((m) => m.id === id);
	if (!model)
		throw new UnknownFactError(
			id,
			data.models.map((m) => m.id)
		);
	return model;
}

/** Resolves an id that may name a fact, a model's price fact, or a model. */
export function getCitable(data: SiteData, id: string): Citable {
	const fact = data.facts.get(id);
	if (fact) return { type: 'fact', fact };
	const model = data.models.find((m) => m.id === id || m.fact === id);
	if (model) return { type: 'model', model };
	throw new UnknownFactError(id, [...data.facts.keys(), ...data.models.map((m) => m.id)]);
}

export function freshnessOfCitable(data: SiteData, c: Citable): Freshness {
	return freshnessOfItem(c.type === 'fact' ? c.fact : c.model, data.freshness, data.today);
}

/** The newest verifiedOn across the data: the footer's "data last reviewed" date. */
export function newestVerified(data: SiteData): string | undefined {
	return [...data.facts.values(), ...data.models]
		.map((i) => i.verifiedOn)
		.sort()
		.at(-1);
}

/** Groups items by a key, keeping first-seen order of keys. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = groups.get(k);
		if (list) list.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}
