// Edits that cannot be lost: real `scripts/facts.ts` processes editing one copy of the fixture data
// at the same time, a stale lock left by a killed editor, a live lock, and signals mid-edit. Each
// workspace has its own temp folder (TMPDIR) so leftover validation copies can be counted. Child
// processes cost about 0.7 s of CPU each, so only what needs a real process (racing, exit codes,
// signals) spawns one; the other cases call the CLI's run() in this process.
import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../scripts/facts.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { copyData } from '../fixtures/temp-data.ts';

const TODAY = '2026-11-22';
const BUSY = /^another edit is in progress \(pid \d+, started [^)]+\); try again\n$/;

interface Child {
	code: number | null;
	signal: NodeJS.Signals | null;
	out: string;
	err: string;
}

let compileCache: string;
const scratch: string[] = [];
beforeAll(() => {
	// Node's compile cache roughly halves each child's start-up, which is most of its time.
	compileCache = mkdtempSync(join(tmpdir(), 'batchwise-test-cc-'));
	scratch.push(compileCache);
});
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture data plus an empty temp folder for the children it is edited by. */
function workspace() {
	const data = copyData();
	const tmp = mkdtempSync(join(tmpdir(), 'batchwise-test-tmp-'));
	scratch.push(data.dir, tmp);
	return { dir: data.dir, tmp, file: join(data.dir, 'facts/alpha.yaml') };
}

/** Starts `node scripts/facts.ts …` on `dir` (with the pinned Node running the tests). */
function start(args: string[], dir: string, tmp: string, env: Record<string, string> = {}) {
	const child = spawn(
		process.execPath,
		['scripts/facts.ts', ...args, '--data', dir, '--today', TODAY],
		{
			env: { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: compileCache, ...env },
		}
	);
	let out = '';
	let err = '';
	child.stdout.on('data', (chunk) => (out += chunk));
	child.stderr.on('data', (chunk) => (err += chunk));
	const done = new Promise<Child>((resolve) =>
		child.on('close', (code, signal) => resolve({ code, signal, out, err }))
	);
	return { child, done };
}

/** The CLI in this process, with TMPDIR pointing at the workspace's temp folder. */
async function runIn(tmp: string, args: string[], dir: string) {
	const saved = process.env.TMPDIR;
	process.env.TMPDIR = tmp;
	try {
		return await run([...args, '--data', dir, '--today', TODAY]);
	} finally {
		if (saved === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = saved;
	}
}

const factsOf = (file: string) =>
	new Map(
		(parse(readFileSync(file, 'utf8')) as { id: string }[]).map((r) => [
			r.id,
			r as Record<string, any>,
		])
	);
const dotfiles = (dir: string) =>
	['', 'facts', 'models'].flatMap((sub) =>
		readdirSync(join(dir, sub)).filter((n) => n.startsWith('.'))
	);

/** Waits until `check` holds (polling), or fails after `ms`. */
async function until(check: () => boolean, ms = 60_000): Promise<void> {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 25));
	}
}

/** A pid that was alive a moment ago and is not now. */
function deadPid(): number {
	return spawnSync(process.execPath, ['-e', '0']).pid!;
}

function writeLock(dir: string, owner: { pid: number; startedAt?: string; hostname?: string }) {
	const lock = {
		pid: owner.pid,
		hostname: owner.hostname ?? hostname(),
		startedAt: owner.startedAt ?? new Date().toISOString(),
		token: 'test',
	};
	writeFileSync(join(dir, '.lock'), JSON.stringify(lock) + '\n');
	return lock;
}

