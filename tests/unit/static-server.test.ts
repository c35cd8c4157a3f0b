// The static server used by the browser tests, the audit and Lighthouse: it must behave like a real
// host (index.html for folders, the 404 page, gzip when asked) or the measurements would mislead.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Server } from 'node:http';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
const page = `<!doctype html><title>x</title>${'<p>repeated text</p>'.repeat(200)}`;
let server: Server;
let base: string;
beforeAll(async () => {
	mkdirSync(join(root, 'facts'));
	writeFileSync(join(root, 'facts/index.html'), page);
	writeFileSync(join(root, '404.html'), '<!doctype html><title>Not here</title>');
	({ server, url: base } = await serveStatic(root));
});
afterAll(() => server.close());

/** A raw GET (no automatic decompression, unlike fetch). */
function get(
	path: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		request(base + path, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
			);
		})
			.on('error', reject)
			.end();
	});
}

test('gzips text when the client accepts it, like a real host', async () => {
	const res = await get('/facts/', { 'Accept-Encoding': 'gzip, deflate, br' });
	expect(res.headers['content-encoding']).toBe('gzip');
	expect(res.body.length).toBeLessThan(page.length / 4);
	expect(gunzipSync(res.body).toString()).toBe(page);
});

test('sends plain bytes to a client that does not ask for gzip', async () => {
	const res = await get('/facts/index.html');
	expect(res.headers['content-encoding']).toBeUndefined();
	expect(res.body.toString()).toBe(page);
});

test('answers a missing path with the site 404 page', async () => {
	const res = await get('/nope/');
	expect(res.status).toBe(404);
	expect(res.body.toString()).toContain('Not here');
});

test('a malformed %-escape gets 400 and the server keeps serving', async () => {
	expect((await get('/%E0%A4%A')).status).toBe(400);
	expect((await get('/facts/')).status).toBe(200);
});
