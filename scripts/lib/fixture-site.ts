// The site the browser tests run on: built from a frozen copy of the data (tests/fixtures/site-data)
// on a pinned day, so what the specs expect (values, stale badges, dates, retirements) never moves
// when editors re-verify or change a fact in data/. Refresh the copy when a page starts citing a new
// fact: `rm -r tests/fixtures/site-data && cp -r data tests/fixtures/site-data`.
// The browser tests' setup builds it (tests/e2e/setup/server.ts) unless E2E_DIST_DIR names a ready
// build, as `npm test` does: it builds it beside the real site (scripts/test.ts).
// tests/e2e/smoke.spec.ts checks the real build in dist/ as well.
export const E2E_DATA = 'tests/fixtures/site-data';
export const E2E_BUILD_DATE = '2026-12-01';
/** Where the fixture site is built; E2E_DIST_DIR reuses a ready build (see tests/e2e/setup/server.ts). */
export const E2E_DIST = process.env.E2E_DIST_DIR || '.e2e-dist';
/** The real build, for the smoke spec. */
export const REAL_DIST = 'dist';

/** What `npm run build` needs in its environment to build the fixture site into E2E_DIST. */
export function fixtureBuildEnv(): Record<string, string> {
	return {
		BUILD_DATE: E2E_BUILD_DATE,
		DATA_DIR: E2E_DATA,
		DIST_DIR: E2E_DIST,
		// Its own content cache, so it never reuses the real build's data store.
		ASTRO_CACHE_DIR: 'node_modules/.astro-e2e',
	};
}
