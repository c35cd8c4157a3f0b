// Reading the Nu HTML Checker's JSON output (java -jar vnu.jar --format json …) into per-page errors.
import { pagePathOf } from './links.ts';

export interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	message: string;
	lastLine?: number;
	extract?: string;
}

export interface ValidationError {
	page: string;
	line: number | null;
	message: string;
}

/**
 * The errors in a vnu JSON report, keyed to page paths. `root` is the absolute folder the files
 * were passed from; "non-document-error" (a file vnu could not read) counts as an error too.
 */
export function vnuErrors(json: string, root: string): ValidationError[] {
	let parsed: { messages?: VnuMessage[] };
	try {
		parsed = JSON.parse(json);
	} catch {
		return [
			{
				page: '(validator)',
				line: null,
				message: `could not read the validator's output: ${json.slice(0, 200)}`,
			},
		];
	}
	const base = root.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
	return (parsed.messages ?? [])
		.filter((m) => m.type === 'error' || m.type === 'non-document-error')
		.map((m) => {
			let file = m.url ?? '';
			try {
				if (file.startsWith('file:')) file = decodeURIComponent(new URL(file).pathname);
			} catch {
				/* keep as is */
			}
			const rel = file.startsWith(base) ? file.slice(base.length) : file;
			return {
				page: rel ? pagePathOf(rel) : '(validator)',
				line: m.lastLine ?? null,
				message: m.message,
			};
		});
}
