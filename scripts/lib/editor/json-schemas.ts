// JSON Schema for each kind of data file, generated from the zod schemas in src/schemas.ts, so
// editors (via yaml-language-server) get completion and errors while typing. Pure: no file access.
import { z } from 'astro/zod';
import {
	CalculatorFileSchema,
	ClaimSchema,
	FactSchema,
	FreshnessConfigSchema,
	ModelSchema,
	ProviderSchema,
	TranslationsSchema,
} from '../../../src/schemas.ts';

/** One generated schema file and the data files that point at it. */
export interface SchemaFile {
	/** File name inside schemas/. */
	file: string;
	title: string;
	schema: z.ZodType;
	/** Which data files (paths relative to data/) it describes. */
	matches: (dataPath: string) => boolean;
}

export const SCHEMA_FILES: SchemaFile[] = [
	{
		file: 'facts.schema.json',
		title: 'Batchwise facts (data/facts/<provider>.yaml)',
		schema: z.array(FactSchema),
		matches: (p) => /^facts\/[^/]+\.ya?ml$/.test(p),
	},
	{
		file: 'models.schema.json',
		title: 'Batchwise models and prices (data/models/<provider>.yaml)',
		schema: z.array(ModelSchema),
		matches: (p) => /^models\/[^/]+\.ya?ml$/.test(p),
	},
	{
		file: 'providers.schema.json',
		title: 'Batchwise providers (data/providers.yaml)',
		schema: z.array(ProviderSchema),
		matches: (p) => p === 'providers.yaml',
	},
	{
		file: 'claims.schema.json',
		title: 'Batchwise checked claims (data/claims.yaml)',
		schema: z.array(ClaimSchema),
		matches: (p) => p === 'claims.yaml',
	},
	{
		file: 'i18n.schema.json',
		title: 'Batchwise translations (data/i18n/<locale>.yaml)',
		schema: TranslationsSchema,
		matches: (p) => /^i18n\/[^/]+\.ya?ml$/.test(p),
	},
	{
		file: 'calculator-examples.schema.json',
		title: 'Batchwise calculator default model and examples (data/calculator-examples.yaml)',
		schema: CalculatorFileSchema,
		matches: (p) => p === 'calculator-examples.yaml',
	},
	{
		file: 'freshness.schema.json',
		title: 'Batchwise review windows (data/freshness.yaml)',
		schema: FreshnessConfigSchema,
		matches: (p) => p === 'freshness.yaml',
	},
];

/** The text of every schema file, keyed by file name. Input types: fields with defaults are optional. */
export function generateJsonSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const { file, title, schema } of SCHEMA_FILES) {
		const json = z.toJSONSchema(schema, {
			io: 'input',
			target: 'draft-07',
			unrepresentable: 'any',
		});
		const withTitle = {
			$schema: json.$schema,
			title,
			description: 'Generated from src/schemas.ts by `npm run schemas`; do not edit.',
			...json,
		};
		out[file] = JSON.stringify(withTitle, null, '\t') + '\n';
	}
	return out;
}

/** The schema file describing a data file (path relative to data/, with forward slashes). */
export function schemaForDataFile(dataPath: string): SchemaFile | undefined {
	return SCHEMA_FILES.find((s) => s.matches(dataPath));
}

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*\r?\n/;

/** `text` with its first line set to `# yaml-language-server: $schema=<schemaPath>` (added or replaced). */
export function withSchemaLine(text: string, schemaPath: string): string {
	return `# yaml-language-server: $schema=${schemaPath}\n${text.replace(SCHEMA_LINE, '')}`;
}
