// Parsing data files into typed records. Pure: callers hand in the file's name and its parsed YAML.
import { z } from 'astro/zod';
import {
	ClaimSchema,
	FactSchema,
	FaqEntrySchema,
	CalculatorExampleSchema,
	CalculatorFileSchema,
	type CalculatorExample,
	FreshnessConfigSchema,
	ModelSchema,
	ProviderSchema,
	type Claim,
	type DecisionTree,
	type Fact,
	type FaqEntry,
	type FreshnessConfig,
	type Model,
	type Provider,
} from '../../schemas.ts';
import type { Problem } from './problems.ts';
import type { TranslationSet } from '../i18n/translations.ts';

/** Where a record came from, so later rules can point at its file. */
export interface Located<T> {
	file: string;
	record: T;
}

/** Everything in `data/`, validated record by record. */
export interface Dataset {
	providers: Located<Provider>[];
	facts: Located<Fact>[];
	models: Located<Model>[];
	claims: Located<Claim>[];
	freshness: FreshnessConfig;
	/** The FAQ (`faq.yaml`), answers still holding their {{fact.id}} placeholders. */
	faq: Located<FaqEntry>[];
	/** The calculator's worked examples (`calculator-examples.yaml`), when the folder has them. */
	examples: Located<CalculatorExample>[];
	/** The model the calculator opens on (`defaultModel` in `calculator-examples.yaml`), when the folder has the file. */
	calculatorModel?: { file: string; model: string };
	/** The wizard's tree (`decision-tree.yaml`), when the folder has one and it is valid. */
	tree?: DecisionTree;
	/** Translations by language (`i18n/<locale>.yaml`), when the folder has them and they are valid. */
	translations?: TranslationSet;
}

/** The kinds of list file in `data/` and the schema of their records. */
export const LIST_SCHEMAS = {
	providers: ProviderSchema,
	facts: FactSchema,
	models: ModelSchema,
	claims: ClaimSchema,
	faq: FaqEntrySchema,
	examples: CalculatorExampleSchema,
} as const;
export type ListKind = keyof typeof LIST_SCHEMAS;

/** Validates a list file's records; returns the good ones and a problem per bad field. */
export function parseList<K extends ListKind>(
	kind: K,
	file: string,
	raw: unknown
): { records: Located<z.output<(typeof LIST_SCHEMAS)[K]>>[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const records: Located<z.output<(typeof LIST_SCHEMAS)[K]>>[] = [];
	if (!Array.isArray(raw)) {
		problems.push({
			file,
			id: '(file)',
			field: '',
			message: `must be a YAML list of ${kind} (each item starting with "- id: …")`,
		});
		return { records, problems };
	}
	raw.forEach((item, index) => {
		const id = recordId(item, index);
		const result = LIST_SCHEMAS[kind].safeParse(item, { reportInput: true });
		if (result.success) {
			records.push({ file, record: result.data as z.output<(typeof LIST_SCHEMAS)[K]> });
			return;
		}
		for (const issue of result.error.issues) {
			// Name each misspelled or extra key as the field, so the editor sees exactly which one.
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys)
					problems.push({
						file,
						id,
						field: [...issue.path, key].join('.'),
						message: 'is not a known field (check the spelling)',
					});
			} else
				problems.push({ file, id, field: issue.path.join('.'), message: describeIssue(issue) });
		}
	});
	return { records, problems };
}

/**
 * Validates `calculator-examples.yaml`: its `defaultModel`, then each example as a record of its own
 * (so one bad example is named by its id and the others are kept). `list: false` when `examples`
 * is not a list at all: none of its records are known.
 */
export function parseCalculatorFile(
	file: string,
	raw: unknown
): {
	defaultModel?: string;
	examples: Located<CalculatorExample>[];
	problems: Problem[];
	list: boolean;
} {
	const top = CalculatorFileSchema.extend({ examples: z.array(z.unknown()) }).safeParse(raw, {
		reportInput: true,
	});
	const problems: Problem[] = top.success
		? []
		: top.error.issues.flatMap((issue) =>
				issue.code === 'unrecognized_keys'
					? issue.keys.map((key) => ({
							file,
							id: '(file)',
							field: key,
							message: 'is not a known field (check the spelling)',
						}))
					: [{ file, id: '(file)', field: issue.path.join('.'), message: describeIssue(issue) }]
			);
	const examples = top.success
		? top.data.examples
		: (raw as { examples?: unknown } | null)?.examples;
	// Not an object, or `examples` not a list: none of the examples are known.
	if (!Array.isArray(examples)) return { examples: [], problems, list: false };
	const parsed = parseList('examples', file, examples);
	return {
		...(top.success ? { defaultModel: top.data.defaultModel } : {}),
		examples: parsed.records,
		problems: [...problems, ...parsed.problems],
		list: true,
	};
}

/** Validates `data/freshness.yaml`. */
export function parseFreshness(
	file: string,
	raw: unknown
): { config?: FreshnessConfig; problems: Problem[] } {
	const result = FreshnessConfigSchema.safeParse(raw, { reportInput: true });
	if (result.success) return { config: result.data, problems: [] };
	return {
		problems: result.error.issues.map((issue) => ({
			file,
			id: 'freshness',
			field: issue.path.join('.'),
			message: describeIssue(issue),
		})),
	};
}

function recordId(item: unknown, index: number): string {
	if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' && item.id)
		return item.id;
	return `record ${index + 1} (no id)`;
}

/** Turns zod's issue into words an editor understands: the one wording for every file the reader checks. */
export function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
	// Our schemas' own messages are already plain words ("must be …", "needs …").
	if (/^(must|is|needs|has) /.test(issue.message)) return issue.message;
	if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
	if (issue.code === 'too_small' && issue.origin === 'number')
		return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
	if (issue.code === 'too_big' && issue.origin === 'number')
		return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
	if (issue.code === 'invalid_type' && !issue.message.startsWith('must'))
		return `must be ${issue.expected}, not ${describeInput(issue.input)}`;
	return issue.message;
}

function describeInput(input: unknown): string {
	if (input === null) return 'empty';
	if (Array.isArray(input)) return 'a list';
	return typeof input === 'object' ? 'an object' : `${typeof input} ${JSON.stringify(input)}`;
}
