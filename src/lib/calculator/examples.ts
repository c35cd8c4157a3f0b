// Workloads for the precomputed examples table (workload sizes, not facts: every price comes from data/models).
import type { CalculatorParams } from './query.ts';

export interface Example {
	/** Names its title in the strings table (`calc.page.example.<title>`, filled with the params). */
	title: 'classification' | 'cachedRead' | 'enrichment' | 'longContext' | 'embedding';
	params: CalculatorParams;
}

const base = { jobs: 1, output: 0, prefix: 0, hit: 0, ttl: '5m' } as const;

export const EXAMPLES: Example[] = [
	{
		title: 'classification',
		params: { ...base, model: 'gpt-4o-mini', requests: 100_000, jobs: 30, input: 100, output: 25 },
	},
	{
		title: 'cachedRead',
		params: {
			...base,
			model: 'claude-sonnet-4-6',
			requests: 1,
			input: 1_000_000,
			prefix: 1_000_000,
			hit: 1,
		},
	},
	{
		title: 'cachedRead',
		params: {
			...base,
			model: 'claude-haiku-4-5',
			requests: 1,
			input: 1_000_000,
			prefix: 1_000_000,
			hit: 1,
		},
	},
	{
		title: 'enrichment',
		params: {
			...base,
			model: 'claude-sonnet-5-5',
			compare: 'gpt-5.4',
			requests: 20_000,
			jobs: 4,
			input: 6_000,
			output: 500,
			prefix: 4_000,
			hit: 0.9,
		},
	},
	{
		title: 'longContext',
		params: { ...base, model: 'gpt-6.1-sol', requests: 1_000, input: 300_000, output: 2_000 },
	},
	{
		title: 'embedding',
		params: { ...base, model: 'text-embedding-3-small', requests: 500_000, input: 800 },
	},
];
