// The MCP server's start: its command line, data that fails validation (the server stops with the
// build's own file/id/field messages, before serving anything), and the home page's comparison read
// from content/home.mdx, checked on the live data and content.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMcpArgs, USAGE } from '../../scripts/mcp.ts';
import { UsageError } from '../../scripts/lib/cli.ts';
import { homeComparison, readHomeComparison } from '../../scripts/lib/mcp/home-compare.ts';
import { loadContext } from '../../scripts/lib/mcp/context.ts';
import { checkClaim, compareBatchApis } from '../../scripts/lib/mcp/tools.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { DataError } from '../../src/lib/facts/problems.ts';
import { LIVE_DAY } from '../fixtures/temp-data.ts';
import { MCP_TODAY, mcpArgs, mcpData } from '../fixtures/mcp.ts';

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

describe('command line', () => {
	test('--help, the defaults, and one-line refusals of bad options', () => {
		expect(parseMcpArgs(['--help']).help).toBe(true);
		expect(USAGE).toMatch(/^Usage: npm run mcp -- /);
		expect(parseMcpArgs(['--today', '2026-12-01'])).toEqual({
			help: false,
			http: false,
			port: 8787,
			host: '127.0.0.1',
			today: '2026-12-01',
			data: 'data',
			content: 'content',
		});
		expect(
			parseMcpArgs(['--http', '--port', '0', '--host', '0.0.0.0', '--today', '2026-12-01'])
		).toMatchObject({ http: true, port: 0, host: '0.0.0.0' });
		const refused: [string[], string][] = [
			[['--bogus'], "unknown option '--bogus' (see --help)"],
			[['--port', '9000'], '--port and --host go with --http (see --help)'],
			[['--http', '--port', 'http'], '--port must be a whole number from 0 to 65535, got "http"'],
			[['--http', '--port', '70000'], '--port must be a whole number from 0 to 65535, got "70000"'],
			[['--today', '2026-02-30'], '--today "2026-02-30" is not a real calendar date'],
			[['--data', 'no/such/folder'], 'the data folder "no/such/folder" does not exist'],
			[['stray'], "unexpected argument 'stray' (see --help)"],
		];
		for (const [args, message] of refused)
			expect(() => parseMcpArgs(args), args.join(' ')).toThrow(new UsageError(message));
	});
});

describe('invalid data stops the server at start', () => {
	const broken = (file: string, edit: (text: string) => string) => {
		const copy = mcpData();
		const path = join(copy.dir, file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
		return copy;
	};

	test(
		'a fact with an impossible date: exit 2 with the build’s messages, nothing served',
		{ timeout: 60_000 },
		async () => {
			const { dir, cleanup } = broken('facts/alpha.yaml', (t) =>
				t.replace("verifiedOn: '2026-10-01'", "verifiedOn: '2026-02-30'")
			);
			try {
				const { problems } = readDataset(dir, MCP_TODAY);
				expect(problems.map((p) => [p.id, p.field])).toContainEqual([
					'alpha.batch.max-requests',
					'verifiedOn',
				]);
				// stdin stays open: a server that started would wait for a client instead of exiting.
				const result = await run(mcpArgs(dir));
				expect(result.code).toBe(2);
				expect(result.stdout).toBe('');
				expect(result.stderr).toBe(`${new DataError(problems).message}\n`);
				expect(result.stderr).not.toMatch(/^\s+at /m);
			} finally {
				cleanup();
			}
		}
	);

	test('the wizard citing a fact that does not exist is refused by the same reader (in process)', () => {
		const { dir, cleanup } = broken('decision-tree.yaml', (t) =>
			t.replace('facts: [alpha.batch.zdr]', 'facts: [alpha.batch.zdr-typo]')
		);
		try {
			const { problems } = readDataset(dir, MCP_TODAY);
			expect(problems).toContainEqual(
				expect.objectContaining({
					id: 'out-either',
					message: 'cites unknown fact "alpha.batch.zdr-typo"',
				})
			);
			expect(() =>
				loadContext({ dataDir: dir, today: MCP_TODAY, contentDir: 'tests/fixtures/mcp-content' })
			).toThrow(new DataError(problems));
		} finally {
			cleanup();
		}
	});
});

describe("the home page's comparison", () => {
	test('is read from the <CompareTable> of content/home.mdx and checked with its props schema', () => {
		const home = readHomeComparison('content/home.mdx');
		const mdx = readFileSync('content/home.mdx', 'utf8');
		expect(home.providers).toEqual(['anthropic', 'openai']);
		expect(mdx).toContain(`caption="${home.caption}"`);
		expect(home.rows.length).toBeGreaterThanOrEqual(5);
		// Each row is in the page exactly as written there.
		for (const [label, a, b] of home.rows) expect(mdx).toContain(`['${label}', '${a}', '${b}']`);
	});

	test('a page without the table, or with rows the component would refuse, is a plain error', () => {
		expect(() => homeComparison('# Home\n')).toThrow(
			"content/home.mdx has no <CompareTable>: the home page's comparison is written there"
		);
		expect(() =>
			homeComparison('<CompareTable caption="A table" rows={[["Only a label"]]} />')
		).toThrow('prop "rows.0" ');
		expect(() =>
			homeComparison('<CompareTable caption="A table" rows={[[label, "x"]]} />')
		).toThrow('rows must be a list of quoted texts and null');
		expect(
			homeComparison(
				"<CompareTable rows={[\n  [\"It's\", 'a.b', null],\n]} caption=\"After the rows\" providers={['a', 'b']} />"
			)
		).toEqual({
			caption: 'After the rows',
			providers: ['a', 'b'],
			rows: [["It's", 'a.b', null]],
		});
	});

	test('on the live data, the tool gives every row of the page with the data’s own values', () => {
		const ctx = loadContext({ dataDir: 'data', today: LIVE_DAY, contentDir: 'content' });
		const home = readHomeComparison('content/home.mdx');
		const { structured } = compareBatchApis(ctx, {});
		expect(structured.providers.map((p) => p.id)).toEqual(home.providers);
		expect(structured.rows.map((r) => r.label)).toEqual(home.rows.map((r) => r[0]));
		structured.rows.forEach((row, i) =>
			row.cells.forEach((cell, j) => {
				const id = home.rows[i][j + 1];
				expect(cell.fact?.id ?? null).toBe(id);
				if (id) expect(cell.fact!.value).toEqual(ctx.data.facts.get(id)!.value);
			})
		);
		// The issue's own example finds the claim about Anthropic's per-batch cap.
		const claim = checkClaim(ctx, { statement: 'Anthropic batches are capped at 10,000' })
			.structured.match;
		const expected = ctx.data.claims.find((c) => /per-batch ceiling is 10,000/.test(c.claim))!;
		expect(claim).toMatchObject({ id: expected.id, verdict: expected.verdict });
		// A statement about OpenAI never gets an Anthropic-only claim, however many words they share.
		const openai = checkClaim(ctx, {
			statement: 'OpenAI batch results can be downloaded for 29 days',
		}).structured.match;
		if (openai)
			expect(
				openai.facts.some(
					(f) =>
						ctx.data.facts.get(f.id)?.provider === 'openai' ||
						ctx.data.models.find((m) => m.id === f.id)?.provider === 'openai'
				)
			).toBe(true);
	});
});
