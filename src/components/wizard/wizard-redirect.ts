// On the 404 page: a wizard address without a pre-rendered page (a job size of its own, kinds in another
// order, a mistyped answer) goes to the same answers in query form, which the wizard's script reads and,
// for a bad answer, explains. The link stays on screen in case the navigation is slow.
import { wizardQueryHref, type Thresholds } from '../../lib/wizard/tree.ts';
import type { DecisionTree } from '../../schemas.ts';

const box = document.querySelector<HTMLElement>('[data-wizard-redirect]');
if (box) {
	const tree = JSON.parse(box.dataset.tree!) as DecisionTree;
	const href = wizardQueryHref(
		tree,
		location.pathname,
		JSON.parse(box.dataset.thresholds!) as Thresholds
	);
	if (href) {
		box.querySelector('a')!.href = href;
		box.hidden = false;
		// Replace, so Back returns to where the reader came from rather than to this page.
		location.replace(href);
	}
}
