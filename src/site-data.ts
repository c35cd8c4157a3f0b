// Astro glue: gathers the collections into the plain SiteData that src/lib works with.
import { getCollection } from 'astro:content';
import { loadDatasetOnce } from './lib/facts/read.ts';
import { buildDate } from './lib/facts/build-date.ts';
import type { SiteData } from './lib/facts/lookup.ts';
import { withLifecycle } from './lib/facts/lifecycle.ts';

let cached: Promise<SiteData> | undefined;

/** Loaded once per build; sorted so pages render in a stable order. */
export function getSiteData(): Promise<SiteData> {
	return (cached ??= load());
}

async function load(): Promise<SiteData> {
	const today = buildDate();
	const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
	const [providers, facts, models, claims] = await Promise.all([
		getCollection('providers'),
		getCollection('facts'),
		getCollection('models'),
		getCollection('claims'),
	]);
	return {
		today,
		// The review windows are validated together with the rest of data/ by the same reader.
		freshness: loadDatasetOnce('data', today).freshness,
		providers: providers.map((e) => e.data),
		facts: new Map(facts.map((e) => e.data).sort(byId).map((f) => [f.id, f])),
		// Status judged on the build date, once for every page: a model past retiresOn is retired.
		models: models.map((e) => withLifecycle(e.data, today)).sort(byId),
		claims: claims.map((e) => e.data).sort(byId),
	};
}
