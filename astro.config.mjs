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
	// Parallel builds (tests, the benchmark) may each use their own output and cache folders.
	outDir: process.env.DIST_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
