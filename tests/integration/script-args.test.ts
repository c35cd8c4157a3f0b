// Every script reads its command line strictly: --help/-h prints the usage and exits 0; an unknown
// option or a stray argument is exactly one line on stderr and exit 2 (never 1, the "stale" or
// "problems found" code, and never a stack trace); a bad --today is refused with exit 2 too.
// The scripts run as real processes on the test's own Node. CHROMIUM_PATH and DIST_DIR point
// nowhere, so a script that started a browser or read a build before its arguments would fail.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run as checkData } from '../../scripts/check-data.ts';
import { run as stale } from '../../scripts/check-stale-facts.ts';
import { run as facts } from '../../scripts/facts.ts';
import { parseAuditArgs } from '../../scripts/audit.ts';
import { HELP_OPTION, strictArgs, UsageError } from '../../scripts/lib/cli.ts';
import { copyData } from '../fixtures/temp-data.ts';

interface Outcome {
	status: number | null;
	stdout: string;
	stderr: string;
}

// At most a few Node processes at once: the machine is shared.
let running = 0;
const waiting: (() => void)[] = [];
async function node(args: string[]): Promise<Outcome> {
	if (running >= 3) await new Promise<void>((go) => waiting.push(go));
	running++;
	try {
		return await new Promise((done, fail) => {
			const child = spawn(process.execPath, args, {
				env: {
					...process.env,
					CHROMIUM_PATH: '/nonexistent/chromium',
					DIST_DIR: '/nonexistent/dist',
				},
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			child.on('error', fail);
			child.on('close', (status) => done({ status, stdout, stderr }));
		});
	} finally {
		running--;
		waiting.shift()?.();
	}
}

/** One line of stderr, no stack frames. */
function expectOneLine(stderr: string) {
	expect(stderr.endsWith('\n'), stderr).toBe(true);
	expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
	expect(stderr).not.toMatch(/^\s+at /m);
}

// The facts CLI gets a data folder that does not exist: its arguments are refused before any file is read.
const SCRIPTS: { script: string; args: string[]; dates: boolean }[] = [
	{ script: 'check-data', args: [], dates: true },
	{ script: 'check-stale-facts', args: [], dates: true },
	{
		script: 'facts',
		args: ['verify', 'openai.batch.max-requests', '--data', '/nonexistent/data'],
		dates: true,
	},
	{ script: 'generate-schemas', args: [], dates: false },
	{ script: 'audit', args: [], dates: false },
	{ script: 'lighthouse', args: [], dates: false },
	{ script: 'bench', args: [], dates: false },
	{ script: 'test', args: [], dates: false },
];

// A real process costs about a second of CPU, so each script gets three here (--help, an unknown
// option, a bad date); -h, stray arguments and the facts commands are checked in process below.
describe.concurrent.each(SCRIPTS.map((s) => [s.script, s] as const))(
	'scripts/%s.ts',
	(name, { args, dates }) => {
		const script = `scripts/${name}.ts`;
		const prefix = name === 'facts' ? 'facts verify' : name;
		const see = name === 'facts' ? 'npm run facts -- verify --help' : '--help';

		test('--help prints the usage and exits 0', { timeout: 120_000 }, async () => {
			const r = await node([script, '--help']);
			expect(r.stderr).toBe('');
			expect(r.stdout).toMatch(/^Usage: /);
			expect(r.status).toBe(0);
		});

		test('an unknown option is one line and exit 2', { timeout: 120_000 }, async () => {
			const r = await node([script, ...args, '--bogus']);
			expect(r.stderr).toBe(`${prefix}: unknown option '--bogus' (see ${see})\n`);
			expect(r.stdout).toBe('');
			expect(r.status).toBe(2);
		});

		// Only the scripts that take a date have the test (never a skipped test in the run).
		if (dates)
			test('--today garbage is one line and exit 2', { timeout: 120_000 }, async () => {
				const r = await node([script, ...args, '--today', 'garbage']);
				expect(r.stderr).toBe(
					`${prefix}: --today "garbage" must be a date written as YYYY-MM-DD\n`
				);
				expect(r.status).toBe(2);
			});
	}
);

describe('in process: -h, stray arguments and other dates', () => {
	test.each([
		['check-data', checkData],
		['check-stale-facts', (argv: string[]) => stale(argv)],
	] as const)('%s', (name, run) => {
		expect(run(['-h'])).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/^Usage: /) });
		expect(run(['extra'])).toEqual({
			code: 2,
			out: '',
			err: `${name}: unexpected argument 'extra' (see --help)\n`,
		});
		expect(run(['--today', '2026-02-30'])).toEqual({
			code: 2,
			out: '',
			err: `${name}: --today "2026-02-30" is not a real calendar date\n`,
		});
		expect(run(['--today'])).toEqual({
			code: 2,
			out: '',
			err: `${name}: option '--today <value>' needs a value (see --help)\n`,
		});
		expect(run(['--data', 'no/such/folder'])).toEqual({
			code: 2,
			out: '',
			err: `${name}: the data folder "no/such/folder" does not exist\n`,
		});
	});

	test('audit takes one folder at most and a whole --concurrency', () => {
		expect(parseAuditArgs(['-h'])).toEqual({ help: true });
		expect(() => parseAuditArgs(['dist', 'extra'])).toThrow(
			new UsageError("unexpected argument 'extra' (see --help)")
		);
		expect(() => parseAuditArgs(['--concurrency', 'two'])).toThrow(
			'--concurrency must be a whole number of at least 1, got "two"'
		);
	});
});

