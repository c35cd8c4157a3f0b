// "Report a wrong fact" links: a GitHub new-issue URL pre-filled for .github/ISSUE_TEMPLATE/wrong-fact.yml.
// Pure: pages call it with a fact's data; nothing is fetched.
import type { Fact, Model } from '../../schemas.ts';

/** The project's public repository. */
export const REPOSITORY_URL = 'https://github.com/batchwise/batchwise';
/** The issue form's file name in .github/ISSUE_TEMPLATE/. */
export const WRONG_FACT_TEMPLATE = 'wrong-fact.yml';
/** The ids of the form's fields, which GitHub fills from query parameters of the same name. */
export const WRONG_FACT_FIELDS = {
	id: 'fact-id',
	value: 'our-value',
	verifiedOn: 'verified-on',
	source: 'source',
} as const;

export interface ReportFactInput {
	/** Fact id or model id. */
	id: string;
	/** The value as we show it: a number, text, yes/no, a list, or a model's prices. */
	value: unknown;
	/** Unit shown after a number, if any. */
	unit?: string;
	verifiedOn: string;
	/** The cited page: its URL, or the source record. */
	source: string | { url: string; title?: string };
}

/** A value as plain text for the issue (lists joined by commas; objects as compact JSON). */
export function valueAsText(value: unknown, unit?: string): string {
	let text: string;
	if (Array.isArray(value)) text = value.map(String).join(', ');
	else if (typeof value === 'boolean') text = value ? 'yes' : 'no';
	else if (value !== null && typeof value === 'object') text = JSON.stringify(value);
	else text = String(value);
	return unit && typeof value === 'number' ? `${text} ${unit}` : text;
}

/** URL of a new issue on the repository, pre-filled with the fact's id, our value, its date and source. */
export function reportFactUrl({ id, value, unit, verifiedOn, source }: ReportFactInput): string {
	const sourceText =
		typeof source === 'string'
			? source
			: source.title
				? `${source.title} — ${source.url}`
				: source.url;
	const params = new URLSearchParams({
		template: WRONG_FACT_TEMPLATE,
		title: `Wrong fact: ${id}`,
		[WRONG_FACT_FIELDS.id]: id,
		[WRONG_FACT_FIELDS.value]: valueAsText(value, unit),
		[WRONG_FACT_FIELDS.verifiedOn]: verifiedOn,
		[WRONG_FACT_FIELDS.source]: sourceText,
	});
	return `${REPOSITORY_URL}/issues/new?${params}`;
}

/** The report link for a fact (its value and unit) or a model (its prices), citing its first source. */
export function reportUrlFor(item: Fact | Model): string {
	const value = 'prices' in item ? { value: item.prices } : { value: item.value, unit: item.unit };
	return reportFactUrl({
		id: item.id,
		...value,
		verifiedOn: item.verifiedOn,
		source: item.sources[0],
	});
}
