// Fills `{{fact.id}}` placeholders in plain text (FAQ answers, structured data) with the fact's
// formatted value and unit, so text outside MDX still never types a number by hand.
import { getFact, type SiteData } from './facts.ts';
import { formatValueWithUnit } from './format.ts';

/** Any `{{ … }}`: the content is checked separately so a malformed placeholder is reported, not left in the page. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const ID = /^[a-z0-9][a-z0-9.-]*$/;

/** Thrown for a placeholder whose content is not a fact id, such as `{{ }}` or `{{Openai.Batch}}`. */
export class PlaceholderError extends Error {
	constructor(placeholder: string) {
		super(`Malformed fact placeholder "${placeholder}": write {{provider.fact.id}} with a lower-case fact id.`);
		this.name = 'PlaceholderError';
	}
}

/** The fact ids named by the placeholders in a text, in order of first use, without duplicates. */
export function placeholderIds(text: string): string[] {
	const ids: string[] = [];
	for (const match of text.matchAll(PLACEHOLDER)) {
		const id = match[1].trim();
		if (!ID.test(id)) throw new PlaceholderError(match[0]);
		if (!ids.includes(id)) ids.push(id);
	}
	return ids;
}

/**
 * The text with every `{{id}}` replaced by "value unit" (e.g. "50,000 requests"). An unknown id
 * throws `UnknownFactError` naming the nearest ids; a malformed placeholder throws `PlaceholderError`.
 */
export function fillFacts(text: string, data: Pick<SiteData, 'facts'>): string {
	return text.replace(PLACEHOLDER, (whole, inner: string) => {
		const id = inner.trim();
		if (!ID.test(id)) throw new PlaceholderError(whole);
		const fact = getFact(data as SiteData, id);
		return formatValueWithUnit(fact.value, fact.unit);
	});
}
