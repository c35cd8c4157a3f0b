// Stale-facts report: which facts and model prices are past (or near) their review date.
// Exit codes: 0 ok, 1 something is stale and --strict was given, 2 invalid data or arguments.
import { existsSync } from 'node:fs';
import { readDataset } from '../src/lib/facts/read.ts';
import { formatProblem } from '../src/lib/facts/problems.ts';
import { todayIso } from '../src/lib/site/dates.ts';
import {
	buildStaleReport,
	outdatedTranslations,
	reportAsMarkdown,
	reportAsTable,
	translationsAsMarkdown,
	translationsAsTable,
} from './lib/editor/stale-report.ts';
import { dateOption, HELP_OPTION, INVALID, runCli, strictArgs, UsageError } from './lib/cli.ts';

export const USAGE = `Usage: npm run facts:stale -- [--today YYYY-MM-DD] [--json | --markdown] [--strict] [--translations] [--data DIR]

The facts and model prices that are due or past their review date (see data/freshness.yaml),
stale first. With --translations: the translations (data/i18n/) whose English has changed since,
and the wizard questions, outcomes and FAQ entries not translated yet (with the hash to record).

  --today YYYY-MM-DD   the day to judge against (default: today)
  --json / --markdown  other formats (Markdown is ready for an issue)
  --strict             exit 1 when anything is stale (for CI), or, with --translations, outdated
  --translations       list outdated translations instead of facts due for review
  --data DIR           the data folder (default: data)
  -h, --help           this help

Exit codes: 0 ok, 1 stale facts (or outdated translations) with --strict, 2 invalid data or arguments.`;

/** The report for `argv`; `name` prefixes a usage error (the facts CLI runs it as "facts stale"). */
export function run(
	argv: string[],
	name = 'check-stale-facts'
): { code: number; out: string; err: string } {
	try {
		return report(argv);
	} catch (error) {
		if (error instanceof UsageError)
			return { code: INVALID, out: '', err: `${name}: ${error.message}\n` };
		throw error;
	}
}

function report(argv: string[]): { code: number; out: string; err: string } {
	// 1. Read the options; a bad --today is invalid input, like bad data.
	const { values } = strictArgs({
		args: argv,
		options: {
			...HELP_OPTION,
			today: { type: 'string' },
			json: { type: 'boolean', default: false },
			markdown: { type: 'boolean', default: false },
			strict: { type: 'boolean', default: false },
			translations: { type: 'boolean', default: false },
			data: { type: 'string', default: 'data' },
		},
	});
	if (values.help) return { code: 0, out: USAGE + '\n', err: '' };
	if (values.json && values.markdown)
		throw new UsageError('give --json or --markdown, not both (see --help)');
	const today = dateOption('today', values.today, todayIso());
	if (!existsSync(values.data))
		throw new UsageError(`the data folder "${values.data}" does not exist`);

	// 2. Load the data with the same schema and rules as the build; refuse to report on bad data.
	const { data, problems } = readDataset(values.data, today);
	if (problems.length)
		return { code: INVALID, out: '', err: problems.map(formatProblem).join('\n') + '\n' };

	// 3a. Translations older than their English: the editors' list for data/i18n/.
	if (values.translations) {
		const items = outdatedTranslations(data);
		const out = values.json
			? JSON.stringify({ today, translations: items }, null, 2) + '\n'
			: values.markdown
				? translationsAsMarkdown(items)
				: translationsAsTable(items);
		return {
			code: values.strict && items.some((i) => i.state === 'outdated') ? 1 : 0,
			out,
			err: '',
		};
	}

	// 3. Judge every fact and model price against its review window, and print.
	const report = buildStaleReport(data, today);
	const out = values.json
		? JSON.stringify(report, null, 2) + '\n'
		: values.markdown
			? reportAsMarkdown(report)
			: reportAsTable(report);
	return { code: values.strict && report.counts.stale > 0 ? 1 : 0, out, err: '' };
}

if (import.meta.main) await runCli('check-stale-facts', run);
