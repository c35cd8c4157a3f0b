// Strict command lines for every script: `--help`/`-h` prints the usage and exits 0; a mistyped
// option, a stray argument or a bad date is one line on stderr and exit 2 (invalid input), never a
// stack trace and never 1, which some scripts use for "problems found" (stale facts, failed audit).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { IsoDateSchema } from '../../src/schemas.ts';
import { DataError } from '../../src/lib/facts/problems.ts';

/** Exit code for invalid input: bad arguments or bad data. */
export const INVALID = 2;

/** Bad command-line input. Its message is one line; `runMain` prefixes the script's name. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** The `--help`/`-h` option every script takes. */
export const HELP_OPTION = {
	help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** `parseArgs` in strict mode; its errors become one-line `UsageError`s. */
export function strictArgs<const T extends ParseArgsConfig>(
	config: T
): ReturnType<typeof parseArgs<T & { strict: true }>> {
	try {
		return parseArgs({ ...config, strict: true });
	} catch (error) {
		const message = parseArgsMessage(error);
		if (message) throw new UsageError(message);
		throw error;
	}
}

/** One line for a `parseArgs` error (`unknown option '--x'`), or undefined for any other error. */
export function parseArgsMessage(error: unknown): string | undefined {
	if (
		!(error instanceof TypeError) ||
		!('code' in error) ||
		!String(error.code).startsWith('ERR_PARSE_ARGS')
	)
		return undefined;
	const unknown = /^Unknown option '([^']*)'/.exec(error.message);
	if (unknown) {
		// parseArgs reads a negative number as an option: say how to pass one.
		const negative = /^-\d/.test(unknown[1])
			? `; a value starting with "-" goes after "--", e.g. -- ${unknown[1]}`
			: '';
		return `unknown option '${unknown[1]}'${negative} (see --help)`;
	}
	const stray = /^Unexpected argument '([^']*)'/.exec(error.message);
	if (stray) return `unexpected argument '${stray[1]}' (see --help)`;
	const missing = /^Option '([^']*)' argument missing/.exec(error.message);
	if (missing) return `option '${missing[1]}' needs a value (see --help)`;
	const first = error.message.split(/\n|\. /)[0].replace(/\.$/, '');
	return `${first[0].toLowerCase()}${first.slice(1)} (see --help)`;
}

/** A `--name` date option: a real YYYY-MM-DD day, checked with the data's own date schema. */
export function dateOption(name: string, value: string | undefined, fallback: string): string {
	const date = value ?? fallback;
	const result = IsoDateSchema.safeParse(date);
	if (!result.success)
		throw new UsageError(`--${name} "${date}" ${result.error.issues[0].message}`);
	return date;
}

/** Refuses more positional arguments than a script takes. */
export function atMost(positionals: string[], count: number): void {
	if (positionals.length > count)
		throw new UsageError(`unexpected argument '${positionals[count]}' (see --help)`);
}

/** What a CLI's testable `run` returns: printed by `runCli`. */
export interface CliResult {
	code: number;
	out: string;
	err: string;
}

/** Runs a script whose `run(argv)` returns its output instead of printing it (so tests can call it). */
export function runCli(
	script: string,
	run: (argv: string[]) => CliResult | Promise<CliResult>
): Promise<void> {
	return runMain(script, async () => {
		const result = await run(process.argv.slice(2));
		process.stdout.write(result.out);
		process.stderr.write(result.err);
		return result.code;
	});
}

/**
 * Runs a script's main and sets the exit code it returns. Bad input (a `UsageError` or a
 * `DataError`) is printed without a stack trace and exits 2; `failure` sets the code for any other
 * error, printed as one line too (a missing browser, a failed build); without it such an error is a
 * bug and surfaces with its stack.
 */
export async function runMain(
	script: string,
	main: () => number | void | Promise<number | void>,
	failure?: number
): Promise<void> {
	try {
		const code = await main();
		if (typeof code === 'number') process.exitCode = code;
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`${script}: ${error.message}\n`);
			process.exitCode = INVALID;
		} else if (error instanceof DataError) {
			process.stderr.write(`${error.message}\n`);
			process.exitCode = INVALID;
		} else if (failure !== undefined) {
			process.stderr.write(
				`${script}: ${error instanceof Error ? error.message : String(error)}\n`
			);
			process.exitCode = failure;
		} else throw error;
	}
}
