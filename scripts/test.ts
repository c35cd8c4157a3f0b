// `npm test`: every check the README promises, side by side where they fit on a 2-core machine.
// Usage: npm test [-- --serial] (--help prints the options). Each step is an npm script that also
// runs on its own.
import { fixtureBuildEnv, E2E_DIST } from './lib/fixture-site.ts';
import { HELP_OPTION, atMost, runMain, strictArgs } from './lib/cli.ts';
import { runStages, summary, type Stage } from './lib/steps.ts';

/**
 * Stages run one after another; the lanes of a stage side by side. The lanes are chosen by what each
 * step leaves idle (measured in docs/benchmarks.md): the two builds and the quick checks each keep
 * about one core busy; the integration tests run one file at a time and wait on the processes they
 * start, and Lighthouse waits on each page settling, so the type check fits beside them. The audit and
 * the browser tests keep both cores busy on their own, so each runs alone.
 */
export const PLAN: Stage[] = [
	[
		[{ script: 'build' }],
		// The browser tests' fixture site: its own data, date, output folder and cache.
		[{ script: 'build', label: 'build (browser tests’ fixture site)', env: fixtureBuildEnv() }],
		[
			{ script: 'test:unit' },
			{ script: 'test:data' },
			{ script: 'lint' },
			{ script: 'format:check' },
		],
	],
	// `astro check` reads the types in .astro/ that a build rewrites, so it never runs beside a build
	// of this folder (the integration tests build copies of the project elsewhere).
	[[{ script: 'test:integration' }], [{ script: 'lighthouse:assert' }, { script: 'check' }]],
	[[{ script: 'audit' }]],
	// The fixture site is ready: the browser tests' setup checks its date and does not build it again.
	[[{ script: 'test:e2e', env: { E2E_DIST_DIR: E2E_DIST } }]],
];

export const USAGE = `Usage: npm test [-- --serial]

Runs every test and check: build (and the browser tests' fixture site), test:unit, test:data,
lint, format:check, test:integration, lighthouse:assert, check (types), audit and test:e2e; some
side by side. Each step's output is printed when it ends; the first failure stops the run.

  --serial     one step at a time, in that order
  -h, --help   this help

Exit codes: 0 all passed, 1 a step failed, 2 invalid arguments.`;

async function main(argv: string[]): Promise<number | void> {
	const { values, positionals } = strictArgs({
		args: argv,
		allowPositionals: true,
		options: { ...HELP_OPTION, serial: { type: 'boolean', default: false } },
	});
	if (values.help) return void process.stdout.write(USAGE + '\n');
	atMost(positionals, 0);
	const started = Date.now();
	const { ok, results } = await runStages(PLAN, { serial: values.serial });
	process.stdout.write(
		`\nnpm test ${ok ? 'passed' : 'failed'}:\n${summary(results, (Date.now() - started) / 1000)}`
	);
	return ok ? 0 : 1;
}

if (import.meta.main) await runMain('test', () => main(process.argv.slice(2)));
