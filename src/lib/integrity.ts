// Cross-record rules the schemas cannot see on their own. Each rule is named, so a failure says which.
import { PRICE_KEYS, type Fact, type PricePath, type Provider } from '../schemas.ts';
import { toWindow } from './dates.ts';
import type { Dataset, Located } from './dataset.ts';
import type { Problem } from './problems.ts';

/** Price differences below this (USD per MTok) are rounding, not a different price. */
const PRICE_TOLERANCE = 1e-9;

type Rule = (data: Dataset, today: string) => Problem[];

/** Every id (provider, fact, model, claim) is used once across the whole site. */
export const uniqueIds: Rule = (data) => {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const { file, record } of allRecords(data)) {
		const first = seen.get(record.id);
		if (first) {
			problems.push({ file, id: record.id, field: 'id', message: `is already used in ${first}; ids must be unique`, rule: 'unique-ids' });
		} else seen.set(record.id, file);
	}
	return problems;
};

/** Facts and models sit in the file of their provider (`data/facts/openai.yaml` holds only OpenAI). */
export const providerMatchesFile: Rule = (data) =>
	[...data.facts, ...data.models].flatMap(({ file, record }) => {
		const expected = file.split('/').pop()!.replace(/\.ya?ml$/, '');
		return record.provider === expected
			? []
			: [{ file, id: record.id, field: 'provider', message: `is "${record.provider}" but the file is for "${expected}"`, rule: 'provider-matches-file' }];
	});

/** Every reference to a provider, fact or model resolves. */
export const referencesResolve: Rule = (data) => {
	const providers = new Set(data.providers.map((p) => p.record.id));
	const facts = factIndex(data);
	const problems: Problem[] = [];
	const check = (file: string, id: string, field: string, ref: string | undefined, known: Set<string>, what: string) => {
		if (ref !== undefined && !known.has(ref))
			problems.push({ file, id, field, message: `refers to ${what} "${ref}", which does not exist${suggest(ref, known)}`, rule: 'references-resolve', ref });
	};
	for (const { file, record } of data.providers) check(file, record.id, 'discountFact', record.discountFact, facts, 'fact');
	for (const { file, record } of data.facts) {
		check(file, record.id, 'provider', record.provider, providers, 'provider');
		record.derivedFrom?.forEach((ref, i) => check(file, record.id, `derivedFrom.${i}`, ref, facts, 'fact'));
	}
	for (const { file, record } of data.models) {
		check(file, record.id, 'provider', record.provider, providers, 'provider');
		check(file, record.id, 'longContext.fact', record.longContext?.fact, facts, 'fact');
		check(file, record.id, 'lifecycleFact', record.lifecycleFact, facts, 'fact');
		record.derivedFrom?.forEach((ref, i) => check(file, record.id, `derivedFrom.${i}`, ref, facts, 'fact'));
		record.discountExceptions.forEach((ex, i) => check(file, record.id, `discountExceptions.${i}.fact`, ex.fact, facts, 'fact'));
	}
	for (const { file, record } of data.claims) record.facts.forEach((ref, i) => check(file, record.id, `facts.${i}`, ref, facts, 'fact'));
	return problems;
};

/** Batch prices equal standard × the provider's documented discount, unless the model lists an exception. */
export const batchDiscountApplied: Rule = (data) => {
	const problems: Problem[] = [];
	const factsById = new Map(data.facts.map((f) => [f.record.id, f]));
	const unreadable = new Set<string>();
	for (const { file, record: model } of data.models) {
		const provider = data.providers.find((p) => p.record.id === model.provider);
		const located = provider?.record.discountFact ? factsById.get(provider.record.discountFact) : undefined;
		const discountFact = located?.record;
		if (!discountFact || typeof discountFact.value !== 'number') {
			// Blame the one record at fault, once, never each of the provider's models.
			if (provider && !unreadable.has(provider.record.id)) {
				unreadable.add(provider.record.id);
				problems.push(...unreadableDiscount(provider, located, data.models.filter((m) => m.record.provider === provider.record.id).length));
			}
			continue;
		}
		const factor = 1 - discountFact.value / 100;
		const excepted = new Set<PricePath>(model.discountExceptions.map((e) => e.price));
		for (const key of PRICE_KEYS) {
			const standard = model.prices.standard[key];
			const batch = model.prices.batch[key];
			if (standard === undefined || batch === undefined || excepted.has(`batch.${key}`)) continue;
			const expected = standard * factor;
			if (Math.abs(batch - expected) > PRICE_TOLERANCE)
				problems.push({
					file,
					id: model.id,
					field: `prices.batch.${key}`,
					message: `is ${batch} but standard ${standard} less the documented ${discountFact.value}% discount is ${round(expected)}; fix it or list a documented exception in discountExceptions`,
					rule: 'batch-discount',
				});
		}
	}
	return problems;
};

/**
 * Why a provider's discount cannot be read, on the record at fault: a provider without a discountFact,
 * or a discount fact whose value is not a number ("50%"). A dangling reference is references-resolve's.
 */
