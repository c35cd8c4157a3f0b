// Astro glue: the one door for data. Pages and components get SiteData from here, read once per build
// by the same reader the scripts and tests use (src/lib/facts/read.ts) and judged on the build date.
// A data problem stops the build with its file, record and field.
import { loadDatasetOnce } from './lib/facts/read.ts';
import { buildDate, dataDir } from './lib/facts/build-date.ts';
import { toSiteData, type SiteData } from './lib/facts/lookup.ts';

let cached: Promise<SiteData> | undefined;

/** Loaded once per build. */
export function getSiteData(): Promise<SiteData> {
	const today = buildDate();
	return (cached ??= Promise.resolve().then(() =>
		toSiteData(loadDatasetOnce(dataDir(), today), today)
	));
}
