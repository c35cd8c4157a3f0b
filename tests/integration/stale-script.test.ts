// The stale-facts CLI on the fixture at fixed dates, on broken copies, and on the live data (where
// only what holds on any day and after any re-verification is asserted).
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../scripts/check-stale-facts.ts';
import { FIXTURE_DATA, LIVE_DAY, copyData } from '../fixtures/temp-data.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { addDays } from '../../src/lib/site/dates.ts';
import type { StaleReport } from '../../scripts/lib/editor/stale-report.ts';

// 20 Jan 2027 on the fixture: the 60-day prices checked on 1 Nov 2026 are stale (review by 31 Dec),
// the limit checked on 1 Oct 2026 (120 days) is due on 29 Jan, the 120-day policy and discount are fresh.
const AGED = ['--today', '2027-01-20', '--data', FIXTURE_DATA];

describe('on the fixture, 2027-01-20', () => {
	const json = run([...AGED, '--json']);
	const report = JSON.parse(json.out) as StaleReport;

	test('lists due and stale items only, stale first, with their review dates', () => {
		expect(report.counts).toEqual({ fresh: 2, due: 1, stale: 3 });
		expect(report.items.map((i) => [i.id, i.state, i.reviewBy])).toEqual([
			['alpha-mini', 'stale', '2026-12-31'],
			['alpha-one', 'stale', '2026-12-31'],
			['alpha.batch.half-price', 'stale', '2026-12-31'],
			['alpha.batch.max-requests', 'due', '2027-01-29'],
		]);
	});

	test('without --strict the exit code is 0; with it, 1', () => {
		expect(json.code).toBe(0);
		expect(run([...AGED, '--strict']).code).toBe(1);
	});

	test('the table lists counts and stale ids', () => {
		const table = run(AGED).out;
		expect(table).toMatch(/^Facts as of 2027-01-20: 3 stale, 1 due, 2 fresh\./);
		expect(table).toMatch(/^STALE +alpha-one +2026-11-01 +2026-12-31 +80d +/m);
		expect(table).not.toMatch(/^FRESH/m);
		expect(table).not.toContain('alpha.batch.zdr');
	});

	test('Markdown is a table ready for an issue', () => {
		const md = run([...AGED, '--markdown']).out;
		expect(md).toContain('## Fact review report (2027-01-20)');
		expect(md).toContain('| State | Id | What | Verified | Review by | Source | File |');
		expect(md).toMatch(/\| stale \| `alpha-one` \|/);
		expect(md).toMatch(/\| due \| `alpha.batch.max-requests` \|/);
	});
});

describe('on the live data, judged on the build date', () => {
	// Which items are stale depends on the day and on the editors' last checks, so the report is
	// checked against each item's own review date rather than against a list.
	const json = run(['--today', LIVE_DAY, '--json']);
	const report = JSON.parse(json.out || '{}') as StaleReport;
	const { data } = readDataset('data', LIVE_DAY);

	test('reads every fact and model price without a problem', () => {
		expect(json.err).toBe('');
		expect(json.code).toBe(0);
		const { fresh, due, stale } = report.counts;
		expect(fresh + due + stale).toBe(data.facts.length + data.models.length);
		expect(report.items).toHaveLength(due + stale);
	});

	test('each listed item is stale exactly when its review date has passed, due when it is close', () => {
		const ids = new Set([...data.facts, ...data.models].map((i) => i.record.id));
		for (const item of report.items) {
			expect(ids.has(item.id), item.id).toBe(true);
			expect(item.state, item.id).toBe(item.reviewBy < LIVE_DAY ? 'stale' : 'due');
			if (item.state === 'due')
				expect(item.reviewBy <= addDays(LIVE_DAY, data.freshness.dueWithinDays), item.id).toBe(
					true
				);
		}
	});
});

describe('on the fixture', () => {
	test('nothing stale on the day the facts were checked, so --strict passes', () => {
		const { dir, cleanup } = copyData();
		try {
			const result = run(['--today', '2026-11-01', '--strict', '--data', dir]);
			expect(result.code).toBe(0);
			expect(result.out).toContain('0 stale');
		} finally {
			cleanup();
		}
	});

	test('a broken data file exits 2 with the file, id and field', () => {
		const { dir, cleanup } = copyData();
		try {
			appendFileSync(
				join(dir, 'facts/alpha.yaml'),
				"\n- id: alpha.broken\n  provider: alpha\n  kind: limit\n  label: Broken\n  value: 1\n  sources: []\n  verifiedOn: '2026-02-30'\n  confidence: high\n"
			);
			const result = run(['--today', '2026-11-22', '--data', dir]);
			expect(result.code).toBe(2);
			expect(result.err).toContain(
				'facts/alpha.yaml: "alpha.broken", field "verifiedOn": is not a real calendar date'
			);
			expect(result.err).toContain('field "sources": needs at least one source');
		} finally {
			cleanup();
		}
	});

	test('an invalid --today exits 2', () => {
		expect(run(['--today', '2026-13-01'])).toMatchObject({ code: 2 });
	});
});

test('as a command, exit codes reach the shell', { timeout: 60_000 }, () => {
	const node = process.execPath;
	const cli = (args: string[]) =>
		spawnSync(node, ['scripts/check-stale-facts.ts', ...args], { encoding: 'utf8' });
	expect(cli([...AGED, '--strict']).status).toBe(1);
	expect(cli(AGED).status).toBe(0);
	const { dir, cleanup } = copyData();
	try {
		appendFileSync(join(dir, 'claims.yaml'), '\n- id: claim.broken\n');
		const broken = cli(['--today', '2027-01-20', '--data', dir]);
		expect(broken.status).toBe(2);
		expect(broken.stderr).toContain('"claim.broken", field "claim": is required but missing');
	} finally {
		cleanup();
	}
});
