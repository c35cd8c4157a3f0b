// Editor CLI for the fact data: npm run facts -- <command> [options]. `--help` on any command.
// Exit codes: 0 ok, 1 problems found (stale --strict, check-sources, cross-check), 2 refused or invalid input.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { parse } from 'yaml';
import { run as runStale } from './check-stale-facts.ts';
import { readDataset, syntaxProblems } from '../src/lib/facts/read.ts';
import { commitEdit } from './lib/editor/data-write.ts';
import { todayIso } from '../src/lib/site/dates.ts';
import {
	appendRecord,
	EditError,
	parsePricePath,
	parseValueArgs,
	setFactValue,
	setModelPrices,
	verifyRecord,
	type EditOptions,
	type PriceChange,
} from './lib/editor/fact-edits.ts';
import { nearestIds } from '../src/lib/facts/rules.ts';
import { withSchemaLine } from './lib/editor/json-schemas.ts';
import { formatProblem } from '../src/lib/facts/problems.ts';
import {
	checkSources,
	collectTargets,
	DEFAULT_CONCURRENCY,
	DEFAULT_TIMEOUT_MS,
	sourceReportAsMarkdown,
	sourceReportAsText,
} from './lib/editor/source-check.ts';
import { CONFIDENCE, FACT_KINDS, type ChangeDate, type Confidence } from '../src/schemas.ts';
import {
	CrossCheckError,
	crossCheck,
	crossCheckAsMarkdown,
	crossCheckAsText,
	loadBundledPrices,
	type TheirDataset,
} from './lib/editor/cross-check.ts';
import {
	dateOption,
	HELP_OPTION,
	parseArgsMessage,
	runCli,
	strictArgs,
	UsageError,
} from './lib/cli.ts';

export interface Result {
	code: number;
	out: string;
	err: string;
}
export interface Deps {
	/** Used by check-sources; tests inject one that talks to a local server. */
	fetch?: typeof fetch;
	/** Used by cross-check; tests inject a fixture instead of the bundled price data. */
	loadPrices?: () => Promise<TheirDataset>;
}

const COMMON = `Common options:
  --data DIR          data folder (default: data)
  --today YYYY-MM-DD  the day to judge dates against (default: today)
  -h, --help          this help`;

