// What a page says about its facts: when they were last verified and which are stale.
import type { SiteData } from './lookup.ts';
import { getCitable, freshnessOfCitable } from './lookup.ts';

export interface PageFactSummary {
	/** Oldest verifiedOn among the page's facts: the page is only as current as that. */
	oldestVerified?: string;
	newestVerified?: string;
	/** Facts past their review date, with labels for the notice. */
	stale: { id: string; provider: string; label: string; verifiedOn: string }[];
	count: number;
}

/** Summarises the facts (or model price ids) a page uses. Unknown ids throw with near matches. */
export function summarisePageFacts(data: SiteData, ids: Iterable<string>): PageFactSummary {
	const unique = [...new Set(ids)];
	const items = unique.map((id) => {
		const c = getCitable(data, id);
		const record = c.type === 'fact' ? c.fact : c.model;
		const label = c.type === 'fact' ? c.fact.label : `${c.model.name} prices`;
		return {
			id: record.id,
			provider: record.provider,
			label,
			verifiedOn: record.verifiedOn,
			state: freshnessOfCitable(data, c).state,
		};
	});
	const dates = items.map((i) => i.verifiedOn).sort();
	return {
		oldestVerified: dates[0],
		newestVerified: dates.at(-1),
		stale: items
			.filter((i) => i.state === 'stale')
			.map(({ id, provider, label, verifiedOn }) => ({ id, provider, label, verifiedOn })),
		count: items.length,
	};
}

/**
 * Fact and model ids an MDX page cites: every quoted string in it that names a known id
 * (`<FactValue id="…" />`, `rows={[['Label', '…', '…']]}`, `models={['…']}`). Unknown ids are left
 * to the components, which fail the build with the nearest matches.
 */
export function factIdsInMdx(source: string, isKnown: (id: string) => boolean): string[] {
	const ids = new Set<string>();
	for (const m of source.matchAll(/["']([a-z0-9][a-z0-9.-]*)["']/g))
		if (isKnown(m[1])) ids.add(m[1]);
	return [...ids];
}

/** Whether an id names a fact, a model's price fact, or a model. */
export function isCitable(data: SiteData, id: string): boolean {
	return data.facts.has(id) || data.models.some((m) => m.id === id || m.fact === id);
}
