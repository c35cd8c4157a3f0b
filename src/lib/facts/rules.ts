// Cross-record rules the schemas cannot see on their own. Each rule is named, so a failure says which.
import {
	PRICE_KEYS,
	UNKNOWN_VALUES,
	type Fact,
	type Model,
	type PricePath,
	type Provider,
} from '../../schemas.ts';
import { toWindow } from '../site/dates.ts';
import type { Dataset, Located } from './parse.ts';
import type { Problem } from './problems.ts';
import { placeholderIds, PlaceholderError } from './placeholders.ts';
import { findJargon } from './jargon.ts';

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
			problems.push({
				file,
				id: record.id,
				field: 'id',
				message: `is already used in ${first}; ids must be unique`,
				rule: 'unique-ids',
			});
		} else seen.set(record.id, file);
	}
	return problems;
};

/** Facts and models sit in the file of their provider (`data/facts/openai.yaml` holds only OpenAI). */
export const providerMatchesFile: Rule = (data) =>
	[...data.facts, ...data.models].flatMap(({ file, record }) => {
		const expected = file
			.split('/')
			.pop()!
			.replace(/\.ya?ml$/, '');
		return record.provider === expected
			? []
			: [
					{
						file,
						id: record.id,
						field: 'provider',
						message: `is "${record.provider}" but the file is for "${expected}"`,
						rule: 'provider-matches-file',
					},
				];
	});

/** Every reference to a provider, fact or model resolves. */
export const referencesResolve: Rule = (data) => {
	const providers = new Set(data.providers.map((p) => p.record.id));
	const facts = factIndex(data);
	const problems: Problem[] = [];
	const check = (
		file: string,
		id: string,
		field: string,
		ref: string | undefined,
		known: Set<string>,
		what: string
	) => {
		if (ref !== undefined && !known.has(ref))
			problems.push({
				file,
				id,
				field,
				message: `refers to ${what} "${ref}", which does not exist${suggest(ref, known)}`,
				rule: 'references-resolve',
				ref,
			});
	};
	for (const { file, record } of data.providers) {
		check(file, record.id, 'discountFact', record.discountFact, facts, 'fact');
		const b = record.batchFacts;
		for (const key of ['zdr', 'maxRequests', 'maxSize'] as const)
			check(file, record.id, `batchFacts.${key}`, b?.[key], facts, 'fact');
		check(file, record.id, 'batchFacts.cacheTtl.fact', b?.cacheTtl?.fact, facts, 'fact');
		record.pricingFacts?.cache?.forEach((ref, i) =>
			check(file, record.id, `pricingFacts.cache.${i}`, ref, facts, 'fact')
		);
		check(
			file,
			record.id,
			'pricingFacts.longContext',
			record.pricingFacts?.longContext,
			facts,
			'fact'
		);
		record.products.forEach((product, i) => {
			for (const [column, ids] of Object.entries(product.cells))
				ids?.forEach((ref, j) =>
					check(file, record.id, `products.${i}.cells.${column}.${j}`, ref, facts, 'fact')
				);
			product.notes.forEach((ref, j) =>
				check(file, record.id, `products.${i}.notes.${j}`, ref, facts, 'fact')
			);
		});
	}
	const models = new Set(data.models.map((m) => m.record.id));
	if (data.calculatorModel)
		check(
			data.calculatorModel.file,
			'(file)',
			'defaultModel',
			data.calculatorModel.model,
			models,
			'model'
		);
	for (const { file, record } of data.examples) {
		check(file, record.id, 'model', record.model, models, 'model');
		check(file, record.id, 'compare', record.compare, models, 'model');
	}
	for (const { file, record } of data.facts) {
		check(file, record.id, 'provider', record.provider, providers, 'provider');
		record.derivedFrom?.forEach((ref, i) =>
			check(file, record.id, `derivedFrom.${i}`, ref, facts, 'fact')
		);
	}
	for (const { file, record } of data.models) {
		check(file, record.id, 'provider', record.provider, providers, 'provider');
		check(file, record.id, 'longContext.fact', record.longContext?.fact, facts, 'fact');
		check(file, record.id, 'lifecycleFact', record.lifecycleFact, facts, 'fact');
		record.derivedFrom?.forEach((ref, i) =>
			check(file, record.id, `derivedFrom.${i}`, ref, facts, 'fact')
		);
		record.discountExceptions.forEach((ex, i) =>
			check(file, record.id, `discountExceptions.${i}.fact`, ex.fact, facts, 'fact')
		);
	}
	for (const { file, record } of data.claims)
		record.facts.forEach((ref, i) => check(file, record.id, `facts.${i}`, ref, facts, 'fact'));
	return problems;
};

