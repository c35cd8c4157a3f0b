// `npm test`: every check the README promises, two at a time where they fit side by side on a
// 2-core machine, in the order a failure is cheapest to find. Usage: npm test [-- --serial]
// (--help prints the options). Each step is an npm script that also runs on its own.
import { fixtureBuildEnv, E2E_DIST } from './lib/fixture-site.ts';
import { HELP_OPTION, atMost, runMain, strictArgs } from './lib/cli.ts';
import { runStages, summary, type Stage } from './lib/steps.ts';

/**
 * Stages run one after another; the lanes of a stage side by side. The pairs are chosen by what each
 * step leaves idle (measured in docs/benchmarks.md): the type check is one busy process beside the
 * quick checks; the two builds each keep about one core busy; the integration tests wait on the
 * processes they start and Lighthouse on each page settling, so together they fill both cores. The
 * audit and the browser tests keep both cores busy on their own, so each runs alone.
 */
export const PLAN: Stage[] = [
	// `astro check` reads the types in .astro/ that a build rewrites: it runs before any build.
	[
		[{ script: 'check' }],
		[
			{ script: 'lint' },
			{ script: 'format:check' },
			{ script: 'test:unit' },
			{ script: 'test:data' },
		],
	],
	// The browser tests' fixture site (its own data, date, output and cache) beside the real one.
	[
		[{ script: 'build' }],
		[{ script: 'build', label: 'build (browser tests’ fixture site)', env: fixtureBuildEnv() }],
	],
	[[{ script: 'test:integration' }], [{ script: 'lighthouse:assert' }]],
	[[{ script: 'audit' }]],
	// The fixture site is ready: the browser tests' setup checks its date and does not build it again.
	[[{ script: 'test:e2e', env: { E2E_DIST_DIR: E2E_DIST } }]],
];

export const USAGE = `Usage: npm test [-- --serial]

Runs every test and check: types (check), lint, format:check, test:unit, test:data, build (and the
browser tests' fixture site), test:integration, lighthouse:assert, audit and test:e2e; some side by
side. Each step's output is printed when it ends; the first failure stops the run.

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