const HELP: Record<string, string> = {
	main: `Usage: npm run facts -- <command> [options]

Commands:
  verify <id>               mark a fact or a model's prices as re-checked, value unchanged
  set <id> <value>          change a fact's value (the old one moves into history)
  set <model> <path> <usd>  change model prices, e.g. set gpt-4o-mini batch.input 0.08
  add --id … --provider …   append a new fact, validated before writing
  stale                     the stale-facts report (same as npm run facts:stale)
  check-sources             fetch every source URL and report broken or moved pages
  cross-check               compare model prices with the price data in @pydantic/genai-prices

Run "npm run facts -- <command> --help" for a command's options.
Exit codes: 0 ok, 1 problems found, 2 refused (invalid edit or input; nothing was written).`,
	verify: `Usage: npm run facts -- verify <id> [--on YYYY-MM-DD] [--source URL [--title TEXT]] [--confidence LEVEL]

Records that the fact or model <id> was checked against its source and is still right: sets
verifiedOn to today (or --on) and leaves the value alone. <id> is a fact id
(openai.batch.max-requests) or a model id (gpt-4o-mini: all its prices).

  --on YYYY-MM-DD   the day of the check (default: today; not before the current verifiedOn)
  --source URL      the page checked. Kept if already cited; a new URL replaces the sources
                    (give its page title with --title)
  --title TEXT      title of the --source page
  --confidence LEVEL  set the record's confidence (${CONFIDENCE.join(', ')}), e.g. raised by a better source

${COMMON}`,
	set: `Usage: npm run facts -- set <fact-id> <value…> [options]
       npm run facts -- set <model-id> <price-path> <usd> [<price-path> <usd> …] [options]

Changes a value. The old value, its verifiedOn and its sources move to the top of history
(newest first) with until = the new date; the record gets the new value and verifiedOn.

Fact values: a number (50000), true/false, text, or several words for a list of texts
(set openai.batch.endpoints /v1/responses /v1/embeddings). "unknown" and "not-documented" mark a
value nobody can confirm. --text keeps "42" or "true" as text.

Model prices: USD per million tokens at a path <tier>.<price>, tier standard or batch, price
input, output, cacheWrite5m, cacheWrite30m, cacheWrite1h, cacheWrite12h or cacheRead. "unknown" removes an optional price.
Change a standard price and its batch price together so the batch discount still holds:
  set gpt-4o-mini standard.input 0.16 batch.input 0.08
The history entry keeps only the changed prices, e.g. { batch: { input: 0.075 } }.

  --on YYYY-MM-DD   the day the new value was confirmed (default: today)
  --source URL      the page that states the new value (new URL: also --title)
  --title TEXT      title of the --source page
  --note TEXT       a note on the history entry (why it changed)
  --text            treat a fact value as text
  --until YYYY-MM-DD        the day the old value stopped being true, when not --on
  --between FROM TO         the old value changed after FROM and by TO (a window, when only
                            that is known); instead of --until
  --confidence LEVEL        the record's confidence with the new value (${CONFIDENCE.join(', ')})
  --history-confidence LEVEL  how sure we are of the change and its date, kept on the history entry

${COMMON}`,
	add: `Usage: npm run facts -- add --id ID --provider P --kind KIND --label TEXT --value V
                          --source URL --title TEXT --confidence LEVEL [options]

Appends a new fact to data/facts/<provider>.yaml (in that file's style), after checking the
whole dataset with it.

  --id ID                 new fact id, e.g. openai.batch.max-requests
  --provider P            provider id from data/providers.yaml
  --kind KIND             ${FACT_KINDS.join(', ')}
  --label TEXT            what the value is, for readers
  --value V               the value; repeat for a list of texts ("unknown" if not known)
  --unit TEXT             unit of a number (requests, MB, hours, %)
  --source URL --title T  the page that states it (https)
  --confidence LEVEL      ${CONFIDENCE.join(', ')}
  --on YYYY-MM-DD         the day it was checked (default: today)
  --anchor TEXT           a short phrase expected on the source page (for check-sources)
  --note TEXT             editors' note, in our own words
  --text                  treat the value as text

${COMMON}`,
	stale: `Usage: npm run facts -- stale [--today YYYY-MM-DD] [--json | --markdown] [--strict] [--data DIR]

The facts and model prices that are due or past their review date (see data/freshness.yaml).
  --json / --markdown  other formats (Markdown is ready for an issue)
  --strict             exit 1 when anything is stale (for CI)`,
	'check-sources': `Usage: npm run facts -- check-sources [--only ID] [--json | --markdown] [options]

Fetches every source URL of the facts and models (each URL once) and reports:
HTTP errors (4xx/5xx), network errors, timeouts, redirects to a different host, and, for facts
with an anchor, a first source page that no longer contains the anchor phrase.
Exits 1 when any problem is found.

  --only ID            only the sources of this fact or model
  --timeout MS         per-request time limit (default: ${DEFAULT_TIMEOUT_MS})
  --concurrency N      requests at once (default: ${DEFAULT_CONCURRENCY})
  --json / --markdown  other formats

${COMMON}`,
	'cross-check': `Usage: npm run facts -- cross-check [--json | --markdown] [--today YYYY-MM-DD] [--data DIR]

A second opinion for editors: compares the standard prices of every Anthropic and OpenAI model with
the independent price data bundled in the npm package @pydantic/genai-prices (a pinned dev
dependency; nothing is fetched). Lists prices that disagree, prices only one side states, their
models we lack and our ids that match none of theirs. Their prices are those in force on --today;
for long-context tiers their base tier is compared. A model of theirs matched through one of their
rules (not its id) is shown with the rule: check it is the same model. Check the vendor's page
before changing anything. Exits 1 when any price disagrees, 0 otherwise.

  --json / --markdown  other formats (Markdown is ready for an issue)

${COMMON}`,
};

