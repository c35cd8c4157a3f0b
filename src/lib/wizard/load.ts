// Validates the parsed data/decision-tree.yaml with DecisionTreeSchema and the tree rules. The reader
// of data/ (src/lib/facts/read.ts) calls it, so the site, the scripts and the tests see the same tree.
import { DecisionTreeSchema, type DecisionTree } from '../../schemas.ts';
import type { Problem } from '../facts/problems.ts';
import { describeIssue } from '../facts/parse.ts';
import { checkTree, TREE_FILE, type FactLike } from './rules.ts';
import type { LifecycleFields } from '../facts/lifecycle.ts';

/** Schema problems in a raw tree, each naming the question or outcome (by id, else position) and the field. */
export function parseTree(
	raw: unknown,
	file = TREE_FILE
): { tree?: DecisionTree; problems: Problem[] } {
	const result = DecisionTreeSchema.safeParse(raw, { reportInput: true });
	if (result.success) return { tree: result.data, problems: [] };
	const problems = result.error.issues.map((issue): Problem => {
		const [section, index, ...rest] = issue.path.map(String);
		// The checks section is one record, not a list.
		if (section === 'checks')
			return {
				file,
				id: 'checks',
				field: [index, ...rest].filter((x) => x !== undefined).join('.'),
				message: describeIssue(issue),
			};
		const record =
			raw && typeof raw === 'object' && section
				? (raw as Record<string, unknown[]>)[section]?.[Number(index)]
				: undefined;
		const id =
			record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
				? (record as { id: string }).id
				: index !== undefined
					? `${section} ${Number(index) + 1}`
					: (section ?? '(file)');
		return {
			file,
			id,
			field: index === undefined ? (section ?? '') : rest.join('.'),
			message: describeIssue(issue),
		};
	});
	return { problems };
}

/**
 * The tree in `raw` and its problems against the facts: schema first, then the tree rules. Part of
 * reading data/ (readDataset), so an edit to a fact that breaks the wizard is refused like any other.
 */
export function readTree(
	raw: unknown,
	facts: Map<string, FactLike>,
	models: ReadonlyMap<string, LifecycleFields>,
	today?: string,
	file = TREE_FILE
): { tree?: DecisionTree; problems: Problem[] } {
	const { tree, problems } = parseTree(raw, file);
	if (!tree) return { problems };
	return { tree, problems: checkTree(tree, facts, models, today).map((p) => ({ ...p, file })) };
}
