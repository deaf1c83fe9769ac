/**
 * The node's Request Options (Proxy, Ignore SSL Issues, Timeout) hold for every kind of request a
 * node sends, through n8n-core's engine: a Get (n8n's RoutingNode), a list with Return All, a QUINCE
 * batch write, a Create or Update (lookup and write) and Custom API Call. Real loopback servers play
 * the proxy, the vendor with a self-signed certificate and the slow vendor.
 */
import { readFileSync } from 'fs';
import { createServer as createHttpServer } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import { createServer as createHttpsServer } from 'https';
import type { AddressInfo } from 'net';
import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { join } from 'path';

import { runNode } from '../harness';
import { records, TOKEN as ENAPPS_TOKEN } from '../enapps/fixtures';
import { TOKEN as GUARDANT_TOKEN } from '../guardant/fixtures';
import { TOKEN as QUINCE_TOKEN } from '../quince/fixtures';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** One request as a loopback server received it. */
interface Received {
	method: string;
	/** The request line's target: an absolute URI when it came through the proxy. */
	target: string;
	authorization?: string;
	proxyAuthorization?: string;
}

/** What the vendors answer, by path: Enapps partners, QUINCE batch adds, Guardant customers, a Custom API Call path. */
function vendorAnswer(method: string, target: string, body: string): [number, unknown] {
	const url = new URL(target, 'http://vendor.invalid');
	const page = url.searchParams.get('page');
	if (method === 'GET' && url.pathname === '/api/v1/partners' && url.searchParams.get('_id') === '1') return [200, [{ id: 1, name: 'Record 1' }]];
	if (method === 'GET' && url.pathname === '/api/v1/partners' && page === '1') return [200, records(1000)];
	if (method === 'GET' && url.pathname === '/api/v1/partners' && page === '2') return [200, records(5, 1001)];
	if (method === 'GET' && url.pathname === '/api/v1/anything') return [200, { ok: true }];
	if (method === 'POST' && url.pathname === '/api/v2/partner/add') {
		const sent = (JSON.parse(body) as { array: unknown[] }).array;
		return [200, { success: true, data: sent.map((_, index) => ({ id: 5001 + index })) }];
	}
	if (method === 'GET' && url.pathname === '/v1.0/customers') {
		return [200, { customers: url.searchParams.get('offset') === '0' ? [{ _id: 7, name: 'Ann', crmid: 'crm-7' }] : [] }];
	}
	if (method === 'PUT' && url.pathname === '/v1.0/customers/7') return [200, { customer: { _id: 7, name: 'Ann', crmid: 'crm-7' } }];
	return [404, { message: `nothing at ${method} ${url.pathname}` }];
}

/** Answers as the vendor would after `delayMs`, recording each request. */
function vendorHandler(received: Received[], delayMs = 0) {
	return (request: IncomingMessage, response: ServerResponse) => {
		let body = '';
		request.on('data', (chunk: Buffer) => (body += chunk.toString()));
		request.on('end', () => {
			received.push({
				method: request.method ?? '',
				target: request.url ?? '',
				authorization: request.headers.authorization,
				proxyAuthorization: request.headers['proxy-authorization'],
			});
			const [status, answer] = vendorAnswer(request.method ?? '', request.url ?? '', body);
			const timer = setTimeout(() => {
				if (response.destroyed) return;
				response.writeHead(status, { 'Content-Type': 'application/json' });
				response.end(JSON.stringify(answer));
			}, delayMs);
			response.on('close', () => clearTimeout(timer));
		});
	};
}

async function listen(server: Server): Promise<number> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
}

/** One kind of request the node sends, with what the vendor must receive (method and path with query). */
interface Case {
	kind: string;
	vendor: string;
	node: string;
	parameters: IDataObject;
	input?: IDataObject[];
	credentials: (base: string) => Record<string, ICredentialDataDecryptedObject>;
	authorization: string;
	requests: string[];
	items: number;
}

const enapps = (base: string) => ({ enappsApi: { serverUrl: base, authType: 'accessToken', accessToken: ENAPPS_TOKEN } });

const cases: Case[] = [
	{
		kind: 'Get (Enapps partner)',
		vendor: 'Enapps ERP',
		node: 'enapps',
		parameters: { resource: 'partner', operation: 'get', recordId: 1 },
		credentials: enapps,
		authorization: `Bearer ${ENAPPS_TOKEN}`,
		requests: ['GET /api/v1/partners?_id=1'],
		items: 1,
	},
	{
		kind: 'Get Many with Return All (Enapps partners, 2 pages)',
		vendor: 'Enapps ERP',
		node: 'enapps',
		parameters: { resource: 'partner', operation: 'getAll', returnAll: true },
		credentials: enapps,
		authorization: `Bearer ${ENAPPS_TOKEN}`,
		requests: ['GET /api/v1/partners?page=1', 'GET /api/v1/partners?page=2'],
		items: 1005,
	},
	{
		kind: 'batch write (QUINCE Create Many, 150 partners in 2 calls)',
		vendor: 'QUINCE',
		node: 'quince',
		parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ $json }}' },
		input: Array.from({ length: 150 }, (_, index) => ({ Name: `Partner ${index}` })),
		credentials: (base) => ({ quinceApi: { baseUrl: `${base}/`, apiToken: QUINCE_TOKEN } }),
		authorization: `Bearer ${QUINCE_TOKEN}`,
		requests: ['POST /api/v2/partner/add', 'POST /api/v2/partner/add'],
		items: 150,
	},
	{
		kind: 'Create or Update (Guardant customer by CRM ID: lookup, then write)',
		vendor: 'Guardant',
		node: 'guardant',
		parameters: { resource: 'customer', operation: 'upsert', customerName: 'Ann', crmId: 'crm-7' },
		credentials: (base) => ({ guardantApi: { baseUrl: `${base}/`, token: GUARDANT_TOKEN } }),
		authorization: `Bearer ${GUARDANT_TOKEN}`,
		requests: ['GET /v1.0/customers?offset=0&limit=100', 'PUT /v1.0/customers/7'],
		items: 1,
	},
	{
		kind: 'Custom API Call (Enapps GET /anything)',
		vendor: 'Enapps ERP',
		node: 'enapps',
		parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'GET', customPath: '/anything' },
		credentials: enapps,
		authorization: `Bearer ${ENAPPS_TOKEN}`,
		requests: ['GET /api/v1/anything'],
		items: 1,
	},
];

