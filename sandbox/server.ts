/**
 * One loopback HTTP server for all five vendor APIs (`/enapps/api/v1/...`, `/cirrus/...`, ...) plus an
 * admin API under `/__sandbox` for tests: state, records, reset, fault injection and a request log.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import { loadCatalog, type CatalogSource } from './catalogs';
import { HttpError, VendorSandbox } from './engine';
import { parseFault, parseFaultHeader, FaultQueue, type Fault } from './faults';
import { BodyParseError, parseBody, parseQuery, readBody, send } from './http';
import type { SandboxRequest, SandboxResponse, VendorAdapter } from './types';
import { ALL_ADAPTERS } from './vendors';

export interface SandboxOptions {
	/** Default 127.0.0.1; the sandbox never listens on other interfaces unless told. */
	host?: string;
	/** 0 picks a free port. */
	port?: number;
	/** Where catalogs come from (default `source`). */
	catalogs?: CatalogSource;
	/** Serve only these vendors (default all whose catalog exists). */
	vendors?: string[];
	clock?: () => number;
	/** Called with one line per request, e.g. `console.log`. */
	log?: (line: string) => void;
}

export interface RequestLogEntry {
	seq: number;
	vendor: string;
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	status: number;
	fault?: string;
	ms: number;
}

export interface SandboxHandle {
	server: Server;
	url: string;
	port: number;
	vendors: Map<string, VendorSandbox>;
	/** Vendors that are not served, with the reason (e.g. no catalog yet). */
	missing: Record<string, string>;
	faults: FaultQueue;
	requests: RequestLogEntry[];
	/** Base URL of one vendor, as its credential wants it. */
	vendorUrl(key: string): string;
	reset(): void;
	close(): Promise<void>;
}

const MAX_LOG = 20_000;

