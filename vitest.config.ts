/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The test layers (see tests/README.md): `npm run test:unit|test:data|test:integration`.
// Browser tests have their own config (vitest.e2e.config.ts).
export default getViteConfig({
	test: {
		environment: 'node',
		projects: [
			// Pure code on fixtures with fixed dates: no spawn, no build, no browser, no real data.
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Rules about the real data/ and content/ that hold on any date.
			{ extends: true, test: { name: 'data', include: ['tests/data/**/*.test.ts'] } },
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