/** Batch prices equal standard × the provider's documented discount, unless the model lists an exception. */
export const batchDiscountApplied: Rule = (data) => {
	const problems: Problem[] = [];
	const factsById = new Map(data.facts.map((f) => [f.record.id, f]));
	const unreadable = new Set<string>();
	for (const { file, record: model } of data.models) {
		const provider = data.providers.find((p) => p.record.id === model.provider);
		const located = provider?.record.discountFact
			? factsById.get(provider.record.discountFact)
			: undefined;
		const discountFact = located?.record;
		if (!discountFact || typeof discountFact.value !== 'number') {
			// Blame the one record at fault, once, never each of the provider's models.
			if (provider && !unreadable.has(provider.record.id)) {
				unreadable.add(provider.record.id);
				problems.push(
					...unreadableDiscount(
						provider,
						located,
						data.models.filter((m) => m.record.provider === provider.record.id).length
					)
				);
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
function unreadableDiscount(
	provider: Located<Provider>,
	fact: Located<Fact> | undefined,
	models: number
): Problem[] {
	const checks = `the batch prices of its ${models} model${models === 1 ? '' : 's'}`;
	if (!provider.record.discountFact)
		return [
			{
				file: provider.file,
				id: provider.record.id,
				field: 'discountFact',
				message: `is missing, so ${checks} cannot be checked; name the fact that states the batch discount`,
				rule: 'batch-discount',
			},
		];
	if (!fact) return [];
	const percent =
		typeof fact.record.value === 'string'
			? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(fact.record.value)
			: null;
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
		if (date > today)
			problems.push({
				file,
				id,
				field,
				message: `is ${date}, after today (${today}); a value cannot be verified in the future`,
				rule: 'not-in-future',
			});
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
			if (h.verifiedOn && to < h.verifiedOn)
				out.push({
					file,
					id: record.id,
					field: `history.${i}.until`,
					message: `(${until}) is before its verifiedOn (${h.verifiedOn})`,
					rule: 'history-ordered',
				});
			if (from > record.verifiedOn)
				out.push({
					file,
					id: record.id,
					field: `history.${i}.until`,
					message: `(${until}) is after the current value's verifiedOn (${record.verifiedOn})`,
					rule: 'history-ordered',
				});
			const newer = record.history[i - 1];
			if (newer && toWindow(newer.until).to < from)
				out.push({
					file,
					id: record.id,
					field: `history.${i}`,
					message: 'ended after the entry above it; list history newest first',
					rule: 'history-ordered',
				});
			return out;
		})
	);

/** A price listed as derived must exist, so readers are not told a missing price was computed. */
export const derivedPricesExist: Rule = (data) =>
	data.models.flatMap(({ file, record }) =>
		record.derived.flatMap((path, i) => {
			const [tier, key] = path.split('.') as ['standard' | 'batch', (typeof PRICE_KEYS)[number]];
			return record.prices[tier][key] === undefined
				? [
						{
							file,
							id: record.id,
							field: `derived.${i}`,
							message: `names ${path}, which has no price`,
							rule: 'derived-prices-exist',
						},
					]
				: [];
		})
	);

// ---- Rules against reader-visible nonsense: each stops one realistic editing mistake. ----

/** Text readers see (labels, values, list items, units, names, source titles, notes) is never only spaces. */
export const nonBlankText: Rule = (data) =>
	allRecords(data).flatMap(({ file, record }) =>
		stringsIn(record).flatMap(([field, text]) =>
			text.trim() === ''
				? [
						{
							file,
							id: record.id,
							field,
							message:
								'is blank (nothing but spaces), so readers would see nothing; write the text, or "unknown" for a value nobody can confirm',
							rule: 'non-blank-text',
						},
					]
				: []
		)
	);

/** A fact with a unit holds a number: "200" with unit MB renders "200 MB"; the text "200 MB" would render "200 MB MB". */
export const unitNeedsNumber: Rule = (data) => {
	// A provider's discount fact has its own, more telling message (batch-discount): say it once.
	const discountFacts = new Set(data.providers.map((p) => p.record.discountFact));
	return data.facts.flatMap(({ file, record: f }) => {
		if (
			f.unit === undefined ||
			typeof f.value === 'number' ||
			isUnknownValue(f.value) ||
			discountFacts.has(f.id)
		)
			return [];
		const text = Array.isArray(f.value) ? f.value.join(' ') : String(f.value);
		const number = leadingNumber(text);
		const message = number
			? `is "${text}", text where a number belongs: write ${number}; the unit ${f.unit} is already given`
			: `is ${Array.isArray(f.value) ? 'a list' : typeof f.value === 'boolean' ? `${f.value}` : `"${text}"`}, but the unit "${f.unit}" says it is a number; write the number, "unknown" if nobody can confirm it, or remove the unit`;
		return [{ file, id: f.id, field: 'value', message, rule: 'unit-needs-number' }];
	});
};

/** A bare amount typed as text ("$1.25", "24 hours") is a number that lost its type: sorting, comparing and the wizard need the number. */
export const numberNotText: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) => {
		if (f.unit !== undefined || typeof f.value !== 'string') return [];
		const m = /^\s*([$€£]?)\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(%|[A-Za-z]+)?\s*$/.exec(f.value);
		if (!m) return [];
		const unit = m[3] ?? (m[1] ? 'USD per MTok' : undefined);
		return [
			{
				file,
				id: f.id,
				field: 'value',
				message: `is "${f.value}", a number written as text; write ${m[2].replace(/,/g, '')} as the value${unit ? ` and "${unit}" as its unit` : ' and give its unit'}`,
				rule: 'number-not-text',
			},
		];
	});

