// The changelog: every earlier value in `history`, paired with the value that replaced it.
import type { Fact, Model, Source } from '../schemas.ts';
import { formatValueWithUnit } from './format.ts';
import { formatMonth } from './dates.ts';
import { groupBy } from './facts.ts';
import { factHref } from './facts-dashboard.ts';

export interface Change {
	id: string;
	kind: 'fact' | 'model';
	label: string;
	provider: string;
	/** The day the old value stopped being current. */
	changedOn: string;
	from: string;
	to: string;
	sources: Source[];
	note?: string;
}

/** All changes, newest first; `to` is the next newer value (the current one for the newest entry). */
export function collectChanges(facts: Iterable<Fact>, models: Iterable<Model>): Change[] {
	const out: Change[] = [];
	for (const f of facts)
		f.history.forEach((h, i) => {
			const newer = i === 0 ? { value: f.value, sources: f.sources } : { value: f.history[i - 1].value, sources: f.history[i - 1].sources ?? f.sources };
			out.push({ id: f.id, kind: 'fact', label: f.label, provider: f.provider, changedOn: h.until, from: show(h.value, f.unit), to: show(newer.value, f.unit), sources: newer.sources, note: h.note });
		});
	for (const m of models)
		m.history.forEach((h, i) => {
			const newer = i === 0 ? m.prices : (m.history[i - 1].value as Model['prices']);
			out.push({ id: m.id, kind: 'model', label: `${m.name} prices`, provider: m.provider, changedOn: h.until, from: showPrices(h.value), to: showPrices(pick(newer, h.value)), sources: i === 0 ? m.sources : (m.history[i - 1].sources ?? m.sources), note: h.note });
		});
	return out.sort((a, b) => b.changedOn.localeCompare(a.changedOn) || a.id.localeCompare(b.id));
}

/** Changes grouped under "November 2026"-style headings, newest month first. */
export function groupByMonth(changes: Change[]): { month: string; changes: Change[] }[] {
	return [...groupBy(changes, (c) => formatMonth(c.changedOn))].map(([month, list]) => ({ month, changes: list }));
}

/** A history value as readers see current values; history keeps whatever shape the value had. */
function show(value: unknown, unit?: string): string {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) return JSON.stringify(value);
	return formatValueWithUnit(value as never, unit);
}

/** The newer prices, limited to the tiers and keys the old entry recorded (history may be partial). */
function pick(newer: Model['prices'], old: unknown): unknown {
	if (!old || typeof old !== 'object') return newer;
	return Object.fromEntries(
		Object.entries(old as Record<string, Record<string, number>>).map(([tier, prices]) => [
			tier,
			Object.fromEntries(Object.keys(prices ?? {}).map((k) => [k, (newer as Record<string, Record<string, number | undefined>>)[tier]?.[k] ?? 'unknown'])),
		]),
	);
}

function showPrices(value: unknown): string {
	if (!value || typeof value !== 'object') return String(value);
	return Object.entries(value as Record<string, Record<string, number>>)
		.map(([tier, prices]) => `${tier}: ${Object.entries(prices ?? {}).map(([k, v]) => `${k} $${v}`).join(', ')}`)
		.join('; ');
}

/** An Atom feed of the changes. */
export function changesFeed(changes: Change[], site: string, updated: string): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	const entries = changes.map(
		(c) => `  <entry>
    <id>${esc(`${site}/changes/#${c.id}@${c.changedOn}`)}</id>
    <title>${esc(`${c.label}: ${c.from} → ${c.to}`)}</title>
    <updated>${c.changedOn}T00:00:00Z</updated>
    <link href="${esc(`${site}${factHref(c)}`)}"/>
    <summary>${esc(`${c.label} changed on ${c.changedOn} from ${c.from} to ${c.to}. Source: ${c.sources[0]?.url ?? 'unknown'}`)}</summary>
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(`${site}/changes/`)}</id>
  <title>Batchwise fact changes</title>
  <link rel="self" href="${esc(`${site}/changes.xml`)}"/>
  <link href="${esc(`${site}/changes/`)}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>Batchwise editors</name></author>
${entries.join('\n')}
</feed>
`;
}
