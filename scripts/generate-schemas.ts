// Writes schemas/*.schema.json from src/schemas.ts and points every data file at its schema with a
// first line `# yaml-language-server: $schema=…`. Usage: npm run schemas [-- --check] (see USAGE).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
	generateJsonSchemas,
	schemaForDataFile,
	withSchemaLine,
} from './lib/editor/json-schemas.ts';
import { HELP_OPTION, runMain, strictArgs } from './lib/cli.ts';

export const SCHEMAS_DIR = 'schemas';

/** Every file that should exist and its expected text. */
export function expectedFiles(dataDir = 'data', schemasDir = SCHEMAS_DIR): Map<string, string> {
	const files = new Map<string, string>();
	for (const [name, text] of Object.entries(generateJsonSchemas()))
		files.set(join(schemasDir, name), text);
	for (const path of walk(dataDir)) {
		const schema = schemaForDataFile(relative(dataDir, path).split('\\').join('/'));
		if (!schema) continue;
		const schemaPath = relative(dirname(path), join(schemasDir, schema.file)).split('\\').join('/');
		files.set(path, withSchemaLine(readFileSync(path, 'utf8'), schemaPath));
	}
	return files;
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? walk(path) : /\.ya?ml$/.test(name) ? [path] : [];
		});
}

/** Paths whose text on disk differs from what `npm run schemas` would write. */
export function outOfDate(dataDir = 'data', schemasDir = SCHEMAS_DIR): string[] {
	return [...expectedFiles(dataDir, schemasDir)]
		.filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
		.map(([path]) => path);
}

export const USAGE = `Usage: npm run schemas [-- --check]

Writes schemas/*.schema.json from src/schemas.ts and points every data file at its schema with a
first line "# yaml-language-server: $schema=…".

  --check     write nothing; exit 1 when a schema or a data file's schema line is out of date
  -h, --help  this help

Exit codes: 0 up to date (or written), 1 out of date with --check, 2 invalid arguments.`;

function main(argv: string[]): number {
	const { values } = strictArgs({
		args: argv,
		options: { ...HELP_OPTION, check: { type: 'boolean', default: false } },
	});
	if (values.help) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	const stale = outOfDate();
	if (values.check) {
		if (stale.length)
			console.error(
				`Out of date (run npm run schemas):\n${stale.map((p) => `  - ${p}`).join('\n')}`
			);
		return stale.length ? 1 : 0;
	}
	const expected = expectedFiles();
	mkdirSync(SCHEMAS_DIR, { recursive: true });
	for (const path of stale) writeFileSync(path, expected.get(path)!);
	console.log(
		stale.length ? `Wrote ${stale.join(', ')}` : 'Schemas and data files are up to date.'
	);
	return 0;
}

if (import.meta.main) await runMain('generate-schemas', () => main(process.argv.slice(2)));
