// Model shutdowns for /retirements/, its iCalendar feed and /api/v1/retirements.json: every model with
// a shutdown date, judged on the build date. Pure, so the tests run it on fixtures with a fixed date.
import type { z } from 'astro/zod';
import type { ApiRetirementsSchema, Fact, Model, Provider, Source } from '../../schemas.ts';
import type { SiteData } from '../facts/lookup.ts';
import { formatDate } from '../site/dates.ts';
import { freshnessOfItem, type Freshness } from '../facts/freshness.ts';
import { lifecycleOn, type LifecycleState } from '../facts/lifecycle.ts';
import { icalendar, type CalendarEvent } from './ical.ts';

export interface Retirement {
	model: Model;
	providerName: string;
	/** Judged on the build date; `retiresOn` and `daysLeft` are always set here. */
	lifecycle: LifecycleState & { retiresOn: string; daysLeft: number };
	/** The fact that documents the dates (the model's lifecycleFact), when the data names one. */
	fact?: Fact;
	/** Where the dates come from: the lifecycle fact's sources, else the model's own. */
	sources: Source[];
	verifiedOn: string;
	freshness: Freshness;
}

/** Upcoming shutdowns, soonest first, and past ones, newest first. */
export function collectRetirements(
	data: Pick<SiteData, 'models' | 'facts' | 'providers' | 'freshness' | 'today'>
): { upcoming: Retirement[]; past: Retirement[] } {
	const providerName = (id: string) =>
		data.providers.find((p: Provider) => p.id === id)?.name ?? id;
	const all = data.models.flatMap((model): Retirement[] => {
		const lifecycle = lifecycleOn(model, data.today);
		if (lifecycle.retiresOn === undefined || lifecycle.daysLeft === undefined) return [];
		const fact = model.lifecycleFact ? data.facts.get(model.lifecycleFact) : undefined;
		const evidence = fact ?? model;
		return [
			{
				model,
				providerName: providerName(model.provider),
				lifecycle: { ...lifecycle, retiresOn: lifecycle.retiresOn, daysLeft: lifecycle.daysLeft },
				...(fact ? { fact } : {}),
				sources: evidence.sources,
				verifiedOn: evidence.verifiedOn,
				freshness: freshnessOfItem(evidence, data.freshness, data.today),
			},
		];
	});
	const byDate = (a: Retirement, b: Retirement) =>
		a.lifecycle.retiresOn.localeCompare(b.lifecycle.retiresOn) ||
		a.model.id.localeCompare(b.model.id);
	return {
		upcoming: all.filter((r) => r.lifecycle.status !== 'retired').sort(byDate),
		past: all.filter((r) => r.lifecycle.status === 'retired').sort((a, b) => byDate(b, a)),
	};
}

/** The JSON API document: upcoming first (soonest first), then past (newest first). */
export function retirementsDocument(
	data: Parameters<typeof collectRetirements>[0]
): z.input<typeof ApiRetirementsSchema> {
	const { upcoming, past } = collectRetirements(data);
	return {
		generatedOn: data.today,
		retirements: [...upcoming, ...past].map((r) => ({
			id: r.model.id,
			provider: r.model.provider,
			name: r.model.name,
			lifecycle: r.lifecycle.status,
			...(r.model.deprecatedOn ? { deprecatedOn: r.model.deprecatedOn } : {}),
			retiresOn: r.lifecycle.retiresOn,
			daysLeft: r.lifecycle.daysLeft,
			fact: r.fact?.id ?? null,
			verifiedOn: r.verifiedOn,
			freshness: r.freshness.state,
			sources: r.sources,
		})),
	};
}

/** The stable UID of a model's retirement event: the same across builds, so calendars update it in place. */
export const retirementUid = (modelId: string) => `${modelId}-retirement@batchwise`;

/** One all-day event per shutdown, on its day, each naming the source the date comes from. */
export function retirementsCalendar(
	data: Parameters<typeof collectRetirements>[0],
	pageUrl: string
): string {
	const { upcoming, past } = collectRetirements(data);
	const events = [...upcoming, ...past].map((r): CalendarEvent => {
		const source = r.sources[0];
		const deprecated = r.model.deprecatedOn
			? ` Deprecation announced ${formatDate(r.model.deprecatedOn)}.`
			: '';
		const past = r.lifecycle.status === 'retired';
		return {
			uid: retirementUid(r.model.id),
			date: r.lifecycle.retiresOn,
			summary: `${r.model.name} (${r.providerName}) ${past ? 'shut down' : 'shuts down'}`,
			description: `${r.providerName} ${past ? 'stopped' : 'stops'} serving ${r.model.name} (${r.model.id}) on ${formatDate(r.lifecycle.retiresOn)}.${deprecated}\nSource: ${source.title}, ${source.url} (verified ${formatDate(r.verifiedOn)}).`,
			url: source.url,
		};
	});
	return icalendar(events, {
		name: 'Batchwise: model retirements',
		stamp: data.today,
		url: pageUrl,
	});
}
