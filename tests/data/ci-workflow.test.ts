// The GitHub workflow runs every step of the README's `npm test` (scripts/test.ts), each as its own
// job or matrix entry, with the locked dependency tree (`npm ci`); `.ci/run` runs `npm test` itself.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { PLAN } from '../../scripts/test.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
	jobs: Record<string, { steps: { run?: string }[]; strategy?: { matrix: { concern: string[] } } }>;
};
const steps = [...new Set(PLAN.flat(2).map((s) => s.script))];

test('npm test runs its plan, a list of npm scripts that all exist', () => {
	expect(pkg.scripts.test).toBe('node scripts/test.ts');
	expect(steps).toEqual(
		expect.arrayContaining(['check', 'lint', 'format:check', 'test:unit', 'test:data', 'build'])
	);
	expect(steps).toEqual(
		expect.arrayContaining(['test:integration', 'audit', 'test:e2e', 'lighthouse:assert'])
	);
	for (const step of steps) expect(pkg.scripts[step], step).toBeDefined();
});

test('npm test builds the site before any step that reads it, and never type-checks beside a build', () => {
	const stageOf = (script: string) =>
		PLAN.findIndex((stage) => stage.flat().some((s) => s.script === script));
	for (const reader of ['test:integration', 'audit', 'test:e2e', 'lighthouse:assert'])
		expect(stageOf(reader), reader).toBeGreaterThan(stageOf('build'));
	expect(stageOf('check')).not.toBe(stageOf('build'));
	expect(PLAN.flat(2).filter((s) => s.script === 'build')).toHaveLength(2);
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
