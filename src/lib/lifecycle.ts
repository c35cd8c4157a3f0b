// A model's lifecycle judged on the build date: a model past its retirement date is retired
// everywhere, whatever its recorded status, so pages never offer a dead model as current.
import type { Lifecycle, Model } from '../schemas.ts';
import { daysBetween } from './dates.ts';

/** How close a retirement must be before the calculator warns. */
export const RETIREMENT_WARNING_DAYS = 60;

export interface LifecycleState {
	status: Lifecycle;
	/** The shutdown date, when one is known. */
	retiresOn?: string;
	/** Days from `today` to `retiresOn` (negative once past). */
	daysLeft?: number;
	/** Retired, or retiring within RETIREMENT_WARNING_DAYS: readers should be told. */
	warn: boolean;
}

type LifecycleFields = Pick<Model, 'status' | 'retiresOn' | 'deprecatedOn'>;

export function lifecycleOn(model: LifecycleFields, today: string): LifecycleState {
	const { retiresOn } = model;
	const daysLeft = retiresOn === undefined ? undefined : daysBetween(today, retiresOn);
	let status: Lifecycle = model.status;
	if (daysLeft !== undefined && daysLeft <= 0) status = 'retired';
	else if (status !== 'retired' && (daysLeft !== undefined || (model.deprecatedOn !== undefined && model.deprecatedOn <= today))) status = 'deprecated';
	const warn = status === 'retired' || (daysLeft !== undefined && daysLeft <= RETIREMENT_WARNING_DAYS);
	return { status, ...(retiresOn ? { retiresOn, daysLeft } : {}), warn };
}

/** The model as pages should show it on `today`: `status` replaced by the judged one. */
export function withLifecycle<M extends LifecycleFields>(model: M, today: string): M {
	const { status } = lifecycleOn(model, today);
	return status === model.status ? model : { ...model, status };
}
