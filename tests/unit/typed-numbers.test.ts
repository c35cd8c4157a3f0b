// No price, limit, count with units or date is typed into prose: every one comes from a fact.
// The checker's cases; `npm run lint:content` runs it over content/.
import { describe, expect, test } from 'vitest';
import { findTypedNumbers } from '../../scripts/lib/lint/typed-numbers.ts';

describe('the checker', () => {
	test.each([
		['Batch costs $1.50 per million tokens.', 'price'],
		['Up to 100,000 requests per batch.', 'large number'],
		['A batch may hold 50000 requests.', 'number with a unit'],
		['Files up to 200 MB.', 'number with a unit'],
		['Results are kept for 29 days.', 'number with a unit'],
		['It expires after 24 hours, a 24-hour window.', 'number with a unit'],
		['Save 50% on tokens.', 'number with a unit'],
		['Prices as of 2026-07-15.', 'date'],
		['Checked on November 22, 2026.', 'date'],
		['Pay half-price for batch.', 'percentage in words'],
		["<Callout title='Batches cost $1.50 per MTok'>", 'price'],
		['The "24 hours" window.', 'number with a unit'],
		['批处理在 24 小时内完成。', 'number with a unit'],
		['结果保留29天。', 'number with a unit'],
		['每批最多 10 万个请求。', 'number with a unit'],
		['价格于 2026年11月9日 核对。', 'date'],
		['批处理享受半价。', 'percentage in words'],
		['折扣为 50%。', 'number with a unit'],
	])('flags %j as a %s', (text, kind) => {
		expect(findTypedNumbers(text).map((f) => f.kind)).toContain(kind);
	});

	test.each([
		'In step 2, upload the file.',
		'第 2 步：上传文件。',
		'返回 HTTP 413 时拆分文件。',
		'Claude Sonnet 4.6 and GPT-5.4 and gpt-4o-mini are models.',
		'A 429 error means slow down.',
		'Read the <FactValue id="openai.batch.max-requests" /> cap.',
		"<CompareTable rows={[['Cache hits', 'anthropic.cache.1h-in-batch', null]]} />",
	])('allows %j', (text) => {
		expect(findTypedNumbers(text)).toEqual([]);
	});
});

describe('code blocks', () => {
	const guide = [
		'Send the file and wait.',
		'```python',
		'batch = client.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h")',
		'```',
		'The window is 24 hours long.',
		'~~~json',
		'{"custom_id": "req-1", "params": {"max_tokens": 1024}}',
		'~~~',
		'```',
		'an unclosed block holds 50,000 requests',
	].join('\n');
	test('numbers inside fenced code blocks are literal API syntax and allowed', () => {
		const hits = findTypedNumbers(guide);
		expect(hits.map((h) => h.line)).not.toContain(3);
		expect(hits.map((h) => h.line)).not.toContain(7);
	});
	test('numbers in the prose around them are still caught, with their line numbers', () => {
		expect(findTypedNumbers(guide)).toEqual([
			{ line: 5, text: '24 hours', kind: 'number with a unit' },
		]);
	});
	test('inline code in prose is still prose', () => {
		expect(
			findTypedNumbers('Set `completion_window` to `24 hours` here.').map((h) => h.kind)
		).toContain('number with a unit');
	});
});
