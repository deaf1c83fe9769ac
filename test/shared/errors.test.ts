/**
 * How every node reports a vendor's failure, through n8n-core's engine: status and vendor message on
 * n8n 1.x and 2.x alike, network failures in words, web pages summarized, 2xx bodies that are not
 * data refused, and the credential's secrets redacted from everything the node passes on.
 */
import { createServer } from 'net';
import type { AddressInfo, Server } from 'net';
import nock from 'nock';

import { httpFailure } from '../../nodes/shared/request/failures';

import { runNode } from '../harness';
import * as enapps from '../enapps/fixtures';
import * as guardant from '../guardant/fixtures';
import * as quince from '../quince/fixtures';
import * as repzo from '../repzo/fixtures';
import * as cirrus from '../cirrus/fixtures';

const noWait = { retryOptions: { firstDelay: 0 } };

function everything(value: unknown): string {
	return JSON.stringify(value, (_key, entry: unknown) =>
		entry instanceof Error ? { ...entry, message: entry.message, description: (entry as { description?: string }).description, cause: entry.cause } : entry,
	);
}

describe('vendor HTTP errors carry the vendor message and the status', () => {
	test('Guardant 404 (the helper answers every status, the node reads it)', async () => {
		nock(guardant.BASE).get('/v1.0/customers/99999').reply(404, { message: 'customer 99999 not found' });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 99999 }, credentials: guardant.credentials });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Guardant answered HTTP 404: customer 99999 not found');
		expect(result.error?.httpCode).toBe('404');
	});

	test('Enapps 404 (the helper throws so n8n can renew the token; status and body read from the thrown error)', async () => {
		nock(enapps.BASE).get(`${enapps.API}/partners`).query({ _id: '7' }).reply(404, { message: 'Partner 7 not found' });
		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'get', recordId: 7 }, credentials: enapps.tokenCredentials });
		expect(result.error?.message).toBe('Enapps ERP answered HTTP 404: Partner 7 not found');
		expect(result.error?.httpCode).toBe('404');
	});

	test('Custom API Call 500 with the vendor message', async () => {
		nock(cirrus.BASE).get(`${cirrus.API_PATH}/anything`).reply(500, { message: 'Internal failure 42' });
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'GET', customPath: '/anything' },
			credentials: cirrus.tokenCredentials,
		});
		expect(result.error?.message).toBe('Cirrus answered HTTP 500: Internal failure 42');
		expect(result.error?.httpCode).toBe('500');
	});

	test('Continue On Fail returns the vendor message and status as an item', async () => {
		nock(repzo.BASE).get('/client/missing').reply(404, { message: 'No record found for id missing' });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'get', id: 'missing' },
			credentials: repzo.credentials,
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(everything(result.items)).toContain('Repzo answered HTTP 404: No record found for id missing');
		expect(everything(result.items)).toContain('404');
	});

	test('an nginx 502 page is summarized, not pasted as markup', async () => {
		const page = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>';
		nock(guardant.BASE).get('/v1.0/customers/1').reply(502, page, { 'Content-Type': 'text/html' });
		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'get', customerId: 1, retryOptions: { enabled: false } },
			credentials: guardant.credentials,
		});
		expect(result.error?.message).toBe('Guardant answered HTTP 502: 502 Bad Gateway (a web page, not an answer of the API)');
		expect(result.error?.httpCode).toBe('502');
		expect(result.error?.message).not.toMatch(/[<>]/);
	});

	test('the Enapps login refusal has the status and the vendor message', async () => {
		nock(enapps.BASE).post(`${enapps.API}/auth`).reply(401, { message: 'Wrong login or password' });
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: 1 },
			credentials: { enappsApi: { ...enapps.loginCredentials.enappsApi, password: 'refused-once-401' } },
		});
		expect(result.error?.message).toBe('Enapps ERP answered HTTP 401 to the login: Wrong login or password');
		expect(result.error?.httpCode).toBe('401');
	});
});

