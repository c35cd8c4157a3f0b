// The one door for data: reads every file in `data/` (facts, models, providers, claims, review
// windows, the FAQ and the wizard's tree) from disk and validates it. The site (src/site-data.ts),
// the scripts and the tests all read through it, so they accept and reject exactly the same data.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Lexer, parse, YAMLParseError } from 'yaml';
import {
	parseCalculatorFile,
	parseFreshness,
	parseList,
	type Dataset,
	type ListKind,
} from './parse.ts';
import { checkIntegrity } from './rules.ts';
import { readTree } from '../wizard/load.ts';
import { DataError, type Problem } from './problems.ts';
import { FACT_KINDS } from '../../schemas.ts';
import {
	checkTranslations,
	parseTranslations,
	TRANSLATED_LOCALES,
	type TranslatedLocale,
} from '../i18n/translations.ts';

/**
 * Reads and checks `dataDir`; returns the dataset (possibly partial) and every problem found.
 * A file that cannot be parsed is reported first, with its line and column, and the checks across
 * files (references, discounts, the wizard's tree) are skipped until it parses: its records are
 * unknown, so "does not exist" or "did you mean" about them would be false.
 */
export function readDataset(
	dataDir: string,
	today: string
): { data: Dataset; problems: Problem[] } {
	const unreadable: Problem[] = [];
	const problems: Problem[] = [];
	const label = (path: string) => relative(process.cwd(), path) || path;

	const readYaml = (path: string): unknown => {
		const result = readYamlFile(path, label(path));
		if ('problem' in result) unreadable.push(result.problem);
		return 'problem' in result ? undefined : result.value;
	};
	const list = <K extends ListKind>(kind: K, path: string) => {
		const raw = readYaml(path);
		if (raw === undefined) return [];
		const result = parseList(kind, label(path), raw);
		// Not a list at all: none of its records are known, like a file that does not parse.
		if (!Array.isArray(raw)) unreadable.push(...result.problems);
		else problems.push(...result.problems);
		return result.records;
	};
	const folder = <K extends ListKind>(kind: K, dir: string) =>
		yamlFiles(dir).flatMap((name) => list(kind, join(dir, name)));

	const freshnessPath = join(dataDir, 'freshness.yaml');
	const freshness = parseFreshness(label(freshnessPath), readYaml(freshnessPath));
	if (!unreadable.length) problems.push(...freshness.problems);

	// Optional, like the FAQ: the calculator's default model and worked examples.
	const calculatorPath = join(dataDir, 'calculator-examples.yaml');
	const calculatorRaw = existsSync(calculatorPath) ? readYaml(calculatorPath) : undefined;
	const calculator =
		calculatorRaw === undefined
			? undefined
			: parseCalculatorFile(label(calculatorPath), calculatorRaw);
	if (calculator) (calculator.list ? problems : unreadable).push(...calculator.problems);

	const data: Dataset = {
		providers: list('providers', join(dataDir, 'providers.yaml')),
		facts: folder('facts', join(dataDir, 'facts')),
		models: folder('models', join(dataDir, 'models')),
		claims: list('claims', join(dataDir, 'claims.yaml')),
		freshness: freshness.config ?? NO_FRESHNESS,
		// Optional, so a fixture folder can leave the FAQ and the tree out.
		faq: existsSync(join(dataDir, 'faq.yaml')) ? list('faq', join(dataDir, 'faq.yaml')) : [],
		examples: calculator?.examples ?? [],
		...(calculator?.defaultModel
			? { calculatorModel: { file: label(calculatorPath), model: calculator.defaultModel } }
			: {}),
	};
	const dataReadable = !unreadable.length;
	const treePath = join(dataDir, 'decision-tree.yaml');
	const tree = existsSync(treePath) ? readYaml(treePath) : undefined;
	// Translations (optional): one file per language in i18n/, each checked against the English below.
	const i18nDir = join(dataDir, 'i18n');
	const translationFiles = yamlFiles(i18nDir).map((name) => ({
		locale: name.replace(/\.ya?ml$/, ''),
		path: join(i18nDir, name),
	}));
	const translationsRaw = translationFiles.map((f) => ({ ...f, raw: readYaml(f.path) }));
	if (!unreadable.length) {
		for (const f of translationsRaw) {
			if (!(TRANSLATED_LOCALES as readonly string[]).includes(f.locale)) {
				problems.push({
					file: label(f.path),
					id: '(file)',
					field: '',
					message: `is not a language the site is translated into (${TRANSLATED_LOCALES.map((l) => `${l}.yaml`).join(', ')})`,
				});
				continue;
			}
			const parsed = parseTranslations(label(f.path), f.raw);
			problems.push(...parsed.problems);
			if (parsed.translations)
				(data.translations ??= {})[f.locale as TranslatedLocale] = parsed.translations;
		}
	}
	if (!dataReadable) return { data, problems: [...unreadable, ...problems] };

	const crossFile = checkIntegrity(data, today);
	// The wizard's tree cites facts and models (never one retired on `today`); check it against them.
	if (tree !== undefined) {
		const facts = new Map(data.facts.map((f) => [f.record.id, f.record]));
		const models = new Map(data.models.map((m) => [m.record.id, m.record]));
		const read = readTree(tree, facts, models, today, label(treePath));
		crossFile.push(...read.problems);
		if (read.tree) data.tree = read.tree;
	}
	for (const f of translationFiles) {
		const t = data.translations?.[f.locale as TranslatedLocale];
		if (t) crossFile.push(...checkTranslations(label(f.path), t, data));
	}
	// A record the schema refused is left out of `data`, but it exists: its own problems say what is
	// wrong with it, so a reference to it is not also reported as "does not exist".
	const refused = new Set(problems.map((p) => p.id));
	return {
		data,
		problems: [
			...unreadable,
			...problems,
			...crossFile.filter((p) => p.ref === undefined || !refused.has(p.ref)),
		],
	};
}

