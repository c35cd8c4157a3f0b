// The stale report editors see: every item not fresh, worst first, as a table, Markdown or JSON.
import type { Dataset } from '../../../src/lib/facts/parse.ts';
import { countFreshness, dueForReview, freshnessOfItem, type FreshnessCounts, type FreshnessState } from '../../../src/lib/facts/freshness.ts';
import { formatValueWithUnit } from '../../../src/lib/site/format.ts';

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
		...data.facts.map(({ file, record: f }) => ({ file, item: f, type: 'fact' as const, label: `${f.label}: ${formatValueWithUnit(f.value, f.unit)}` })),
		...data.models.map(({ file, record: m }) => ({ file, item: m, type: 'model-price' as const, label: `${m.name} prices` })),
	].map((row) => ({ ...row, id: row.item.id, freshness: freshnessOfItem(row.item, data.freshness, today) }));
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
	const rows = report.items.map((i) => [i.state.toUpperCase(), i.id, i.verifiedOn, i.reviewBy, `${i.ageDays}d`, i.file]);
	const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
	const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
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
					...report.items.map((i) => `| ${i.state} | \`${i.id}\` | ${esc(i.label)} | ${i.verifiedOn} | ${i.reviewBy} | <${i.source}> | \`${i.file}\` |`),
				]
			: ['Nothing to review.']),
		'',
	].join('\n');
}