const withOptions = (parameters: IDataObject, requestOptions: IDataObject) => ({ ...parameters, requestOptions });

/** Method and path with query of a request line's target, whether absolute (through a proxy) or not. */
const pathOf = (request: Received) => {
	const url = new URL(request.target, 'http://origin.invalid');
	return `${request.method} ${url.pathname}${url.search}`;
};

// Real sockets on the loopback only; every other host stays blocked by nock.
beforeEach(() => nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.endsWith('.invalid') || host.includes('.invalid:')));
afterEach(() => nock.disableNetConnect());

describe('Request Options › Proxy: every request goes through the proxy, with the credential', () => {
	const received: Received[] = [];
	const proxy = createHttpServer(vendorHandler(received));
	let port: number;
	// nock's interception cannot hand a proxy agent its socket (the agent connects asynchronously), so
	// these runs use Node's own http; the vendor hosts do not resolve, so nothing leaves the machine.
	beforeAll(async () => {
		nock.restore();
		port = await listen(proxy);
	});
	afterAll(async () => {
		await close(proxy);
		nock.activate();
	});
	beforeEach(() => (received.length = 0));

	// The vendor's host does not resolve: only the proxy can answer.
	const bases: Record<string, string> = { enapps: 'http://enapps.invalid', quince: 'http://quince.invalid', guardant: 'http://guardant.invalid' };

	test.each(cases)('$kind', async ({ node, parameters, input, credentials, authorization, requests, items }) => {
		const base = bases[node];
		const result = await runNode({
			node,
			parameters: withOptions(parameters, { proxy: `http://scout:pa55@127.0.0.1:${port}` }),
			credentials: credentials(base),
			input,
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(items);
		expect(received.map(pathOf)).toEqual(requests);
		for (const request of received) {
			// An absolute URI in the request line is what a client sends to a proxy, never to the server itself.
			expect(request.target.startsWith(`${base}/`)).toBe(true);
			expect(request.authorization).toBe(authorization);
			expect(request.proxyAuthorization).toBe(`Basic ${Buffer.from('scout:pa55').toString('base64')}`);
		}
	});
});

describe('Request Options › Ignore SSL Issues: a server with a self-signed certificate', () => {
	const received: Received[] = [];
	const server = createHttpsServer(
		{ key: readFileSync(join(FIXTURES, 'selfsigned.key')), cert: readFileSync(join(FIXTURES, 'selfsigned.crt')) },
		vendorHandler(received),
	);
	let base: string;
	beforeAll(async () => (base = `https://127.0.0.1:${await listen(server)}`));
	afterAll(async () => await close(server));
	beforeEach(() => (received.length = 0));

	test.each(cases)('$kind fails without the option, naming the certificate problem', async ({ vendor, node, parameters, input, credentials }) => {
		const result = await runNode({ node, parameters, credentials: credentials(base), input });

		expect(result.error?.message).toMatch(new RegExp(`^${vendor} could not be reached: .*(DEPTH_ZERO_SELF_SIGNED_CERT|self[- ]signed certificate)`));
		expect(received).toEqual([]);
	});

	test.each(cases)('$kind succeeds with Ignore SSL Issues on', async ({ node, parameters, input, credentials, requests, items }) => {
		const result = await runNode({ node, parameters: withOptions(parameters, { allowUnauthorizedCerts: true }), credentials: credentials(base), input });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(items);
		expect(received.map(pathOf)).toEqual(requests);
	});
});

describe('Request Options › Timeout: a vendor that takes 1 s to answer', () => {
	const received: Received[] = [];
	const server = createHttpServer(vendorHandler(received, 1000));
	let base: string;
	beforeAll(async () => (base = `http://127.0.0.1:${await listen(server)}`));
	afterAll(async () => await close(server));
	beforeEach(() => (received.length = 0));

	test.each(cases)('$kind with Timeout 200 ms fails, saying the vendor did not answer within 0.2 s', async ({ vendor, node, parameters, input, credentials, requests }) => {
		const started = Date.now();
		const result = await runNode({ node, parameters: withOptions(parameters, { timeout: 200 }), credentials: credentials(base), input });
		const elapsed = Date.now() - started;

		expect(result.error?.message).toBe(`${vendor} did not answer within 0.2 s`);
		expect(result.items).toHaveLength(0);
		// The first request was sent, and the run gave up on it (not 300 s, the old fixed wait).
		expect(received.map(pathOf)).toEqual(requests.slice(0, 1));
		expect(elapsed).toBeLessThan(5000);
	});
});
