// <cost-calculator>: reads the form (or the URL on load), validates it with the same parser as the
// URL, prices it with src/lib/cost.ts and redraws the results; the URL always holds the state.
import { estimateCost, type CostModel } from '../../lib/cost.ts';
import { FIELDS, parseCalculatorQuery, serialiseCalculatorQuery, type CalculatorParams, type FieldMessage } from '../../lib/calculator-query.ts';
import { renderResults } from './render.ts';

class CostCalculator extends HTMLElement {
	connectedCallback() {
		const models: CostModel[] = JSON.parse(this.dataset.models ?? '[]');
		const ids = models.map((m) => m.id);
		const form = this.querySelector('form')!;
		const out = this.querySelector<HTMLElement>('[data-results]')!;
		const summary = this.querySelector<HTMLElement>('[data-messages]')!;
		// A radio group comes back as a RadioNodeList: it has a value, but no attributes of its own.
		const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null;

		const show = (params: CalculatorParams, messages: FieldMessage[]) => {
			for (const name of FIELDS) {
				const input = field(name);
				const error = this.querySelector<HTMLElement>(`#calc-err-${name}`);
				const text = messages.filter((m) => m.field === name).map((m) => m.message).join(' ');
				if (input instanceof Element) input.toggleAttribute('aria-invalid', text !== '');
				if (error) {
					error.textContent = text;
					error.hidden = text === '';
				}
			}
			summary.hidden = messages.length === 0;
			summary.textContent = messages.length
				? `${messages.length === 1 ? 'One value needs' : `${messages.length} values need`} attention; the results use the default for ${messages.length === 1 ? 'it' : 'them'}.`
				: '';
			const chosen = [params.model, params.compare].flatMap((id) => models.filter((m) => m.id === id));
			out.innerHTML = renderResults(chosen.map((m) => estimateCost(m, params)), params);
		};

		const fromForm = () => {
			const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
			const { params, messages } = parseCalculatorQuery(values, ids);
			show(params, messages);
			history.replaceState(null, '', `?${serialiseCalculatorQuery(params)}${location.hash}`);
		};

		// On load the URL wins: good values fill the form, bad ones fall back to defaults with a message.
		const { params, messages } = parseCalculatorQuery(location.search, ids);
		for (const name of FIELDS) {
			const input = field(name);
			if (input) input.value = String(params[name] ?? '');
		}
		show(params, messages);
		form.addEventListener('input', fromForm);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			fromForm();
		});
		form.hidden = false;
	}
}

customElements.define('cost-calculator', CostCalculator);
