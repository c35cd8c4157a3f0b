// A small, forgiving HTML tokenizer for the audit (`htmlTokens`: tags, text and the bodies of
// <script>, <style>, <textarea> and <title>; comments skipped) and, built on it, `scanHtml`: the URLs a
// page references, the ids it defines and its inline code. No DOM, no dependencies.

import { decodeEntities } from '../../../src/lib/site/html-text.ts';

export { decodeEntities };

/** One URL-bearing attribute on a start tag. */
export interface Reference {
	tag: string;
	attr: string;
	url: string;
	/** For <link>: its rel (lower case); for <script>: its type. */
	rel?: string;
}

export interface ScannedHtml {
	references: Reference[];
	/** Every id="…" and <a name="…"> in the page (fragment targets). */
	ids: Set<string>;
	/** Ids that occur more than once. */
	duplicateIds: string[];
	/** Bodies of inline, executable <script> elements (not JSON, not speculation rules). */
	inlineScripts: string[];
	/** Bodies of inline <style> elements. */
	inlineStyles: string[];
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const URL_ATTRS: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action'],
};
/** <link rel> values that are not fetched or navigated as part of the site (metadata about it). */
const NON_RESOURCE_RELS = new Set([
	'canonical',
	'preconnect',
	'dns-prefetch',
	'me',
	'author',
	'license',
]);

/** Parses the attributes of one start tag's inner text (after the tag name). */
export function parseAttributes(text: string): Map<string, string> {
	const attrs = new Map<string, string>();
	const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
	for (const m of text.matchAll(re)) {
		const name = m[1].toLowerCase();
		if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attrs;
}

/** The URLs in a srcset value ("a.png 1x, b.png 2x"). */
export function srcsetUrls(value: string): string[] {
	return value
		.split(',')
		.map((part) => part.trim().split(/\s+/)[0])
		.filter(Boolean);
}

function isExecutableScript(type: string | undefined): boolean {
	const t = (type ?? '').trim().toLowerCase();
	return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

/** One piece of a page: a start tag (with the body of a raw-text element), an end tag, or text. */
export type HtmlToken =
	| { kind: 'start'; tag: string; attrs: Map<string, string>; body?: string }
	| { kind: 'end'; tag: string }
	| { kind: 'text'; text: string };

/**
 * The page as tokens, in order; comments are skipped. <script>, <style>, <textarea> and <title> come
 * with their body, as the browser reads it (up to the matching end tag). A stray "<" is text.
 */
export function* htmlTokens(html: string): Generator<HtmlToken> {
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt !== i) yield { kind: 'text', text: html.slice(i, lt < 0 ? html.length : lt) };
		if (lt < 0) break;
		if (html.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			i = end < 0 ? html.length : end + 3;
			continue;
		}
		const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(
			html.slice(lt, lt + 200_000)
		);
		if (!m) {
			yield { kind: 'text', text: '<' };
			i = lt + 1;
			continue;
		}
		const tag = m[2].toLowerCase();
		i = lt + m[0].length;
		if (m[1]) {
			yield { kind: 'end', tag };
			continue;
		}
		const attrs = parseAttributes(m[3].replace(/\/\s*$/, ''));
		if (!RAW_TEXT.has(tag)) {
			yield { kind: 'start', tag, attrs };
			continue;
		}
		const closeRe = new RegExp(`</${tag}`, 'gi');
		closeRe.lastIndex = i;
		const close = closeRe.exec(html)?.index ?? html.length;
		yield { kind: 'start', tag, attrs, body: html.slice(i, close) };
		i = close;
	}
}

export function scanHtml(html: string): ScannedHtml {
	const references: Reference[] = [];
	const idCounts = new Map<string, number>();
	const inlineScripts: string[] = [];
	const inlineStyles: string[] = [];
	for (const token of htmlTokens(html)) {
		if (token.kind !== 'start') continue;
		const { tag, attrs, body } = token;

		const id = attrs.get('id');
		if (id !== undefined && id !== '') idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
		if (tag === 'a' && attrs.get('name'))
			idCounts.set(
				attrs.get('name')!,
				(idCounts.get(attrs.get('name')!) ?? 0) + (id === attrs.get('name') ? 0 : 1)
			);

		const rel =
			tag === 'link'
				? (attrs.get('rel') ?? '').toLowerCase()
				: tag === 'script'
					? attrs.get('type')
					: undefined;
		const skipLink = tag === 'link' && rel!.split(/\s+/).every((r) => NON_RESOURCE_RELS.has(r));
		for (const attr of URL_ATTRS[tag] ?? []) {
			const value = attrs.get(attr);
			if (value === undefined || skipLink) continue;
			const urls = attr === 'srcset' ? srcsetUrls(value) : [value.trim()];
			for (const url of urls)
				references.push({ tag, attr, url, ...(rel !== undefined ? { rel } : {}) });
		}

		if (body === undefined || !body.trim()) continue;
		if (tag === 'script' && !attrs.has('src') && isExecutableScript(attrs.get('type')))
			inlineScripts.push(body);
		if (tag === 'style') inlineStyles.push(body);
	}
	const duplicateIds = [...idCounts].filter(([, n]) => n > 1).map(([id]) => id);
	return { references, ids: new Set(idCounts.keys()), duplicateIds, inlineScripts, inlineStyles };
}