/** A number without a unit tells readers nothing ("50000" of what?). */
export const numberHasUnit: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) =>
		typeof f.value === 'number' && f.unit === undefined
			? [
					{
						file,
						id: f.id,
						field: 'unit',
						message: `is missing, so the number ${f.value} says nothing to readers; give its unit (requests, MB, hours, %…)`,
						rule: 'number-has-unit',
					},
				]
			: []
	);

/** No limit, price, count, duration or discount is negative. (Model prices are refused by the schema.) */
export const noNegativeNumbers: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) =>
		typeof f.value === 'number' && f.value < 0
			? [
					{
						file,
						id: f.id,
						field: 'value',
						message: `is ${f.value}${f.unit ? ` ${f.unit}` : ''}; a limit, price, count or duration is never negative`,
						rule: 'no-negative-numbers',
					},
				]
			: []
	);

/** A limit of 0 allows nothing, which no batch API documents; an unknown limit is "unknown", never 0. */
export const limitsAboveZero: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) =>
		(f.kind === 'limit' || f.kind === 'rate-limit') && f.value === 0
			? [
					{
						file,
						id: f.id,
						field: 'value',
						message: `is 0, a ${f.kind} that would allow nothing; write the documented ${f.kind}, or "unknown" / "not-documented"`,
						rule: 'limits-above-zero',
					},
				]
			: []
	);