describe('two editors at once', () => {
	// Both edits change alpha.yaml: one a limit, one a policy, each with its own history entry.
	const EDITS = [
		{
			args: ['set', 'alpha.batch.max-requests', '2000'],
			id: 'alpha.batch.max-requests',
			value: 2000,
		},
		{ args: ['set', 'alpha.batch.zdr', 'true'], id: 'alpha.batch.zdr', value: true },
	];

	async function trial() {
		const { dir, tmp, file } = workspace();
		const results = await Promise.all(EDITS.map((e) => start(e.args, dir, tmp).done));
		const after = factsOf(file);
		return { dir, tmp, results, after };
	}

	test(
		'20 of 20 trials keep both edits, or the loser says so and exits 2',
		{ timeout: 300_000 },
		async () => {
			const trials: Awaited<ReturnType<typeof trial>>[] = [];
			const queue = Array.from({ length: 20 }, () => trial);
			// Four trials (eight editors) at a time.
			await Promise.all(
				Array.from({ length: 4 }, async () => {
					while (queue.length) trials.push(await queue.pop()!());
				})
			);
			expect(trials).toHaveLength(20);
			// A silent loss (exit 0, value missing) is named in the failure, trial by trial.
			const lost = trials.flatMap(({ results, after }, t) =>
				EDITS.filter(
					(edit, i) =>
						results[i].code === 0 && !isDeepStrictEqual(after.get(edit.id)!.value, edit.value)
				).map(
					(edit) =>
						`trial ${t + 1}: ${edit.id} exited 0 but its value is ${JSON.stringify(after.get(edit.id)!.value)}`
				)
			);
			expect(lost).toEqual([]);
			for (const { dir, tmp, results, after } of trials) {
				EDITS.forEach((edit, i) => {
					const { code, err } = results[i];
					const fact = after.get(edit.id)!;
					if (code === 0) {
						expect(fact.value).toEqual(edit.value);
						expect(fact.verifiedOn).toBe(TODAY);
					} else {
						expect(code, err).toBe(2);
						expect(err).toMatch(BUSY);
						expect(fact.value).not.toEqual(edit.value);
					}
				});
				// Exactly one history entry per landed edit (none duplicated, none dropped).
				expect(after.get('alpha.batch.max-requests')!.history).toHaveLength(
					results[0].code === 0 ? 2 : 1
				);
				expect(after.get('alpha.batch.zdr')!.history ?? []).toHaveLength(
					results[1].code === 0 ? 1 : 0
				);
				expect(dotfiles(dir)).toEqual([]);
				expect(readdirSync(tmp)).toEqual([]);
			}
			// The loser waits for the lock rather than giving up: normally both edits land.
			expect(
				trials.filter(({ results }) => results.every((r) => r.code === 0)).length
			).toBeGreaterThanOrEqual(15);
		}
	);
});

describe('the lock', () => {
	test('a stale lock of a dead process is broken and the edit lands', async () => {
		const { dir, tmp, file } = workspace();
		writeLock(dir, { pid: deadPid() });
		const result = await runIn(tmp, ['set', 'alpha.batch.max-requests', '2000'], dir);
		expect(result.code, result.err).toBe(0);
		expect(factsOf(file).get('alpha.batch.max-requests')!.value).toBe(2000);
		expect(dotfiles(dir)).toEqual([]);
	});

	test(
		'a live lock makes the edit wait, then fail with one line and exit 2; nothing is written',
		{ timeout: 90_000 },
		async () => {
			const { dir, tmp, file } = workspace();
			const before = readFileSync(file, 'utf8');
			const lock = writeLock(dir, { pid: process.pid });
			const lockText = readFileSync(join(dir, '.lock'), 'utf8');
			const started = Date.now();
			const result = await start(['set', 'alpha.batch.max-requests', '2000'], dir, tmp, {
				BATCHWISE_LOCK_WAIT_MS: '400',
			}).done;
			expect(result.code).toBe(2);
			expect(result.err).toBe(
				`another edit is in progress (pid ${process.pid}, started ${lock.startedAt}); try again\n`
			);
			expect(result.out).toBe('');
			expect(Date.now() - started).toBeGreaterThanOrEqual(400);
			expect(readFileSync(file, 'utf8')).toBe(before);
			expect(readFileSync(join(dir, '.lock'), 'utf8')).toBe(lockText); // a live lock is never broken
			expect(readdirSync(tmp)).toEqual([]);
		}
	);

	test('an edit that finds the folder locked lands once the other edit releases it', async () => {
		const { dir, tmp, file } = workspace();
		writeLock(dir, { pid: process.pid });
		setTimeout(() => rmSync(join(dir, '.lock')), 300);
		const started = Date.now();
		const result = await runIn(tmp, ['set', 'alpha.batch.max-requests', '2000'], dir);
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
		expect(result.code, result.err).toBe(0);
		expect(factsOf(file).get('alpha.batch.max-requests')!.value).toBe(2000);
	});

	test('a lock from another host is broken only when it is very old', async () => {
		const { dir, tmp, file } = workspace();
		writeLock(dir, {
			pid: 1,
			hostname: 'elsewhere.example',
			startedAt: '2026-01-01T00:00:00.000Z',
		});
		const result = await runIn(tmp, ['set', 'alpha.batch.max-requests', '2000'], dir);
		expect(result.code, result.err).toBe(0);
		expect(factsOf(file).get('alpha.batch.max-requests')!.value).toBe(2000);
		expect(dotfiles(dir)).toEqual([]);
	});

	test('a lock file without a readable owner is broken once it is a few seconds old', async () => {
		const { dir, tmp, file } = workspace();
		writeFileSync(join(dir, '.lock'), '');
		const old = new Date(Date.now() - 60_000);
		utimesSync(join(dir, '.lock'), old, old);
		const result = await runIn(tmp, ['set', 'alpha.batch.max-requests', '2000'], dir);
		expect(result.code, result.err).toBe(0);
		expect(factsOf(file).get('alpha.batch.max-requests')!.value).toBe(2000);
	});
});

