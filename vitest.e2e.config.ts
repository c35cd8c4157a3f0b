import { defineConfig } from 'vitest/config';
import { E2E_BUILD_DATE, E2E_DATA, E2E_DIST } from './scripts/lib/fixture-site.ts';

// Browser tests: Playwright (playwright-core) drives Debian's Chromium against the fixture site that
// the global setup builds (scripts/lib/fixture-site.ts); the smoke spec also opens the real dist/.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.spec.ts'],
		globalSetup: ['tests/e2e/setup/server.ts'],
		// Every spec reads the fixture site and its data through the same variables the build uses.
		env: { DIST_DIR: E2E_DIST, DATA_DIR: E2E_DATA, BUILD_DATE: E2E_BUILD_DATE },
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false,
		// One worker evaluates src/ and the helpers once for every spec file, not once per file: the
		// specs share no state but the browser connection each opens and closes itself.
		isolate: false,
		// A test that asserts nothing fails, as in the other layers.
		expect: { requireAssertions: true },
	},
});
