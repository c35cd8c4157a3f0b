// sitemap.xml for the built pages (not the 404 page, not JSON or feeds).

/** A sitemap listing each page path under `site`, sorted for stable output. */
export function sitemapXml(site: string, paths: string[]): string {
	const base = site.replace(/\/$/, '');
	const urls = [...new Set(paths)]
		.filter((p) => !/^\/?404\/?$/.test(p))
		.map((p) => `${base}/${p.replace(/^\/+/, '')}`)
		.sort();
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${u}</loc></url>`).join('\n')}\n</urlset>\n`;
}
