// The GitHub workflow runs every step of the README's `npm test`, each as its own job or matrix
// entry, with the locked dependency tree (`npm ci`); `.ci/run` runs `npm test` itself.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
	jobs: Record<string, { steps: { run?: string }[]; strategy?: { matrix: { concern: string[] } } }>;
};
const steps = pkg.scripts.test.split('&&').map((s) => s.trim().replace(/^npm run /, ''));

test('npm test is a chain of npm scripts that all exist', () => {
	expect(steps.length).toBeGreaterThan(5);
	for (const step of steps) expect(pkg.scripts[step], step).toBeDefined();
});

test('each step of npm test runs in the workflow', () => {
	const runs = Object.values(workflow.jobs).flatMap((job) => [
		...job.steps.map((s) => s.run ?? ''),
		...(job.strategy?.matrix.concern ?? []).map((c) => `npm run ${c}`),
	]);
	for (const step of steps) expect(runs.some((r) => r.split('\n').some((line) => line.trim() === `npm run ${step}`)), step).toBe(true);
});

test('every job installs exactly the locked tree', () => {
	for (const [name, job] of Object.entries(workflow.jobs)) {
		const installs = job.steps.map((s) => s.run ?? '').filter((r) => /^npm (ci|install)\b/.test(r));
		expect(installs, name).toEqual(['npm ci --no-audit --no-fund']);
	}
});

test('.ci/run runs the README test command', () => {
	expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
});
