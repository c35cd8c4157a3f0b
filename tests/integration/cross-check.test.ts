// The price cross-check (scripts/lib/editor/cross-check.ts, `npm run facts -- cross-check`) on fixtures: our
// fixture dataset (tests/fixtures/cross-check/data) against a small file in the package's data shape.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { run } from '../../scripts/facts.ts';
import {
	crossCheck,
	CrossCheckError,
	findTheirModel,
	loadBundledPrices,
	matchClause,
	theirDataset,
	theirPricesOn,
	type CrossCheckReport,
	type TheirDataset,
	type TheirModel,
} from '../../scripts/lib/editor/cross-check.ts';
import { readDataset } from '../../src/lib/facts/read.ts';

const TODAY = '2026-11-22';
const OUR_DATA = 'tests/fixtures/cross-check/data';
const THEIR_RAW = JSON.parse(
	readFileSync('tests/fixtures/cross-check/genai-prices.json', 'utf8')
) as unknown;
const theirs = (raw: unknown = THEIR_RAW) => theirDataset(raw, '9.9.9');
const ours = () => readDataset(OUR_DATA, TODAY).data.models.map((m) => m.record);
const report = (today = TODAY, data: TheirDataset = theirs()) => crossCheck(ours(), data, today);

describe('matching their rules against our ids', () => {
	test('each rule kind, case-insensitive except regex, as the package does', () => {
		expect(matchClause({ equals: 'GPT-Omega' }, 'gpt-omega')).toBe('equals "GPT-Omega"');
		expect(matchClause({ starts_with: 'claude-beta-1' }, 'claude-beta-1-20260101')).toBe(
			'starts_with "claude-beta-1"'
		);
		expect(matchClause({ ends_with: '-mini' }, 'gpt-x-mini')).toBe('ends_with "-mini"');
		expect(matchClause({ contains: 'sonnet' }, 'claude-sonnet-9')).toBe('contains "sonnet"');
		expect(matchClause({ regex: '^claude-alpha-2-\\d{8}$' }, 'claude-alpha-2-20260101')).toBe(
			'regex "^claude-alpha-2-\\\\d{8}$"'
		);
		expect(matchClause({ regex: '^Claude' }, 'claude-x')).toBeUndefined();
		expect(matchClause({ or: [{ equals: 'a' }, { starts_with: 'gpt-' }] }, 'gpt-1')).toBe(
			'starts_with "gpt-"'
		);
		expect(
			matchClause({ and: [{ starts_with: 'gpt-' }, { ends_with: '-pro' }] }, 'gpt-1-pro')
		).toBe('starts_with "gpt-" and ends_with "-pro"');
		expect(
			matchClause({ and: [{ starts_with: 'gpt-' }, { ends_with: '-pro' }] }, 'gpt-1')
		).toBeUndefined();
	});

	test('an unknown rule or a bad regex is a clear error', () => {
		expect(() => matchClause({ near: 'x' } as never, 'x')).toThrow(CrossCheckError);
		expect(() => matchClause({ regex: '(' }, 'x')).toThrow(/invalid regex match rule/);
	});

	test('an exact id wins; otherwise the first rule that accepts the id, named in matchedBy', () => {
		const provider = theirs().providers.find((p) => p.id === 'anthropic')!;
		expect(findTheirModel(provider, 'claude-alpha-2')).toMatchObject({
			model: { id: 'claude-alpha-2' },
			matchedBy: 'id',
		});
		expect(findTheirModel(provider, 'claude-beta-1-20260101')).toMatchObject({
			model: { id: 'claude-beta-1' },
			matchedBy: 'rule starts_with "claude-beta-1"',
		});
		expect(findTheirModel(provider, 'claude-gamma-9')).toBeUndefined();
	});
});

describe('their prices on a day', () => {
	const model = (prices: TheirModel['prices']): TheirModel => ({
		id: 'm',
		match: { equals: 'm' },
		prices,
	});

	test('dated prices: the newest entry started on or before the day, else the first', () => {
		const beta = theirs().providers[0].models.find((m) => m.id === 'claude-beta-1')!;
		expect(theirPricesOn(beta, '2026-06-01')).toEqual({
			prices: { input_mtok: 1, output_mtok: 5, cache_read_mtok: 0.1 },
			since: '2026-06-01',
		});
		expect(theirPricesOn(beta, '2026-05-31')).toEqual({
			prices: { input_mtok: 2, output_mtok: 5, cache_read_mtok: 0.1 },
		});
	});

	test('a time-of-day price is not comparable', () => {
		const offPeak = model([
			{ prices: { input_mtok: 1 } },
			{
				constraint: { type: 'time_of_date', start_time: '16:30:00Z', end_time: '00:30:00Z' },
				prices: { input_mtok: 0.5 },
			},
		]);
		expect(theirPricesOn(offPeak, TODAY)).toEqual({
			reason: 'their price depends on the time of day',
		});
	});
});

