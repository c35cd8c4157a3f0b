// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	site: 'https://batchwise.dev',
	trailingSlash: 'always',
	// Keep spaces between inline elements ("100,000 requests", "date · source").
	compressHTML: true,
	integrations: [mdx()],
	build: { format: 'directory' },
});