/** A percentage lies between 0 and 100: a discount of 150% would pay the customer. */
export const percentInRange: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) =>
		f.unit === '%' && typeof f.value === 'number' && f.value > 100
			? [
					{
						file,
						id: f.id,
						field: 'value',
						message: `is ${f.value}%, more than 100%`,
						rule: 'percent-in-range',
					},
				]
			: []
	);

/**
 * A price of 0 reads as "free", so it is accepted only where the model's `free` list says so (today:
 * the output of embedding models, which bill input tokens only). Any other 0 is a typo or a placeholder
 * for an unknown price, which is written by leaving the price out. A path listed as free must be 0.
 */
export const zeroPriceDeclared: Rule = (data) =>
	data.models.flatMap(({ file, record: m }) => {
		const problems: Problem[] = [];
		const free = new Set<string>(m.free);
		for (const tier of ['standard', 'batch'] as const)
			for (const key of PRICE_KEYS)
				if (m.prices[tier][key] === 0 && !free.has(`${tier}.${key}`))
					problems.push({
						file,
						id: m.id,
						field: `prices.${tier}.${key}`,
						message: `is 0, which readers see as free; if the vendor really charges nothing, list ${tier}.${key} in free, else write the price (or leave it out when unknown)`,
						rule: 'zero-price-declared',
					});
		m.free.forEach((path, i) => {
			const [tier, key] = splitPricePath(path);
			const price = m.prices[tier][key];
			if (price !== 0)
				problems.push({
					file,
					id: m.id,
					field: `free.${i}`,
					message: `names ${path}, which is ${price ?? 'absent'}, not 0`,
					rule: 'zero-price-declared',
				});
		});
		return problems;
	});

/** Batch never costs more than real time, unless a discount exception names that exact price (and is documented: see below). */
export const batchNotAboveStandard: Rule = (data) =>
	data.models.flatMap(({ file, record: m }) => {
		const excepted = new Set<string>(m.discountExceptions.map((e) => e.price));
		return PRICE_KEYS.flatMap((key): Problem[] => {
			const standard = m.prices.standard[key];
			const batch = m.prices.batch[key];
			if (
				standard === undefined ||
				batch === undefined ||
				batch <= standard + PRICE_TOLERANCE ||
				excepted.has(`batch.${key}`)
			)
				return [];
			return [
				{
					file,
					id: m.id,
					field: `prices.batch.${key}`,
					message: `is ${batch}, more than the standard ${standard}; a batch price above real time needs a discountExceptions entry for batch.${key} whose fact documents it`,
					rule: 'batch-not-above-standard',
				},
			];
		});
	});

/**
 * A discount exception covers one batch price that exists and really differs from the discount, and
 * cites a fact of the same provider that names the model (in its value, label or note), so an
 * exception cannot wave through other prices or linger after the price is corrected.
 */
export const discountExceptionDocumented: Rule = (data) => {
	const factsById = new Map(data.facts.map((f) => [f.record.id, f.record]));
	return data.models.flatMap(({ file, record: m }) => {
		const discount = discountPercent(data, m.provider);
		const problems: Problem[] = [];
		const seen = new Set<string>();
		m.discountExceptions.forEach((ex, i) => {
			const at = (field: string, message: string) =>
				problems.push({
					file,
					id: m.id,
					field: `discountExceptions.${i}.${field}`,
					message,
					rule: 'discount-exception-documented',
				});
			const [tier, key] = splitPricePath(ex.price);
			const batch = m.prices.batch[key];
			const standard = m.prices.standard[key];
			const count = problems.length;
			if (seen.has(ex.price)) at('price', `names ${ex.price} a second time`);
			else if (tier !== 'batch')
				at(
					'price',
					`names ${ex.price}, a standard price; exceptions to the batch discount name batch prices`
				);
			else if (batch === undefined) at('price', `names ${ex.price}, which has no price`);
			else if (standard === undefined)
				at(
					'price',
					`names ${ex.price}, but standard.${key} is absent, so there is no discount to depart from`
				);
			else if (
				discount !== undefined &&
				Math.abs(batch - standard * (1 - discount / 100)) <= PRICE_TOLERANCE
			)
				at(
					'price',
					`names ${ex.price}, which follows the ${discount}% discount; remove the exception so a wrong price there is caught`
				);
			seen.add(ex.price);
			const fact = factsById.get(ex.fact);
			// A wrong price path is the mistake to fix first; a missing fact is reported by references-resolve.
			if (problems.length > count || !fact) return;
			if (fact.provider !== m.provider)
				at('fact', `is a fact of ${fact.provider}, not of ${m.provider}`);
			else if (!mentions(fact, m))
				at(
					'fact',
					`does not mention ${m.name} (${m.id}); cite the fact that documents this model's exception, or name the model in it`
				);
		});
		return problems;
	});
};

