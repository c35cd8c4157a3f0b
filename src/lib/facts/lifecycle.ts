// A model's lifecycle judged on the build date: a model past its retirement date is retired
// everywhere, whatever its recorded status, so pages never offer a dead model as current.
// Small and free of runtime imports from the schema module, so the calculator can ship it to the browser.
import type { Lifecycle, Model } from '../../schemas.ts';
import { daysBetween, formatDate } from '../site/dates.ts';
import { LIFECYCLE_LABEL } from '../site/labels.ts';

/** How close a retirement must be before the calculator warns. */
export const RETIREMENT_WARNING_DAYS = 60;

export interface LifecycleState {
	status: Lifecycle;
	/** When the shutdown was announced, when known. */
	deprecatedOn?: string;
	/** The shutdown date, when one is known. */
	retiresOn?: string;
	/** Days from `today` to `retiresOn` (negative once past). */
	daysLeft?: number;
	/** Retired, or retiring within RETIREMENT_WARNING_DAYS: readers should be told. */
	warn: boolean;
}

export type LifecycleFields = Pick<Model, 'status' | 'retiresOn' | 'deprecatedOn'>;

/**
 * The status on `today`: retired from `retiresOn` on (the model stops answering that day);
 * deprecated once a shutdown date is set or the deprecation day has come; otherwise as recorded.
 */
export function lifecycleOn(model: LifecycleFields, today: string): LifecycleState {
	const { retiresOn, deprecatedOn } = model;
	const daysLeft = retiresOn === undefined ? undefined : daysBetween(today, retiresOn);
	let status: Lifecycle = model.status;
	if (daysLeft !== undefined && daysLeft <= 0) status = 'retired';
	else if (
		status !== 'retired' &&
		(daysLeft !== undefined || (model.deprecatedOn !== undefined && model.deprecatedOn <= today))
	)
		status = 'deprecated';
	const warn =
		status === 'retired' || (daysLeft !== undefined && daysLeft <= RETIREMENT_WARNING_DAYS);
	return {
		status,
		...(deprecatedOn ? { deprecatedOn } : {}),
		...(retiresOn ? { retiresOn, daysLeft } : {}),
		warn,
	};
}

/** The model as pages should show it on `today`: `status` replaced by the judged one. */
export function withLifecycle<M extends LifecycleFields>(model: M, today: string): M {
	const { status } = lifecycleOn(model, today);
	return status === model.status ? model : { ...model, status };
}

/**
 * The status with its dates, for tables and lists: "Active", "Legacy", "Deprecated 3 Jun 2026,
 * shuts down 11 Dec 2026", "Retired 20 Apr 2026". One wording for every page.
 */
export function lifecycleText(
	state: Pick<LifecycleState, 'status' | 'deprecatedOn' | 'retiresOn'>
): string {
	const label = LIFECYCLE_LABEL[state.status];
	if (state.status === 'retired')
		return state.retiresOn ? `${label} ${formatDate(state.retiresOn)}` : label;
	if (state.status !== 'deprecated') return label;
	const since = state.deprecatedOn ? ` ${formatDate(state.deprecatedOn)}` : '';
	return `${label}${since}${state.retiresOn ? `, shuts down ${formatDate(state.retiresOn)}` : ''}`;
}

/** "in 10 days", "tomorrow", "today". */
export function daysLeftText(days: number): string {
	if (days <= 0) return 'today';
	return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/**
 * The warning readers get about a model, or undefined when there is none:
 * "GPT-5 shuts down on 11 Dec 2026, in 10 days." or "GPT-5 was retired on 11 Dec 2026: the vendor no longer serves it."
 */
export function lifecycleWarning(name: string, state: LifecycleState): string | undefined {
	if (state.status === 'retired')
		return state.retiresOn
			? `${name} was retired on ${formatDate(state.retiresOn)}: the vendor no longer serves it.`
			: `${name} is retired: the vendor no longer serves it.`;
	if (!state.warn || state.retiresOn === undefined || state.daysLeft === undefined)
		return undefined;
	return `${name} shuts down on ${formatDate(state.retiresOn)}, ${daysLeftText(state.daysLeft)}.`;
}
