// <batch-check>: takes a dropped, picked or pasted batch file (or the sample), hands it to a Web Worker
// that checks, counts and prices it off the main thread, shows progress with a cancel button, and
// draws the results with the same renderer as the page. Nothing leaves the browser: the worker reads
// the file from disk and the converted file is a local download.
import type { CheckRules, CheckProvider } from '../../lib/check/rules.ts';
import type { CostModel } from '../../lib/calculator/cost.ts';
import {
	conversionHtml,
	costHtml,
	reportHtml,
	type FactLinks,
} from '../../lib/check/report-html.ts';
import type { CheckJob } from './check-worker.ts';

class BatchCheck extends HTMLElement {
	private worker?: Worker;
	private source?: File | string;
	private download?: string;

	connectedCallback() {
		const rules: CheckRules = JSON.parse(this.dataset.rules!);
		const models: CostModel[] = JSON.parse(this.dataset.models!);
		const links: FactLinks = JSON.parse(this.dataset.links!);
		const $ = <T extends HTMLElement>(sel: string) => this.querySelector<T>(sel)!;
		const results = $('[data-results]');
		const progress = $<HTMLProgressElement>('progress');
		const busy = $('[data-progress]');
		const status = $('[data-status]');
		const convertForm = $<HTMLFormElement>('[data-convert]');
		const conversion = $('[data-conversion]');
		const link = $<HTMLAnchorElement>('[data-download]');
		const target = $<HTMLSelectElement>('#check-convert-model');
		const endpoint = $<HTMLSelectElement>('#check-endpoint');
		let from: CheckProvider | undefined;

		const run = (source: File | string, convert?: CheckJob['convert']) => {
			this.worker?.terminate();
			this.source = source;
			const size = typeof source === 'string' ? source.length : source.size;
			progress.value = 0;
			status.textContent = `Checking ${typeof source === 'string' ? 'the pasted lines' : source.name}…`;
			busy.hidden = false;
			const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
			this.worker = worker;
			worker.onmessage = ({ data }) => {
				if (data.type === 'progress') {
					progress.value = Math.round((data.bytes / size) * 100);
					return;
				}
				busy.hidden = true;
				worker.terminate();
				if (data.type === 'error') {
					status.textContent = '';
					results.innerHTML = `<p class="notice">The check stopped: ${data.message}</p>`;
					return;
				}
				status.textContent = 'Done.';
				if (convert) {
					conversion.innerHTML = conversionHtml(data.conversion);
					if (this.download) URL.revokeObjectURL(this.download);
					this.download = URL.createObjectURL(data.output);
					link.href = this.download;
					link.download =
						convert.to === 'anthropic' ? 'batch-anthropic.json' : 'batch-openai.jsonl';
					link.hidden = false;
					return;
				}
				results.innerHTML =
					reportHtml(data.report, rules, links) +
					(data.tokens && data.cost ? costHtml(data.tokens, data.cost, rules, links) : '');
				from = data.report.provider;
				convertForm.hidden = !from;
				conversion.textContent = '';
				link.hidden = true;
				if (from) {
					const to = from === 'openai' ? 'anthropic' : 'openai';
					target.innerHTML = models
						.filter((m) => m.provider === to && m.status !== 'retired')
						.map(
							(m) =>
								`<option value="${m.id}"${m.id === data.cost?.other?.model.id ? ' selected' : ''}>${m.name}</option>`
						)
						.join('');
					endpoint.closest('p')!.hidden = to !== 'openai';
				}
			};
			worker.postMessage({ source, rules, models, convert } satisfies Omit<CheckJob, 'compare'>);
		};

		$('[data-action=cancel]').addEventListener('click', () => {
			this.worker?.terminate();
			busy.hidden = true;
			status.textContent = 'Cancelled.';
		});
		$<HTMLInputElement>('#check-file').addEventListener('change', (e) => {
			const file = (e.target as HTMLInputElement).files?.[0];
			if (file) run(file);
		});
		const drop = $('[data-drop]');
		drop.addEventListener('dragover', (e) => {
			e.preventDefault();
			drop.classList.add('check-over');
		});
		drop.addEventListener('dragleave', () => drop.classList.remove('check-over'));
		drop.addEventListener('drop', (e) => {
			e.preventDefault();
			drop.classList.remove('check-over');
			const file = e.dataTransfer?.files[0];
			if (file) run(file);
		});
		$('[data-action=paste]').addEventListener('click', () =>
			run($<HTMLTextAreaElement>('#check-paste').value)
		);
		$('[data-action=sample]').addEventListener('click', () => {
			const sample = this.dataset.sample ?? '';
			$<HTMLTextAreaElement>('#check-paste').value = sample;
			run(sample);
		});
		convertForm.addEventListener('submit', (e) => {
			e.preventDefault();
			if (!this.source || !from) return;
			const to = from === 'openai' ? 'anthropic' : 'openai';
			const max = Number($<HTMLInputElement>('#check-max-tokens').value);
			run(this.source, {
				to,
				model: target.value,
				customIdPattern: rules.anthropic.customIdPattern,
				...(max > 0 ? { maxTokens: max } : {}),
				...(to === 'openai' ? { endpoint: endpoint.value as '/v1/chat/completions' } : {}),
			});
		});
	}

	disconnectedCallback() {
		this.worker?.terminate();
	}
}

customElements.define('batch-check', BatchCheck);