/**
 * Lifecycle dates agree with the status and with each other. Judged on `today` only where moving the
 * calendar forward can fix the data, never break it: a shutdown still ahead cannot already be "retired",
 * and an announcement cannot lie in the future; a status past its shutdown day is judged by lifecycle.ts.
 */
export const lifecycleConsistent: Rule = (data, today) =>
	data.models.flatMap(({ file, record: m }) => {
		const out: Problem[] = [];
		const at = (field: string, message: string) =>
			out.push({ file, id: m.id, field, message, rule: 'lifecycle-consistent' });
		if (m.retiresOn && (m.status === 'active' || m.status === 'legacy'))
			at(
				'status',
				`is ${m.status} but retiresOn is ${m.retiresOn}; a model with a shutdown date is deprecated (or retired)`
			);
		if (m.status === 'retired' && m.retiresOn && m.retiresOn > today)
			at(
				'status',
				`is retired but retiresOn (${m.retiresOn}) is after today (${today}); until then it is deprecated`
			);
		if (m.deprecatedOn && m.deprecatedOn > today)
			at(
				'deprecatedOn',
				`is ${m.deprecatedOn}, after today (${today}); it is the day the shutdown was announced, which cannot be in the future`
			);
		if (m.launchedOn) {
			const launched = toWindow(m.launchedOn).from;
			if (m.retiresOn && launched >= m.retiresOn)
				at(
					'launchedOn',
					`(${launched}) is on or after retiresOn (${m.retiresOn}); a model launches before it shuts down`
				);
			else if (m.deprecatedOn && launched > m.deprecatedOn)
				at(
					'launchedOn',
					`(${launched}) is after deprecatedOn (${m.deprecatedOn}); a model launches before its shutdown is announced`
				);
		}
		return out;
	});

/** A record cites each page once: a repeated source adds nothing and shows twice. */
export const sourcesDistinct: Rule = (data) =>
	[...data.facts, ...data.models].flatMap(({ file, record }) =>
		record.sources.flatMap((s, i) => {
			const first = record.sources.findIndex((o) => o.url === s.url);
			return first < i
				? [
						{
							file,
							id: record.id,
							field: `sources.${i}.url`,
							message: `repeats ${s.url}, already source ${first}`,
							rule: 'sources-distinct',
						},
					]
				: [];
		})
	);

/** A list value names each item once (a pasted endpoint twice reads as two endpoints). */
export const listItemsDistinct: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) =>
		Array.isArray(f.value)
			? f.value.flatMap((item, i) =>
					(f.value as string[]).indexOf(item) < i
						? [
								{
									file,
									id: f.id,
									field: `value.${i}`,
									message: `repeats "${item}"`,
									rule: 'list-items-distinct',
								},
							]
						: []
				)
			: []
	);

