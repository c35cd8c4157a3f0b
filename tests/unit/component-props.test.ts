// MDX authors' props are validated: a typo fails the build with the component and prop named.
import { describe, expect, test } from 'vitest';
import {
	CompareTablePropsSchema,
	FactValuePropsSchema,
	PriceTablePropsSchema,
	CalloutPropsSchema,
	parseProps,
} from '../../src/lib/site/component-props.ts';

describe('parseProps', () => {
	test('accepts good props and fills defaults', () => {
		expect(
			parseProps('FactValue', FactValuePropsSchema, { id: 'openai.batch.max-requests' })
		).toEqual({ id: 'openai.batch.max-requests', unit: true });
		expect(
			parseProps('CompareTable', CompareTablePropsSchema, {
				caption: 'Limits',
				rows: [['Cap', 'a.b', null]],
			}).providers
		).toEqual(['anthropic', 'openai']);
	});
	test('ignores the scoped-style attributes Astro adds', () => {
		expect(
			parseProps('FactValue', FactValuePropsSchema, { id: 'a.b', 'data-astro-cid-x1': '' })
		).toEqual({ id: 'a.b', unit: true });
	});
	test.each([
		['FactValue', FactValuePropsSchema, { idd: 'a.b' }, /<FactValue>: .*prop "id"/],
		['FactValue', FactValuePropsSchema, { id: 'Not An Id' }, /prop "id" must be lower-case/],
		[
			'PriceTable',
			PriceTablePropsSchema,
			{ provider: 'openai', models: ['gpt-4o'] },
			/give either provider or models/,
		],
		['Callout', CalloutPropsSchema, { type: 'danger' }, /<Callout>: prop "type"/],
		[
			'CompareTable',
			CompareTablePropsSchema,
			{ caption: 'x', rows: [] },
			/<CompareTable>: prop "caption"/,
		],
	] as const)('rejects bad %s props', (name, schema, props, message) => {
		expect(() => parseProps(name, schema as never, props)).toThrow(message);
	});
});
