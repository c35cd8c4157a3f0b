// The stale-facts CLI on the real data and on broken copies, with a fixed "today".
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../scripts/check-stale-facts.ts';
import { copyData, newestDataDate } from '../fixtures/temp-data.ts';
import { readDataset } from '../../src/lib/data-files.ts';
import { freshnessOfItem } from '../../src/lib/freshness.ts';
import type { StaleReport } from '../../src/lib/stale-report.ts';

// The real data on the newest day it records, so a later re-check cannot make it invalid.
const DAY = newestDataDate('data');
const TODAY = ['--today', DAY];

describe('on the real data, on its newest recorded day', () => {
	const json = run([...TODAY, '--json']);
	const report = JSON.parse(json.out) as StaleReport;
	const { data: real } = readDataset('data', DAY);
	// Items not in the report are fresh, but only if they exist: a renamed id must not pass as fresh.
	const state = (id: string) => {
		if (![...real.facts, ...real.models].some((i) => i.record.id === id)) throw new Error(`no record "${id}" in data/`);
		return report.items.find((i) => i.id === id)?.state ?? 'fresh';
	};

	test('each OpenAI price is reported as its own date and the price window imply', () => {
		// Expected states come from each row's verifiedOn and the price window, not from pinned dates.
		const openai = real.models.filter((m) => m.record.provider === 'openai');
		const expected = (m: (typeof openai)[number]) => freshnessOfItem(m.record, real.freshness, DAY).state;
		for (const m of openai) expect(state(m.record.id), m.record.id).toBe(expected(m));
	});

	test('Anthropic batch limits are fresh', () => {
		for (const id of ['anthropic.batch.max-requests', 'anthropic.batch.max-size', 'anthropic.batch.window']) expect(state(id)).toBe('fresh');
	});

	test('without --strict the exit code is 0; with it, 1', () => {
		expect(json.code).toBe(0);
		expect(run([...TODAY, '--strict']).code).toBe(1);
	});

	test('the table lists counts and stale ids', () => {
		const table = run(TODAY).out;
		expect(table).toMatch(new RegExp(`Facts as of ${DAY}: \\d+ stale, \\d+ due, \\d+ fresh\\.`));
		expect(table).toContain('gpt-4o-mini');
		expect(table).not.toMatch(/^FRESH/m);
	});

	test('Markdown is a table ready for an issue', () => {
		const md = run([...TODAY, '--markdown']).out;
		expect(md).toContain(`## Fact review report (${DAY})`);
		expect(md).toContain('| State | Id | What | Verified | Review by | Source | File |');
		expect(md).toMatch(/\| stale \| `gpt-4o-mini` \|/);
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
			appendFileSync(join(dir, 'facts/alpha.yaml'), "\n- id: alpha.broken\n  provider: alpha\n  kind: limit\n  label: Broken\n  value: 1\n  sources: []\n  verifiedOn: '2026-02-30'\n  confidence: high\n");
			const result = run(['--today', '2026-11-22', '--data', dir]);
			expect(result.code).toBe(2);
			expect(result.err).toContain('facts/alpha.yaml: "alpha.broken", field "verifiedOn": is not a real calendar date');
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
	const cli = (args: string[]) => spawnSync(node, ['scripts/check-stale-facts.ts', ...args], { encoding: 'utf8' });
	expect(cli([...TODAY, '--strict']).status).toBe(1);
	expect(cli([...TODAY]).status).toBe(0);
	const { dir, cleanup } = copyData();
	try {
		appendFileSync(join(dir, 'claims.yaml'), '\n- id: claim.broken\n');
		const broken = cli([...TODAY, '--data', dir]);
		expect(broken.status).toBe(2);
		expect(broken.stderr).toContain('"claim.broken", field "claim": is required but missing');
	} finally {
		cleanup();
	}
});
