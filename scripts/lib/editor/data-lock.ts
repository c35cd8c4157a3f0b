// One writer at a time in a data folder. Every edit takes `<data>/.lock` (created with the `wx`
// flag, so exactly one process can create it) and holds it from reading the file to renaming the
// new text into place; a second editor waits a few seconds, then gives up with a clear message.
// A lock whose process is gone (or that is very old) is broken by renaming it aside first, so two
// editors that both judge it stale cannot both take it over.
import { randomUUID } from 'node:crypto';
import {
	closeSync,
	linkSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EditError } from './fact-edits.ts';

/** What the lock file holds: who took it, where and when. */
export interface LockOwner {
	pid: number;
	hostname: string;
	startedAt: string;
	/** Unique to one taking of the lock, so a holder can tell its own lock from a later one. */
	token: string;
}

export interface LockOptions {
	/** How long to wait for another edit to finish (default 10 s; env BATCHWISE_LOCK_WAIT_MS). */
	waitMs?: number;
	/** A lock older than this is stale even when its process seems alive (default 10 minutes). */
	staleMs?: number;
}

export interface DataLock {
	path: string;
	owner: LockOwner;
	/** True while the lock file is still the one this process created. */
	held(): boolean;
	/** Removes the lock if it is still ours; safe to call twice. */
	release(): void;
}

/** Thrown when the data folder stays locked by another edit for the whole wait. */
export class DataLockError extends EditError {
	constructor(message: string) {
		super(message);
		this.name = 'DataLockError';
	}
}

export const LOCK_FILE = '.lock';
const DEFAULT_WAIT_MS = 10_000;
const DEFAULT_STALE_MS = 10 * 60_000;
/** A lock file without a readable owner is being written; only after this long is it garbage. */
const UNREADABLE_GRACE_MS = 5_000;

function defaultWaitMs(): number {
	const fromEnv = Number(process.env.BATCHWISE_LOCK_WAIT_MS);
	return Number.isFinite(fromEnv) && fromEnv >= 0 && process.env.BATCHWISE_LOCK_WAIT_MS !== ''
		? fromEnv
		: DEFAULT_WAIT_MS;
}

/** Takes the lock on `dataDir`, waiting (with jitter) while another live edit holds it. */
export async function acquireDataLock(
	dataDir: string,
	options: LockOptions = {}
): Promise<DataLock> {
	const path = join(dataDir, LOCK_FILE);
	const waitMs = options.waitMs ?? defaultWaitMs();
	const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
	const deadline = Date.now() + waitMs;
	for (let pause = 25; ; pause = Math.min(pause * 2, 250)) {
		const lock = tryCreate(path);
		if (lock) return lock;
		const seen = readLock(path);
		if (seen === undefined) continue; // released between our two looks: try again at once
		if (isStale(seen, staleMs) && breakStale(path, seen.text)) continue;
		if (Date.now() >= deadline) throw new DataLockError(busyMessage(seen.owner));
		await sleep(Math.min(pause + Math.random() * pause, Math.max(0, deadline - Date.now())));
	}
}

function busyMessage(owner: LockOwner | undefined): string {
	const who = owner
		? `pid ${owner.pid}${owner.hostname === hostname() ? '' : ` on ${owner.hostname}`}, started ${owner.startedAt}`
		: 'lock file being written';
	return `another edit is in progress (${who}); try again`;
}

function tryCreate(path: string): DataLock | undefined {
	const owner: LockOwner = {
		pid: process.pid,
		hostname: hostname(),
		startedAt: new Date().toISOString(),
		token: randomUUID(),
	};
	const text = JSON.stringify(owner) + '\n';
	let fd: number;
	try {
		fd = openSync(path, 'wx');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return undefined;
		throw new EditError(
			`cannot lock the data folder: ${path} could not be created (${code ?? String(error)})`
		);
	}
	try {
		writeSync(fd, text);
	} finally {
		closeSync(fd);
	}
	const held = () => readLock(path)?.text === text;
	return {
		path,
		owner,
		held,
		release: () => {
			if (held()) rmSync(path, { force: true });
		},
	};
}

interface Seen {
	text: string;
	owner: LockOwner | undefined;
	mtimeMs: number;
}

/** The lock file as it is now, or undefined when there is none. */
function readLock(path: string): Seen | undefined {
	try {
		const mtimeMs = statSync(path).mtimeMs;
		const text = readFileSync(path, 'utf8');
		return { text, owner: parseOwner(text), mtimeMs };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

function parseOwner(text: string): LockOwner | undefined {
	try {
		const o = JSON.parse(text) as Partial<LockOwner>;
		if (
			Number.isInteger(o.pid) &&
			typeof o.hostname === 'string' &&
			typeof o.startedAt === 'string' &&
			typeof o.token === 'string'
		)
			return o as LockOwner;
	} catch {
		// half-written or not ours: judged by its age below
	}
	return undefined;
}

/** Whether process `pid` exists on this machine (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function isStale(seen: Seen, staleMs: number): boolean {
	const now = Date.now();
	if (!seen.owner) return now - seen.mtimeMs > UNREADABLE_GRACE_MS;
	if (seen.owner.hostname === hostname() && !isAlive(seen.owner.pid)) return true;
	const started = Date.parse(seen.owner.startedAt);
	return !Number.isFinite(started) || now - started > staleMs;
}

/**
 * Removes the stale lock whose text is `seenText`. Renaming is atomic, so of several editors that
 * judged it stale only one moves it; if what was moved is not the lock we judged (it was released
 * and taken again in between), it is put back.
 */
function breakStale(path: string, seenText: string): boolean {
	const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
	try {
		renameSync(path, aside);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
	try {
		if (readFileSync(aside, 'utf8') === seenText) return true;
		try {
			linkSync(aside, path); // a live lock taken a moment ago: restore it
		} catch {
			// someone took the lock meanwhile; that holder's re-check before writing stops the older one
		}
		return false;
	} finally {
		rmSync(aside, { force: true });
	}
}
