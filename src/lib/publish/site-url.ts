// The public address of the site: canonical URLs, the sitemap, the feed and llms.txt use it.
// Its own module so tooling (the MCP server) can read it without loading Astro's config.
export const SITE_URL = 'https://batchwise.dev';
