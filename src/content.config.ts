// Collections only. The data loaders share one reader with the scripts and tests
// (src/lib/facts/read.ts), so a bad fact fails the build with its file, id and field.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ClaimSchema, FactSchema, GuideSchema, ModelSchema, ProviderSchema } from './schemas.ts';
import { loadDatasetOnce } from './lib/facts/read.ts';
import { buildDate } from './lib/facts/build-date.ts';

const dataset = () => loadDatasetOnce('data', buildDate());

export const collections = {
	providers: defineCollection({ loader: async () => dataset().providers.map((p) => p.record), schema: ProviderSchema }),
	facts: defineCollection({ loader: async () => dataset().facts.map((f) => f.record), schema: FactSchema }),
	models: defineCollection({ loader: async () => dataset().models.map((m) => m.record), schema: ModelSchema }),
	claims: defineCollection({ loader: async () => dataset().claims.map((c) => c.record), schema: ClaimSchema }),
	// Prose pages: content/<section>/<slug>.mdx is served at /<section>/<slug>/.
	pages: defineCollection({ loader: glob({ base: './content', pattern: '**/*.mdx' }), schema: GuideSchema }),
};
