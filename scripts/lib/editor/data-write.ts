// Writing an edited data file safely. Under the data folder's lock (scripts/lib/editor/data-lock.ts) the file
// is read afresh, the edit is applied to that text, the whole dataset is validated with the edit
// applied (on a temporary copy) and the file is replaced atomically (temp + rename). Temporary
// files and folders are removed on every way out: success, refusal, an error, SIGINT or SIGTERM.
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readDataset } from '../../../src/lib/facts/read.ts';
import { acquireDataLock, isAlive, type LockOptions } from './data-lock.ts';
import { EditError } from './fact-edits.ts';
import type { Problem } from '../../../src/lib/facts/problems.ts';

const TEMP_DIR_PREFIX = 'batchwise-edit-';

/** A validation copy of `dataDir` in the system temp folder, named with our pid (see sweepTempDirs). */
function makeTempCopy(dataDir: string): string {
	const tmp = mkdtempSync(join(tmpdir(), `${TEMP_DIR_PREFIX}${process.pid}-`));
	const root = resolve(dataDir);
	// Dotfiles (the lock, temporary files) are not data.
	cpSync(dataDir, tmp, {
		recursive: true,
		filter: (src) => resolve(src) === root || !basename(src).startsWith('.'),
	});
	return tmp;
}

/** Every problem the dataset in `dataDir` would have if `file` held `text` (checked on the copy `tmp`), named by the real paths. */
function problemsIn(
	tmp: string,
	dataDir: string,
	file: string,
	text: string,
	today: string
): Problem[] {
	const rel = relative(resolve(dataDir), resolve(file));
	if (rel.startsWith('..')) throw new Error(`${file} is not inside ${dataDir}`);
	writeFileSync(join(tmp, rel), text);
	const { problems } = readDataset(tmp, today);
	const tmpLabel = relative(process.cwd(), tmp) || tmp;
	const realLabel = relative(process.cwd(), resolve(dataDir)) || '.';
	return problems.map((p) =>
		p.file.startsWith(tmpLabel) ? { ...p, file: join(realLabel, p.file.slice(tmpLabel.length)) } : p
	);
}

const tempFileName = (file: string) => `.${basename(file)}.${process.pid}.${Date.now()}.tmp`;
/** The names tempFileName gives, and only those: other dotfiles are never touched. */
const TEMP_FILE = /^\..+\.\d+\.\d+\.tmp$/;

export interface CommitResult {
	/** Empty when the edit was written. */
	problems: Problem[];
	/** Temporary files of an earlier, interrupted edit that were removed (paths). */
	removed: string[];
}

export interface CommitOptions extends LockOptions {
	/** Tries of the whole edit when the file changes under it despite the lock (default 3). */
	attempts?: number;
}

/**
 * Edits `file` in `dataDir`: takes the lock, reads the file (`undefined` when it does not exist
 * yet), applies `edit` to that text, validates the dataset with the result and writes it
 * atomically when valid. `edit` may throw an EditError, which is passed on (nothing written).
 * Just before the rename the lock and the file are checked once more; if either changed (a hand
 * edit, or a lock broken by mistake) the whole edit is made again from a fresh read.
 */
export async function commitEdit(
	dataDir: string,
	file: string,
	edit: (before: string | undefined) => string,
	today: string,
	options: CommitOptions = {}
): Promise<CommitResult> {
	const attempts = options.attempts ?? 3;
	for (let attempt = 1; attempt <= attempts; attempt++) {
		const lock = await acquireDataLock(dataDir, options);
		const untrackLock = trackCleanup(() => lock.release());
		const cleanups: ((run?: boolean) => void)[] = [];
		try {
			const removed = sweepTempFiles(dataDir);
			sweepTempDirs();
			const before = readIfExists(file);
			const text = edit(before);
			const tmpDir = makeTempCopy(dataDir);
			cleanups.push(trackCleanup(() => rmSync(tmpDir, { recursive: true, force: true })));
			const problems = problemsIn(tmpDir, dataDir, file, text, today);
			if (problems.length) return { problems, removed };
			const tmpFile = join(dirname(file), tempFileName(file));
			cleanups.push(trackCleanup(() => rmSync(tmpFile, { force: true })));
			writeFileSync(tmpFile, text);
			await pauseForTests();
			if (!lock.held() || readIfExists(file) !== before) continue;
			renameSync(tmpFile, file);
			return { problems: [], removed };
		} finally {
			for (const untrack of cleanups.reverse()) untrack(true);
			untrackLock(true);
		}
	}
	throw new EditError(
		`${file} kept changing while this edit was being made; nothing was written, try again`
	);
}

function readIfExists(file: string): string | undefined {
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Test hook: BATCHWISE_EDIT_PAUSE_MS holds a validated edit just before its rename. */
async function pauseForTests(): Promise<void> {
	const ms = Number(process.env.BATCHWISE_EDIT_PAUSE_MS);
	if (ms > 0) await sleep(ms);
}

/**
 * Removes temporary files an interrupted edit left in `dataDir` and its folders. Called under the
 * lock, so no edit in progress can own them.
 */
function sweepTempFiles(dataDir: string): string[] {
	const removed: string[] = [];
	for (const dir of [
		dataDir,
		...readdirSync(dataDir, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.map((e) => join(dataDir, e.name)),
	]) {
		for (const name of readdirSync(dir).filter((n) => TEMP_FILE.test(n))) {
			rmSync(join(dir, name), { force: true });
			removed.push(join(dir, name));
		}
	}
	return removed;
}

/** Removes validation copies in the temp folder whose process has died (kill -9 skips all cleanup). */
function sweepTempDirs(): void {
	let names: string[];
	try {
		names = readdirSync(tmpdir()).filter((n) => n.startsWith(TEMP_DIR_PREFIX));
	} catch {
		return;
	}
	for (const name of names) {
		const pid = Number(/^batchwise-edit-(\d+)-/.exec(name)?.[1]);
		const path = join(tmpdir(), name);
		try {
			// Copies made before they carried a pid are judged by age: an edit takes seconds.
			const dead = pid ? !isAlive(pid) : Date.now() - statSync(path).mtimeMs > 60 * 60_000;
			if (dead) rmSync(path, { recursive: true, force: true });
		} catch {
			// not ours to worry about
		}
	}
}

// ---------------------------------------------------------------- cleanup on signals

const pending = new Set<() => void>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onSignal(signal: NodeJS.Signals): void {
	for (const cleanup of [...pending].reverse()) {
		try {
			cleanup();
		} catch {
			// keep cleaning up the rest
		}
	}
	pending.clear();
	process.exit(128 + constants.signals[signal]);
}

/**
 * Runs `cleanup` if the process is interrupted (SIGINT/SIGTERM) before the returned function is
 * called; that function forgets it (and runs it when given true). The signal handlers are only
 * installed while something is pending, so they never outlive an edit.
 */
function trackCleanup(cleanup: () => void): (run?: boolean) => void {
	if (!pending.size) for (const s of SIGNALS) process.on(s, onSignal);
	pending.add(cleanup);
	let done = false;
	return (run = false) => {
		if (done) return;
		done = true;
		pending.delete(cleanup);
		if (!pending.size) for (const s of SIGNALS) process.off(s, onSignal);
		if (run) cleanup();
	};
}
