// A tiny static file server for the built site (dist/), so browser tests need no extra packages.
// Text responses are gzipped when the client accepts it, as any real host does, so Lighthouse
// measures the transfer sizes readers get.
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
};

/** Serves `root` on a free localhost port; resolves with the server and its base URL. */
export async function serveStatic(root: string): Promise<{ server: Server; url: string }> {
	const server = createServer(async (req, res) => {
		let path: string;
		try {
			path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
				/^(\.\.[/\\])+/,
				''
			);
		} catch {
			// A malformed %-escape is the client's mistake: answer 400 rather than crash the run.
			res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
			return;
		}
		let file = join(root, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const gzip =
				COMPRESSIBLE.has(extname(file)) &&
				/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			res.writeHead(200, {
				'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
				Vary: 'Accept-Encoding',
				...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
			});
			res.end(gzip ? gzipSync(body) : body);
		} catch {
			const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(notFound);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { server, url: `http://127.0.0.1:${port}` };
}
