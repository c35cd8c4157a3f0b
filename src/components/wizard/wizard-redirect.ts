// On the 404 page: a wizard address without a pre-rendered page (a job size of its own, kinds in another
// order, a mistyped answer) goes to the same answers in query form, which the wizard's script reads and,
// for a bad answer, explains, in the address's language (/zh/wizard/… stays under /zh/). The link stays
// on screen in case the navigation is slow.
import { wizardQueryHref, type Thresholds } from '../../lib/wizard/tree.ts';
import { LOCALE_PREFIX, pathLocale } from '../../lib/i18n/routes.ts';
import type { DecisionTree } from '../../schemas.ts';

const box = document.querySelector<HTMLElement>('[data-wizard-redirect]');
if (box) {
	const tree = JSON.parse(box.dataset.tree!) as DecisionTree;
	const prefix = LOCALE_PREFIX[pathLocale(location.pathname)];
	const query = wizardQueryHref(
		tree,
		location.pathname.slice(prefix.length),
		JSON.parse(box.dataset.thresholds!) as Thresholds
	);
	if (query) {
		const href = `${prefix}${query}`;
		box.querySelector('a')!.href = href;
		box.hidden = false;
		// Replace, so Back returns to where the reader came from rather than to this page.
		location.replace(href);
	}
}
