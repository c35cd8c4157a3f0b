// Vitest global setup for browser tests: serve dist/ once for all spec files. It does not build:
// `npm test` builds first (with BUILD_DATE when set), and the specs read the build's date from it.
import { existsSync, readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/lib/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	// DIST_DIR lets a parallel build be tested without touching dist/.
	const dist = process.env.DIST_DIR ?? 'dist';
	if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build\` before the browser tests.`);
	// The tests judge every page on the build's own date (its /api/v1/facts.json generatedOn). When
	// BUILD_DATE is set, the build under test must be that day's, or the run would test another date.
	const builtOn = JSON.parse(readFileSync(`${dist}/api/v1/facts.json`, 'utf8')).generatedOn;
	if (process.env.BUILD_DATE && builtOn !== process.env.BUILD_DATE)
		throw new Error(`${dist}/ was built for ${builtOn}, not BUILD_DATE=${process.env.BUILD_DATE}: run \`BUILD_DATE=${process.env.BUILD_DATE} npm run build\` first.`);
	const { server, url } = await serveStatic(dist);
	project.provide('baseUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
