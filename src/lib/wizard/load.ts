// Reads data/decision-tree.yaml and validates it with DecisionTreeSchema and the tree rules.
// Used by the wizard pages, the JSON API and the tests, so all accept and reject the same tree.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DecisionTreeSchema, type DecisionTree } from '../../schemas.ts';
import { DataError, type Problem } from '../facts/problems.ts';
import { checkTree, TREE_FILE, type FactLike } from './rules.ts';
import type { LifecycleFields } from '../facts/lifecycle.ts';

/** Schema problems in a raw tree, each naming the question or outcome (by id, else position) and the field. */
export function parseTree(raw: unknown, file = TREE_FILE): { tree?: DecisionTree; problems: Problem[] } {
	const result = DecisionTreeSchema.safeParse(raw);
	if (result.success) return { tree: result.data, problems: [] };
	const problems = result.error.issues.map((issue): Problem => {
		const [section, index, ...rest] = issue.path.map(String);
		// The checks section is one record, not a list.
		if (section === 'checks') return { file, id: 'checks', field: [index, ...rest].filter((x) => x !== undefined).join('.'), message: issue.message };
		const record = raw && typeof raw === 'object' && section ? (raw as Record<string, unknown[]>)[section]?.[Number(index)] : undefined;
		const id = record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string' ? (record as { id: string }).id : index !== undefined ? `${section} ${Number(index) + 1}` : section ?? '(file)';
		return { file, id, field: index === undefined ? section ?? '' : rest.join('.'), message: issue.message };
	});
	return { problems };
}

/**
 * Every problem of the tree in `raw` against the facts: schema first, then the tree rules. Part of
 * reading data/ (readDataset), so an edit to a fact that breaks the wizard is refused like any other.
 */
export function treeProblems(raw: unknown, facts: Map<string, FactLike>, models: ReadonlyMap<string, LifecycleFields>, today?: string, file = TREE_FILE): Problem[] {
	const { tree, problems } = parseTree(raw, file);
	if (!tree) return problems;
	return checkTree(tree, facts, models, today).map((p) => ({ ...p, file }));
}

/** Reads, parses and checks the tree against the facts; throws a DataError listing every problem. */
export function loadTree(facts: Map<string, FactLike>, models?: ReadonlyMap<string, LifecycleFields>, today?: string, path = TREE_FILE): DecisionTree {
	let raw: unknown;
	try {
		raw = parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new DataError([{ file: path, id: '(file)', field: '', message: `cannot be read as YAML: ${String(error).split('\n')[0]}` }]);
	}
	const { tree, problems } = parseTree(raw, path);
	if (!tree) throw new DataError(problems);
	const ruleProblems = checkTree(tree, facts, models, today);
	if (ruleProblems.length) throw new DataError(ruleProblems);
	return tree;
}