const COMMON_OPTIONS = {
	...HELP_OPTION,
	data: { type: 'string', default: 'data' },
	today: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const SOURCE_OPTIONS = {
	on: { type: 'string' },
	source: { type: 'string' },
	title: { type: 'string' },
	confidence: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export async function run(argv: string[], deps: Deps = {}): Promise<Result> {
	const [command, ...rest] = argv;
	// A usage error is one line naming the command, pointing at its --help.
	const known = command !== undefined && command in HELP && command !== 'main';
	const usage = (message: string) =>
		fail(
			`facts${known ? ` ${command}` : ''}: ${message.replace(/\(see --help\)$/, `(see npm run facts -- ${known ? `${command} ` : ''}--help)`)}`
		);
	try {
		if (!command || command === '--help' || command === '-h' || command === 'help')
			return ok(HELP.main + '\n');
		switch (command) {
			case 'verify':
				return await verify(rest);
			case 'set':
				return await set(rest);
			case 'add':
				return await add(rest);
			case 'stale':
				if (rest.includes('--help') || rest.includes('-h')) return ok(HELP.stale + '\n');
				return usageHint(runStale(rest, 'facts stale'), 'stale');
			case 'check-sources':
				return await checkSourcesCommand(rest, deps);
			case 'cross-check':
				return await crossCheckCommand(rest, deps);
			default:
				throw new UsageError(
					command.startsWith('-')
						? `unknown option '${command}' (see --help)`
						: `unknown command "${command}" (see --help)`
				);
		}
	} catch (error) {
		if (error instanceof UsageError) return usage(error.message);
		const parseError = parseArgsMessage(error);
		if (parseError) return usage(parseError);
		if (error instanceof EditError || error instanceof CrossCheckError) return fail(error.message);
		throw error;
	}
}

/** Points a usage error's "(see --help)" at the command's own help. */
function usageHint(result: Result, command: string): Result {
	return {
		...result,
		err: result.err.replace(/\(see --help\)\n$/, `(see npm run facts -- ${command} --help)\n`),
	};
}

function ok(out: string, code = 0): Result {
	return { code, out, err: '' };
}
function fail(message: string): Result {
	return { code: 2, out: '', err: message.endsWith('\n') ? message : message + '\n' };
}

interface Common {
	data: string;
	today: string;
}
function common(values: { data?: string; today?: string }): Common {
	const data = values.data ?? 'data';
	const today = dateOption('today', values.today, todayIso());
	if (!existsSync(data)) throw new UsageError(`the data folder "${data}" does not exist`);
	// A file that does not parse comes first: its records are unknown, so nothing else can be judged.
	const syntax = syntaxProblems(data);
	if (syntax.length)
		throw new EditError(
			`Refused: fix this first; nothing was changed.\n${syntax.map((p) => `  - ${formatProblem(p)}`).join('\n')}`
		);
	return { data, today };
}

/** Finds the file holding fact or model `id`. */
function locate(dataDir: string, id: string): { file: string; type: 'fact' | 'model' } {
	const known: string[] = [];
	for (const [folder, type] of [
		['facts', 'fact'],
		['models', 'model'],
	] as const) {
		const dir = join(dataDir, folder);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir)
			.filter((n) => /\.ya?ml$/.test(n))
			.sort()) {
			const file = join(dir, name);
			let records: unknown;
			try {
				records = parse(readFileSync(file, 'utf8'));
			} catch {
				continue;
			}
			if (!Array.isArray(records)) continue;
			for (const r of records) {
				const rid = r && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
				if (rid === id) return { file, type };
				if (typeof rid === 'string') known.push(rid);
			}
		}
	}
	const near = nearestIds(id, known, 3);
	throw new UsageError(
		`no fact or model "${id}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}`
	);
}

/**
 * Under the data folder's lock, applies `edit` to the file as it is now, validates the whole
 * dataset with the result, then writes it atomically (scripts/lib/editor/data-write.ts).
 */
async function commit(
	c: Common,
	file: string,
	edit: (before: string | undefined) => string,
	done: string
): Promise<Result> {
	const { problems, removed } = await commitEdit(c.data, file, edit, c.today);
	if (problems.length)
		return fail(
			`Refused: the data would be invalid, so ${file} was not changed.\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`
		);
	const swept = removed.map((path) => `Removed ${path}, left by an interrupted edit.\n`).join('');
	return ok(`${swept}${done}\n`);
}

function confidenceOption(name: string, value: string | undefined): Confidence | undefined {
	if (value === undefined) return undefined;
	if (!(CONFIDENCE as readonly string[]).includes(value))
		throw new UsageError(`--${name} "${value}" must be one of: ${CONFIDENCE.join(', ')}`);
	return value as Confidence;
}

function editOptions(
	values: { on?: string; source?: string; title?: string; note?: string; confidence?: string },
	c: Common
): EditOptions {
	return {
		on: dateOption('on', values.on, c.today),
		source: values.source ? { url: values.source, title: values.title } : undefined,
		note: values.note,
		confidence: confidenceOption('confidence', values.confidence),
	};
}

