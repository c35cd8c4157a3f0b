// Fills `{{fact.id}}` placeholders in plain text (wizard tree, FAQ answers, structured data) with the
// fact's short form, else its formatted value and unit, so text outside MDX still never types a number by hand.
import { getFact, type SiteData } from './lookup.ts';
import { factInSentence } from '../site/format.ts';
import { PLACEHOLDER, placeholderId } from './placeholders.ts';

export { placeholderIds, PlaceholderError } from './placeholders.ts';

/**
 * The text with every `{{id}}` replaced by "value unit" (e.g. "50,000 requests"). An unknown id
 * throws `UnknownFactError` naming the nearest ids; a malformed placeholder throws `PlaceholderError`.
 */
export function fillFacts(text: string, data: Pick<SiteData, 'facts'>): string {
	return text.replace(PLACEHOLDER, (whole, inner: string) => {
		const fact = getFact(data as SiteData, placeholderId(whole, inner));
		return factInSentence(fact);
	});
}