describe('network failures name the vendor and say what happened', () => {
	// Real sockets on the loopback: the connection is really reset or refused.
	let server: Server;
	let port: number;
	beforeAll(async () => {
		server = createServer((socket) => socket.destroy());
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.address() as AddressInfo).port;
	});
	afterAll(async () => await new Promise((resolve) => server.close(resolve)));
	beforeEach(() => nock.enableNetConnect('127.0.0.1'));
	afterEach(() => nock.disableNetConnect());

	test('a reset connection', async () => {
		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'get', customerId: 1 },
			credentials: { guardantApi: { baseUrl: `http://127.0.0.1:${port}`, token: guardant.TOKEN } },
		});
		expect(result.error?.message).toBe(`Guardant closed the connection before answering (127.0.0.1:${port})`);
	});

	test('a refused connection', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const closedPort = (closed.address() as AddressInfo).port;
		await new Promise((resolve) => closed.close(resolve));
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: 1 },
			credentials: { enappsApi: { ...enapps.tokenCredentials.enappsApi, serverUrl: `http://127.0.0.1:${closedPort}` } },
		});
		expect(result.error?.message).toBe(`Enapps ERP could not be reached: 127.0.0.1:${closedPort} refused the connection`);
	});

	// Timeouts and unknown hosts cannot be produced through the harness (no Request Options, no DNS),
	// so the shapes n8n 1.x and 2.x give them are read directly.
	test.each([
		[{ code: 'ECONNABORTED', message: 'timeout of 300000ms exceeded' }, 'ECONNABORTED'],
		[{ httpCode: 'ETIMEDOUT', message: "The connection timed out, consider setting the 'Retry on Fail' option in the node settings" }, 'ETIMEDOUT'],
		[{ message: 'The connection cannot be established, this usually occurs due to an incorrect host (domain) value', messages: ['getaddrinfo ENOTFOUND erp.example.test'] }, 'ENOTFOUND'],
		[{ message: 'x', cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND erp.example.test' } }, 'ENOTFOUND'],
	])('the network failure in %j is %s', (shape, code) => {
		expect(httpFailure(shape)?.code).toBe(code);
	});
});

describe('a 2xx answer that is not data fails', () => {
	test('Get answered with an HTML page', async () => {
		nock(guardant.BASE).get('/v1.0/customers/1').reply(200, '<!DOCTYPE html><html><head><title>Sign in</title></head><body>portal</body></html>', { 'Content-Type': 'text/html' });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 1 }, credentials: guardant.credentials });
		expect(result.error?.message).toBe('Guardant answered HTTP 200 with a body that is not JSON: Sign in (a web page, not an answer of the API)');
		expect(result.items).toHaveLength(0);
	});

	test('Return All whose second page is malformed JSON fails instead of returning part of the list', async () => {
		nock(guardant.BASE)
			.get('/v1.0/customers')
			.query({ offset: '0', limit: '100' })
			.reply(200, { customers: guardant.customers(100) })
			.get('/v1.0/customers')
			.query({ offset: '100', limit: '100' })
			.reply(200, '{"customers": [{"_id": 101', { 'Content-Type': 'application/json' });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'getAll', returnAll: true }, credentials: guardant.credentials });
		expect(result.error?.message).toBe('Guardant answered HTTP 200 with a body that is not JSON: {"customers": [{"_id": 101');
		expect(result.items).toHaveLength(0);
	});

	test('an empty body where records are expected', async () => {
		nock(enapps.BASE).get(`${enapps.API}/partners`).query(true).reply(200, '');
		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: enapps.tokenCredentials });
		expect(result.error?.message).toBe('Enapps ERP answered HTTP 200 with a body that is not JSON: the body is empty');
	});

	test('Create answered with text says the record may have been saved', async () => {
		nock(guardant.BASE).post('/v1.0/customers').reply(200, 'OK saved', { 'Content-Type': 'text/plain' });
		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', bodyJson: '{"customerName": "Acme"}' },
			credentials: guardant.credentials,
		});
		expect(result.error?.message).toBe('Guardant answered HTTP 200 with a body that is not JSON: OK saved');
		expect(result.error?.description).toContain('The request may have been processed');
	});

	test('Repzo success:false at HTTP 200 fails with Repzo\'s words (operation)', async () => {
		nock(repzo.BASE).get('/client/abc').reply(200, { success: false, message: 'Client abc is archived' });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'get', id: 'abc' }, credentials: repzo.credentials });
		expect(result.error?.message).toBe('Repzo refused the request: Client abc is archived');
		expect(result.items).toHaveLength(0);
	});

	test('Repzo success:false at HTTP 200 fails with Repzo\'s words (list)', async () => {
		nock(repzo.BASE).get('/client').query(true).reply(200, { success: false, error: { message: 'Invalid filter' } });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'getAll', returnAll: true }, credentials: repzo.credentials });
		expect(result.error?.message).toBe('Repzo refused the request: Invalid filter');
	});

	test('Repzo success:false at HTTP 200 fails with Repzo\'s words (Custom API Call)', async () => {
		nock(repzo.BASE).post('/custom-thing', { a: 1 }).reply(200, { success: false, message: 'Not allowed here' });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'POST', customPath: '/custom-thing', customBody: '{"a": 1}' },
			credentials: repzo.credentials,
		});
		expect(result.error?.message).toBe('Repzo refused the request: Not allowed here');
	});
});