/** Fact ids start with their provider (`openai.…` in data/facts/openai.yaml), as do the price facts models cite. */
export const idPrefixMatchesProvider: Rule = (data) => [
	...data.facts.flatMap(({ file, record: f }) =>
		f.id.startsWith(`${f.provider}.`)
			? []
			: [
					{
						file,
						id: f.id,
						field: 'id',
						message: `does not start with "${f.provider}.", the provider it belongs to`,
						rule: 'id-prefix-matches-provider',
					},
				]
	),
	...data.models.flatMap(({ file, record: m }) =>
		m.fact.startsWith(`${m.provider}.`)
			? []
			: [
					{
						file,
						id: m.id,
						field: 'fact',
						message: `("${m.fact}") does not start with "${m.provider}.", the provider of the model`,
						rule: 'id-prefix-matches-provider',
					},
				]
	),
];

/** The most a record may go unchecked: beyond two years a "review window" means it is never reviewed. */
export const MAX_REVIEW_DAYS = 730;

/** A record's own review window stays within MAX_REVIEW_DAYS. */
export const reviewWindowBounded: Rule = (data) =>
	[...data.facts, ...data.models].flatMap(({ file, record }) =>
		record.reviewEveryDays !== undefined && record.reviewEveryDays > MAX_REVIEW_DAYS
			? [
					{
						file,
						id: record.id,
						field: 'reviewEveryDays',
						message: `is ${record.reviewEveryDays} days; at most ${MAX_REVIEW_DAYS} (two years), or the fact is never re-checked`,
						rule: 'review-window-bounded',
					},
				]
			: []
	);

/** A history entry records a change: its value differs from the value that replaced it. */
export const historyRecordsChange: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) =>
		f.history.length && JSON.stringify(f.history[0].value) === JSON.stringify(f.value)
			? [
					{
						file,
						id: f.id,
						field: 'history.0.value',
						message: `is the same as the current value (${JSON.stringify(f.value)}); a re-check changes only verifiedOn ("verify"), not history`,
						rule: 'history-records-change',
					},
				]
			: []
	);

/** The provider's discount fact is its own, a discount and a percentage, so batch prices can be checked against it. */
export const discountFactFits: Rule = (data) => {
	const factsById = new Map(data.facts.map((f) => [f.record.id, f.record]));
	return data.providers.flatMap(({ file, record: p }) => {
		const fact = p.discountFact ? factsById.get(p.discountFact) : undefined;
		if (!fact) return [];
		const wrong =
			fact.provider !== p.id
				? `is a fact of ${fact.provider}, not of ${p.id}`
				: fact.kind !== 'discount' || fact.unit !== '%'
					? `names ${fact.id}, a ${fact.kind} fact${fact.unit ? ` in ${fact.unit}` : ' without a unit'}; it must be a discount in %`
					: undefined;
		return wrong
			? [{ file, id: p.id, field: 'discountFact', message: wrong, rule: 'discount-fact-fits' }]
			: [];
	});
};

/** derivedFrom only on derived values: on a fact read from a source it is a forgotten `derived: true` or a leftover. */
export const derivedFromNeedsDerived: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) =>
		!f.derived && f.derivedFrom?.length
			? [
					{
						file,
						id: f.id,
						field: 'derivedFrom',
						message:
							'is set but derived is false; set derived: true if the value was computed, or remove derivedFrom',
						rule: 'derived-from-needs-derived',
					},
				]
			: []
	);

/** A batch price needs its standard price: without it readers cannot see the discount and nothing checks it. */
export const batchPriceHasStandard: Rule = (data) =>
	data.models.flatMap(({ file, record: m }) =>
		PRICE_KEYS.flatMap((key) =>
			m.prices.batch[key] !== undefined && m.prices.standard[key] === undefined
				? [
						{
							file,
							id: m.id,
							field: `prices.batch.${key}`,
							message: `is ${m.prices.batch[key]} but standard.${key} is absent; give the standard price too, or remove this one if unknown`,
							rule: 'batch-price-has-standard',
						},
					]
				: []
		)
	);

