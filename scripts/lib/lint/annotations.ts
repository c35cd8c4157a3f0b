// Where a problem sits in its YAML file, and the GitHub Actions annotation that shows it on that line
// of the pull request (`::error file=…,line=…,title=…::message`).
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { formatProblem, type Problem } from '../../../src/lib/facts/problems.ts';

/**
 * The 1-based line of a problem: its own line when the reader knew it (YAML syntax errors), else the
 * line of the record with that id (or the `checks:` block of the tree) and, inside it, of the deepest
 * part of the dotted field path that exists. Undefined when the file or the record cannot be found.
 */
export function lineOf(
	problem: Problem,
	text = existsSync(problem.file) ? readFileSync(problem.file, 'utf8') : undefined
): number | undefined {
	if (problem.line) return problem.line;
	if (text === undefined) return undefined;
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter });
	const line = (node: Node | null | undefined) =>
		node?.range ? counter.linePos(node.range[0]).line : undefined;
	const record = findRecord(doc.contents, problem.id);
	if (!record) return undefined;
	let node: Node = record;
	for (const key of problem.field ? problem.field.split('.') : []) {
		const next = isSeq(node)
			? node.items[Number(key)]
			: isMap(node)
				? node.get(key, true)
				: undefined;
		if (!next || typeof next !== 'object') break;
		node = next as Node;
	}
	return line(node);
}

/** The record with `id` in a list file, or in any list of a map file (the tree's questions and outcomes); `checks` is the tree's block. */
function findRecord(root: unknown, id: string): Node | undefined {
	const lists = isSeq(root)
		? [root]
		: isMap(root)
			? root.items.map((pair) => pair.value).filter(isSeq)
			: [];
	for (const list of lists)
		for (const item of list.items) if (isMap(item) && item.get('id') === id) return item;
	if (isMap(root) && root.has(id)) return root.get(id, true) as Node;
	return undefined;
}

/** Escapes a value for a workflow command (the runner's own rules for `%`, CR, LF, and `:`/`,` in properties). */
const escapeData = (s: string) =>
	s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` line for GitHub Actions. */
export function githubAnnotation(problem: Problem, line = lineOf(problem)): string {
	const props = [
		`file=${escapeProperty(problem.file)}`,
		...(line ? [`line=${line}`] : []),
		`title=${escapeProperty(problem.rule ?? 'data')}`,
	];
	return `::error ${props.join(',')}::${escapeData(formatProblem(problem))}`;
}
