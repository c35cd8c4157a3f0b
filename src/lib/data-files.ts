// Reads every file in `data/` from disk and validates it. Used by the Astro loaders, the scripts
// and the tests, so the site and the tools accept and reject exactly the same data.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { parseFreshness, parseList, type Dataset, type ListKind } from './dataset.ts';
import { checkIntegrity } from './integrity.ts';
import { treeProblems } from './decision-tree-data.ts';
import { DataError, type Problem } from './problems.ts';

/** Reads and checks `dataDir`; returns the dataset (possibly partial) and every problem found. */
export function readDataset(dataDir: string, today: string): { data: Dataset; problems: Problem[] } {
	const problems: Problem[] = [];
	const label = (path: string) => relative(process.cwd(), path) || path;

	const readYaml = (path: string): unknown => {
		try {
			return parse(readFileSync(path, 'utf8'));
		} catch (error) {
			const message =
				error instanceof YAMLParseError ? `is not valid YAML: ${error.message.split('\n')[0]}` : `cannot be read: ${String(error)}`;
			problems.push({ file: label(path), id: '(file)', field: '', message });
			return undefined;
		}
	};
	const list = <K extends ListKind>(kind: K, path: string) => {
		const raw = readYaml(path);
		if (raw === undefined) return [];
		const result = parseList(kind, label(path), raw);
		problems.push(...result.problems);
		return result.records;
	};
	const folder = <K extends ListKind>(kind: K, dir: string) =>
		yamlFiles(dir).flatMap((name) => list(kind, join(dir, name)));

	const freshnessPath = join(dataDir, 'freshness.yaml');
	const freshness = parseFreshness(label(freshnessPath), readYaml(freshnessPath));
	problems.push(...freshness.problems);

	const data: Dataset = {
		providers: list('providers', join(dataDir, 'providers.yaml')),
		facts: folder('facts', join(dataDir, 'facts')),
		models: folder('models', join(dataDir, 'models')),
		claims: list('claims', join(dataDir, 'claims.yaml')),
		freshness: freshness.config ?? FALLBACK_FRESHNESS,
	};
	problems.push(...checkIntegrity(data, today));
	// The wizard's tree cites facts and models (never one retired on `today`); check it against them.
	const treePath = join(dataDir, 'decision-tree.yaml');
	if (existsSync(treePath)) {
		const raw = readYaml(treePath);
		if (raw !== undefined) {
			const facts = new Map(data.facts.map((f) => [f.record.id, f.record]));
			const models = new Map(data.models.map((m) => [m.record.id, m.record]));
			problems.push(...treeProblems(raw, facts, models, today, label(treePath)));
		}
	}
	return { data, problems };
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

// Only used when freshness.yaml itself is broken, so the other files can still be checked.
const FALLBACK_FRESHNESS: Dataset['freshness'] = {
	dueWithinDays: 14,
	modelPriceDays: 60,
	windows: { price: 60, 'rate-limit': 90, limit: 120, endpoint: 120, discount: 120, policy: 120, retention: 120, format: 365 },
};
