// The editor CLI (scripts/facts.ts) on temporary copies of the fixture data, with a fixed "today".
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../scripts/facts.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { LIVE_DAY, copyData } from '../fixtures/temp-data.ts';

const TODAY = '2026-11-22';
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = copyData()));
afterEach(() => cleanup());

const facts = () => join(dir, 'facts/alpha.yaml');
const models = () => join(dir, 'models/alpha.yaml');
const read = (file: string) => readFileSync(file, 'utf8');
const cli = (...args: string[]) => run([...args, '--data', dir, '--today', TODAY]);
const record = (file: string, id: string) =>
	(parse(read(file)) as { id: string }[]).find((r) => r.id === id) as Record<string, any>;
/** Lines of `after` that are not in `before` and vice versa (a tiny line diff). */
function changedLines(before: string, after: string) {
	const a = before.split('\n');
	const b = after.split('\n');
	return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe('verify', () => {
	test('sets verifiedOn to today and nothing else', async () => {
		const before = read(facts());
		const result = await cli('verify', 'alpha.batch.zdr');
		expect(result).toMatchObject({ code: 0, err: '' });
		expect(result.out).toContain('Verified fact alpha.batch.zdr on 2026-11-22');
		const after = read(facts());
		expect(changedLines(before, after)).toEqual({
			removed: [],
			added: ["  verifiedOn: '2026-11-22'"],
		});
		expect(after.split('\n').length).toBe(before.split('\n').length);
		expect(record(facts(), 'alpha.batch.zdr')).toMatchObject({
			value: 'unknown',
			verifiedOn: TODAY,
		});
		expect(record(facts(), 'alpha.batch.discount').verifiedOn).toBe('2026-11-01');
	});

	test('--on sets another day; a model id verifies all its prices', async () => {
		expect((await cli('verify', 'alpha-mini', '--on', '2026-11-20')).code).toBe(0);
		const mini = record(models(), 'alpha-mini');
		expect(mini.verifiedOn).toBe('2026-11-20');
		expect(mini.prices.batch).toEqual({ input: 0, output: 0.5, cacheRead: 0.03 });
		expect(record(models(), 'alpha-one').verifiedOn).toBe('2026-11-01');
	});

	test('--source with a new URL replaces the sources and needs a title', async () => {
		const noTitle = await cli(
			'verify',
			'alpha.batch.zdr',
			'--source',
			'https://docs.alpha.example/trust'
		);
		expect(noTitle.code).toBe(2);
		expect(noTitle.err).toContain('give its page title with --title');
		const ok = await cli(
			'verify',
			'alpha.batch.zdr',
			'--source',
			'https://docs.alpha.example/trust',
			'--title',
			'Alpha trust centre'
		);
		expect(ok.code).toBe(0);
		expect(record(facts(), 'alpha.batch.zdr').sources).toEqual([
			{ url: 'https://docs.alpha.example/trust', title: 'Alpha trust centre' },
		]);
	});

	test('an unknown id is refused with the nearest ids', async () => {
		const result = await cli('verify', 'alpha.batch.max-request');
		expect(result.code).toBe(2);
		expect(result.err).toContain(
			'facts verify: no fact or model "alpha.batch.max-request" (did you mean "alpha.batch.max-requests"'
		);
	});
});

describe('set', () => {
	test('a fact: old value, date and sources move to the top of history', async () => {
		const result = await cli(
			'set',
			'alpha.batch.max-requests',
			'2000',
			'--note',
			'Raised in the November update.'
		);
		expect(result.code, result.err).toBe(0);
		const fact = record(facts(), 'alpha.batch.max-requests');
		expect(fact.value).toBe(2000);
		expect(fact.verifiedOn).toBe(TODAY);
		expect(fact.history).toEqual([
			{
				value: 1000,
				verifiedOn: '2026-10-01',
				until: TODAY,
				sources: [{ url: 'https://docs.alpha.example/batch', title: 'Alpha batch guide' }],
				note: 'Raised in the November update.',
			},
			{ value: 500, verifiedOn: '2026-01-10', until: '2026-10-01' },
		]);
		expect(readDataset(dir, TODAY).problems).toEqual([]);
	});

	test('a fact without history gets a history list; text and "unknown" values work', async () => {
		expect((await cli('set', 'alpha.batch.zdr', 'false')).code).toBe(0);
		const fact = record(facts(), 'alpha.batch.zdr');
		expect(fact.value).toBe(false);
		expect(fact.history).toEqual([
			{
				value: 'unknown',
				verifiedOn: '2026-11-01',
				until: TODAY,
				sources: [{ url: 'https://docs.alpha.example/privacy', title: 'Alpha privacy' }],
			},
		]);
		expect(
			(
				await run([
					'set',
					'alpha.batch.zdr',
					'unknown',
					'--on',
					'2026-11-23',
					'--today',
					'2026-11-23',
					'--data',
					dir,
				])
			).code
		).toBe(0);
		expect(
			record(facts(), 'alpha.batch.zdr').history.map((h: { value: unknown }) => h.value)
		).toEqual([false, 'unknown']);
	});

	test('model prices by path; the history entry holds only the changed prices', async () => {
		const result = await cli('set', 'alpha-one', 'standard.input', '4', 'batch.input', '2');
		expect(result.code, result.err).toBe(0);
		const one = record(models(), 'alpha-one');
		expect(one.prices).toEqual({
			standard: { input: 4, output: 15, cacheRead: 0.3 },
			batch: { input: 2, output: 7.5, cacheRead: 0.15 },
		});
		expect(one.history).toEqual([
			{
				value: { standard: { input: 3 }, batch: { input: 1.5 } },
				verifiedOn: '2026-11-01',
				until: TODAY,
				sources: [{ url: 'https://docs.alpha.example/pricing', title: 'Alpha pricing' }],
			},
		]);
		// The flow-style price maps stay on one line each.
		expect(read(models())).toContain('    standard: { input: 4, output: 15, cacheRead: 0.3 }\n');
	});

	test('a bad price path or price is refused with the valid forms', async () => {
		const path = await cli('set', 'alpha-one', 'batch.inptu', '2');
		expect(path.code).toBe(2);
		expect(path.err).toContain('"batch.inptu" is not a price path; use one of: standard.input');
		const price = await cli('set', 'alpha-one', 'batch.input', 'cheap');
		expect(price.code).toBe(2);
		expect(price.err).toContain('"cheap" is not a price for batch.input');
	});

	test('the same value is refused, pointing at verify', async () => {
		const result = await cli('set', 'alpha.batch.max-requests', '1000');
		expect(result.code).toBe(2);
		expect(result.err).toContain('use "verify"');
	});
});

describe('confidence and change dates', () => {
	test('verify --confidence raises the confidence with the check', async () => {
		const result = await cli(
			'verify',
			'alpha.batch.zdr',
			'--on',
			'2026-11-20',
			'--confidence',
			'high'
		);
		expect(result.code, result.err).toBe(0);
		expect(record(facts(), 'alpha.batch.zdr')).toMatchObject({
			verifiedOn: '2026-11-20',
			confidence: 'high',
			value: 'unknown',
		});
	});

	test('set --until dates the end of the old value; --history-confidence and --confidence are kept apart', async () => {
		const result = await cli(
			'set',
			'alpha.batch.max-requests',
			'2000',
			'--on',
			'2026-11-20',
			'--until',
			'2026-11-05',
			'--history-confidence',
			'medium',
			'--confidence',
			'medium'
		);
		expect(result.code, result.err).toBe(0);
		const fact = record(facts(), 'alpha.batch.max-requests');
		expect(fact).toMatchObject({ value: 2000, verifiedOn: '2026-11-20', confidence: 'medium' });
		expect(fact.history[0]).toEqual({
			value: 1000,
			verifiedOn: '2026-10-01',
			until: '2026-11-05',
			sources: [{ url: 'https://docs.alpha.example/batch', title: 'Alpha batch guide' }],
			confidence: 'medium',
		});
		expect(readDataset(dir, TODAY).problems).toEqual([]);
	});

	test('set --between FROM TO records a window; model prices take it too', async () => {
		const result = await cli(
			'set',
			'alpha-one',
			'standard.input',
			'4',
			'batch.input',
			'2',
			'--between',
			'2026-11-02',
			'2026-11-10',
			'--on',
			'2026-11-20'
		);
		expect(result.code, result.err).toBe(0);
		const one = record(models(), 'alpha-one');
		expect(one.history[0]).toMatchObject({
			value: { standard: { input: 3 }, batch: { input: 1.5 } },
			until: ['2026-11-02', '2026-11-10'],
		});
		expect(read(models())).toContain("      until: ['2026-11-02', '2026-11-10']\n");
		expect(readDataset(dir, TODAY).problems).toEqual([]);
	});

	test.each([
		{
			args: ['verify', 'alpha.batch.zdr', '--confidence', 'sure'],
			message: '--confidence "sure" must be one of: high, medium, low',
		},
		{
			args: ['set', 'alpha.batch.max-requests', '2000', '--history-confidence', 'very'],
			message: '--history-confidence "very" must be one of: high, medium, low',
		},
		{
			args: ['set', 'alpha.batch.max-requests', '2000', '--until', '2026-13-01'],
			message: '--until "2026-13-01" is not a real calendar date',
		},
		{
			args: ['set', 'alpha.batch.max-requests', '2000', '--between', '2026-11-10', '2026-11-02'],
			message: '--between 2026-11-10 2026-11-02: the first date must be before the second',
		},
		{
			args: ['set', 'alpha.batch.max-requests', '2000', '--between', '2026-11-10'],
			message: '--between needs two dates: --between FROM TO',
		},
		{
			args: [
				'set',
				'alpha.batch.max-requests',
				'2000',
				'--until',
				'2026-11-05',
				'--between',
				'2026-11-02',
				'2026-11-10',
			],
			message: 'give --until or --between, not both',
		},
	])('a bad flag is a one-line usage error: $message', async ({ args, message }) => {
		const before = read(facts());
		const result = await cli(...args);
		expect(result.code).toBe(2);
		expect(result.err).toBe(`facts ${args[0]}: ${message}\n`);
		expect(read(facts())).toBe(before);
	});

	test('an --until after the new check is refused by the history rules', async () => {
		const result = await cli(
			'set',
			'alpha.batch.max-requests',
			'2000',
			'--on',
			'2026-11-20',
			'--until',
			'2026-11-21'
		);
		expect(result.code).toBe(2);
		expect(result.err).toContain("is after the current value's verifiedOn (2026-11-20)");
	});
});

describe('invalid edits are refused and leave the file byte for byte unchanged', () => {
	const cases: { name: string; args: string[]; file: () => string; message: string }[] = [
		{
			name: 'a batch price that breaks the documented discount',
			args: ['set', 'alpha-one', 'batch.input', '2.5'],
			file: models,
			message:
				'models/alpha.yaml: "alpha-one", field "prices.batch.input": is 2.5 but standard 3 less the documented 50% discount is 1.5',
		},
		{
			name: 'a check dated in the future',
			args: ['verify', 'alpha.batch.zdr', '--on', '2026-12-01'],
			file: facts,
			message:
				'facts/alpha.yaml: "alpha.batch.zdr", field "verifiedOn": is 2026-12-01, after today (2026-11-22)',
		},
		{
			name: 'an http source',
			args: [
				'verify',
				'alpha.batch.zdr',
				'--source',
				'http://docs.alpha.example/p',
				'--title',
				'Alpha plain',
			],
			file: facts,
			message: 'field "sources.0.url": must be a full https:// URL',
		},
		{
			name: 'an empty value',
			args: ['set', 'alpha.batch.zdr', ''],
			file: facts,
			message:
				'facts/alpha.yaml: "alpha.batch.zdr", field "value": must not be empty (use "unknown" or "not-documented")',
		},
		{
			name: 'a check before the current one',
			args: ['verify', 'alpha.batch.zdr', '--on', '2026-10-01'],
			file: facts,
			message: 'is before the current verifiedOn (2026-11-01)',
		},
		{
			name: 'a required price made unknown',
			args: ['set', 'alpha-one', 'standard.output', 'unknown', 'batch.output', 'unknown'],
			file: models,
			message: 'field "prices.standard.output": is required but missing',
		},
	];
	test.each(cases)('$name', async ({ args, file, message }) => {
		const before = read(file());
		const result = await cli(...args);
		expect(result.code).toBe(2);
		expect(result.err).toContain(message);
		expect(read(file())).toBe(before);
		expect(
			readdirSync(join(dir, 'facts'))
				.concat(readdirSync(join(dir, 'models')))
				.filter((n) => n.endsWith('.tmp'))
		).toEqual([]);
	});
});

describe('comments, order and formatting are kept', () => {
	test('comments, blank lines, folded notes and quoting survive a set', async () => {
		const head = `# yaml-language-server: $schema=../../schemas/facts.schema.json
# Alpha's facts (fixture), with comments.

# --- discount ---
- id: alpha.batch.discount # the discount
  provider: alpha
  kind: discount
  label: Batch discount on input and output tokens
  value: 50
  unit: '%'
  sources:
    - url: https://docs.alpha.example/pricing
      title: Alpha pricing
  verifiedOn: '2026-11-01'
  confidence: high
  note: Alpha Mini's batch cache reads cost 0.03, not half of its standard 0.1.

# --- limits ---
- id: alpha.batch.max-requests
  provider: alpha
  kind: limit
  label: Most requests in one batch
  value: 1000 # requests per batch
  unit: requests
  sources:
    - url: https://docs.alpha.example/batch
      title: Alpha batch guide
  verifiedOn: '2026-10-01'
  confidence: high
  note: >-
    A long note folded over two lines that a reformatting writer would join into one line, which
    must not happen.
  history:
    - value: 500
      verifiedOn: '2026-01-10'
      until: '2026-10-01'
`;
		const original = read(facts());
		const rest = original.slice(original.indexOf('- id: alpha.batch.zdr'));
		writeFileSync(facts(), head + rest);
		const result = await cli(
			'set',
			'alpha.batch.max-requests',
			'2000',
			'--note',
			'Raised in November.'
		);
		expect(result.code, result.err).toBe(0);
		const expected = head
			.replace('  value: 1000 # requests per batch', '  value: 2000 # requests per batch')
			.replace(
				"  verifiedOn: '2026-10-01'\n  confidence",
				"  verifiedOn: '2026-11-22'\n  confidence"
			)
			.replace(
				'  history:\n',
				`  history:
    - value: 1000
      verifiedOn: '2026-10-01'
      until: '2026-11-22'
      sources:
        - url: https://docs.alpha.example/batch
          title: Alpha batch guide
      note: Raised in November.
`
			);
		expect(read(facts())).toBe(expected + rest);
	});

	test('a model without history gets one after its last field, in block style', async () => {
		const before = read(models());
		expect((await cli('set', 'alpha-mini', 'standard.output', '2', 'batch.output', '1')).code).toBe(
			0
		);
		const after = read(models());
		expect(after).toContain(`  confidence: high
  history:
    - value: { standard: { output: 1 }, batch: { output: 0.5 } }
      verifiedOn: '2026-11-01'
      until: '2026-11-22'
`);
		expect(after.slice(0, before.indexOf('- id: alpha-mini'))).toBe(
			before.slice(0, before.indexOf('- id: alpha-mini'))
		);
	});
});

describe('add', () => {
	const base = [
		'add',
		'--id',
		'alpha.batch.window',
		'--provider',
		'alpha',
		'--kind',
		'limit',
		'--label',
		'Time a batch has to finish',
		'--value',
		'24',
		'--unit',
		'hours',
		'--source',
		'https://docs.alpha.example/batch',
		'--title',
		'Alpha batch guide',
		'--confidence',
		'high',
	];

	test('appends a valid fact at the end, keeping the file as it was', async () => {
		const before = read(facts());
		const result = await cli(...base, '--anchor', 'within 24 hours');
		expect(result.code, result.err).toBe(0);
		const after = read(facts());
		expect(after.startsWith(before)).toBe(true);
		expect(record(facts(), 'alpha.batch.window')).toEqual({
			id: 'alpha.batch.window',
			provider: 'alpha',
			kind: 'limit',
			label: 'Time a batch has to finish',
			value: 24,
			unit: 'hours',
			anchor: 'within 24 hours',
			sources: [{ url: 'https://docs.alpha.example/batch', title: 'Alpha batch guide' }],
			verifiedOn: TODAY,
			confidence: 'high',
		});
		expect(readDataset(dir, TODAY).problems).toEqual([]);
	});

	test('a list value from repeated --value; a new provider file gets its schema line', async () => {
		const result = await cli(
			'add',
			'--id',
			'beta.jobs.endpoints',
			'--provider',
			'beta',
			'--kind',
			'endpoint',
			'--label',
			'Endpoints a job can call',
			'--value',
			'/v1/chat',
			'--value',
			'/v1/embed',
			'--source',
			'https://docs.beta.example/jobs',
			'--title',
			'Beta jobs',
			'--confidence',
			'medium'
		);
		expect(result.code, result.err).toBe(0);
		const file = join(dir, 'facts/beta.yaml');
		expect(read(file).split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../../schemas/facts.schema.json'
		);
		expect(record(file, 'beta.jobs.endpoints').value).toEqual(['/v1/chat', '/v1/embed']);
	});

	test.each([
		{
			name: 'duplicate id',
			args: ['--id', 'alpha.batch.zdr'],
			message: 'already has a record "alpha.batch.zdr"',
		},
		{
			name: 'unknown kind',
			args: ['--kind', 'limits'],
			message: 'field "kind": must be one of: price, limit',
		},
		{
			name: 'bad confidence',
			args: ['--confidence', 'sure'],
			message: 'field "confidence": must be one of: high, medium, low',
		},
		{
			name: 'unknown provider',
			args: ['--provider', 'gamma'],
			message: 'refers to provider "gamma", which does not exist',
		},
	])('refuses $name without writing', async ({ args, message }) => {
		const replaced = [...base];
		for (let i = 0; i < args.length; i += 2) replaced[replaced.indexOf(args[i]) + 1] = args[i + 1];
		const before = read(facts());
		const result = await cli(...replaced);
		expect(result.code).toBe(2);
		expect(result.err).toContain(message);
		expect(read(facts())).toBe(before);
		expect(existsSync(join(dir, 'facts/gamma.yaml'))).toBe(false);
	});

	test('missing flags are named', async () => {
		const result = await cli('add', '--id', 'alpha.x');
		expect(result.code).toBe(2);
		expect(result.err).toBe(
			'facts add: needs --provider, --kind, --label, --value, --source, --title, --confidence (see npm run facts -- add --help)\n'
		);
	});
});

describe('reader-visible nonsense is refused by set and add, naming file, id and field, and nothing is written', () => {
	const added = [
		'add',
		'--id',
		'alpha.batch.max-size',
		'--provider',
		'alpha',
		'--kind',
		'limit',
		'--label',
		'Largest input file',
		'--value',
		'200',
		'--unit',
		'MB',
		'--source',
		'https://docs.alpha.example/batch',
		'--title',
		'Alpha batch guide',
		'--confidence',
		'high',
	];
	const withOption = (name: string, value: string) =>
		added.map((a, i) => (added[i - 1] === name ? value : a));
	const cases: { name: string; args: string[]; file: () => string; message: string }[] = [
		{
			name: 'set: the unit typed into the value',
			args: ['set', 'alpha.batch.max-requests', '2000 requests'],
			file: facts,
			message:
				'facts/alpha.yaml: "alpha.batch.max-requests", field "value": is "2000 requests", text where a number belongs: write 2000; the unit requests is already given [unit-needs-number]',
		},
		{
			name: 'set: the unit typed as a second word',
			args: ['set', 'alpha.batch.max-requests', '2000', 'requests'],
			file: facts,
			message: 'field "value": is "2000 requests", text where a number belongs: write 2000',
		},
		{
			name: 'set: a value of spaces',
			args: ['set', 'alpha.batch.zdr', '    '],
			file: facts,
			message: 'facts/alpha.yaml: "alpha.batch.zdr", field "value": is blank (nothing but spaces)',
		},
		{
			name: 'set: a model price of 0 the data does not call free',
			args: ['set', 'alpha-one', 'standard.cacheRead', '0', 'batch.cacheRead', '0'],
			file: models,
			message:
				'models/alpha.yaml: "alpha-one", field "prices.standard.cacheRead": is 0, which readers see as free',
		},
		{
			name: 'add: "200 MB" with the unit MB',
			args: withOption('--value', '200 MB'),
			file: facts,
			message:
				'facts/alpha.yaml: "alpha.batch.max-size", field "value": is "200 MB", text where a number belongs: write 200; the unit MB is already given [unit-needs-number]',
		},
		{
			name: 'add: a label of spaces',
			args: withOption('--label', '      '),
			file: facts,
			message:
				'facts/alpha.yaml: "alpha.batch.max-size", field "label": is blank (nothing but spaces)',
		},
		{
			name: 'add: a source title of spaces',
			args: withOption('--title', '      '),
			file: facts,
			message:
				'facts/alpha.yaml: "alpha.batch.max-size", field "sources.0.title": is blank (nothing but spaces)',
		},
	];
	test.each(cases)('$name', async ({ args, file, message }) => {
		const before = read(file());
		const result = await cli(...args);
		expect(result.code).toBe(2);
		expect(result.err).toContain('was not changed');
		expect(result.err).toContain(message);
		expect(read(file())).toBe(before);
	});
	test('set: a negative limit (after "--", so -200 is not read as an option)', async () => {
		const before = read(facts());
		const result = await run([
			'set',
			'--data',
			dir,
			'--today',
			TODAY,
			'alpha.batch.max-requests',
			'--',
			'-200',
		]);
		expect(result.code).toBe(2);
		expect(result.err).toContain(
			'facts/alpha.yaml: "alpha.batch.max-requests", field "value": is -200 requests; a limit, price, count or duration is never negative [no-negative-numbers]'
		);
		expect(read(facts())).toBe(before);
	});
	test('the same add with a number value and a real label is accepted', async () => {
		const result = await cli(...added);
		expect(result.code, result.err).toBe(0);
		expect(record(facts(), 'alpha.batch.max-size')).toMatchObject({
			value: 200,
			unit: 'MB',
			label: 'Largest input file',
		});
	});
});

describe('stale and help', () => {
	test('stale is the stale report', async () => {
		const result = await run(['stale', '--data', dir, '--today', '2027-06-01', '--strict']);
		expect(result.code).toBe(1);
		expect(result.out).toMatch(/Facts as of 2027-06-01: \d+ stale/);
		expect((await run(['stale', '--data', dir, '--today', '2026-11-01'])).code).toBe(0);
	});

	test.each(['verify', 'set', 'add', 'stale', 'check-sources'])(
		'%s --help explains its usage',
		async (command) => {
			const result = await run([command, '--help']);
			expect(result.code).toBe(0);
			expect(result.out).toContain(`npm run facts -- ${command}`);
		}
	);

	test('no command prints the list of commands; an unknown one is a one-line error', async () => {
		expect((await run([])).out).toContain('Commands:');
		const unknown = await run(['verfy']);
		expect(unknown.code).toBe(2);
		expect(unknown.err).toBe('facts: unknown command "verfy" (see npm run facts -- --help)\n');
	});

	test('an unknown option is refused with a pointer to --help', async () => {
		const result = await cli('verify', 'alpha.batch.zdr', '--date', '2026-11-20');
		expect(result.code).toBe(2);
		expect(result.err).toBe(
			"facts verify: unknown option '--date' (see npm run facts -- verify --help)\n"
		);
	});

	test('as a command, exit codes and output reach the shell', () => {
		const out = spawnSync(
			process.execPath,
			['scripts/facts.ts', 'verify', 'alpha.batch.zdr', '--data', dir, '--today', TODAY],
			{ encoding: 'utf8' }
		);
		expect(out.status).toBe(0);
		expect(out.stdout).toContain('Verified fact alpha.batch.zdr');
		const bad = spawnSync(process.execPath, ['scripts/facts.ts', 'verify', 'nope', '--data', dir], {
			encoding: 'utf8',
		});
		expect(bad.status).toBe(2);
	}, 30_000); // two Node processes; slow on a busy machine
});

describe('a data file that does not parse is named first, and nothing is inferred from it', () => {
	const broken = readFileSync('tests/fixtures/bad-data/cli-unclosed-quote.yaml', 'utf8');
	const expected =
		/^Refused: fix this first; nothing was changed\.\n {2}- \S*facts\/alpha\.yaml: "\(file\)": is not valid YAML at line \d+, column 1: Missing closing "quote \(the quote opened at line \d+, column 10\); checks across files wait until it parses\n$/;
	test.each([
		['verify of a fact in the broken file', ['verify', 'alpha.batch.zdr']],
		['verify of a model in another file', ['verify', 'alpha-one']],
		['set', ['set', 'alpha.batch.max-requests', '2000']],
		[
			'add',
			[
				'add',
				'--id',
				'alpha.batch.window',
				'--provider',
				'alpha',
				'--kind',
				'limit',
				'--label',
				'Time a batch has',
				'--value',
				'24',
				'--unit',
				'hours',
				'--source',
				'https://docs.alpha.example/batch',
				'--title',
				'Alpha batch guide',
				'--confidence',
				'high',
			],
		],
	])('%s', async (_name, args) => {
		writeFileSync(facts(), broken);
		const before = read(models());
		const result = await cli(...args);
		expect(result.code).toBe(2);
		// Not "no fact or model … did you mean", not a list of references "which does not exist".
		expect(result.err).toMatch(expected);
		expect(read(facts())).toBe(broken);
		expect(read(models())).toBe(before);
	});

	test('stale prints the one syntax error and exits 2', async () => {
		writeFileSync(facts(), broken);
		const result = await cli('stale');
		expect(result.code).toBe(2);
		expect(result.err.trim().split('\n')).toHaveLength(1);
		expect(result.err).toMatch(
			/facts\/alpha\.yaml: "\(file\)": is not valid YAML at line \d+, column 1: Missing closing "quote/
		);
	});
});

describe('value errors name the fact, the field and the value', () => {
	test('a number too large to store is refused as such, by name', async () => {
		const before = read(facts());
		const result = await cli('set', 'alpha.batch.max-requests', '1e400');
		expect(result).toMatchObject({ code: 2, out: '' });
		expect(result.err).toBe(
			'"alpha.batch.max-requests", field "value": 1e400 is not a finite number (too large to store); give a number like 1500000, or "unknown"\n'
		);
		expect(read(facts())).toBe(before);
	});

	test('a discount written as "50%" is one problem, on the discount fact, with a hint', async () => {
		const before = read(facts());
		const result = await cli('set', 'alpha.batch.discount', '50%');
		expect(result.code).toBe(2);
		const problems = result.err.split('\n').filter((l) => l.startsWith('  - '));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/facts\/alpha\.yaml: "alpha\.batch\.discount", field "value": is "50%", but the batch discount must be a number \(the percentage off standard prices, used to check the batch prices of alpha's 2 models\); write the number 50 with unit "%" \[batch-discount\]$/
		);
		expect(result.err).not.toMatch(/alpha-one|alpha-mini/);
		expect(read(facts())).toBe(before);
	});

	test('a negative value is a usage error that says how to pass one', async () => {
		const result = await cli('set', 'alpha.batch.max-requests', '-5');
		expect(result.code).toBe(2);
		expect(result.err).toBe(
			`facts set: unknown option '-5'; a value starting with "-" goes after "--", e.g. -- -5 (see npm run facts -- set --help)\n`
		);
	});
});

describe('edits are checked against the wizard tree too', () => {
	test('a threshold the wizard cannot use names the fact, its value and the question', async () => {
		const real = copyData('data');
		try {
			const file = join(real.dir, 'facts/openai.yaml');
			const before = read(file);
			const r = await run([
				'set',
				'openai.batch.max-requests',
				'0',
				'--data',
				real.dir,
				'--today',
				LIVE_DAY,
			]);
			expect(r.code).toBe(2);
			expect(r.err).toContain(
				`decision-tree.yaml: "volume", field "threshold": fact "openai.batch.max-requests" = 0, but the wizard's "volume" question uses it as its threshold, which must be a whole number of at least 1 [question-shape]`
			);
			expect(r.err).not.toContain('Cannot enumerate');
			expect(read(file)).toBe(before);
		} finally {
			real.cleanup();
		}
	});

	test('a fact the tree compares with a number cannot become a text value', async () => {
		const real = copyData('data');
		try {
			const file = join(real.dir, 'facts/openai.yaml');
			const before = read(file);
			// The live data is judged on the build day: editors' recent checks are not "in the future".
			const r = await run([
				'set',
				'openai.batch.max-requests',
				'a lot',
				'--data',
				real.dir,
				'--today',
				LIVE_DAY,
			]);
			expect(r.code).not.toBe(0);
			expect(r.err).toMatch(/decision-tree\.yaml: "volume", field "threshold"/);
			expect(read(file)).toBe(before);
			// The untouched real data, tree included, passes.
			expect(readDataset(real.dir, LIVE_DAY).problems).toEqual([]);
		} finally {
			real.cleanup();
		}
	});
});

test('a value of "-0" is read as 0, so it is stored and shown as 0', async () => {
	const { parseValueArgs } = await import('../../scripts/lib/editor/fact-edits.ts');
	expect(Object.is(parseValueArgs(['-0']), 0)).toBe(true);
	expect(Object.is(parseValueArgs(['-0.0']), 0)).toBe(true);
	expect(parseValueArgs(['-5'])).toBe(-5);
});
