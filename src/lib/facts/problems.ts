// A data problem names the file, the record and the field, so an editor can go straight to it.

/** One thing wrong with the data. */
export interface Problem {
	/** Path of the data file, relative to the project (e.g. `data/facts/openai.yaml`). */
	file: string;
	/** Id of the record, or a position like `record 3` when the id itself is missing. */
	id: string;
	/** Dotted path of the field (e.g. `sources.0.url`), or empty for the whole record. */
	field: string;
	/** Plain-words description of what is wrong. */
	message: string;
	/** Name of the integrity rule that found it, when it is not a schema error. */
	rule?: string;
	/** The id a reference names when the problem is that it does not resolve. */
	ref?: string;
	/** Line and column (1-based) of a YAML syntax error. */
	line?: number;
	column?: number;
}

/** `data/facts/openai.yaml: "openai.batch.max-requests", field "verifiedOn": is not a real calendar date` */
export function formatProblem(p: Problem): string {
	const where = p.field ? `, field "${p.field}"` : '';
	const rule = p.rule ? ` [${p.rule}]` : '';
	return `${p.file}: "${p.id}"${where}: ${p.message}${rule}`;
}

/** Thrown when data is invalid; its message lists every problem, one per line. */
export class DataError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(
			`Invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((p) => `  - ${formatProblem(p)}`).join('\n')
		);
		this.name = 'DataError';
		this.problems = problems;
	}
}
