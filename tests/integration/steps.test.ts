// The step runner behind `npm test` (scripts/lib/steps.ts), on tiny Node programs instead of npm
// scripts: lanes of a stage really run side by side, each step's output comes out whole, and the first
// failure stops everything still running (process groups included) and starts nothing more.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runStages, summary, type Stage } from '../../scripts/lib/steps.ts';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'batchwise-steps-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Each step's "script" is a Node program, run with `node -e`. */
const command = (step: { script: string }) => ({
	file: process.execPath,
	args: ['-e', step.script],
});
const run = (stages: Stage[], serial = false) => {
	let log = '';
	return runStages(stages, { command, serial, log: (t) => void (log += t) }).then((r) => ({
		...r,
		log,
	}));
};
const js = (code: string) => ({
	script: `const fs = require('node:fs'); const dir = ${JSON.stringify(dir)}; ${code}`,
});
/** Writes `mine`, then waits (up to 20 s) for `theirs`: passes only if the other step runs meanwhile. */
const meet = (mine: string, theirs: string) =>
	js(`fs.writeFileSync(dir + '/${mine}', '');
		const until = Date.now() + 20000;
		(function wait() {
			if (fs.existsSync(dir + '/${theirs}')) { console.log('${mine} met ${theirs}'); return; }
			if (Date.now() > until) { console.log('${mine} waited alone'); process.exit(1); }
			setTimeout(wait, 20);
		})();`);

test('the lanes of a stage run side by side, and the next stage waits for both', async () => {
	const after = js(
		`console.log(fs.existsSync(dir + '/a') && fs.existsSync(dir + '/b') ? 'after both' : 'too early')`
	);
	const { ok, results, log } = await run([[[meet('a', 'b')], [meet('b', 'a')]], [[after]]]);
	expect(ok, log).toBe(true);
	expect(log).toContain('a met b');
	expect(log).toContain('b met a');
	expect(log).toContain('after both');
	expect(results.map((r) => r.outcome)).toEqual(['passed', 'passed', 'passed']);
});

test('--serial runs every step alone, in plan order', async () => {
	const step = (name: string) => ({
		...js(`fs.appendFileSync(dir + '/order', '${name} ')`),
		label: name,
	});
	const { ok, results } = await run([[[step('1'), step('2')], [step('3')]], [[step('4')]]], true);
	expect(ok).toBe(true);
	expect(readFileSync(join(dir, 'order'), 'utf8')).toBe('1 2 3 4 ');
	expect(results.map((r) => r.label)).toEqual(['1', '2', '3', '4']);
});

test("each step's output comes out whole, under its own line, even when lanes overlap", async () => {
	const talk = (name: string) =>
		js(
			`console.log('${name}1'); setTimeout(() => { console.error('${name}2'); console.log('${name}3'); }, 300)`
		);
	const { ok, log } = await run([[[{ ...talk('a'), label: 'A' }], [{ ...talk('b'), label: 'B' }]]]);
	expect(ok).toBe(true);
	expect(log).toMatch(/■ A: passed in [\d.]+ s\na1\na2\na3\n/);
	expect(log).toMatch(/■ B: passed in [\d.]+ s\nb1\nb2\nb3\n/);
});

test('the first failure stops the other lane, its children too, and nothing after it starts', async () => {
	// The slow lane starts a child of its own (as npm starts a build) and records its pid.
	const slow =
		js(`const c = require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
		fs.writeFileSync(dir + '/child', String(c.pid)); setTimeout(() => {}, 60000)`);
	const failing = js(`const until = Date.now() + 20000;
		(function wait() {
			if (fs.existsSync(dir + '/child')) { console.error('boom: the reason'); process.exit(3); }
			if (Date.now() < until) setTimeout(wait, 20);
		})();`);
	const never = js(`fs.writeFileSync(dir + '/never', '')`);
	const started = Date.now();
	const { ok, results, log } = await run([
		[[{ ...failing, label: 'bad' }, never], [{ ...slow, label: 'slow' }]],
		[[never]],
	]);
	expect(ok).toBe(false);
	expect(Date.now() - started).toBeLessThan(30_000);
	expect(results.map((r) => [r.label, r.outcome, r.detail])).toEqual([
		['bad', 'failed', 'exit code 3'],
		['slow', 'stopped', 'signal SIGTERM'],
	]);
	expect(log).toMatch(/■ bad: failed \(exit code 3\) in [\d.]+ s\nboom: the reason\n/);
	expect(log).toContain('■ slow: stopped after');
	expect(existsSync(join(dir, 'never'))).toBe(false);
	const child = Number(readFileSync(join(dir, 'child'), 'utf8'));
	// The grandchild got the signal with its group; give it a moment to go.
	const until = Date.now() + 5000;
	const alive = () => {
		try {
			process.kill(child, 0);
			return true;
		} catch {
			return false;
		}
	};
	while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
	expect(alive()).toBe(false);
	expect(summary(results, 1.5)).toMatch(
		/bad\s+failed\s+[\d.]+ s {2}exit code 3\n\s+slow\s+stopped/
	);
});

test('a step that cannot start fails with a reason', async () => {
	const { ok, results } = await runStages([[[{ script: 'x', label: 'ghost' }]]], {
		command: () => ({ file: join(dir, 'no-such-program'), args: [] }),
		log: () => {},
	});
	expect(ok).toBe(false);
	expect(results).toHaveLength(1);
	expect(results[0].outcome).toBe('failed');
	expect(results[0].detail).toMatch(/^could not start: .*ENOENT/);
});
