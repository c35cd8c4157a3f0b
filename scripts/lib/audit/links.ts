// Internal links and assets: which references point into the built site, which file each one needs,
// and whether that file (and the #fragment on it) exists.
import type { Reference } from './html.ts';

/** A page's URL path from its file path inside the built folder ("guides/x/index.html" → "/guides/x/"). */
export function pagePathOf(file: string): string {
	const f = file.replace(/\\/g, '/').replace(/^\.?\//, '');
	if (f === 'index.html') return '/';
	if (f.endsWith('/index.html')) return '/' + f.slice(0, -'index.html'.length);
	return '/' + f;
}

export type Target =
	| { kind: 'skip' } // mailto:, data:, javascript:, empty
	| { kind: 'external'; origin: string }
	| { kind: 'internal'; path: string; fragment: string | null };

/**
 * Classifies a reference found on `pagePath`. Absolute http(s) URLs are external unless their
 * origin is one of `ownOrigins`; everything else is resolved against the page's URL.
 */
export function classify(pagePath: string, url: string, ownOrigins: string[] = []): Target {
	const u = url.trim();
	if (u === '' || /^(mailto|tel|data|javascript|blob|about):/i.test(u)) return { kind: 'skip' };
	const base = 'http://site.invalid';
	let parsed: URL;
	try {
		parsed = new URL(u, base + pagePath);
	} catch {
		return { kind: 'internal', path: u, fragment: null };
	}
	if (parsed.origin !== base) {
		if (!ownOrigins.includes(parsed.origin)) return { kind: 'external', origin: parsed.origin };
	}
	let path: string;
	try {
		path = decodeURIComponent(parsed.pathname);
	} catch {
		path = parsed.pathname;
	}
	const raw = parsed.hash.slice(1);
	let fragment: string | null = null;
	if (parsed.hash !== '' && raw !== '') {
		try {
			fragment = decodeURIComponent(raw);
		} catch {
			fragment = raw;
		}
	}
	return { kind: 'internal', path, fragment };
}

/** The files that may serve a URL path, in order ("/x/" → x/index.html; "/x" → x, then x/index.html). */
export function candidateFiles(path: string): string[] {
	const p = path.replace(/^\/+/, '');
	if (p === '') return ['index.html'];
	if (p.endsWith('/')) return [p + 'index.html'];
	return [p, p + '/index.html'];
}

export interface LinkProblem {
	page: string;
	url: string;
	problem: 'missing-file' | 'missing-fragment';
	detail: string;
}

export interface LinkCheckInput {
	/** Page URL path → its references. */
	references: Map<string, Reference[]>;
	/** Page file (relative to the built folder) → ids on that page; only HTML pages. */
	idsByFile: Map<string, Set<string>>;
	/** Does this relative file exist in the built folder? */
	exists: (file: string) => boolean;
	ownOrigins?: string[];
}

/** Every internal reference must resolve to a file; every fragment must name an id on an HTML target. */
export function checkLinks(input: LinkCheckInput): LinkProblem[] {
	const problems: LinkProblem[] = [];
	for (const [page, refs] of input.references) {
		for (const ref of refs) {
			const target = classify(page, ref.url, input.ownOrigins);
			if (target.kind !== 'internal') continue;
			const file = candidateFiles(target.path).find((f) => input.exists(f));
			if (!file) {
				problems.push({
					page,
					url: ref.url,
					problem: 'missing-file',
					detail: `<${ref.tag} ${ref.attr}> → ${target.path} is not in the built site`,
				});
				continue;
			}
			if (target.fragment === null || target.fragment === 'top') continue;
			const ids = input.idsByFile.get(file);
			if (ids && !ids.has(target.fragment)) {
				problems.push({
					page,
					url: ref.url,
					problem: 'missing-fragment',
					detail: `#${target.fragment} is not an id on ${target.path}`,
				});
			}
		}
	}
	return problems;
}

/** Request URLs whose origin is not the site's own. */
export function foreignRequests(requests: string[], siteOrigin: string): string[] {
	return [
		...new Set(
			requests.filter((r) => {
				try {
					const u = new URL(r);
					if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
					return u.origin !== siteOrigin;
				} catch {
					return true;
				}
			})
		),
	];
}