function faultResponse(fault: Fault, adapter: VendorAdapter): SandboxResponse | undefined {
	switch (fault.kind) {
		case '429': {
			const answer = adapter.error(429, 'Too many requests, slow down');
			return { ...answer, headers: { ...(answer.headers ?? {}), 'retry-after': String(fault.retryAfter ?? 1) } };
		}
		case '500':
			return adapter.error(500, 'Internal server error (injected by the sandbox)');
		case 'malformed':
			return { status: 200, rawText: '{"data": [{"id": 1, "name": "truncated' };
		default:
			return undefined;
	}
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
	const host = options.host ?? '127.0.0.1';
	const source = options.catalogs ?? 'source';
	const vendors = new Map<string, VendorSandbox>();
	const missing: Record<string, string> = {};
	for (const adapter of ALL_ADAPTERS) {
		if (options.vendors && !options.vendors.includes(adapter.key)) continue;
		const loaded = loadCatalog(adapter.catalogFolder, source);
		if (loaded.catalog) vendors.set(adapter.key, new VendorSandbox(adapter, loaded.catalog, options.clock));
		else missing[adapter.key] = loaded.problem ?? 'no catalog';
	}
	const faults = new FaultQueue();
	const requests: RequestLogEntry[] = [];
	let seq = 0;

	const handle: SandboxHandle = {
		server: undefined as unknown as Server,
		url: '',
		port: 0,
		vendors,
		missing,
		faults,
		requests,
		vendorUrl: (key) => `${handle.url}/${key}`,
		reset() {
			for (const vendor of vendors.values()) vendor.reset();
			faults.clear();
			requests.length = 0;
		},
		close: () =>
			new Promise<void>((resolve) => {
				handle.server.close(() => resolve());
				handle.server.closeAllConnections?.();
			}),
	};

	async function admin(method: string, path: string, url: URL, raw: string): Promise<SandboxResponse> {
		const query = parseQuery(url.searchParams);
		const body = (parseBody(raw, 'application/json') ?? {}) as Record<string, unknown>;
		const vendorParam = (query.vendor as string | undefined) ?? (body.vendor as string | undefined);
		const route = `${method} ${path.replace(/\/+$/, '') || '/'}`;
		switch (route) {
			case 'GET /__sandbox':
				return {
					status: 200,
					body: {
						vendors: [...vendors.values()].map((vendor) => ({
							key: vendor.adapter.key,
							baseUrl: `${handle.vendorUrl(vendor.adapter.key)}${vendor.adapter.apiBase}`,
							operations: vendor.catalog.operations.length,
							routes: vendor.routes.length,
						})),
						missing,
						admin: [
							'GET /__sandbox/health',
							'GET /__sandbox/state',
							'GET /__sandbox/records?vendor=enapps&collection=/partners',
							'POST|PATCH /__sandbox/records  {"vendor":"enapps","collection":"/partners","id":5,"fields":{"name":"New","write_date":"$now:sql"}}',
							'POST /__sandbox/reset',
							'GET|POST|DELETE /__sandbox/faults  {"kind":"429|500|slow|malformed","count":1,"vendor":"enapps","path":"/partners","retryAfter":1,"delayMs":3000}',
							'GET|DELETE /__sandbox/requests?vendor=enapps',
						],
					},
				};
			case 'GET /__sandbox/health':
				return { status: 200, body: { ok: true, vendors: [...vendors.keys()] } };
			case 'GET /__sandbox/state': {
				const state: Record<string, unknown> = {};
				for (const [key, vendor] of vendors) {
					state[key] = Object.fromEntries(vendor.collectionsSnapshot().map((collection) => [collection.name, collection.stats]));
				}
				return { status: 200, body: state };
			}
			case 'GET /__sandbox/records': {
				const vendor = vendors.get(String(vendorParam ?? ''));
				if (!vendor) return { status: 404, body: { message: `Unknown vendor ${String(vendorParam)}` } };
				const scope = query.scope ? String(query.scope).split('/') : [];
				const collection = vendor.collection(String(query.collection ?? ''), scope);
				return { status: 200, body: { collection: collection.name, stats: collection.stats, records: collection.records } };
			}
			case 'POST /__sandbox/inbox':
				handle.inbox.push(body);
				return { status: 200, body: { received: handle.inbox.length } };
			case 'GET /__sandbox/inbox':
				return { status: 200, body: handle.inbox };
			case 'DELETE /__sandbox/inbox':
					return { status: 200, body: [] };
			case 'POST /__sandbox/records':
			case 'PATCH /__sandbox/records': {
				// Stands in for a change made in the vendor's own app: `"$now:sql"` etc. become the server's time.
				const vendor = vendors.get(String(vendorParam ?? ''));
				if (!vendor) return { status: 404, body: { message: `Unknown vendor ${String(vendorParam)}` } };
				const scope = body.scope ? String(body.scope).split('/') : [];
				const collection = vendor.collection(String(body.collection ?? query.collection ?? ''), scope);
				const fields = stampNow((body.record ?? body.fields ?? {}) as Record<string, unknown>, vendor.now());
				if (method === 'POST') return { status: 200, body: collection.insert(fields) };
				const updated = collection.update(String(body.id), fields);
				return updated ? { status: 200, body: updated } : { status: 404, body: { message: `No record ${String(body.id)} in ${collection.name}` } };
			}
			case 'POST /__sandbox/reset':
				if (vendorParam) vendors.get(vendorParam)?.reset();
				else handle.reset();
				return { status: 200, body: { reset: vendorParam ?? 'all' } };
			case 'GET /__sandbox/faults':
				return { status: 200, body: faults.list() };
			case 'POST /__sandbox/faults': {
				const fault = parseFault(body);
				faults.add(fault);
				return { status: 200, body: fault };
			}
			case 'DELETE /__sandbox/faults':
				faults.clear();
				return { status: 200, body: [] };
			case 'GET /__sandbox/requests':
				return { status: 200, body: vendorParam ? requests.filter((entry) => entry.vendor === vendorParam) : requests };
			case 'DELETE /__sandbox/requests':
				requests.length = 0;
				return { status: 200, body: [] };
			default:
				return { status: 404, body: { message: `No admin endpoint ${route}` } };
		}
	}

	async function serveVendor(vendor: VendorSandbox, request: IncomingMessage, url: URL, vendorPath: string, raw: string): Promise<{ result: SandboxResponse; fault?: Fault }> {
		const adapter = vendor.adapter;
		const headerFault = request.headers['x-sandbox-fault'];
		if (typeof headerFault === 'string' && headerFault) {
			const fault = parseFaultHeader(headerFault);
			fault.vendor = adapter.key;
			faults.add(fault);
		}
		const path = vendorPath.startsWith(adapter.apiBase) ? vendorPath.slice(adapter.apiBase.length) || '/' : vendorPath;
		const fault = faults.take(adapter.key, path);
		if (fault?.kind === 'slow') await sleep(fault.delayMs ?? 3000);
		const faulted = fault ? faultResponse(fault, adapter) : undefined;
		if (faulted) return { result: faulted, fault };
		let body: unknown;
		try {
			body = parseBody(raw, request.headers['content-type']);
		} catch (error) {
			if (error instanceof BodyParseError) return { result: adapter.error(400, error.message), fault };
			throw error;
		}
		const sandboxRequest: SandboxRequest = {
			method: (request.method ?? 'GET').toUpperCase(),
			path,
			query: parseQuery(url.searchParams),
			headers: request.headers,
			body,
			rawBody: raw,
		};
		if (!vendorPath.startsWith(adapter.apiBase)) {
			const open = adapter.publicRoutes?.(sandboxRequest, vendor);
			return { result: open ?? adapter.error(404, `No endpoint below ${adapter.apiBase || '/'} matches ${vendorPath}`), fault };
		}
		return { result: vendor.handle(sandboxRequest), fault };
	}

	async function onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const started = Date.now();
		const url = new URL(request.url ?? '/', 'http://sandbox.local');
		const method = (request.method ?? 'GET').toUpperCase();
		let result: SandboxResponse;
		try {
			const raw = await readBody(request);
			if (url.pathname === '/__sandbox' || url.pathname.startsWith('/__sandbox/')) {
				try {
					result = await admin(method, url.pathname, url, raw);
				} catch (error) {
					result = { status: 400, body: { message: (error as Error).message } };
				}
				send(response, result);
				return;
			}
			const [, key = ''] = url.pathname.split('/');
			const vendor = vendors.get(key);
			if (!vendor) {
				result = {
					status: 404,
					body: { message: missing[key] ? `${key} is not served: ${missing[key]}` : `No vendor at /${key}; see GET /__sandbox` },
				};
				send(response, result);
				return;
			}
			const vendorPath = url.pathname.slice(key.length + 1) || '/';
			const served = await serveVendor(vendor, request, url, vendorPath, raw);
			result = served.result;
			if (requests.length >= MAX_LOG) requests.shift();
			requests.push({
				seq: ++seq,
				vendor: key,
				method,
				path: vendorPath,
				query: parseQuery(url.searchParams),
				status: result.status,
				fault: served.fault?.kind,
				ms: Date.now() - started,
			});
			options.log?.(`${method} ${url.pathname}${url.search} → ${result.status}${served.fault ? ` (fault ${served.fault.kind})` : ''}`);
		} catch (error) {
			const message = error instanceof HttpError ? error.message : `Sandbox error: ${(error as Error).message}`;
			result = { status: error instanceof HttpError ? error.status : 500, body: { message } };
			options.log?.(`${method} ${url.pathname} → ${result.status} ${message}`);
		}
		send(response, result);
	}

	const server = createServer((request, response) => {
		onRequest(request, response).catch((error) => {
			if (!response.headersSent) send(response, { status: 500, body: { message: String(error) } });
		});
	});
	handle.server = server;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => resolve());
	});
	const address = server.address() as AddressInfo;
	handle.port = address.port;
	handle.url = `http://${host}:${address.port}`;
	return handle;
}

/** `"$now:sql"`, `"$now:iso"`, `"$now:date"`, `"$now:unixSeconds"`, `"$now:epochMillis"`: the sandbox clock in that format. */
export function stampNow(fields: Record<string, unknown>, now: number): Record<string, unknown> {
	const iso = new Date(now).toISOString();
	const formats: Record<string, unknown> = {
		sql: iso.slice(0, 19).replace('T', ' '),
		iso,
		date: iso.slice(0, 10),
		unixSeconds: Math.floor(now / 1000),
		epochMillis: now,
	};
	return Object.fromEntries(
		Object.entries(fields).map(([key, value]) => {
			const match = typeof value === 'string' ? /^\$now:(\w+)$/.exec(value) : null;
			return [key, match && match[1] in formats ? formats[match[1]] : value];
		}),
	);
}
