// The stale report editors see: every item not fresh, worst first, as a table, Markdown or JSON.
import type { Dataset } from '../../../src/lib/facts/parse.ts';
import {
	countFreshness,
	dueForReview,
	freshnessOfItem,
	type FreshnessCounts,
	type FreshnessState,
} from '../../../src/lib/facts/freshness.ts';
import { formatValueWithUnit } from '../../../src/lib/site/format.ts';
import {
	faqIn,
	outcomeIn,
	questionIn,
	translationOf,
	TRANSLATED_LOCALES,
	type TextsInLocale,
	type TranslatedLocale,
} from '../../../src/lib/i18n/translations.ts';

export interface StaleItem {
	id: string;
	type: 'fact' | 'model-price';
	provider: string;
	label: string;
	file: string;
	verifiedOn: string;
	reviewBy: string;
	ageDays: number;
	state: FreshnessState;
	source: string;
}

export interface StaleReport {
	today: string;
	counts: FreshnessCounts;
	/** Items that are due or stale, stale first, then by review date. */
	items: StaleItem[];
}

export function buildStaleReport(data: Dataset, today: string): StaleReport {
	const all = [
		...data.facts.map(({ file, record: f }) => ({
			file,
			item: f,
			type: 'fact' as const,
			label: `${f.label}: ${formatValueWithUnit(f.value, f.unit)}`,
		})),
		...data.models.map(({ file, record: m }) => ({
			file,
			item: m,
			type: 'model-price' as const,
			label: `${m.name} prices`,
		})),
	].map((row) => ({
		...row,
		id: row.item.id,
		freshness: freshnessOfItem(row.item, data.freshness, today),
	}));
	const items = dueForReview(all).map(({ id, file, item, type, label, freshness }): StaleItem => ({
		id,
		type,
		provider: item.provider,
		label,
		file,
		verifiedOn: item.verifiedOn,
		reviewBy: freshness.reviewBy,
		ageDays: freshness.ageDays,
		state: freshness.state,
		source: item.sources[0].url,
	}));
	return { today, counts: countFreshness(all), items };
}

export function reportAsTable(report: StaleReport): string {
	const header = ['STATE', 'ID', 'VERIFIED', 'REVIEW BY', 'AGE', 'FILE'];
	const rows = report.items.map((i) => [
		i.state.toUpperCase(),
		i.id,
		i.verifiedOn,
		i.reviewBy,
		`${i.ageDays}d`,
		i.file,
	]);
	const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
	const line = (r: string[]) =>
		r
			.map((cell, c) => cell.padEnd(widths[c]))
			.join('  ')
			.trimEnd();
	return [
		`Facts as of ${report.today}: ${report.counts.stale} stale, ${report.counts.due} due, ${report.counts.fresh} fresh.`,
		...(rows.length ? ['', line(header), ...rows.map(line)] : []),
		'',
	].join('\n');
}

export function reportAsMarkdown(report: StaleReport): string {
	const esc = (s: string) => s.replaceAll('|', '\\|');
	return [
		`## Fact review report (${report.today})`,
		'',
		`**${report.counts.stale} stale**, ${report.counts.due} due for review, ${report.counts.fresh} fresh.`,
		'',
		...(report.items.length
			? [
					'| State | Id | What | Verified | Review by | Source | File |',
					'| --- | --- | --- | --- | --- | --- | --- |',
					...report.items.map(
						(i) =>
							`| ${i.state} | \`${i.id}\` | ${esc(i.label)} | ${i.verifiedOn} | ${i.reviewBy} | <${i.source}> | \`${i.file}\` |`
					),
				]
			: ['Nothing to review.']),
		'',
	].join('\n');
}

// ---- Outdated translations (`--translations`, issue 17) ----

/** One translation whose English has changed since it was translated, or a wizard node or FAQ entry not translated yet. */
export interface OutdatedTranslation {
	/** Missing is listed for the wizard and the FAQ only (every one of them is meant to be translated), not for facts. */
	state: 'outdated' | 'missing';
	locale: TranslatedLocale;
	type: 'fact' | 'question' | 'outcome' | 'faq';
	id: string;
	/** Why, in words. */
	reason: string;
	/** What to write in `translatedFrom` once the translation is brought up to date: a date, or the new hash. */
	update: string;
}

/** Every outdated translation, by language, facts first; then wizard nodes and FAQ entries not translated yet. */
export function outdatedTranslations(data: Dataset): OutdatedTranslation[] {
	const out: OutdatedTranslation[] = [];
	for (const locale of TRANSLATED_LOCALES) {
		if (!data.translations?.[locale]) continue;
		for (const { record: fact } of data.facts) {
			const r = translationOf(fact, locale, data.translations);
			if (r.status === 'outdated')
				out.push({
					state: 'outdated',
					locale,
					type: 'fact',
					id: fact.id,
					reason: r.reason,
					update: `verifiedOn: '${fact.verifiedOn}'`,
				});
		}
		const missing: OutdatedTranslation[] = [];
		const texts = (type: OutdatedTranslation['type'], id: string, r: TextsInLocale<unknown>) => {
			if (r.status === 'outdated')
				out.push({
					state: 'outdated',
					locale,
					type,
					id,
					reason: 'the English text has changed since it was translated',
					update: `translatedFrom: ${r.hash}`,
				});
			if (r.status === 'missing')
				missing.push({
					state: 'missing',
					locale,
					type,
					id,
					reason: 'not translated yet',
					update: `translatedFrom: ${r.hash}`,
				});
		};
		for (const q of data.tree?.questions ?? [])
			texts('question', q.id, questionIn(q, locale, data.translations));
		for (const o of data.tree?.outcomes ?? [])
			texts('outcome', o.id, outcomeIn(o, locale, data.translations));
		for (const { record } of data.faq)
			texts('faq', record.id, faqIn(record, locale, data.translations));
		out.push(...missing);
	}
	return out;
}

export function translationsAsTable(items: OutdatedTranslation[]): string {
	if (!items.length) return 'No outdated translations.\n';
	const outdated = items.filter((i) => i.state === 'outdated').length;
	return [
		`${outdated} outdated translation${outdated === 1 ? '' : 's'}, ${items.length - outdated} not translated yet: pages show the English until each is done.`,
		'',
		...items.map(
			(i) =>
				`${i.state.toUpperCase().padEnd(8)}  ${i.locale}  ${i.type.padEnd(8)}  ${i.id}\n    ${i.reason}\n    once ${i.state === 'missing' ? 'translated' : 'updated'}, set ${i.update}`
		),
		'',
	].join('\n');
}

export function translationsAsMarkdown(items: OutdatedTranslation[]): string {
	const esc = (s: string) => s.replaceAll('|', '\\|');
	return [
		'## Outdated translations',
		'',
		...(items.length
			? [
					'| State | Language | Type | Id | Why | Once done, set |',
					'| --- | --- | --- | --- | --- | --- |',
					...items.map(
						(i) =>
							`| ${i.state} | ${i.locale} | ${i.type} | \`${i.id}\` | ${esc(i.reason)} | \`${esc(i.update)}\` |`
					),
				]
			: ['No outdated translations.']),
		'',
	].join('\n');
}
