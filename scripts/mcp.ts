// The Batchwise MCP server: the site's facts, wizard and cost engine for AI agents, over stdio (the
// default, for local agents) or Streamable HTTP. The data is read and checked at start, like a build.
// Exit codes: 0 stopped normally, 2 invalid data or arguments.
import {
	createServer as createHttpServer,
	type IncomingMessage,
	type ServerResponse,
} from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { todayIso } from '../src/lib/site/dates.ts';
import { dateOption, HELP_OPTION, runMain, strictArgs, UsageError } from './lib/cli.ts';
import { loadContext, type McpContext } from './lib/mcp/context.ts';
import { createServer } from './lib/mcp/server.ts';

export const USAGE = `Usage: npm run mcp -- [--http [--port N] [--host HOST]] [--today YYYY-MM-DD] [--data DIR] [--content DIR]

Serves Batchwise's facts, decision wizard and cost calculator to AI agents over the Model Context
Protocol: tools compare_batch_apis, get_fact, search_facts, list_models, estimate_cost, recommend,
stale_facts and check_claim; each fact as a resource (batchwise://facts/{id}) and llms.txt; the prompt
choose-batch-api. Every value comes with the day it was checked, its source and its freshness.

  (no option)         stdio: the agent starts this command and talks over stdin/stdout
  --http              Streamable HTTP at http://HOST:PORT/mcp instead
  --port N            the HTTP port (default 8787; 0 picks a free one)
  --host HOST         the address to listen on (default 127.0.0.1, this machine only)
  --today YYYY-MM-DD  the day to judge freshness on (default: today)
  --data DIR          the data folder (default: data)
  --content DIR       the site's content folder, for the home page's comparison (default: content)
  -h, --help          this help

Invalid data stops the server at start, each problem named with its file, record id and field.
Exit codes: 0 stopped, 2 invalid data or arguments.`;

export interface McpOptions {
	help: boolean;
	http: boolean;
	port: number;
	host: string;
	today: string;
	data: string;
	content: string;
}

export function parseMcpArgs(argv: string[]): McpOptions {
	const { values } = strictArgs({
		args: argv,
		options: {
			...HELP_OPTION,
			http: { type: 'boolean', default: false },
			port: { type: 'string' },
			host: { type: 'string' },
			today: { type: 'string' },
			data: { type: 'string', default: 'data' },
			content: { type: 'string', default: 'content' },
		},
	});
	const base = { help: values.help, http: values.http, data: values.data, content: values.content };
	if (values.help) return { ...base, port: 8787, host: '127.0.0.1', today: '' };
	if (!values.http && (values.port !== undefined || values.host !== undefined))
		throw new UsageError('--port and --host go with --http (see --help)');
	const port =
		values.port === undefined ? 8787 : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
	if (!Number.isInteger(port) || port > 65535)
		throw new UsageError(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
	const today = dateOption('today', values.today, todayIso());
	if (!existsSync(values.data))
		throw new UsageError(`the data folder "${values.data}" does not exist`);
	return { ...base, port, host: values.host ?? '127.0.0.1', today };
}

/** Largest request body: any tool call fits in far less; a bigger one is refused with 413. */
export const MAX_BODY = 1_000_000;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Serves MCP over Streamable HTTP at /mcp, stateless: each POST gets its own server and transport
 * over the one loaded context, so concurrent calls never share state. Bound to a loopback address,
 * it refuses requests whose Host header names another host (DNS rebinding from a web page).
 */
export async function serveHttp(
	ctx: McpContext,
	host: string,
	port: number
): Promise<{ url: string; close: () => Promise<void> }> {
	const local = LOOPBACK.has(host);
	const reply = (res: ServerResponse, status: number, message: string) =>
		res
			.writeHead(status, { 'Content-Type': 'application/json' })
			.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
	const http = createHttpServer(async (req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname !== '/mcp') return reply(res, 404, 'Not found: the MCP endpoint is /mcp');
		const hostname = (req.headers.host ?? '').replace(/:\d+$/, '');
		if (local && !LOOPBACK.has(hostname))
			return reply(res, 403, `Host "${hostname}" is not allowed`);
		if (req.method !== 'POST')
			return reply(res, 405, 'Method not allowed: this stateless server takes POST only');
		const server = createServer(ctx);
		const transport = new StreamableHTTPServerTransport({
			sessionIdGenerator: undefined,
			enableJsonResponse: true,
			maxRequestBodySize: MAX_BODY,
		});
		res.on('close', () => {
			void transport.close();
			void server.close();
		});
		try {
			await server.connect(transport);
			await transport.handleRequest(req, res);
		} catch (error) {
			process.stderr.write(`mcp: ${error instanceof Error ? error.message : String(error)}\n`);
			if (!res.headersSent) reply(res, 500, 'Internal server error');
		}
	});
	await new Promise<void>((resolve, reject) => {
		http.once('error', reject);
		http.listen(port, host, () => resolve());
	});
	const address = http.address() as AddressInfo;
	const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	return {
		url: `http://${shown}:${address.port}/mcp`,
		close: () =>
			new Promise((resolve) => (http.closeAllConnections(), http.close(() => resolve()))),
	};
}

async function main(): Promise<number | void> {
	const options = parseMcpArgs(process.argv.slice(2));
	if (options.help) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	// Throws the reader's DataError: runMain prints every problem and exits 2 before anything is served.
	const ctx = loadContext({
		dataDir: options.data,
		today: options.today,
		contentDir: options.content,
	});
	const summary = `${ctx.data.facts.size} facts, ${ctx.data.models.length} models, ${ctx.data.claims.length} claims, as of ${options.today}`;
	if (options.http) {
		const { url, close } = await serveHttp(ctx, options.host, options.port);
		// stderr: stdout stays free for nothing else to read, as in stdio mode.
		process.stderr.write(`batchwise MCP server (Streamable HTTP) on ${url}: ${summary}\n`);
		const stop = () => void close().then(() => process.exit(0));
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
		return;
	}
	await createServer(ctx).connect(new StdioServerTransport());
	process.stderr.write(`batchwise MCP server (stdio): ${summary}\n`);
}

if (import.meta.main) await runMain('mcp', main, 2);
