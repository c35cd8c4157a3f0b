// Stale-facts report: which facts and model prices are past (or near) their review date.
// Usage: npm run facts:stale -- [--today YYYY-MM-DD] [--json | --markdown] [--strict] [--data DIR]
// Exit codes: 0 ok, 1 something is stale and --strict was given, 2 the data is invalid.
import { parseArgs } from 'node:util';
import { readDataset } from '../src/lib/data-files.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { todayIso } from '../src/lib/dates.ts';
import { IsoDateSchema } from '../src/schemas.ts';
import { buildStaleReport, reportAsMarkdown, reportAsTable } from '../src/lib/stale-report.ts';

export function run(argv: string[]): { code: number; out: string; err: string } {
	// 1. Read the options; a bad --today is invalid input, like bad data.
	const { values } = parseArgs({
		args: argv,
		options: {
			today: { type: 'string' },
			json: { type: 'boolean', default: false },
			markdown: { type: 'boolean', default: false },
			strict: { type: 'boolean', default: false },
			data: { type: 'string', default: 'data' },
		},
	});
	const today = values.today ?? todayIso();
	const date = IsoDateSchema.safeParse(today);
	if (!date.success) return { code: 2, out: '', err: `--today "${today}" ${date.error.issues[0].message}\n` };

	// 2. Load the data with the same schema and rules as the build; refuse to report on bad data.
	const { data, problems } = readDataset(values.data!, today);
	if (problems.length) return { code: 2, out: '', err: problems.map(formatProblem).join('\n') + '\n' };

	// 3. Judge every fact and model price against its review window, and print.
	const report = buildStaleReport(data, today);
	const out = values.json ? JSON.stringify(report, null, 2) + '\n' : values.markdown ? reportAsMarkdown(report) : reportAsTable(report);
	return { code: values.strict && report.counts.stale > 0 ? 1 : 0, out, err: '' };
}

if (import.meta.main) {
	const result = run(process.argv.slice(2));
	process.stdout.write(result.out);
	process.stderr.write(result.err);
	process.exitCode = result.code;
}
