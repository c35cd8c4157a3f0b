// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sitemapXml } from './src/lib/publish/sitemap.ts';
import { SITE_URL } from './src/lib/publish/site-url.ts';

const site = SITE_URL;

/**
 * Writes dist/sitemap.xml from the pages Astro actually built.
 * @type {import('astro').AstroIntegration}
 */
const sitemap = {
	name: 'batchwise-sitemap',
	hooks: {
		'astro:build:done': ({ dir, pages }) => {
			const paths = pages.map((p) => p.pathname).filter((p) => !/\.(json|xml|txt|ics)$/.test(p));
			writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(site, paths));
		},
	},
};

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Keep spaces between inline elements ("100,000 requests", "date · source").
	compressHTML: true,
	integrations: [mdx(), sitemap],
	// The highlighter colours code with inline styles, which the CSP below forbids; plain code blocks instead.
	markdown: { syntaxHighlight: false },
	// A strict Content-Security-Policy as a <meta> tag: Astro hashes the scripts and styles it emits;
	// nothing may load from another origin. README ("Deploying") gives the same policy as a header.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval'.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// English at / (unchanged URLs), Simplified Chinese under /zh/; pages read Astro.currentLocale.
	i18n: { locales: ['en', 'zh'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
	build: { format: 'directory' },
	// Parallel builds (tests, the benchmark) may each use their own output and cache folders.
	outDir: process.env.DIST_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