describe('the report on the fixtures', () => {
	const r = report();

	test('a price that differs is listed with both values; float noise and a tiered base price are not', () => {
		expect(r.disagreements).toEqual([
			{
				provider: 'anthropic',
				ourId: 'claude-alpha-2',
				theirId: 'claude-alpha-2',
				matchedBy: 'id',
				key: 'output',
				theirKey: 'output_mtok',
				ours: 15,
				theirs: 18,
			},
		]);
		expect(r.counts).toMatchObject({ compared: 4, disagreements: 1 });
	});

	test('a model matched through their rule is compared with the price in force that day', () => {
		expect(r.disagreements.some((d) => d.ourId === 'claude-beta-1-20260101')).toBe(false);
		const before = report('2026-05-01');
		expect(before.disagreements).toContainEqual({
			provider: 'anthropic',
			ourId: 'claude-beta-1-20260101',
			theirId: 'claude-beta-1',
			matchedBy: 'rule starts_with "claude-beta-1"',
			key: 'input',
			theirKey: 'input_mtok',
			ours: 1,
			theirs: 2,
			theirsSince: undefined,
		});
	});

	test("Anthropic's 5-minute and OpenAI's 30-minute cache writes are compared with their cache_write", () => {
		const agreeing = theirDataset(
			[
				{
					id: 'openai',
					name: 'OpenAI',
					models: [
						{
							id: 'gpt-omega',
							match: { equals: 'gpt-omega' },
							prices: {
								input_mtok: 2.5,
								output_mtok: 10,
								cache_write_mtok: 3,
								cache_read_mtok: 0.25,
							},
						},
					],
				},
			],
			'1'
		);
		expect(crossCheck(ours(), agreeing, TODAY).disagreements).toEqual([
			expect.objectContaining({
				ourId: 'gpt-omega',
				key: 'cacheWrite30m',
				theirKey: 'cache_write_mtok',
				ours: 3.125,
				theirs: 3,
			}),
		]);
		// claude-alpha-2: their 3.7500000000000004 equals our 3.75, their 1 h write equals ours.
		expect(r.disagreements.filter((d) => d.ourId === 'claude-alpha-2').map((d) => d.key)).toEqual([
			'output',
		]);
	});

	test('a price only one side states is a gap, not a disagreement', () => {
		expect(r.gaps).toContainEqual({
			provider: 'openai',
			ourId: 'gpt-sigma',
			theirId: 'gpt-sigma',
			key: 'cacheRead',
			theirKey: 'cache_read_mtok',
			ours: undefined,
			theirs: 0.1,
		});
		expect(r.gaps).toHaveLength(1);
		// Our explicit 0 (free) agrees with a price they leave out; any other price of ours they lack is a gap.
		const sigma = ours().find((m) => m.id === 'gpt-sigma')!;
		const withCacheRead = (cacheRead: number) => ({
			...sigma,
			prices: { ...sigma.prices, standard: { ...sigma.prices.standard, cacheRead } },
		});
		const noCache = theirDataset(
			[
				{
					id: 'openai',
					name: 'OpenAI',
					models: [
						{
							id: 'gpt-sigma',
							match: { equals: 'gpt-sigma' },
							prices: { input_mtok: 1, output_mtok: 8 },
						},
					],
				},
			],
			'1'
		);
		expect(crossCheck([withCacheRead(0)], noCache, TODAY).gaps).toEqual([]);
		expect(crossCheck([withCacheRead(0.1)], noCache, TODAY).gaps).toEqual([
			expect.objectContaining({
				ourId: 'gpt-sigma',
				key: 'cacheRead',
				ours: 0.1,
				theirs: undefined,
			}),
		]);
	});

	test('their models we lack, with out-of-scope ones left out and other providers ignored', () => {
		expect(r.lacking).toEqual([
			{
				provider: 'anthropic',
				theirId: 'claude-delta',
				name: 'Claude Delta',
				deprecated: true,
				input: 8,
				output: 24,
			},
			{
				provider: 'openai',
				theirId: 'gpt-lambda',
				name: 'GPT Lambda',
				deprecated: false,
				input: 0.5,
				output: 2,
			},
		]);
		expect(r.skipped.map((s) => s.theirId)).toEqual(['ft:gpt-omega', 'gpt-realtime-x']);
		expect(JSON.stringify(r)).not.toContain('gemini');
	});

	test('our ids that match nothing of theirs', () => {
		expect(r.unmatched).toEqual([{ provider: 'anthropic', ourId: 'claude-gamma-9' }]);
	});

	test('data in another shape is refused clearly', () => {
		expect(() => theirs({ providers: [] })).toThrow(
			'@pydantic/genai-prices 9.9.9: expected a list of providers'
		);
		expect(() => theirs([{ id: 'openai', models: [{ id: 'x', prices: {} }] }])).toThrow(
			/model without id, match rule or prices \("x"\)/
		);
	});
});

