import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core) drives Debian's Chromium against the built site in dist/.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.spec.ts'],
		globalSetup: ['tests/e2e/setup/server.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false,
	},
});