function unreadableDiscount(provider: Located<Provider>, fact: Located<Fact> | undefined, models: number): Problem[] {
	const checks = `the batch prices of its ${models} model${models === 1 ? '' : 's'}`;
	if (!provider.record.discountFact)
		return [{ file: provider.file, id: provider.record.id, field: 'discountFact', message: `is missing, so ${checks} cannot be checked; name the fact that states the batch discount`, rule: 'batch-discount' }];
	if (!fact) return [];
	const percent = typeof fact.record.value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(fact.record.value) : null;
	const hint = percent ? `; write the number ${percent[1]} with unit "%"` : '';
	return [
		{
			file: fact.file,
			id: fact.record.id,
			field: 'value',
			message: `is ${JSON.stringify(fact.record.value)}, but the batch discount must be a number (the percentage off standard prices, used to check ${checks.replace('its', `${provider.record.id}'s`)})${hint}`,
			rule: 'batch-discount',
		},
	];
}

/** No date says a value was checked later than today (the build date). */
export const notVerifiedInFuture: Rule = (data, today) => {
	const problems: Problem[] = [];
	const check = (file: string, id: string, field: string, date: string) => {
		if (date > today) problems.push({ file, id, field, message: `is ${date}, after today (${today}); a value cannot be verified in the future`, rule: 'not-in-future' });
	};
	for (const { file, record } of [...data.facts, ...data.models]) {
		check(file, record.id, 'verifiedOn', record.verifiedOn);
		record.history.forEach((h, i) => {
			if (h.verifiedOn) check(file, record.id, `history.${i}.verifiedOn`, h.verifiedOn);
			const { from } = toWindow(h.until);
			check(file, record.id, `history.${i}.until`, from);
		});
	}
	for (const { file, record } of data.claims) check(file, record.id, 'checkedOn', record.checkedOn);
	return problems;
};

/** Earlier values are ordered newest first and each ends after it was verified. */
export const historyOrdered: Rule = (data) =>
	[...data.facts, ...data.models].flatMap(({ file, record }) =>
		record.history.flatMap((h, i): Problem[] => {
			const out: Problem[] = [];
			const { from, to } = toWindow(h.until);
			const until = from === to ? from : `${from}…${to}`;
			if (h.verifiedOn && to < h.verifiedOn) out.push({ file, id: record.id, field: `history.${i}.until`, message: `(${until}) is before its verifiedOn (${h.verifiedOn})`, rule: 'history-ordered' });
			if (from > record.verifiedOn) out.push({ file, id: record.id, field: `history.${i}.until`, message: `(${until}) is after the current value's verifiedOn (${record.verifiedOn})`, rule: 'history-ordered' });
			const newer = record.history[i - 1];
			if (newer && toWindow(newer.until).to < from) out.push({ file, id: record.id, field: `history.${i}`, message: 'ended after the entry above it; list history newest first', rule: 'history-ordered' });
			return out;
		}),
	);

/** A price listed as derived must exist, so readers are not told a missing price was computed. */
export const derivedPricesExist: Rule = (data) =>
	data.models.flatMap(({ file, record }) =>
		record.derived.flatMap((path, i) => {
			const [tier, key] = path.split('.') as ['standard' | 'batch', (typeof PRICE_KEYS)[number]];
			return record.prices[tier][key] === undefined
				? [{ file, id: record.id, field: `derived.${i}`, message: `names ${path}, which has no price`, rule: 'derived-prices-exist' }]
				: [];
		}),
	);

export const RULES = {
	'unique-ids': uniqueIds,
	'provider-matches-file': providerMatchesFile,
	'references-resolve': referencesResolve,
	'batch-discount': batchDiscountApplied,
	'not-in-future': notVerifiedInFuture,
	'history-ordered': historyOrdered,
	'derived-prices-exist': derivedPricesExist,
} satisfies Record<string, Rule>;

/** Runs every rule. */
export function checkIntegrity(data: Dataset, today: string): Problem[] {
	return Object.values(RULES).flatMap((rule) => rule(data, today));
}

/** Ids a claim or a derivation may cite: facts, plus each model's price fact and its API id. */
export function factIndex(data: Dataset): Set<string> {
	return new Set([
		...data.facts.map((f) => f.record.id),
		...data.models.flatMap((m) => [m.record.fact, m.record.id]),
	]);
}

function allRecords(data: Dataset): Located<{ id: string }>[] {
	return [...data.providers, ...data.facts, ...data.models, ...data.claims];
}

function round(n: number): number {
	return Math.round(n * 1e6) / 1e6;
}

/** ` (did you mean "x"?)` for the closest known id, or nothing. */
export function suggest(ref: string, known: Iterable<string>): string {
	const near = nearestIds(ref, known, 3);
	return near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : '';
}

/** The known ids closest to `ref` by edit distance, best first. */
export function nearestIds(ref: string, known: Iterable<string>, count: number): string[] {
	return [...known]
		.map((id) => ({ id, d: editDistance(ref, id) }))
		.filter(({ id, d }) => d <= Math.max(3, Math.floor(id.length / 3)))
		.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
		.slice(0, count)
		.map(({ id }) => id);
}

function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++)
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = cur;
	}
	return prev[b.length];
}
