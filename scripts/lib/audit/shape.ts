// A page's shape: its markup with the words and link targets abstracted away. Pages of one shape (the
// wizard's 300 steps come in a few dozen) have the same elements, classes, roles, ARIA wiring, styles
// and scripts, so what the browser finds on one of them (axe, console errors, requests, CSS and JS
// weight) it finds on each. The audit loads one page per shape in Chromium; every page still gets the
// validator, the link check and its own HTML weight. Words only count as present or absent, so a
// problem that a longer text alone would cause (a tap target pushed against another) is not seen on
// the pages that were not loaded: `npm run audit -- --every-page` loads them all.
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

export function pageShape(html: string): string {
	const ids = new Map<string, number>();
	const idRef = (token: string) => {
		if (!ids.has(token)) ids.set(token, ids.size);
		return `#${ids.get(token)}`;
	};
	const out: string[] = [];
	const text = (t: string) => {
		if (t.trim()) out.push('T');
	};
	for (const token of htmlTokens(html)) {
		if (token.kind === 'text') text(token.text);
		else if (token.kind === 'end') out.push(`</${token.tag}>`);
		else {
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
			out.push(`<${tag} ${parts.join(' ')}>`);
			if (body === undefined) continue;
			const json = tag === 'script' && /json/i.test(attrs.get('type') ?? '');
			if (CODE.has(tag) && !json) out.push(body);
			else text(body);
		}
	}
	return out.join('\n');
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
