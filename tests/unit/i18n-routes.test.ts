// Where a page lives in each language, and the sitemap's hreflang alternates (issue 17).
import { describe, expect, it } from 'vitest';
import {
	alternatePaths,
	asLocale,
	hrefIn,
	isTranslatedPath,
	LANG_TAG,
	localePath,
	pathLocale,
} from '../../src/lib/i18n/routes.ts';
import { sitemapXml } from '../../src/lib/publish/sitemap.ts';

describe('links from a page in a language', () => {
	it('Chinese pages link to Chinese pages, except the English-only pages and files', () => {
		expect(hrefIn('zh', '/pricing/')).toBe('/zh/pricing/');
		expect(hrefIn('zh', '/calculator/?model=gpt-5.4&jobs=2')).toBe(
			'/zh/calculator/?model=gpt-5.4&jobs=2'
		);
		expect(hrefIn('zh', '/')).toBe('/zh/');
		for (const english of [
			'/facts/',
			'/facts/openai/#x',
			'/check/',
			'/api/v1/facts.json',
			'/changes.xml',
			'/llms.txt',
			'https://example.test/',
		])
			expect(hrefIn('zh', english)).toBe(english);
		expect(hrefIn('en', '/pricing/')).toBe('/pricing/');
	});
	it('knows which pages exist in every language', () => {
		expect(isTranslatedPath('/zh/wizard/day/')).toBe(true);
		expect(isTranslatedPath('/facts/anthropic/')).toBe(false);
		expect(isTranslatedPath('/retirements.ics')).toBe(false);
	});
	it("reads Astro's current locale, English when there is none", () => {
		expect(asLocale('zh')).toBe('zh');
		expect(asLocale('en')).toBe('en');
		expect(asLocale(undefined)).toBe('en');
	});
});

describe('locale paths', () => {
	it('tells the language from the path', () => {
		expect(pathLocale('/')).toBe('en');
		expect(pathLocale('/wizard/day/')).toBe('en');
		expect(pathLocale('/zh/')).toBe('zh');
		expect(pathLocale('zh/wizard/')).toBe('zh');
		expect(pathLocale('/zh')).toBe('zh');
		// A page whose name merely starts with "zh" is English.
		expect(pathLocale('/zhipu/')).toBe('en');
	});

	it('maps a page to the same page in the other language, and back', () => {
		expect(localePath('zh', '/')).toBe('/zh/');
		expect(localePath('zh', '/wizard/day/no/')).toBe('/zh/wizard/day/no/');
		expect(localePath('en', '/zh/wizard/day/no/')).toBe('/wizard/day/no/');
		expect(localePath('en', '/zh/')).toBe('/');
		expect(localePath('zh', '/zh/calculator/')).toBe('/zh/calculator/');
		expect(localePath('zh', '/calculator/?model=x#results')).toBe(
			'/zh/calculator/?model=x#results'
		);
		for (const p of ['/', '/compare/anthropic-vs-openai/', '/faq/'])
			expect(localePath('en', localePath('zh', p))).toBe(p);
	});

	it('lists only the versions that exist (an English-only page has no Chinese alternate)', () => {
		const built = new Set(['/', '/zh/', '/facts/']);
		expect(alternatePaths('/', (p) => built.has(p))).toEqual([
			{ locale: 'en', path: '/' },
			{ locale: 'zh', path: '/zh/' },
		]);
		expect(alternatePaths('/facts/', (p) => built.has(p))).toEqual([
			{ locale: 'en', path: '/facts/' },
		]);
		expect(LANG_TAG.zh).toBe('zh-CN');
	});
});

describe('sitemap alternates', () => {
	it('an English-only site gets exactly the plain sitemap', () => {
		expect(sitemapXml('https://example.test/', ['/', 'facts/', '404/', 'facts/'])).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
				'  <url><loc>https://example.test/</loc></url>\n  <url><loc>https://example.test/facts/</loc></url>\n</urlset>\n'
		);
	});

	it('a page built in both languages lists both, with English as x-default; an English-only page none; no 404 page in any language', () => {
		const xml = sitemapXml('https://example.test', ['/', 'zh/', 'facts/', 'zh/404/']);
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
		const both =
			'<xhtml:link rel="alternate" hreflang="en" href="https://example.test/"/>' +
			'<xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.test/zh/"/>' +
			'<xhtml:link rel="alternate" hreflang="x-default" href="https://example.test/"/>';
		expect(xml).toContain(`<url><loc>https://example.test/</loc>${both}</url>`);
		expect(xml).toContain(`<url><loc>https://example.test/zh/</loc>${both}</url>`);
		expect(xml).toContain('<url><loc>https://example.test/facts/</loc></url>');
		expect(xml).not.toContain('404');
	});
});
