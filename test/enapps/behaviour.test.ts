import nock from 'nock';

import { runNode, TestCredentialsHelper } from '../harness';
import { API, BASE, LOGIN, loginCredentials, records, SECRETS, TOKEN, tokenCredentials } from './fixtures';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

function partnerPages(total: number, pageSize: number) {
	const scope = nock(BASE).matchHeader('authorization', `Bearer ${TOKEN}`);
	const pages = Math.ceil(total / pageSize);
	for (let page = 1; page <= pages; page++) {
		const count = Math.min(pageSize, total - (page - 1) * pageSize);
		scope.get(`${API}/partners`).query({ page: String(page) }).reply(200, records(count, (page - 1) * pageSize + 1));
	}
	return scope;
}

function expectNoSecrets(value: unknown) {
	const text = JSON.stringify(value, Object.getOwnPropertyNames(value ?? {}).concat(['message', 'description', 'stack', 'cause']));
	for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('Enapps ERP: paging', () => {
	test('Get many partners with Return All fetches 3 pages of 1000 and stops on the short page', async () => {
		const scope = partnerPages(2500, 1000);
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: true },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(2500);
		expect(result.items[2499].json.id).toBe(2500);
	});

	test('Get many partners with Limit 10 makes one request and returns 10', async () => {
		const scope = nock(BASE).get(`${API}/partners`).query({ page: '1' }).reply(200, records(1000));
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: false, limit: 10 },
			credentials: tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(10);
	});

	test('Get many sale orders with Return All pages by 100', async () => {
		const scope = nock(BASE)
			.get(`${API}/orders`)
			.query({ page: '1' })
			.reply(200, records(100))
			.get(`${API}/orders`)
			.query({ page: '2' })
			.reply(200, records(30, 101));
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'saleOrder', operation: 'getAll', returnAll: true },
			credentials: tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(130);
	});

	test('an exact multiple of the page size ends on the empty page after it', async () => {
		const scope = nock(BASE)
			.get(`${API}/addresses`)
			.query({ page: '1' })
			.reply(200, records(1000))
			.get(`${API}/addresses`)
			.query({ page: '2' })
			.reply(200, []);
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'address', operation: 'getAll', returnAll: true },
			credentials: tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(1000);
	});
});

describe('Enapps ERP: login and password', () => {
	const loginBody = { login: LOGIN.login, password: LOGIN.password };

	test('logs in once with the secret key, then reuses the token for later runs', async () => {
		const scope = nock(BASE)
			.post(`${API}/auth`, loginBody)
			.matchHeader('authorization', `Bearer ${LOGIN.secretKey}`)
			.once()
			.reply(200, { access_token: 'jwt-1' });
		const api = nock(BASE).matchHeader('authorization', 'Bearer jwt-1').get(`${API}/partners`).query({ _id: '1' }).twice().reply(200, [{ id: 1 }]);

		const helper = new TestCredentialsHelper();
		const parameters = { resource: 'partner', operation: 'get', recordId: 1 };
		const first = await runNode({ node: 'enapps', parameters, credentials: loginCredentials, helper });
		const second = await runNode({ node: 'enapps', parameters, credentials: loginCredentials, helper });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(helper.preAuthenticationCalls).toBe(1);
		expect(helper.stored.enappsApi.sessionToken).toBe('jwt-1');
	});

	test('fetches a new token after the API rejects an expired one with 401', async () => {
		const auth = nock(BASE).post(`${API}/auth`, loginBody).reply(200, { token: 'jwt-fresh' });
		const api = nock(BASE)
			.get(`${API}/partners`)
			.query({ _id: '1' })
			.matchHeader('authorization', 'Bearer jwt-expired')
			// Asked twice: the sender reads HTTP errors as answers (so Retry-After is seen on n8n 1.x too) and
			// asks once more the way that makes n8n renew the token.
			.times(2)
			.reply(401, { message: 'Token expired' })
			.get(`${API}/partners`)
			.query({ _id: '1' })
			.matchHeader('authorization', 'Bearer jwt-fresh')
			.reply(200, [{ id: 1 }]);

		const helper = new TestCredentialsHelper();
		helper.stored.enappsApi = { ...loginCredentials.enappsApi, sessionToken: 'jwt-expired' };
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: 1 },
			credentials: loginCredentials,
			helper,
		});

		expect(result.error).toBeUndefined();
		expect(auth.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 1 }]);
		expect(helper.stored.enappsApi.sessionToken).toBe('jwt-fresh');
	});

	test('a refused login says so with the vendor message and no secret', async () => {
		nock(BASE).post(`${API}/auth`).reply(403, { message: 'Invalid credentials' });
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: 1 },
			credentials: loginCredentials,
		});
		expect(result.error?.message).toContain('Enapps ERP answered HTTP 403 to the login: Invalid credentials');
		expect(result.error?.httpCode).toBe('403');
		expectNoSecrets(result.error);
		expectNoSecrets(result.run.data);
	});
});

