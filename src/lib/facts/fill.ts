// Fills `{{fact.id}}` placeholders in plain text (wizard tree, FAQ answers, structured data) with the
// fact's short form, else its formatted value and unit, so text outside MDX still never types a number by hand.
import { getFact, type SiteData } from './lookup.ts';
import { factInSentence } from '../site/format.ts';
import { PLACEHOLDER, placeholderId } from './placeholders.ts';
import { factTextIn } from '../i18n/translations.ts';
import type { Locale } from '../../vocabulary.ts';

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

/**
 * `fillFacts` for a page in `locale` (issue 17): numbers and units formatted for the language, text
 * values in their current translation. `outdated` names the facts whose translation is older than the
 * English (their English value was used), so the page can add its "translation being updated" note.
 */
export function fillFactsIn(
	locale: Locale,
	text: string,
	data: Pick<SiteData, 'facts' | 'translations'>
): { text: string; outdated: string[] } {
	const outdated: string[] = [];
	const filled = text.replace(PLACEHOLDER, (whole, inner: string) => {
		const fact = getFact(data as SiteData, placeholderId(whole, inner));
		const shown = factTextIn(locale, fact, data.translations);
		if (shown.outdated && !outdated.includes(fact.id)) outdated.push(fact.id);
		return shown.text;
	});
	return { text: filled, outdated };
}