describe('nothing is left behind', () => {
	const killed = (signal: NodeJS.Signals) => async () => {
		const { dir, tmp, file } = workspace();
		const before = readFileSync(file, 'utf8');
		// The hook holds the validated edit just before its rename, with every temporary file in place.
		const edit = start(['set', 'alpha.batch.max-requests', '2000'], dir, tmp, {
			BATCHWISE_EDIT_PAUSE_MS: '30000',
		});
		await until(() => readdirSync(join(dir, 'facts')).some((n) => n.endsWith('.tmp')));
		expect(readdirSync(tmp)).toHaveLength(1); // the validation copy
		expect(existsSync(join(dir, '.lock'))).toBe(true);
		edit.child.kill(signal);
		const result = await edit.done;
		return { dir, tmp, file, before, result };
	};

	test.each(['SIGTERM', 'SIGINT'] as const)(
		'%s mid-edit: file unchanged, no lock, no .tmp, no temp copy',
		{ timeout: 90_000 },
		async (signal) => {
			const { dir, tmp, file, before, result } = await killed(signal)();
			expect(result.signal ?? result.code).toBe(signal === 'SIGTERM' ? 143 : 130);
			expect(readFileSync(file, 'utf8')).toBe(before);
			expect(dotfiles(dir)).toEqual([]);
			expect(readdirSync(tmp)).toEqual([]);
		}
	);

	test(
		'after kill -9 mid-edit, the next edit breaks the lock, removes the leftovers and lands',
		{ timeout: 90_000 },
		async () => {
			const { dir, tmp, file, before, result } = await killed('SIGKILL')();
			expect(result.signal).toBe('SIGKILL');
			expect(readFileSync(file, 'utf8')).toBe(before);
			const [leftover] = dotfiles(dir).filter((n) => n.endsWith('.tmp'));
			expect(leftover).toBeDefined();
			expect(readdirSync(tmp)).toHaveLength(1);
			const next = await runIn(tmp, ['set', 'alpha.batch.zdr', 'true'], dir);
			expect(next.code, next.err).toBe(0);
			expect(next.out).toContain(`${leftover}, left by an interrupted edit.`);
			expect(factsOf(file).get('alpha.batch.zdr')!.value).toBe(true);
			expect(factsOf(file).get('alpha.batch.max-requests')!.value).toBe(1000);
			expect(dotfiles(dir)).toEqual([]);
			expect(readdirSync(tmp)).toEqual([]);
		}
	);

	test('a refused edit and a thrown one leave no lock, .tmp or temp copy', async () => {
		const { dir, tmp, file } = workspace();
		const models = join(dir, 'models/alpha.yaml');
		const before = [readFileSync(file, 'utf8'), readFileSync(models, 'utf8')];
		const refused = await runIn(
			tmp,
			['set', 'alpha-one', 'standard.output', 'unknown', 'batch.output', 'unknown'],
			dir
		);
		expect(refused.code).toBe(2);
		expect(refused.err).toContain('Refused: the data would be invalid');
		const thrown = await runIn(tmp, ['verify', 'alpha.batch.zdr', '--on', '2026-10-01'], dir);
		expect(thrown.code).toBe(2);
		expect(thrown.err).toContain('is before the current verifiedOn');
		expect([readFileSync(file, 'utf8'), readFileSync(models, 'utf8')]).toEqual(before);
		expect(dotfiles(dir)).toEqual([]);
		expect(readdirSync(tmp)).toEqual([]);
	});
});

test('readers ignore dotfiles in data/facts and data/models', () => {
	const { dir } = workspace();
	writeFileSync(join(dir, '.lock'), '{}');
	writeFileSync(join(dir, 'facts/.alpha.yaml'), 'not: [valid');
	writeFileSync(join(dir, 'models/.alpha.yaml.123.456.tmp'), '- id: broken\n');
	expect(readDataset(dir, TODAY).problems).toEqual([]);
});
