// Prose pages only: data reaches pages through src/site-data.ts (one reader, src/lib/facts/read.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuideSchema } from './schemas.ts';

export const collections = {
	// Prose pages: content/<section>/<slug>.mdx is served at /<section>/<slug>/.
	pages: defineCollection({
		loader: glob({ base: './content', pattern: '**/*.mdx' }),
		schema: GuideSchema,
	}),
};