describe('secrets the vendor echoes are redacted', () => {
	test('a token echoed in an error body appears nowhere in the run', async () => {
		nock(guardant.BASE).get('/v1.0/customers/1').reply(401, { message: `Token ${guardant.TOKEN} is not valid`, token: guardant.TOKEN });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 1 }, credentials: guardant.credentials });
		expect(result.error?.message).toBe('Guardant answered HTTP 401: Token [redacted] is not valid');
		expect(everything(result.error)).not.toContain(guardant.TOKEN);
		expect(everything(result.run.data)).not.toContain(guardant.TOKEN);
	});

	test('an API key echoed with Continue On Fail is redacted from the error item', async () => {
		nock(repzo.BASE).get('/client/x').reply(403, { message: `api-key ${repzo.API_KEY} has no access` });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'get', id: 'x' },
			credentials: repzo.credentials,
			continueOnFail: true,
		});
		expect(everything(result.items)).toContain('api-key [redacted] has no access');
		expect(everything(result.run.data)).not.toContain(repzo.API_KEY);
	});

	test('a QUINCE refusal at HTTP 200 that echoes the token', async () => {
		nock(quince.BASE).post('/api/v2/partner/list').reply(200, { success: false, error: { message: `Token ${quince.TOKEN} expired` } });
		const result = await runNode({ node: 'quince', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: quince.credentials });
		expect(result.error?.message).toContain('Token [redacted] expired');
		expect(everything(result.run.data)).not.toContain(quince.TOKEN);
	});

	test('the Enapps login error never shows the password or secret key the server echoes', async () => {
		const password = 'echoed-pass-word';
		nock(enapps.BASE)
			.post(`${enapps.API}/auth`)
			.reply(400, { message: `Login shop-api with password ${password} and key ${enapps.LOGIN.secretKey} refused` });
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: 1 },
			credentials: { enappsApi: { ...enapps.loginCredentials.enappsApi, password } },
		});
		expect(result.error?.message).toBe('Enapps ERP answered HTTP 400 to the login: Login shop-api with password [redacted] and key [redacted] refused');
		expect(everything(result.run.data)).not.toContain(password);
		expect(everything(result.run.data)).not.toContain(enapps.LOGIN.secretKey);
	});
});

test('the no-wait options used by these tests are accepted', async () => {
	nock(guardant.BASE).get('/v1.0/customers/1').reply(200, { customer: { _id: 1 } });
	const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 1, ...noWait }, credentials: guardant.credentials });
	expect(result.error).toBeUndefined();
	expect(result.items[0].json).toEqual({ _id: 1 });
});
