// The one placeholder syntax for citing a fact in plain text (wizard tree, FAQ answers): `{{fact.id}}`.
// Parsing only, with no imports, so the wizard's browser script can share it at no cost;
// src/lib/facts/fill.ts does the filling.

/** Any `{{ … }}`: the content is checked separately so a malformed placeholder is reported, not left in the page. */
export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const ID = /^[a-z0-9][a-z0-9.-]*$/;

/** Thrown for a placeholder whose content is not a fact id, such as `{{ }}` or `{{Openai.Batch}}`. */
export class PlaceholderError extends Error {
	constructor(placeholder: string) {
		super(
			`Malformed fact placeholder "${placeholder}": write {{provider.fact.id}} with a lower-case fact id.`
		);
		this.name = 'PlaceholderError';
	}
}

/** The fact id inside one placeholder match (`whole` is the match, `inner` its content). */
export function placeholderId(whole: string, inner: string): string {
	const id = inner.trim();
	if (!ID.test(id)) throw new PlaceholderError(whole);
	return id;
}

/** The fact ids named by the placeholders in a text, in order of first use, without duplicates. */
export function placeholderIds(text: string): string[] {
	const ids: string[] = [];
	for (const match of text.matchAll(PLACEHOLDER)) {
		const id = placeholderId(match[0], match[1]);
		if (!ids.includes(id)) ids.push(id);
	}
	return ids;
}
