// One lint command (after browser-compat-data's): the data rules and the wizard-tree rules (both run
// by the one reader of data/), the content rule (no numbers typed into prose) and the schema check
// (schemas/ and each data file's schema line up to date). Usage: npm run lint [-- options].
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '../src/lib/facts/read.ts';
import { formatProblem, type Problem } from '../src/lib/facts/problems.ts';
import { todayIso } from '../src/lib/site/dates.ts';
import { findTypedNumbers } from './lib/lint/typed-numbers.ts';
import { githubAnnotation } from './lib/lint/annotations.ts';
import { outOfDate } from './generate-schemas.ts';
import {
	atMost,
	dateOption,
	HELP_OPTION,
	runCli,
	strictArgs,
	UsageError,
	type CliResult,
} from './lib/cli.ts';

export const CHECKS = ['data', 'content', 'schemas'] as const;
type Check = (typeof CHECKS)[number];

export const USAGE = `Usage: npm run lint [-- --only data|content|schemas] [--format text|github] [--today YYYY-MM-DD]
                    [--data DIR] [--content DIR]

Runs every rule over the project and prints each problem with its file, record or line, and rule:
  data     the data rules and the wizard-tree rules over data/ (as the build runs them)
  content  no price, limit or date typed into prose in content/ (npm run lint:content)
  schemas  schemas/*.schema.json and each data file's schema line are up to date

  --only CHECK        run one check (repeatable)
  --format FORMAT     text (default) or github: GitHub Actions annotations with file and line
                      (the default when GITHUB_ACTIONS=true)
  --today YYYY-MM-DD  the day to judge dates against (default: today)
  --data DIR          the data folder (default: data)
  --content DIR       the content folder (default: content)
  -h, --help          this help

Exit codes: 0 no problems, 1 problems found, 2 invalid arguments.`;

/** Every .mdx and .yaml file under a folder. */
function contentFiles(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory()
				? contentFiles(path)
				: /\.(mdx|ya?ml)$/.test(name)
					? [path]
					: [];
		});
}

/** The problems one check finds, in the data's own shape (file, id, field, rule, line). */
export function runCheck(
	check: Check,
	today: string,
	dirs = { data: 'data', content: 'content' }
): Problem[] {
	switch (check) {
		case 'data':
			return readDataset(dirs.data, today).problems;
		case 'content':
			return contentFiles(dirs.content).flatMap((file) =>
				findTypedNumbers(readFileSync(file, 'utf8')).map((hit) => ({
					file,
					id: `line ${hit.line}`,
					field: '',
					line: hit.line,
					rule: 'typed-numbers',
					message: `${hit.kind} "${hit.text}" is typed into the text; show it with <FactValue id="…" /> or another fact component`,
				}))
			);
		case 'schemas':
			return outOfDate(dirs.data).map((file) => ({
				file,
				id: '(file)',
				field: '',
				rule: 'schemas-up-to-date',
				message: 'is out of date; run npm run schemas',
			}));
	}
}

export function run(argv: string[], env: NodeJS.ProcessEnv = process.env): CliResult {
	const { values, positionals } = strictArgs({
		args: argv,
		allowPositionals: true,
		options: {
			...HELP_OPTION,
			only: { type: 'string', multiple: true },
			format: { type: 'string' },
			today: { type: 'string' },
			data: { type: 'string', default: 'data' },
			content: { type: 'string', default: 'content' },
		},
	});
	if (values.help) return { code: 0, out: USAGE + '\n', err: '' };
	atMost(positionals, 0);
	const only = values.only ?? [...CHECKS];
	for (const check of only)
		if (!(CHECKS as readonly string[]).includes(check))
			throw new UsageError(`--only "${check}" is not one of: ${CHECKS.join(', ')}`);
	const format = values.format ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
	if (format !== 'text' && format !== 'github')
		throw new UsageError(`--format "${format}" is not one of: text, github`);
	const today = dateOption('today', values.today, todayIso());
	for (const dir of [values.data, values.content])
		if (!existsSync(dir)) throw new UsageError(`the folder "${dir}" does not exist`);

	let out = '';
	let err = '';
	let total = 0;
	for (const check of only as Check[]) {
		const problems = runCheck(check, today, { data: values.data, content: values.content });
		total += problems.length;
		out += `${check}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}\n`;
		for (const p of problems) {
			if (format === 'github') out += githubAnnotation(p) + '\n';
			err += formatProblem(p) + '\n';
		}
	}
	return { code: total ? 1 : 0, out, err };
}

if (import.meta.main) await runCli('lint', (argv) => run(argv));