/** `--between FROM TO` takes two values, which parseArgs cannot; fold them into one `FROM..TO`. */
function foldBetween(args: string[]): string[] {
	const i = args.indexOf('--between');
	if (i < 0) return args;
	const [from, to] = [args[i + 1], args[i + 2]];
	if (!from || !to || from.startsWith('--') || to.startsWith('--'))
		throw new UsageError('--between needs two dates: --between FROM TO');
	return [...args.slice(0, i), `--between=${from}..${to}`, ...args.slice(i + 3)];
}

/** The history entry's `until`: --until (a day), --between (a window) or, by default, none (= --on). */
function untilOption(
	values: { until?: string; between?: string },
	c: Common
): ChangeDate | undefined {
	if (values.until && values.between) throw new UsageError('give --until or --between, not both');
	if (values.until) return dateOption('until', values.until, c.today);
	if (!values.between) return undefined;
	const [from, to] = values.between.split('..');
	if (!to) throw new UsageError('--between needs two dates: --between FROM TO');
	dateOption('between', from, c.today);
	dateOption('between', to, c.today);
	if (from >= to)
		throw new UsageError(`--between ${from} ${to}: the first date must be before the second`);
	return [from, to];
}

async function verify(args: string[]): Promise<Result> {
	const { values, positionals } = strictArgs({
		args,
		allowPositionals: true,
		options: { ...COMMON_OPTIONS, ...SOURCE_OPTIONS },
	});
	if (values.help) return ok(HELP.verify + '\n');
	if (positionals.length !== 1)
		throw new UsageError(
			`${positionals.length ? `takes one id, not ${positionals.length}` : 'needs the id of a fact or model'} (see --help)`
		);
	if (values.title && !values.source) throw new UsageError('--title needs --source');
	const c = common(values);
	const [id] = positionals;
	const options = editOptions(values, c);
	const { file, type } = locate(c.data, id);
	return commit(
		c,
		file,
		(before) => verifyRecord(before ?? '', id, options),
		`Verified ${type === 'model' ? 'model' : 'fact'} ${id} on ${options.on} (${file}).`
	);
}

async function set(args: string[]): Promise<Result> {
	const { values, positionals } = strictArgs({
		args: foldBetween(args),
		allowPositionals: true,
		options: {
			...COMMON_OPTIONS,
			...SOURCE_OPTIONS,
			note: { type: 'string' },
			text: { type: 'boolean', default: false },
			until: { type: 'string' },
			between: { type: 'string' },
			'history-confidence': { type: 'string' },
		},
	});
	if (values.help) return ok(HELP.set + '\n');
	if (positionals.length < 2) throw new UsageError('needs an id and a value (see --help)');
	if (values.title && !values.source) throw new UsageError('--title needs --source');
	const c = common(values);
	const [id, ...rest] = positionals;
	// Every option is checked before any file is read.
	const options: EditOptions = {
		...editOptions(values, c),
		until: untilOption(values, c),
		historyConfidence: confidenceOption('history-confidence', values['history-confidence']),
	};
	const { file, type } = locate(c.data, id);
	if (type === 'fact') {
		const value = parseValueArgs(rest, { text: values.text, id });
		return commit(
			c,
			file,
			(before) => setFactValue(before ?? '', id, value, options),
			`Set ${id} to ${JSON.stringify(value)} on ${options.on}; the old value is in its history (${file}).`
		);
	}
	if (rest.length % 2)
		throw new UsageError(
			`model prices come in pairs: <price-path> <usd>, e.g. "set ${id} batch.input 0.5"`
		);
	const changes: PriceChange[] = [];
	for (let i = 0; i < rest.length; i += 2) {
		const path = parsePricePath(rest[i]);
		const raw = rest[i + 1];
		if (raw === 'unknown') changes.push({ path, value: undefined });
		else if (/^\d+(\.\d+)?$/.test(raw)) changes.push({ path, value: Number(raw) });
		else
			throw new UsageError(
				`"${raw}" is not a price for ${path} of ${id}: give USD per million tokens (e.g. 0.5) or "unknown"`
			);
	}
	const summary = changes.map((ch) => `${ch.path} = ${ch.value ?? 'unknown'}`).join(', ');
	return commit(
		c,
		file,
		(before) => setModelPrices(before ?? '', id, changes, options),
		`Set ${id} ${summary} on ${options.on}; the old prices are in its history (${file}).`
	);
}

