/**
 * A credential's secret never leaves the origin of its base URL: redirects elsewhere are refused, on
 * operations, Custom API Call and the Enapps login, through n8n-core's engine.
 */
import nock from 'nock';

import { credentialTypes, runNode } from '../harness';
import * as enapps from '../enapps/fixtures';
import * as guardant from '../guardant/fixtures';
import * as repzo from '../repzo/fixtures';

const EVIL = 'https://collector.evil.test';

/** A host that must never be called: records whatever reaches it. */
function trap() {
	const seen: Array<{ path: string; headers: Record<string, unknown> }> = [];
	for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
		nock(EVIL)
			.persist()
			.intercept(/.*/, method)
			.reply(function (path) {
				seen.push({ path, headers: this.req.headers });
				return [200, { access_token: 'evil-token', customer: { _id: 666 } }];
			});
	}
	return seen;
}

afterEach(() => nock.cleanAll());

describe('redirects', () => {
	test('an operation redirected to another host is refused, naming the host, and nothing is sent there', async () => {
		const seen = trap();
		nock(guardant.BASE).get('/v1.0/customers/1').reply(302, '', { Location: `${EVIL}/steal` });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 1 }, credentials: guardant.credentials });
		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(
			'Guardant answered HTTP 302: it redirected the request to collector.evil.test, outside the base URL of the credential (station.guardant.test)',
		);
		expect(result.error?.httpCode).toBe('302');
	});

	test('a redirect within the same origin is followed, with the credential', async () => {
		const scope = nock(guardant.BASE)
			.matchHeader('authorization', `Bearer ${guardant.TOKEN}`)
			.get('/v1.0/customers/1')
			.reply(301, '', { Location: '/v1.0/customers/1/' })
			.get('/v1.0/customers/1/')
			.reply(200, { customer: { _id: 1 } });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 1 }, credentials: guardant.credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ _id: 1 });
	});

	test('a write is followed only where method and body are kept (307), never turned into a GET', async () => {
		const body = { customerName: 'Acme' };
		const kept = nock(guardant.BASE)
			.post('/v1.0/customers', body)
			.reply(307, '', { Location: '/v1.0/customers/new' })
			.post('/v1.0/customers/new', body)
			.reply(200, { customer: { _id: 9 } });
		const ok = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', bodyJson: JSON.stringify(body) },
			credentials: guardant.credentials,
		});
		expect(kept.isDone()).toBe(true);
		expect(ok.items[0].json).toEqual({ _id: 9 });

		nock(guardant.BASE).post('/v1.0/customers', body).reply(302, '', { Location: '/v1.0/customers/list' });
		const refused = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', bodyJson: JSON.stringify(body) },
			credentials: guardant.credentials,
		});
		expect(refused.error?.message).toContain('Guardant answered HTTP 302: it redirected the request to /v1.0/customers/list with HTTP 302, which would turn the POST into a GET');
	});

	test('a switch from https to http is another origin', async () => {
		const seen = trap();
		nock(repzo.BASE).get('/client/c1').reply(301, '', { Location: 'http://sv.api.repzo.me/client/c1' });
		nock('http://sv.api.repzo.me').get('/client/c1').reply(200, { _id: 'leaked' });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'get', id: 'c1' }, credentials: repzo.credentials });
		expect(seen).toEqual([]);
		expect(result.error?.message).toContain('Repzo answered HTTP 301: it redirected the request to sv.api.repzo.me, outside the base URL');
	});

	test('Custom API Call redirected to another host is refused', async () => {
		const seen = trap();
		nock(repzo.BASE).get('/anything').reply(308, '', { Location: `${EVIL}/x` });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'GET', customPath: '/anything' },
			credentials: repzo.credentials,
		});
		expect(seen).toEqual([]);
		expect(result.error?.message).toContain('Repzo answered HTTP 308: it redirected the request to collector.evil.test');
	});

	test('Enapps (errors thrown by n8n) refuses a redirect elsewhere too', async () => {
		const seen = trap();
		nock(enapps.BASE).get(`${enapps.API}/partners`).query({ _id: '1' }).reply(307, '', { Location: `${EVIL}/partners?_id=1` });
		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'get', recordId: 1 }, credentials: enapps.tokenCredentials });
		expect(seen).toEqual([]);
		// n8n 2.x passes the Location on (the host is named); n8n 1.x does not (the redirect is refused unread).
		expect(result.error?.message).toMatch(/^Enapps ERP answered HTTP 307: it redirected the request to (collector\.evil\.test|an address n8n did not pass on)/);
		expect(result.error?.httpCode).toBe('307');
	});

	test('an Enapps login redirected elsewhere sends neither login, password nor secret key there, nor uses its token', async () => {
		const seen = trap();
		nock(enapps.BASE).post(`${enapps.API}/auth`).reply(307, '', { Location: `${EVIL}/auth` });
		const api = nock(enapps.BASE).get(`${enapps.API}/partners`).query(true).reply(200, [{ id: 1 }]);
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: 1 },
			credentials: { enappsApi: { ...enapps.loginCredentials.enappsApi, password: 'redirected-login' } },
		});
		expect(seen).toEqual([]);
		expect(api.isDone()).toBe(false);
		expect(result.error?.message).toBe(
			'Enapps ERP answered HTTP 307 to the login: it redirected the login to collector.evil.test, outside the base URL of the credential (erp.example.test:4095); the login, password and secret key were not sent there',
		);
		expect(result.error?.httpCode).toBe('307');
	});

	test('an Enapps login redirected within the server is followed', async () => {
		const auth = nock(enapps.BASE)
			.post(`${enapps.API}/auth`)
			.reply(307, '', { Location: `${enapps.API}/auth/v2` })
			.post(`${enapps.API}/auth/v2`, { login: enapps.LOGIN.login, password: 'moved-login' })
			.matchHeader('authorization', `Bearer ${enapps.LOGIN.secretKey}`)
			.reply(200, { access_token: 'jwt-moved' });
		const api = nock(enapps.BASE).matchHeader('authorization', 'Bearer jwt-moved').get(`${enapps.API}/partners`).query(true).reply(200, [{ id: 1 }]);
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: 1 },
			credentials: { enappsApi: { ...enapps.loginCredentials.enappsApi, password: 'moved-login' } },
		});
		expect(result.error).toBeUndefined();
		expect(auth.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	test('no credential test follows redirects', () => {
		const tests = Object.values(credentialTypes).filter((type) => type.test);
		expect(tests.length).toBeGreaterThanOrEqual(6);
		for (const type of tests) expect([type.name, type.test!.request.disableFollowRedirect]).toEqual([type.name, true]);
	});
});

describe('Custom API Call path', () => {
	test.each([
		['//collector.evil.test/x', "The path '//collector.evil.test/x' starts with '//', which would call another host"],
		['/\\collector.evil.test/x', "The path '/\\collector.evil.test/x' starts with '//', which would call another host"],
		['/../../admin', "The path '/../../admin' contains '..', which would leave the base URL of the credential"],
		['/partners/%2e%2E/admin', "The path '/partners/%2e%2E/admin' contains '..', which would leave the base URL of the credential"],
		['/partners/.%2e', "The path '/partners/.%2e' contains '..', which would leave the base URL of the credential"],
	])('%s is refused before any request, naming the field', async (customPath, expected) => {
		const seen = trap();
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'GET', customPath },
			credentials: enapps.tokenCredentials,
		});
		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(`${expected} in 'Path' [item 0]`);
	});

	test('dots inside a segment are fine', async () => {
		const scope = nock(enapps.BASE).get(`${enapps.API}/files/report..2024.csv`).reply(200, { ok: true });
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'GET', customPath: '/files/report..2024.csv' },
			credentials: enapps.tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.error).toBeUndefined();
	});
});