/** FAQ questions have distinct ids (their anchors on /faq/), and every fact an answer cites exists. */
export const faqCitesFacts: Rule = (data) => {
	const facts = new Set(data.facts.map((f) => f.record.id));
	const seen = new Set<string>();
	const problems: Problem[] = [];
	for (const { file, record } of data.faq) {
		if (seen.has(record.id))
			problems.push({
				file,
				id: record.id,
				field: 'id',
				message: 'is used by another question; each question needs its own anchor',
				rule: 'faq-cites-facts',
			});
		seen.add(record.id);
		let cited: string[] = [];
		try {
			cited = placeholderIds(record.answer);
		} catch (error) {
			if (!(error instanceof PlaceholderError)) throw error;
			problems.push({
				file,
				id: record.id,
				field: 'answer',
				message: error.message,
				rule: 'faq-cites-facts',
			});
		}
		const check = (field: string, ref: string) =>
			facts.has(ref) ||
			problems.push({
				file,
				id: record.id,
				field,
				message: `cites fact "${ref}", which does not exist${suggest(ref, facts)}`,
				rule: 'faq-cites-facts',
				ref,
			});
		for (const ref of cited) check('answer', ref);
		record.facts.forEach((ref, i) => check(`facts.${i}`, ref));
	}
	return problems;
};
/** The calculator reads a provider's caps as numbers (requests; MB) from facts of that same provider. */
export const batchFactsFit: Rule = (data) =>
	data.providers.flatMap(({ file, record }) => {
		const b = record.batchFacts;
		if (!b) return [];
		const problems: Problem[] = [];
		const wants: [string, string | undefined, string | undefined][] = [
			['zdr', b.zdr, undefined],
			['maxRequests', b.maxRequests, 'number'],
			['maxSize', b.maxSize, 'MB'],
			['cacheTtl.fact', b.cacheTtl?.fact, undefined],
		];
		for (const [field, ref, shape] of wants) {
			const fact =
				ref === undefined ? undefined : data.facts.find((f) => f.record.id === ref)?.record;
			if (!fact) continue; // references-resolve reports it
			const at = (message: string) =>
				problems.push({
					file,
					id: record.id,
					field: `batchFacts.${field}`,
					message,
					rule: 'batch-facts-fit',
					ref,
				});
			if (fact.provider !== record.id)
				at(`names "${ref}", a fact of ${fact.provider}, not of ${record.id}`);
			if (shape && isUnknownValue(fact.value)) continue; // an unknown cap is shown as unknown
			if (shape && typeof fact.value !== 'number')
				at(`names "${ref}", whose value is not a number`);
			if (shape === 'MB' && fact.unit !== 'MB')
				at(`names "${ref}", whose unit is "${fact.unit ?? ''}", not MB`);
		}
		return problems;
	});

/**
 * A fact's short form says nothing its value does not: every number in `short` appears in the value,
 * so an edit to the value that leaves an old number in the short form is caught.
 */
export const shortMatchesValue: Rule = (data) =>
	data.facts.flatMap(({ file, record: f }) => {
		if (f.short === undefined) return [];
		const numbers = (text: string) =>
			(text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replaceAll(',', ''));
		const value = new Set(
			numbers(
				[Array.isArray(f.value) ? f.value.join(' ') : String(f.value), f.unit ?? ''].join(' ')
			)
		);
		const missing = numbers(f.short).filter((n) => !value.has(n));
		return missing.length
			? [
					{
						file,
						id: f.id,
						field: 'short',
						message: `says ${missing.join(', ')}, which the value does not; update the short form with the value`,
						rule: 'short-matches-value',
					},
				]
			: [];
	});

