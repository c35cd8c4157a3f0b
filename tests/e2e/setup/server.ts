// Vitest global setup for browser tests: build the fixture site (scripts/lib/fixture-site.ts) once,
// unless E2E_DIST_DIR names a ready one, serve it, and start the one Chromium all spec files share.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/lib/static-server.ts';
import { launchShared } from '../../../scripts/lib/browser.ts';
import {
	E2E_BUILD_DATE,
	E2E_DATA,
	E2E_DIST,
	fixtureBuildEnv,
} from '../../../scripts/lib/fixture-site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** The shared Chromium (see tests/e2e/shared-browser.ts). */
		browserWs: string;
	}
}

export default async function setup(project: TestProject) {
	if (!process.env.E2E_DIST_DIR) {
		const env = { ...process.env, ...fixtureBuildEnv() };
		const build = spawnSync('npm', ['run', '--silent', 'build'], {
			env,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		if (build.status !== 0)
			throw new Error(
				`the fixture site (${E2E_DATA}, ${E2E_BUILD_DATE}) did not build:\n${(build.stderr || build.stdout).slice(-3000)}`
			);
	}
	if (!existsSync(`${E2E_DIST}/index.html`)) throw new Error(`${E2E_DIST}/index.html is missing`);
	const builtOn = JSON.parse(readFileSync(`${E2E_DIST}/api/v1/facts.json`, 'utf8')).generatedOn;
	if (builtOn !== E2E_BUILD_DATE)
		throw new Error(
			`${E2E_DIST}/ was built for ${builtOn}, not the fixture day ${E2E_BUILD_DATE}: unset E2E_DIST_DIR to rebuild it`
		);
	const { server, url } = await serveStatic(E2E_DIST);
	project.provide('baseUrl', url);
	// One Chromium for the whole run: each spec file connects to it instead of starting its own.
	const browser = await launchShared();
	project.provide('browserWs', browser.wsEndpoint);
	return async () => {
		await browser.close();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	};
}
