// What a build is built from. The build date is "today" for every page: freshness badges and the not-in-future rule use it.
// BUILD_DATE=YYYY-MM-DD pins it (tests, reproducible builds); otherwise it is the machine's date.
import { IsoDateSchema } from '../../schemas.ts';
import { todayIso } from '../site/dates.ts';

export function buildDate(env: Record<string, string | undefined> = process.env): string {
	const pinned = env.BUILD_DATE;
	if (!pinned) return todayIso();
	const checked = IsoDateSchema.safeParse(pinned);
	if (!checked.success)
		throw new Error(`BUILD_DATE "${pinned}" ${checked.error.issues[0].message}`);
	return pinned;
}

/**
 * The data folder a build reads: DATA_DIR, else `data`. The browser tests build the site from a
 * fixture copy (tests/fixtures/site-data) so their expectations never move with the live data.
 */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
	return env.DATA_DIR || 'data';
}