describe('Enapps ERP: errors', () => {
	test('a vendor 4xx surfaces the vendor message and HTTP status, without secrets', async () => {
		nock(BASE).get(`${API}/invoices`).query(true).reply(422, { message: 'partner_id 999 does not exist' });
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'invoice', operation: 'getAll', partner_id: 999, returnAll: true },
			credentials: tokenCredentials,
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.message).toBe('Enapps ERP answered HTTP 422: partner_id 999 does not exist');
		expectNoSecrets(result.error);
		expectNoSecrets(result.run.data);
	});

	test('a vendor 5xx surfaces status 500', async () => {
		nock(BASE).get(`${API}/orders`).query(true).reply(500, { error: 'Database unavailable' });
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'saleOrder', operation: 'getAll', returnAll: true },
			credentials: tokenCredentials,
		});
		expect(result.error?.httpCode).toBe('500');
		expect(result.error?.message).toBe('Enapps ERP answered HTTP 500: Database unavailable');
	});

	test('Continue On Fail returns the error as an item and goes on with the next item', async () => {
		nock(BASE)
			.get(`${API}/partners`)
			.query({ _id: '1' })
			.reply(404, { message: 'Partner 1 not found' })
			.get(`${API}/partners`)
			.query({ _id: '2' })
			.reply(200, [{ id: 2 }]);
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: '={{$json.id}}' },
			credentials: tokenCredentials,
			input: [{ id: 1 }, { id: 2 }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		const failed = result.items[0];
		expect(JSON.stringify(failed.json.error ?? failed.error?.message)).toContain('Partner 1 not found');
		expect(result.items[1].json).toEqual({ id: 2 });
		expectNoSecrets(result.items);
	});

	test('an invalid date fails before any request, naming the field and item', async () => {
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: true, filters: { write_date: 'next tuesday-ish' } },
			credentials: tokenCredentials,
		});
		expect(result.error?.message).toBe("Invalid date 'next tuesday-ish' in 'Changed Since' [item 0]");
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	test('invalid JSON in the order lines fails before any request, naming the field', async () => {
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'saleOrder', operation: 'create', partner_order_id: 5, shop_id: 1, products: '[{product_id: 1}' },
			credentials: tokenCredentials,
		});
		expect(result.error?.message).toBe("Invalid JSON in 'Order Lines (JSON)' [item 0]");
	});

	test('a custom call with a full URL is refused before any request', async () => {
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'GET', customPath: 'https://elsewhere.test/x' },
			credentials: tokenCredentials,
		});
		expect(result.error?.message).toContain("does not start with '/'");
	});
});

describe('Enapps ERP: Body (JSON) mode', () => {
	test('Create sale order sends a whole object from a previous node unchanged', async () => {
		const order = {
			partner_order_id: 55,
			shop_id: 1,
			client_order_ref: 'WEB-2',
			products: [{ product_id: 3, qty: 1 }],
			delivery_address: { street: '1 High St', zip: 'LS1 1AA', country_code: 'GB' },
		};
		const scope = nock(BASE).post(`${API}/orders`, order).reply(200, { id: 77 });
		const result = await runNode({
			node: 'enapps',
			parameters: {
				resource: 'saleOrder',
				operation: 'create',
				bodyMode: 'json',
				bodyJson: '={{ JSON.stringify($json.order) }}',
			},
			credentials: tokenCredentials,
			input: [{ order }],
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});
