// <cost-calculator>: reads the form (or the URL on load), validates it with the same parser as the
// URL, prices it with src/lib/calculator/cost.ts and redraws the results; the URL always holds the state.
// Its words and language come from the page (data-words, data-locale): one script for every language.
import {
	estimateCost,
	resolveTtl,
	ttlsOffered,
	type CostModel,
	type Ttl,
} from '../../lib/calculator/cost.ts';
import {
	FIELDS,
	readCalculatorQuery,
	serialiseCalculatorQuery,
	type CalculatorParams,
	type FieldProblem,
} from '../../lib/calculator/query.ts';
import {
	messageIn,
	recommendedTtl,
	renderResults,
	renderSummary,
	renderTtlChoices,
	type CalcProvider,
	type CalcText,
} from '../../lib/calculator/results-html.ts';
import { fillTemplate } from '../../lib/i18n/template.ts';
import { formatNumberIn } from '../../lib/site/format.ts';

class CostCalculator extends HTMLElement {
	connectedCallback() {
		const models: CostModel[] = JSON.parse(this.dataset.models ?? '[]');
		const providers: CalcProvider[] = JSON.parse(this.dataset.providers ?? '[]');
		const L: CalcText = {
			locale: this.dataset.locale === 'zh' ? 'zh' : 'en',
			w: JSON.parse(this.dataset.words ?? '{}'),
		};
		// The page's defaults: the model chosen in data and the starting workload.
		const defaults: CalculatorParams = JSON.parse(this.dataset.defaults!);
		const ids = models.map((m) => m.id);
		const ttlFor = recommendedTtl(providers, models);
		const card = this.querySelector<HTMLElement>('[data-summary]')!;
		const form = this.querySelector('form')!;
		const out = this.querySelector<HTMLElement>('[data-results]')!;
		const summary = this.querySelector<HTMLElement>('[data-messages]')!;
		const ttlChoices = this.querySelector<HTMLElement>('[data-ttl-choices]')!;
		// A radio group comes back as a RadioNodeList: it has a value, but no attributes of its own.
		const field = (name: string) =>
			form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null;

		const show = (params: CalculatorParams, messages: FieldProblem[]) => {
			for (const name of FIELDS) {
				const input = field(name);
				const error = this.querySelector<HTMLElement>(`#calc-err-${name}`);
				const text = messages
					.filter((m) => m.field === name)
					.map((m) => messageIn(L, m))
					.join(' ');
				if (input instanceof Element) input.toggleAttribute('aria-invalid', text !== '');
				if (error) {
					error.textContent = text;
					error.hidden = text === '';
				}
			}
			summary.hidden = messages.length === 0;
			summary.textContent =
				messages.length === 0
					? ''
					: messages.length === 1
						? L.w['calc.summaryOne']
						: fillTemplate(L.w['calc.summaryMany'], { n: messages.length });
			const chosen = [params.model, params.compare].flatMap((id) =>
				models.filter((m) => m.id === id)
			);
			const results = chosen.map((m) => estimateCost(m, params));
			card.innerHTML = renderSummary(results, params, providers, L);
			out.innerHTML = renderResults(results, params, providers, L);
		};

		// The lifetime choices are the ones the chosen model sells; redrawn only when the model changes,
		// keeping the reader's own pick (`wantedTtl`) where the new model sells it, else the nearest one it does.
		let ttlModel = '';
		let wantedTtl: Ttl = '5m';
		const offerTtls = (modelId: string, wanted: Ttl) => {
			const model = models.find((m) => m.id === modelId);
			if (!model || modelId === ttlModel) return;
			ttlModel = modelId;
			ttlChoices.innerHTML = renderTtlChoices(ttlsOffered(model), resolveTtl(model, wanted), L);
		};
		const formValues = () =>
			Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));

		const fromForm = () => {
			offerTtls(formValues().model, wantedTtl);
			const { params, problems: messages } = readCalculatorQuery(
				formValues(),
				ids,
				defaults,
				ttlFor
			);
			show(params, messages);
			history.replaceState(null, '', `?${serialiseCalculatorQuery(params)}${location.hash}`);
		};

		// On load the URL wins: good values fill the form, bad ones fall back to defaults with a message.
		const { params, problems: messages } = readCalculatorQuery(
			location.search,
			ids,
			defaults,
			ttlFor
		);
		wantedTtl = params.ttl;
		for (const name of FIELDS) {
			const input = field(name);
			if (!input || name === 'ttl') continue;
			if (name === 'runs') input.value = params.runs ?? 'monthly';
			else if (input instanceof HTMLInputElement && input.type === 'checkbox')
				input.checked = params[name] === 'yes';
			else input.value = String(params[name] ?? '');
		}
		if (location.search === '') {
			// No query: the page already shows the defaults, drawn at build time by the same renderers.
			ttlModel = params.model;
		} else {
			// An old link's ttl=5m on a model without it checks the nearest lifetime (the results say which was billed).
			offerTtls(params.model, params.ttl);
			show(params, messages);
		}
		form.addEventListener('input', (event) => {
			const target = event.target as HTMLInputElement;
			if (target.name === 'ttl') wantedTtl = target.value as Ttl;
			fromForm();
		});
		// A sample prompt's token count fills the input field. The tokenizer (about 1 MB gzipped) loads on first use only.
		const note = this.querySelector<HTMLElement>('[data-token-note]');
		this.querySelector('[data-count-tokens]')?.addEventListener('click', async () => {
			if (!note) return;
			note.textContent = L.w['calc.sampleLoading'];
			const { counterFor } = await import('../../lib/check/tokenizer.ts');
			const provider =
				models.find((m) => m.id === formValues().model)?.provider === 'anthropic'
					? 'anthropic'
					: 'openai';
			const counter = counterFor(provider);
			const count = counter.count(
				this.querySelector<HTMLTextAreaElement>('#calc-sample-text')?.value ?? ''
			);
			const input = field('input');
			if (input instanceof HTMLInputElement && count > 0) input.value = String(count);
			note.textContent =
				count > 0
					? fillTemplate(L.w['calc.sampleCount'], {
							count: fillTemplate(L.w['calc.count.tokenMany'], {
								n: formatNumberIn(L.locale, count),
							}),
							estimate: counter.exact ? '' : L.w['calc.sampleEstimate'],
							method: counter.method,
						})
					: L.w['calc.sampleEmpty'];
			fromForm();
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			fromForm();
		});
	}
}

customElements.define('cost-calculator', CostCalculator);
