// What a page says about its facts: when they were last verified and which are stale.
import type { SiteData } from './facts.ts';
import { getCitable, freshnessOfCitable } from './facts.ts';

export interface PageFactSummary {
	/** Oldest verifiedOn among the page's facts: the page is only as current as that. */
	oldestVerified?: string;
	newestVerified?: string;
	/** Facts past their review date, with labels for the notice. */
	stale: { id: string; label: string; verifiedOn: string }[];
	count: number;
}

/** Summarises the facts (or model price ids) a page uses. Unknown ids throw with near matches. */
export function summarisePageFacts(data: SiteData, ids: Iterable<string>): PageFactSummary {
	const unique = [...new Set(ids)];
	const items = unique.map((id) => {
		const c = getCitable(data, id);
		const record = c.type === 'fact' ? c.fact : c.model;
		const label = c.type === 'fact' ? c.fact.label : `${c.model.name} prices`;
		return { id: record.id, label, verifiedOn: record.verifiedOn, state: freshnessOfCitable(data, c).state };
	});
	const dates = items.map((i) => i.verifiedOn).sort();
	return {
		oldestVerified: dates[0],
		newestVerified: dates.at(-1),
		stale: items.filter((i) => i.state === 'stale').map(({ id, label, verifiedOn }) => ({ id, label, verifiedOn })),
		count: items.length,
	};
}

/** Fact ids referenced by components in MDX source: `id="…"`, `ids={['…', …]}`, `facts={[…]}`, `models={[…]}`. */
export function factIdsInMdx(source: string): string[] {
	const ids = new Set<string>();
	for (const m of source.matchAll(/\b(?:id|fact|model)="([a-z0-9][a-z0-9.-]*)"/g)) ids.add(m[1]);
	for (const m of source.matchAll(/\b(?:ids|facts|models|rows)=\{\[([^\]]*)\]\}/g))
		for (const q of m[1].matchAll(/['"]([a-z0-9][a-z0-9.-]*)['"]/g)) ids.add(q[1]);
	return [...ids];
}
