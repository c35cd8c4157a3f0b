// Validates everything in data/ and prints each problem with its file, record and field.
// Exit codes: 0 valid, 2 invalid data or invalid arguments.
import { existsSync } from 'node:fs';
import { readDataset } from '../src/lib/facts/read.ts';
import { formatProblem } from '../src/lib/facts/problems.ts';
import { todayIso } from '../src/lib/site/dates.ts';
import { dateOption, HELP_OPTION, INVALID, runCli, strictArgs, UsageError } from './lib/cli.ts';

export const USAGE = `Usage: node scripts/check-data.ts [--today YYYY-MM-DD] [--data DIR]

Validates every file in the data folder with the same schema and rules as the build, and prints
each problem with its file, record id and field.

  --today YYYY-MM-DD  the day to judge dates against (default: today)
  --data DIR          the data folder (default: data)
  -h, --help          this help

Exit codes: 0 valid, 2 invalid data or arguments.`;

export function run(argv: string[]): { code: number; out: string; err: string } {
	try {
		return check(argv);
	} catch (error) {
		if (error instanceof UsageError)
			return { code: INVALID, out: '', err: `check-data: ${error.message}\n` };
		throw error;
	}
}

function check(argv: string[]): { code: number; out: string; err: string } {
	const { values } = strictArgs({
		args: argv,
		options: {
			...HELP_OPTION,
			today: { type: 'string' },
			data: { type: 'string', default: 'data' },
		},
	});
	if (values.help) return { code: 0, out: USAGE + '\n', err: '' };
	const today = dateOption('today', values.today, todayIso());
	if (!existsSync(values.data))
		throw new UsageError(`the data folder "${values.data}" does not exist`);
	const { data, problems } = readDataset(values.data, today);
	const summary =
		`${data.providers.length} providers, ${data.facts.length} facts, ${data.models.length} models, ${data.claims.length} claims: ` +
		(problems.length ? `${problems.length} problem(s)` : 'all valid');
	return {
		code: problems.length ? INVALID : 0,
		out: summary + '\n',
		err: problems.map((p) => formatProblem(p) + '\n').join(''),
	};
}

if (import.meta.main) await runCli('check-data', run);