// Every command of the editor CLI, in process, on a throwaway copy of the fixtures (an argument
// mistake must never reach the data, but if one did it would land in the copy).
describe.each([
	['verify', ['alpha.batch.zdr']],
	['set', ['alpha.batch.max-requests', '2000']],
	[
		'add',
		[
			'--id',
			'alpha.x',
			'--provider',
			'alpha',
			'--kind',
			'limit',
			'--label',
			'X',
			'--value',
			'1',
			'--source',
			'https://docs.alpha.example/x',
			'--title',
			'X',
			'--confidence',
			'high',
		],
	],
	['stale', []],
	['check-sources', []],
	['cross-check', []],
])('npm run facts -- %s', (command, args) => {
	let data: string[];
	let cleanup: () => void;
	beforeEach(() => {
		const copy = copyData();
		data = ['--data', copy.dir];
		cleanup = copy.cleanup;
	});
	afterEach(() => cleanup());

	test('--help and -h print its usage and exit 0', async () => {
		for (const flag of ['--help', '-h']) {
			const r = await facts([command, flag]);
			expect(r).toMatchObject({ code: 0, err: '' });
			expect(r.out).toMatch(/^Usage: npm run facts -- /);
		}
	});
	test('an unknown option is one line and exit 2', async () => {
		const r = await facts([command, ...args, ...data, '--bogus']);
		expect(r).toEqual({
			code: 2,
			out: '',
			err: `facts ${command}: unknown option '--bogus' (see npm run facts -- ${command} --help)\n`,
		});
	});
	// set takes any number of words (a list value), so only the others can have a stray argument:
	// the test exists for them alone (never a skipped test in the run).
	if (command !== 'set')
		test('a stray argument is one line and exit 2', async () => {
			const r = await facts([command, ...args, ...data, 'stray']);
			expect(r.code).toBe(2);
			expectOneLine(r.err);
			expect(r.err).toMatch(
				new RegExp(
					`^facts ${command}: ${command === 'verify' ? 'takes one id, not 2' : "unexpected argument 'stray'"}`
				)
			);
		});
	test('--today garbage is one line and exit 2', async () => {
		const r = await facts([command, ...args, ...data, '--today', 'garbage']);
		expect(r).toEqual({
			code: 2,
			out: '',
			err: `facts ${command}: --today "garbage" must be a date written as YYYY-MM-DD\n`,
		});
	});
});

test('facts: no command prints the commands; an unknown command or option is one line', async () => {
	expect((await facts([])).out).toMatch(/^Usage: npm run facts -- <command>/);
	expect(await facts(['verfy'])).toEqual({
		code: 2,
		out: '',
		err: 'facts: unknown command "verfy" (see npm run facts -- --help)\n',
	});
	expect(await facts(['--bogus'])).toEqual({
		code: 2,
		out: '',
		err: "facts: unknown option '--bogus' (see npm run facts -- --help)\n",
	});
	const { dir, cleanup } = copyData();
	try {
		// Options are checked before any file is read: the id need not exist.
		expect((await facts(['set', 'no.such.fact', '2000', '--data', dir, '--on', 'soon'])).err).toBe(
			'facts set: --on "soon" must be a date written as YYYY-MM-DD\n'
		);
		expect((await facts(['verify', 'no.such.fact', '--data', dir, '--on', '2026-1-1'])).err).toBe(
			'facts verify: --on "2026-1-1" must be a date written as YYYY-MM-DD\n'
		);
	} finally {
		cleanup();
	}
});

describe('the shared parser (scripts/lib/cli.ts)', () => {
	const options = { ...HELP_OPTION, today: { type: 'string' }, json: { type: 'boolean' } } as const;
	test.each([
		[['--nope'], "unknown option '--nope' (see --help)"],
		[['-x'], "unknown option '-x' (see --help)"],
		[
			['-5'],
			`unknown option '-5'; a value starting with "-" goes after "--", e.g. -- -5 (see --help)`,
		],
		[['word'], "unexpected argument 'word' (see --help)"],
		[['--today'], "option '--today <value>' needs a value (see --help)"],
		[['--json=yes'], "option '--json' does not take an argument (see --help)"],
	])('%j is refused in one line', (args, message) => {
		expect(() => strictArgs({ args, options })).toThrow(new UsageError(message));
	});
	test('-h is --help', () => {
		expect(strictArgs({ args: ['-h'], options }).values.help).toBe(true);
	});
});