/** Reader-facing text (everything but editors' notes, sources and anchors) holds no research jargon. */
export const readerTextPlain: Rule = (data) =>
	[...allRecords(data), ...data.faq].flatMap(({ file, record }) =>
		stringsIn(record)
			.filter(([path]) => !/(?:^|\.)(?:note|sources|anchor|url|href|facts)(?:\.|$)/.test(path))
			.flatMap(([path, text]) => {
				const word = findJargon(text);
				return word === undefined
					? []
					: [
							{
								file,
								id: record.id,
								field: path,
								message: `shows readers the research word "${word}"; keep evidence in note, and write reader text in plain words`,
								rule: 'reader-text-plain',
							},
						];
			})
	);

export const RULES = {
	'unique-ids': uniqueIds,
	'provider-matches-file': providerMatchesFile,
	'references-resolve': referencesResolve,
	'batch-discount': batchDiscountApplied,
	'not-in-future': notVerifiedInFuture,
	'history-ordered': historyOrdered,
	'derived-prices-exist': derivedPricesExist,
	'non-blank-text': nonBlankText,
	'unit-needs-number': unitNeedsNumber,
	'number-not-text': numberNotText,
	'number-has-unit': numberHasUnit,
	'no-negative-numbers': noNegativeNumbers,
	'limits-above-zero': limitsAboveZero,
	'percent-in-range': percentInRange,
	'zero-price-declared': zeroPriceDeclared,
	'batch-not-above-standard': batchNotAboveStandard,
	'discount-exception-documented': discountExceptionDocumented,
	'lifecycle-consistent': lifecycleConsistent,
	'sources-distinct': sourcesDistinct,
	'list-items-distinct': listItemsDistinct,
	'id-prefix-matches-provider': idPrefixMatchesProvider,
	'review-window-bounded': reviewWindowBounded,
	'history-records-change': historyRecordsChange,
	'discount-fact-fits': discountFactFits,
	'derived-from-needs-derived': derivedFromNeedsDerived,
	'batch-price-has-standard': batchPriceHasStandard,
	'faq-cites-facts': faqCitesFacts,
	'batch-facts-fit': batchFactsFit,
	'reader-text-plain': readerTextPlain,
	'short-matches-value': shortMatchesValue,
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

function isUnknownValue(value: unknown): boolean {
	return typeof value === 'string' && (UNKNOWN_VALUES as readonly string[]).includes(value);
}

/** "200" for "200 MB" or "$1,250": a short text that is a number and a few words (the unit), else undefined. */
function leadingNumber(text: string): string | undefined {
	const m =
		/^\s*[$€£]?\s*([-+]?\d[\d,]*(?:\.\d+)?)(?:\s*%|\s*[^\s\d][^\s]*(?:\s+[^\s]+){0,2})?\s*$/.exec(
			text
		);
	return m ? m[1].replace(/,/g, '') : undefined;
}

function splitPricePath(path: PricePath): ['standard' | 'batch', (typeof PRICE_KEYS)[number]] {
	return path.split('.') as ['standard' | 'batch', (typeof PRICE_KEYS)[number]];
}

/** The provider's documented batch discount in percent, when it has a numeric one. */
function discountPercent(data: Dataset, provider: string): number | undefined {
	const id = data.providers.find((p) => p.record.id === provider)?.record.discountFact;
	const value = data.facts.find((f) => f.record.id === id)?.record.value;
	return typeof value === 'number' ? value : undefined;
}

/** Whether a fact names the model (its id or name) in its value, label or note. */
function mentions(fact: Fact, model: Model): boolean {
	const text = [
		Array.isArray(fact.value) ? fact.value.join(' ') : String(fact.value),
		fact.label,
		fact.note ?? '',
	]
		.join(' ')
		.toLowerCase();
	return text.includes(model.id.toLowerCase()) || text.includes(model.name.toLowerCase());
}

/** Every text in a record with its dotted field path (`sources.0.title`, `value.2`). */
function stringsIn(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
	const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
	if (typeof value === 'string') out.push([path, value]);
	else if (Array.isArray(value)) value.forEach((v, i) => stringsIn(v, at(i), out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) stringsIn(v, at(k), out);
	return out;
}
