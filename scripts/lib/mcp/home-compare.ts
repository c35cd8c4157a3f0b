// The home page's head-to-head table, read from where the page itself gets it: the <CompareTable>
// in content/home.mdx. Its rows are a literal list of strings (label, then one fact id per provider,
// null where a provider has none), so a tiny reader is enough; the props are then checked with the
// component's own schema, so the server and the page accept the same table.
import { readFileSync } from 'node:fs';
import { CompareTablePropsSchema } from '../../../src/lib/site/component-props.ts';

export interface HomeComparison {
	caption: string;
	providers: string[];
	/** [label, factId | null, …] with one id per provider. */
	rows: (string | null)[][];
}

/** The first <CompareTable> of an MDX text; throws with a plain message when there is none or it cannot be read. */
export function homeComparison(mdx: string, file = 'content/home.mdx'): HomeComparison {
	const start = mdx.indexOf('<CompareTable');
	if (start < 0)
		throw new Error(`${file} has no <CompareTable>: the home page's comparison is written there`);
	const tag = mdx.slice(start);
	const rowsAt = tag.indexOf('rows={');
	if (rowsAt < 0) throw new Error(`${file}: <CompareTable> has no rows={[…]}`);
	const { value: rows, end } = readLiteral(tag, rowsAt + 'rows={'.length, file);
	// The tag ends at the first "/>" after its rows; providers={[…]} may come before or after them.
	const whole = tag.slice(0, tag.indexOf('/>', end) < 0 ? tag.length : tag.indexOf('/>', end));
	const attributes = whole.slice(0, rowsAt) + whole.slice(end);
	const caption = /\bcaption="([^"]*)"/.exec(attributes)?.[1];
	const providersMatch = /\bproviders=\{(\[[^\]]*\])\}/.exec(attributes);
	const providers = providersMatch ? readLiteral(providersMatch[1], 0, file).value : undefined;
	const parsed = CompareTablePropsSchema.safeParse({
		caption,
		rows,
		...(providers ? { providers } : {}),
	});
	if (!parsed.success)
		throw new Error(
			`${file}: <CompareTable> ${parsed.error.issues.map((i) => `prop "${i.path.join('.')}" ${i.message}`).join('; ')}`
		);
	return parsed.data;
}

/** Reads the home page's comparison from its MDX file. */
export function readHomeComparison(path: string): HomeComparison {
	return homeComparison(readFileSync(path, 'utf8'), path);
}

type Literal = string | null | Literal[];
const TOKEN = /\s*(\[|\]|,|null|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/y;

/** A JavaScript literal made of lists, quoted strings and null, starting at `from`. */
function readLiteral(text: string, from: number, file: string): { value: any; end: number } {
	let at = from;
	const next = (): string => {
		TOKEN.lastIndex = at;
		const m = TOKEN.exec(text);
		if (!m)
			throw new Error(
				`${file}: <CompareTable> rows must be a list of quoted texts and null (near "${text.slice(at, at + 30).trim()}")`
			);
		at = TOKEN.lastIndex;
		return m[1];
	};
	const value = (token: string): Literal => {
		if (token === 'null') return null;
		if (token.startsWith("'") || token.startsWith('"'))
			return token.slice(1, -1).replace(/\\(.)/g, '$1');
		if (token !== '[') throw new Error(`${file}: <CompareTable> rows: unexpected "${token}"`);
		const list: Literal[] = [];
		let t = next();
		while (t !== ']') {
			list.push(value(t));
			t = next();
			if (t === ',') t = next();
		}
		return list;
	};
	return { value: value(next()), end: at };
}