describe('npm run facts -- cross-check', () => {
	const deps = { loadPrices: async () => theirs() };
	const cli = (...args: string[]) =>
		run(['cross-check', '--data', OUR_DATA, '--today', TODAY, ...args], deps);

	test('the table names the package version, the disagreement and the lists; exit 1 on a disagreement', async () => {
		const result = await cli();
		expect(result).toMatchObject({ code: 1, err: '' });
		expect(result.out).toContain(
			'@pydantic/genai-prices 9.9.9 (bundled; the data carries no date of its own), as of 2026-11-22'
		);
		expect(result.out).toContain(
			'4 of our models compared: 1 prices disagree, 1 stated on one side only; 2 of their models we lack; 1 of our ids match nothing of theirs.'
		);
		expect(result.out).toMatch(/claude-alpha-2\s+output\s+15\s+18\s+claude-alpha-2/);
		expect(result.out).toMatch(/claude-delta \(deprecated\)/);
		expect(result.out).toMatch(/anthropic\s+claude-gamma-9/);
	});

	test('--json is the report; --markdown is ready for an issue', async () => {
		const json = await cli('--json');
		const parsed = JSON.parse(json.out) as CrossCheckReport;
		expect(parsed).toEqual(JSON.parse(JSON.stringify(report())));
		expect(parsed.source).toEqual({
			package: '@pydantic/genai-prices',
			version: '9.9.9',
			dataDate: null,
		});
		const md = await cli('--markdown');
		expect(md.code).toBe(1);
		expect(md.out).toContain('## Price cross-check (2026-11-22)');
		expect(md.out).toContain('| `claude-alpha-2` | output | 15 | 18 | claude-alpha-2 |');
		expect(md.out).toContain('### Their models we lack');
		expect(md.out).toContain('| anthropic | `claude-gamma-9` |');
	});

	test('exit 0 when no price disagrees', async () => {
		const raw = structuredClone(THEIR_RAW) as {
			models: { id: string; prices: Record<string, unknown> }[];
		}[];
		raw[0].models.find((m) => m.id === 'claude-alpha-2')!.prices.output_mtok = 15;
		const result = await run(['cross-check', '--data', OUR_DATA, '--today', TODAY], {
			loadPrices: async () => theirs(raw),
		});
		expect(result.code).toBe(0);
		expect(result.out).toContain('0 prices disagree');
	});

	test('--help exits 0; usage errors exit 2 with one line', async () => {
		const help = await run(['cross-check', '--help']);
		expect(help).toMatchObject({ code: 0, err: '' });
		expect(help.out).toContain('Exits 1 when any price disagrees');
		expect((await run(['--help'])).out).toContain('cross-check');
		for (const args of [
			['extra'],
			['--today', '2026-13-01'],
			['--json', '--markdown'],
			['--data', 'no/such/folder'],
			['--bogus'],
		]) {
			const bad = await run(['cross-check', ...args], deps);
			expect(bad.code, args.join(' ')).toBe(2);
			expect(bad.out).toBe('');
			expect(bad.err.trim().split('\n')[0].length, args.join(' ')).toBeGreaterThan(0);
		}
		const child = spawnSync(process.execPath, ['scripts/facts.ts', 'cross-check', 'extra'], {
			encoding: 'utf8',
		});
		expect(child.status).toBe(2);
		expect(child.stderr).toBe(
			"facts cross-check: unexpected argument 'extra' (see npm run facts -- cross-check --help)\n"
		);
	});
});

describe('the bundled dataset (smoke test: no assertion on its numbers)', () => {
	test('loads offline from the pinned package and holds Anthropic and OpenAI models', async () => {
		const pinned = (
			JSON.parse(readFileSync('package.json', 'utf8')) as {
				devDependencies: Record<string, string>;
			}
		).devDependencies['@pydantic/genai-prices'];
		const data = await loadBundledPrices();
		expect(data.version).toBe(pinned);
		expect(data.providers.map((p) => p.id)).toEqual(['anthropic', 'openai']);
		for (const p of data.providers) expect(p.models.length).toBeGreaterThan(0);
	});
});
