/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The test layers (see the README's Tests section): `npm run test:unit|test:data|test:integration`.
// Browser tests have their own config (vitest.e2e.config.ts).
export default getViteConfig({
	test: {
		environment: 'node',
		// A test that asserts nothing fails: every test must check something on every run.
		expect: { requireAssertions: true },
		projects: [
			// Pure code on fixtures with fixed dates: no spawn, no build, no browser, no real data. Files
			// share a worker's modules (isolate: false): loading them again for each file took over half
			// the time, and pure code keeps no state between files (the suite passes in shuffled order).
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
			},
			// Rules about the real data/ and content/ that hold on any date.
			{
				extends: true,
				test: { name: 'data', include: ['tests/data/**/*.test.ts'], isolate: false },
			},
			// CLIs, builds, the audit fixture and readers of dist/ (run after the build).
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 600_000,
				},
			},
		],
	},
});
