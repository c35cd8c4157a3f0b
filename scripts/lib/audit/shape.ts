// A page's shape: its markup with the words and link targets abstracted away. Pages of one shape (the
// wizard's 300 steps come in a few dozen) have the same elements, classes, roles, ARIA wiring, styles
// and scripts, so what the browser finds on one of them (axe, console errors, requests, CSS and JS
// weight) it finds on each. A run of identical siblings counts once (a list of three cited facts and
// one of five made alike are one shape), except landmarks and elements with a role, whose number
// axe judges (two unnamed <nav>s are a finding, one is not); ids stay numbered in order across the
// page, so siblings that carry ids never fold. The audit loads one page per shape in Chromium; every
// page still gets the validator (duplicate ids too), the link check and its own HTML weight. Words
// only count as present or absent, so a problem that a longer text or a longer list alone would cause
// (a tap target pushed against another) is not seen on the pages that were not loaded:
// `npm run audit -- --every-page` loads them all.
import { htmlTokens } from './html.ts';

/** Attributes whose values name ids on the page: kept as "which id, in order of appearance". */
const ID_REFS = new Set([
	'id',
	'for',
	'form',
	'list',
	'headers',
	'popovertarget',
	'commandfor',
	'aria-labelledby',
	'aria-describedby',
	'aria-controls',
	'aria-owns',
	'aria-flowto',
	'aria-details',
	'aria-errormessage',
	'aria-activedescendant',
]);
/** Attributes that hold words or per-page values: only whether they are empty counts. */
const WORDS = new Set([
	'title',
	'alt',
	'aria-label',
	'aria-description',
	'aria-valuetext',
	'placeholder',
	'value',
	'content',
	'datetime',
	'label',
	'name',
	'download',
]);
/** Elements whose body is code: kept verbatim (it runs or styles the page; JSON is words). */
const CODE = new Set(['script', 'style']);

/** Elements void in HTML: a start tag with nothing to close. */
const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);
/** Elements whose number on a page axe judges (landmark uniqueness): a run of them never folds. */
const COUNTED = new Set(['header', 'footer', 'main', 'nav', 'aside', 'section', 'form', 'search']);

interface Node {
	tag: string;
	head: string;
	kids: string[];
	/** This element or one inside it is a landmark or has a role. */
	counted: boolean;
}

export function pageShape(html: string): string {
	const ids = new Map<string, number>();
	const idRef = (token: string) => {
		if (!ids.has(token)) ids.set(token, ids.size);
		return `#${ids.get(token)}`;
	};
	const root: Node = { tag: '', head: '', kids: [], counted: true };
	const open: Node[] = [root];
	// A child joins its parent unless it repeats the sibling just before it (see the header).
	const append = (parent: Node, shape: string, counted: boolean) => {
		if (counted) parent.counted = true;
		if (!counted && parent.kids.at(-1) === shape) return;
		parent.kids.push(shape);
	};
	const close = () => {
		const node = open.pop()!;
		append(open.at(-1)!, `${node.head}{${node.kids.join('\n')}}`, node.counted);
	};
	for (const token of htmlTokens(html)) {
		const parent = open.at(-1)!;
		if (token.kind === 'text') {
			if (token.text.trim()) append(parent, 'T', false);
		} else if (token.kind === 'end') {
			// An end tag closes its element and any left open inside it; a stray one is ignored.
			const at = open.findLastIndex((n) => n.tag === token.tag);
			if (at > 0) while (open.length > at) close();
		} else {
			const { tag, attrs, body } = token;
			const isMeta = tag === 'meta' && attrs.has('http-equiv');
			const loads =
				tag === 'script' ||
				tag === 'img' ||
				tag === 'source' ||
				(tag === 'link' && !/^(canonical|alternate)$/i.test((attrs.get('rel') ?? '').trim()));
			const parts = [...attrs]
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([key, value]) => `${key}=${shapeOf(key, value, idRef, isMeta, loads)}`);
			let head = `<${tag} ${parts.join(' ')}>`;
			if (body !== undefined) {
				const json = tag === 'script' && /json/i.test(attrs.get('type') ?? '');
				head += CODE.has(tag) && !json ? body : body.trim() ? 'T' : '';
			}
			const node: Node = { tag, head, kids: [], counted: COUNTED.has(tag) || attrs.has('role') };
			if (VOID.has(tag) || body !== undefined) append(parent, head, node.counted);
			else open.push(node);
		}
	}
	while (open.length > 1) close();
	return root.kids.join('\n');
}

function shapeOf(
	key: string,
	value: string,
	idRef: (token: string) => string,
	isMeta: boolean,
	loads: boolean
): string {
	if (ID_REFS.has(key)) return value.trim().split(/\s+/).filter(Boolean).map(idRef).join(' ');
	if (key === 'href' || key === 'src' || key === 'srcset' || key === 'action' || key === 'poster') {
		// What a page loads is part of its shape; where a link goes is not (the link check has it).
		if (loads) return value;
		return value.startsWith('#') ? idRef(value.slice(1)) : 'URL';
	}
	// The Content-Security-Policy in a <meta http-equiv> decides which inline code may run.
	if (key === 'content' && isMeta) return value;
	if (WORDS.has(key) || key.startsWith('data-')) return value.trim() ? 'T' : '';
	return value;
}

/** Groups pages by shape: each page's representative (the first page of its shape, in the given order). */
export function representatives(pages: { page: string; html: string }[]): Map<string, string> {
	const firstOfShape = new Map<string, string>();
	const rep = new Map<string, string>();
	for (const { page, html } of pages) {
		const shape = pageShape(html);
		if (!firstOfShape.has(shape)) firstOfShape.set(shape, page);
		rep.set(page, firstOfShape.get(shape)!);
	}
	return rep;
}
