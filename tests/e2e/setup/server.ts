// Vitest global setup for browser tests: serve dist/ once for all spec files.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	// DIST_DIR lets a parallel build be tested without touching dist/.
	const dist = process.env.DIST_DIR ?? 'dist';
	if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build\` before the browser tests.`);
	const { server, url } = await serveStatic(dist);
	project.provide('baseUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