async function add(args: string[]): Promise<Result> {
	const { values } = strictArgs({
		args,
		options: {
			...COMMON_OPTIONS,
			...SOURCE_OPTIONS,
			id: { type: 'string' },
			provider: { type: 'string' },
			kind: { type: 'string' },
			label: { type: 'string' },
			value: { type: 'string', multiple: true },
			unit: { type: 'string' },
			confidence: { type: 'string' },
			anchor: { type: 'string' },
			note: { type: 'string' },
			text: { type: 'boolean', default: false },
		},
	});
	if (values.help) return ok(HELP.add + '\n');
	const missing = (
		['id', 'provider', 'kind', 'label', 'value', 'source', 'title', 'confidence'] as const
	).filter((k) => values[k] === undefined);
	if (missing.length)
		throw new UsageError(`needs ${missing.map((m) => `--${m}`).join(', ')} (see --help)`);
	const c = common(values);
	if (!/^[a-z0-9-]+$/.test(values.provider!))
		throw new UsageError(`--provider "${values.provider}" must be a provider id like "openai"`);
	const file = join(c.data, 'facts', `${values.provider}.yaml`);
	const record = {
		id: values.id,
		provider: values.provider,
		kind: values.kind,
		label: values.label,
		value: parseValueArgs(values.value!, { text: values.text, id: values.id }),
		unit: values.unit,
		anchor: values.anchor,
		sources: [{ url: values.source!, title: values.title! }],
		verifiedOn: dateOption('on', values.on, c.today),
		confidence: values.confidence,
		note: values.note,
	};
	const fresh = withSchemaLine(`# ${values.provider} facts.\n`, '../../schemas/facts.schema.json');
	return commit(
		c,
		file,
		(before) => appendRecord(before ?? fresh, record),
		`Added fact ${values.id} to ${file}.`
	);
}

async function checkSourcesCommand(args: string[], deps: Deps): Promise<Result> {
	const { values } = strictArgs({
		args,
		options: {
			...COMMON_OPTIONS,
			only: { type: 'string' },
			timeout: { type: 'string' },
			concurrency: { type: 'string' },
			json: { type: 'boolean', default: false },
			markdown: { type: 'boolean', default: false },
		},
	});
	if (values.help) return ok(HELP['check-sources'] + '\n');
	const c = common(values);
	const positive = (name: string, raw: string | undefined, fallback: number) => {
		if (raw === undefined) return fallback;
		const n = Number(raw);
		if (!Number.isInteger(n) || n <= 0)
			throw new UsageError(`--${name} "${raw}" must be a whole number above 0`);
		return n;
	};
	const timeoutMs = positive('timeout', values.timeout, DEFAULT_TIMEOUT_MS);
	const concurrency = positive('concurrency', values.concurrency, DEFAULT_CONCURRENCY);
	const { data, problems } = readDataset(c.data, c.today);
	if (problems.length) return fail(problems.map(formatProblem).join('\n'));
	const targets = collectTargets(data, values.only);
	if (values.only && !targets.length) locate(c.data, values.only); // throws "No fact or model …" with suggestions
	const report = await checkSources(targets, { timeoutMs, concurrency, fetch: deps.fetch });
	const out = values.json
		? JSON.stringify(report, null, 2) + '\n'
		: values.markdown
			? sourceReportAsMarkdown(report)
			: sourceReportAsText(report);
	return ok(out, report.problemCount ? 1 : 0);
}

async function crossCheckCommand(args: string[], deps: Deps): Promise<Result> {
	const { values } = strictArgs({
		args,
		options: {
			...COMMON_OPTIONS,
			json: { type: 'boolean', default: false },
			markdown: { type: 'boolean', default: false },
		},
	});
	if (values.help) return ok(HELP['cross-check'] + '\n');
	if (values.json && values.markdown)
		throw new UsageError('give --json or --markdown, not both (see --help)');
	const c = common(values);
	const { data, problems } = readDataset(c.data, c.today);
	if (problems.length) return fail(problems.map(formatProblem).join('\n'));
	const theirs = await (deps.loadPrices ?? loadBundledPrices)();
	const report = crossCheck(
		data.models.map((m) => m.record),
		theirs,
		c.today
	);
	const out = values.json
		? JSON.stringify(report, null, 2) + '\n'
		: values.markdown
			? crossCheckAsMarkdown(report)
			: crossCheckAsText(report);
	return ok(out, report.counts.disagreements ? 1 : 0);
}

if (import.meta.main) await runCli('facts', run);
