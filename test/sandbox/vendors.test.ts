/** The sandbox over HTTP, as the nodes and a person with curl see it. */
import { request } from 'http';
import nock from 'nock';

import type { SandboxHandle } from '../../sandbox/server';
import { SANDBOX_SECRETS } from '../../sandbox/secrets';
import { call, openSandbox } from './helpers';

let sandbox: SandboxHandle;
let base: string;

beforeAll(async () => {
	// The shared test setup blocks the network for nock; this file talks to its own loopback server.
	nock.enableNetConnect('127.0.0.1');
	sandbox = await openSandbox();
	base = sandbox.url;
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

const enapps = (path: string) => `${base}/enapps/api/v1${path}`;
const enappsToken = { authorization: `Bearer ${SANDBOX_SECRETS.enapps.accessToken}` };

describe('Enapps', () => {
	test('login with the secret key returns a JWT-like token that opens the API', async () => {
		const login = await call(enapps('/auth'), {
			method: 'POST',
			headers: { authorization: `Bearer ${SANDBOX_SECRETS.enapps.secretKey}` },
			json: { login: SANDBOX_SECRETS.enapps.login, password: SANDBOX_SECRETS.enapps.password },
		});
		expect(login.status).toBe(200);
		const token = login.json.access_token as string;
		const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
		expect(claims).toMatchObject({ t: 'access', l: 'demo', db: 'sandbox' });
		expect((await call(enapps('/partners?_id=1'), { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
	});

	test('a wrong password or a wrong token is refused with 401', async () => {
		const login = await call(enapps('/auth'), { method: 'POST', headers: { authorization: `Bearer ${SANDBOX_SECRETS.enapps.secretKey}` }, json: { login: 'demo', password: 'nope' } });
		expect(login.status).toBe(401);
		const refused = await call(enapps('/partners'), { headers: { authorization: 'Bearer forged' } });
		expect(refused).toMatchObject({ status: 401, json: { error: 'unauthorized', message: 'Invalid token' } });
	});

	test('Return All of partners takes three pages of 1000, the last one short', async () => {
		const sizes: number[] = [];
		for (const page of [1, 2, 3, 4]) sizes.push((await call(enapps(`/partners?page=${page}`), { headers: enappsToken })).json.length);
		expect(sizes).toEqual([1000, 1000, 500, 0]);
	});

	test('invoices need a partner, and partner 1 has more than one page of them', async () => {
		expect((await call(enapps('/invoices'), { headers: enappsToken })).status).toBe(400);
		const first = await call(enapps('/invoices?partner_id=1&page=1'), { headers: enappsToken });
		expect(first.json).toHaveLength(100);
		expect(first.json.every((invoice: { partner_id: number }) => invoice.partner_id === 1)).toBe(true);
	});

	test('filters can also come as multipart form data in a GET body, as the vendor documents', async () => {
		const boundary = 'sandbox-boundary';
		const body = `--${boundary}\r\nContent-Disposition: form-data; name="crm_type"\r\n\r\nprospect\r\n--${boundary}--\r\n`;
		const text = await new Promise<string>((resolve, reject) => {
			const req = request(enapps('/partners'), { method: 'GET', headers: { ...enappsToken, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
				let data = '';
				res.on('data', (chunk) => (data += chunk));
				res.on('end', () => resolve(data));
			});
			req.on('error', reject);
			req.end(body);
		});
		const partners = JSON.parse(text) as Array<{ crm_type: string }>;
		expect(partners.length).toBeGreaterThan(0);
		expect(partners.every((partner) => partner.crm_type === 'prospect')).toBe(true);
	});

	test('a created sale order is visible to a later read', async () => {
		const created = await call(enapps('/orders'), {
			method: 'POST',
			headers: enappsToken,
			json: { partner_order_id: 5, shop_id: 1, products: [{ product_id: 3, qty: 2 }], client_order_ref: 'PO-1' },
		});
		expect(created.status).toBe(200);
		const read = await call(enapps(`/orders?_id=${created.json.id as number}`), { headers: enappsToken });
		expect(read.json[0]).toMatchObject({ client_order_ref: 'PO-1', state: 'draft', partner_id: [5, expect.any(String)] });
	});
});

describe('Fault injection', () => {
	test('the admin endpoint makes the next N calls answer 429 with Retry-After', async () => {
		await call(`${base}/__sandbox/faults`, { method: 'POST', json: { kind: '429', count: 2, vendor: 'enapps', retryAfter: 3 } });
		const first = await call(enapps('/partners?_id=1'), { headers: enappsToken });
		const second = await call(enapps('/partners?_id=1'), { headers: enappsToken });
		const third = await call(enapps('/partners?_id=1'), { headers: enappsToken });
		expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
		expect(first.headers.get('retry-after')).toBe('3');
	});

	test('a request header injects a 500 for that call', async () => {
		const failed = await call(`${base}/repzo/client?page=1`, { headers: { 'api-key': SANDBOX_SECRETS.repzo.apiKey, 'x-sandbox-fault': '500' } });
		expect(failed).toMatchObject({ status: 500, json: { name: 'GeneralError', code: 500 } });
		expect((await call(`${base}/repzo/client?page=1`, { headers: { 'api-key': SANDBOX_SECRETS.repzo.apiKey } })).status).toBe(200);
	});

	test('malformed JSON and slow answers', async () => {
		await call(`${base}/__sandbox/faults`, { method: 'POST', json: { kind: 'malformed', vendor: 'enapps' } });
		const broken = await call(enapps('/partners'), { headers: enappsToken });
		expect(broken.status).toBe(200);
		expect(() => JSON.parse(broken.text)).toThrow();
		await call(`${base}/__sandbox/faults`, { method: 'POST', json: { kind: 'slow', vendor: 'enapps', delayMs: 300 } });
		const started = Date.now();
		expect((await call(enapps('/partners?_id=1'), { headers: enappsToken })).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	});

	test('the request log and state show what a client did', async () => {
		await call(enapps('/partners?page=2'), { headers: enappsToken });
		const log = await call(`${base}/__sandbox/requests?vendor=enapps`);
		expect(log.json).toEqual([expect.objectContaining({ method: 'GET', path: '/api/v1/partners', query: { page: '2' }, status: 200 })]);
		const state = await call(`${base}/__sandbox/state`);
		expect(state.json.enapps['/partners']).toMatchObject({ seeded: 2500, count: 2500, created: [] });
	});
});

describe('Cirrus', () => {
	const cirrus = (path: string) => `${base}/cirrus/rest${path}`;

	test('pages come in the items envelope, per_page capped at 50', async () => {
		const page = await call(cirrus('/accounts/?page=1&per_page=500&sorting=name_asc'), { headers: { 'x-token': SANDBOX_SECRETS.cirrus.apiToken } });
		expect(page.json).toMatchObject({ page: 1, pages: 5, per_page: 50, total: 250 });
		expect(page.json.items).toHaveLength(50);
	});

	test('sorting orders the whole list before paging', async () => {
		const page = await call(cirrus('/accounts/?page=1&per_page=50&sorting=name_desc'), { headers: { 'x-token': SANDBOX_SECRETS.cirrus.apiToken } });
		const names = page.json.items.map((item: { name: string }) => item.name);
		expect(names).toEqual([...names].sort((a: string, b: string) => b.localeCompare(a)));
	});

	test('an OAuth2 client-credentials token works as Bearer; no token is refused', async () => {
		const basic = Buffer.from(`${SANDBOX_SECRETS.cirrus.clientId}:${SANDBOX_SECRETS.cirrus.clientSecret}`).toString('base64');
		const token = await call(`${base}/cirrus/oauth/token`, {
			method: 'POST',
			headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'grant_type=client_credentials',
		});
		expect(token.json).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
		const account = await call(cirrus('/accounts/7'), { headers: { authorization: `Bearer ${token.json.access_token as string}` } });
		expect(account.json).toMatchObject({ id: 7 });
		expect(await call(cirrus('/accounts/7'))).toMatchObject({ status: 401, json: { message: expect.any(String) } });
	});
});

describe('Guardant', () => {
	const guardant = (path: string) => `${base}/guardant/v1.0${path}`;
	const auth = { authorization: `Bearer ${SANDBOX_SECRETS.guardant.apiToken}` };

	test('camelCase in, lowercase out, wrapped under the singular key', async () => {
		const created = await call(guardant('/customers'), { method: 'POST', headers: auth, json: { customerName: 'Anna', customerLastName: 'Berg', customerPhone: '+1', crmId: 'X1' } });
		expect(created.json.customer).toMatchObject({ name: 'Anna', lastname: 'Berg', phone: '+1', crmid: 'X1' });
		const read = await call(guardant(`/customers/${created.json.customer._id as number}`), { headers: auth });
		expect(read.json).toEqual({ customer: created.json.customer });
	});

	test('lists page by offset and limit; a limit over 100 is refused', async () => {
		const last = await call(guardant('/customers?offset=200&limit=100'), { headers: auth });
		expect(last.json.customers).toHaveLength(50);
		expect(await call(guardant('/customers?limit=101'), { headers: auth })).toMatchObject({ status: 400, json: { error: { code: 10010 } } });
	});
});

describe('QUINCE', () => {
	const quince = (method: string) => `${base}/quince/api/v2/${method}`;
	const auth = { authorization: `Bearer ${SANDBOX_SECRETS.quince.apiToken}` };

	test('more than 100 records in one call are refused and nothing is created', async () => {
		const array = Array.from({ length: 101 }, (_unused, index) => ({ Name: `P${index}` }));
		const answer = await call(quince('partner/add'), { method: 'POST', headers: auth, json: { array } });
		expect(answer.json).toMatchObject({ success: false, error: { code: 3 } });
		expect(sandbox.vendors.get('quince')!.collection('/api/v2/partner').stats.created).toEqual([]);
	});

	test('an update with one unknown ID changes nothing and names the ID', async () => {
		const answer = await call(quince('partner/update'), { method: 'POST', headers: auth, json: { array: [{ id: 1, Name: 'Changed' }, { id: 9999, Name: 'Ghost' }] } });
		expect(answer.json).toMatchObject({ success: false, NotFoundIds: [9999] });
		const list = await call(quince('partner/list'), { method: 'POST', headers: auth, json: { filter: { Id: 1 } } });
		expect(list.json.data[0].Name).not.toBe('Changed');
	});

	test('fixed pages of 100 end with a short page; orders need a period', async () => {
		const third = await call(quince('price_type/list'), { method: 'POST', headers: auth, json: { page: 3 } });
		expect(third.json).toMatchObject({ success: true });
		expect(third.json.data).toHaveLength(50);
		expect((await call(quince('order/list'), { method: 'POST', headers: auth, json: {} })).json).toMatchObject({ success: false, error: { message: 'filter.DateFrom is required' } });
	});
});

describe('Repzo', () => {
	const repzo = (path: string) => `${base}/repzo${path}`;
	const auth = { 'api-key': SANDBOX_SECRETS.repzo.apiKey };

	test('classic lists carry total_pages and a null next_page_url on the last page', async () => {
		const last = await call(repzo('/client?page=3&per_page=100'), { headers: auth });
		expect(last.json).toMatchObject({ total_result: 250, total_pages: 3, current_page: 3, per_page: 100, next_page_url: null });
		expect(last.json.data[0]._id).toMatch(/^[0-9a-f]{24}$/);
	});

	test('newer resources answer {success, data} and page by offset', async () => {
		const page = await call(repzo('/asset-part?offset=0&limit=100'), { headers: auth });
		expect(page.json).toMatchObject({ success: true, limit: 100, offset: 0 });
		expect(page.json.data).toHaveLength(100);
	});

	test('a wrong api-key is refused in Repzo\'s error shape', async () => {
		expect(await call(repzo('/client'), { headers: { 'api-key': 'nope' } })).toMatchObject({ status: 401, json: { name: 'NotAuthenticated', code: 401 } });
	});
});
