// <decision-wizard>: the same pre-rendered pages, swapped in place. Clicking an answer shows the next
// step at once (pages are prefetched), adds a history entry, moves focus to the new heading and
// announces it politely. `/wizard/?latency=day&…` jumps to wherever those answers lead. Its words come
// from the page (`data-strings`: islandStrings), and so does its language's address prefix (`/zh`).
import {
	echo,
	isAnswerError,
	pageHref,
	walkQuery,
	type AnswerError,
	type Thresholds,
} from '../../lib/wizard/tree.ts';
import { fillTemplate } from '../../lib/i18n/template.ts';
import type { ISLAND_KEYS } from '../../lib/i18n/strings.ts';
import type { DecisionTree } from '../../schemas.ts';

type Strings = Record<(typeof ISLAND_KEYS)['wizard'][number], string>;

const pages = new Map<string, Promise<Document>>();

/** Fetches (once) and parses a wizard page. */
function load(href: string): Promise<Document> {
	const url = new URL(href, location.href);
	const key = url.pathname;
	let page = pages.get(key);
	if (!page) {
		page = fetch(key).then(async (r) => {
			if (!r.ok) throw new Error(`${r.status}`);
			// Styles are left out: this page already has them, and parsing another page's <style> would
			// be reported against this page's Content-Security-Policy hashes.
			const html = (await r.text()).replace(/<style[\s\S]*?<\/style>/g, '');
			return new DOMParser().parseFromString(html, 'text/html');
		});
		page.catch(() => pages.delete(key));
		pages.set(key, page);
	}
	return page;
}

class DecisionWizard extends HTMLElement {
	tree!: DecisionTree;
	thresholds!: Thresholds;
	strings!: Strings;
	/** The wizard's start in this page's language: `/wizard/` or `/zh/wizard/`. */
	start!: string;

	connectedCallback() {
		this.tree = JSON.parse(this.dataset.tree!);
		this.thresholds = JSON.parse(this.dataset.thresholds!);
		this.strings = JSON.parse(this.dataset.strings!);
		this.start = `${this.dataset.prefix ?? ''}/wizard/`;
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-wizard-link]');
			if (
				!link ||
				event.defaultPrevented ||
				event.button !== 0 ||
				event.metaKey ||
				event.ctrlKey ||
				event.shiftKey ||
				event.altKey
			)
				return;
			event.preventDefault();
			void this.show(link.href, true);
		});
		addEventListener('popstate', () => void this.show(location.href, false));
		if (location.pathname === this.start && location.search) void this.show(location.href, false);
		else this.prefetch();
	}

	/** Shows the step for a URL; `push` adds a history entry. Falls back to a full page load on failure. */
	async show(href: string, push: boolean) {
		const url = new URL(href, location.href);
		let page = url.pathname;
		let error = '';
		let volume: number | undefined;
		if (url.pathname === this.start && url.search) {
			const result = walkQuery(this.tree, url.searchParams, this.thresholds);
			const at = isAnswerError(result) ? result.at : result;
			page = `${this.dataset.prefix ?? ''}${pageHref(at.path, this.thresholds)}`;
			if (isAnswerError(result))
				error = `${this.errorText(result)} ${this.strings['wizard.error.again']}`;
			const n = at.path.find((s) => s.question.type === 'number')?.answer;
			if (typeof n === 'number') volume = n;
		}
		let doc: Document;
		try {
			doc = await load(page);
		} catch {
			location.assign(page);
			return;
		}
		const step = doc.querySelector('[data-wizard-step]');
		const own = this.querySelector('[data-wizard-step]');
		if (!step || !own) return location.assign(page);
		own.replaceChildren(...[...step.childNodes].map((n) => document.importNode(n, true)));
		document.title = doc.title;
		if (push) history.pushState(null, '', url.pathname + url.search);
		if (volume !== undefined) {
			const calc = this.querySelector<HTMLAnchorElement>('a[data-calculator]');
			if (calc) {
				const c = new URL(calc.href);
				c.searchParams.set('requests', String(volume));
				calc.href = c.pathname + c.search;
			}
			const label = this.querySelector('[data-answer-key="volume"] [data-answer-label]');
			if (label)
				// Grouped digits in the page's language, as formatNumberIn would; importing format.ts here would
				// split it out of the calculator's bundle and push that island over its JS budget.
				label.textContent = `${volume.toLocaleString(document.documentElement.lang)} (${label.textContent})`;
		}
		const slot = this.querySelector('[data-wizard-error]');
		if (error && slot) {
			const p = document.createElement('p');
			p.className = 'notice';
			p.setAttribute('role', 'alert');
			p.dataset.wizardInvalid = '';
			p.textContent = error;
			slot.append(p);
		}
		const heading = this.querySelector<HTMLElement>('[data-wizard-focus]');
		heading?.focus();
		const live = this.querySelector('[data-wizard-live]');
		if (live && heading)
			live.textContent =
				(this.querySelector('[data-outcome]') ? `${this.strings['wizard.result']} ` : '') +
				heading.textContent;
		this.prefetch();
	}

	/** The reader's message for an unusable answer, in the page's language (answerErrorText, worded by the page). */
	errorText(e: AnswerError): string {
		const reason = fillTemplate(this.strings[`wizard.error.${e.reason.code}`], e.reason.params);
		return fillTemplate(this.strings['wizard.error.answer'], {
			answer: `${e.key}=${echo(e.raw)}`,
			reason,
		});
	}

	/** Loads the pages the current step's answers lead to, so the next click is instant. */
	prefetch() {
		for (const a of this.querySelectorAll<HTMLAnchorElement>('a[data-option]'))
			load(a.href).catch(() => {});
	}
}

customElements.define('decision-wizard', DecisionWizard);