/** Parses one YAML file; a syntax error becomes a problem naming the file, line and column. */
export function readYamlFile(path: string, file = path): { value: unknown } | { problem: Problem } {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		return {
			problem: { file, id: '(file)', field: '', message: `cannot be read: ${String(error)}` },
		};
	}
	try {
		return { value: parse(text) };
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		return { problem: yamlProblem(file, error, text) };
	}
}

/** `is not valid YAML at line 6, column 1: Missing closing "quote`, in the parser's own words. */
export function yamlProblem(file: string, error: YAMLParseError, text = ''): Problem {
	const at = error.linePos?.[0];
	// The parser's message repeats the position and quotes the context below it; keep its first words.
	const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
	const where = at ? ` at line ${at.line}, column ${at.col}` : '';
	const opened = error.code === 'MISSING_CHAR' ? unclosedQuote(text) : undefined;
	const hint = opened ? ` (the quote opened at line ${opened.line}, column ${opened.col})` : '';
	const message = `is not valid YAML${where}: ${reason}${hint}; checks across files wait until it parses`;
	return {
		file,
		id: '(file)',
		field: '',
		message,
		...(at ? { line: at.line, column: at.col } : {}),
	};
}

/** Where an unclosed quoted scalar starts: the parser only notices it at the end of the text. */
function unclosedQuote(text: string): { line: number; col: number } | undefined {
	let offset = 0;
	for (const token of new Lexer().lex(text)) {
		// One-character control tokens mark structure and are not part of the text.
		if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t') continue;
		const quote = token[0];
		if ((quote === '"' || quote === "'") && !closes(token, quote)) {
			const before = text.slice(0, offset).split('\n');
			return { line: before.length, col: before.at(-1)!.length + 1 };
		}
		offset += token.length;
	}
	return undefined;
}

function closes(token: string, quote: string): boolean {
	if (token.length < 2 || !token.endsWith(quote)) return false;
	if (quote === "'") return true; // '' inside single quotes is an escaped quote, so a final ' closes
	const backslashes = token.slice(1, -1).match(/\\*$/)![0].length;
	return backslashes % 2 === 0;
}

/** The syntax problems of every data file in `dataDir` (empty when they all parse). */
export function syntaxProblems(dataDir: string): Problem[] {
	const label = (path: string) => relative(process.cwd(), path) || path;
	const paths = [
		...[
			'freshness.yaml',
			'providers.yaml',
			'claims.yaml',
			'faq.yaml',
			'decision-tree.yaml',
			'calculator-examples.yaml',
		].map((name) => join(dataDir, name)),
		...['facts', 'models', 'i18n'].flatMap((folder) =>
			yamlFiles(join(dataDir, folder)).map((name) => join(dataDir, folder, name))
		),
	].filter((path) => existsSync(path));
	return paths.flatMap((path) => {
		const result = readYamlFile(path, label(path));
		return 'problem' in result ? [result.problem] : [];
	});
}

/** Like `readDataset`, but throws a `DataError` listing every problem. */
export function loadDataset(dataDir: string, today: string): Dataset {
	const { data, problems } = readDataset(dataDir, today);
	if (problems.length) throw new DataError(problems);
	return data;
}

const loaded = new Map<string, Dataset>();

/** `loadDataset`, read once per process: the build's loaders and pages share one read. */
export function loadDatasetOnce(dataDir: string, today: string): Dataset {
	const key = `${dataDir}@${today}`;
	if (!loaded.has(key)) loaded.set(key, loadDataset(dataDir, today));
	return loaded.get(key)!;
}

/** The YAML files of a folder; dotfiles (the edit lock, temporary files) are never data. */
function yamlFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => !name.startsWith('.') && /\.ya?ml$/.test(name))
		.sort();
}

// Only when freshness.yaml itself is broken: its problems are reported (so nothing builds or edits
// with this dataset) while the other files are still checked. No copy of its windows lives in code.
const NO_FRESHNESS: Dataset['freshness'] = {
	dueWithinDays: 0,
	modelPriceDays: 0,
	windows: Object.fromEntries(
		FACT_KINDS.map((kind) => [kind, 0])
	) as Dataset['freshness']['windows'],
};
