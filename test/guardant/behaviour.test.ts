import nock from 'nock';

import { runNode } from '../harness';
import { BASE, TOKEN, credentials, customers } from './fixtures';

describe('Guardant paging', () => {
	test('Return All over 250 customers makes 3 requests of 100 by offset and stops on the short page', async () => {
		const asked: Array<Record<string, string>> = [];
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.get('/v1.0/customers')
			.query(true)
			.times(3)
			.reply(200, (uri) => {
				const query = Object.fromEntries(new URL(uri, BASE).searchParams);
				asked.push(query);
				const offset = Number(query.offset);
				return { customers: customers(Math.min(100, 250 - offset), offset + 1) };
			});

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'getAll', returnAll: true, filters: { type: 'company' } },
			credentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(asked).toEqual([
			{ type: 'company', offset: '0', limit: '100' },
			{ type: 'company', offset: '100', limit: '100' },
			{ type: 'company', offset: '200', limit: '100' },
		]);
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json._id).toBe(250);
	});

	test('Limit 150 asks 100 and then the 50 still missing', async () => {
		const scope = nock(BASE)
			.get('/v1.0/customers/9/orders')
			.query({ offset: '0', limit: '100' })
			.reply(200, { orders: customers(100) })
			.get('/v1.0/customers/9/orders')
			.query({ offset: '100', limit: '50' })
			.reply(200, { orders: customers(50, 101) });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'getOrders', customerId: 9, returnAll: false, limit: 150 },
			credentials,
		});

		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(150);
	});
});

describe('Guardant timestamps', () => {
	const order = { _id: 10096, date: 1538463338, submitdate: 0, activationlimit: 1, quantity: 10 };

	test('stay Unix seconds by default', async () => {
		nock(BASE).get('/v1.0/customers/4/orders').query(true).reply(200, { orders: [order] }).get('/v1.0/customers/4/orders').query(true).reply(200, { orders: [] });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'getOrders', customerId: 4, returnAll: true, simplify: false },
			credentials,
		});

		expect(result.items[0].json).toEqual(order);
	});

	test('"Convert Timestamps to ISO Dates" adds readable copies, also in nested license data', async () => {
		nock(BASE)
			.get('/v1.0/serials/144529/getactuallicense')
			.reply(200, {
				serial: {
					_id: 144529,
					actuallicense: [{ _id: 1, archivationdate: 0, featuresWithLicenses: [{ defaultLicense: { rentbegindate: 1565273129, rentdayscount: 30 } }] }],
				},
			});

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'serial', operation: 'getActualLicense', serialId: 144529, convertTimestamps: true },
			credentials,
		});

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({
			_id: 144529,
			actuallicense: [
				{
					_id: 1,
					archivationdate: 0,
					archivationdateIso: null,
					featuresWithLicenses: [
						{ defaultLicense: { rentbegindate: 1565273129, rentbegindateIso: '2019-08-08T14:05:29.000Z', rentdayscount: 30 } },
					],
				},
			],
		});
	});

	test('the option also works on every page of a list', async () => {
		nock(BASE).get('/v1.0/customers/4/orders').query(true).reply(200, { orders: [order] }).get('/v1.0/customers/4/orders').query(true).reply(200, { orders: [] });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'getOrders', customerId: 4, returnAll: true, convertTimestamps: true, simplify: false },
			credentials,
		});

		expect(result.items[0].json).toEqual({ ...order, dateIso: '2018-10-02T06:55:38.000Z', submitdateIso: null });
	});
});

describe('Guardant input checks and errors', () => {
	test('an update without any field is refused before any call', async () => {
		const result = await runNode({ node: 'guardant', parameters: { resource: 'serial', operation: 'update', serialId: 1 }, credentials });

		expect(result.error?.message).toBe("Nothing to update in 'Additional Fields' [item 0]");
	});

	test('a customer update with an empty JSON body is refused naming the JSON field', async () => {
		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'update', customerId: 1, bodyMode: 'json', bodyJson: '{}' },
			credentials,
		});

		expect(result.error?.message).toBe("Nothing to update in 'Body (JSON)' [item 0]");
	});

	test('an HTTP error keeps Guardant\'s words and the status, without the token', async () => {
		nock(BASE).post('/v1.0/orders/5/dongles').reply(400, { code: 10172, message: 'The key cannot hold time-limited features' });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'order', operation: 'addDongle', orderId: 5, dongleId: 77 },
			credentials,
		});

		expect(result.error?.message).toContain('The key cannot hold time-limited features');
		expect(result.error?.httpCode).toBe('400');
		expect(JSON.stringify(result.error, Object.getOwnPropertyNames(result.error))).not.toContain(TOKEN);
	});
});

describe('Guardant credential and Custom API Call', () => {
	test('the header name and prefix come from the credential', async () => {
		const scope = nock(BASE).matchHeader('x-auth-token', `Token ${TOKEN}`).get('/v1.0/customers/1').reply(200, { customer: { _id: 1 } });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'get', customerId: 1 },
			credentials: { guardantApi: { baseUrl: BASE, token: TOKEN, headerName: 'X-Auth-Token', headerPrefix: 'Token' } },
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('the default base URL is Guardant Station', async () => {
		const scope = nock('https://station.guardant.ru').get('/v1.0/dongles').query(true).reply(200, { dongles: [] });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'dongle', operation: 'getAll', returnAll: true },
			credentials: { guardantApi: { token: TOKEN } },
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('Custom API Call reaches an endpoint the dropdowns do not list', async () => {
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.get('/v1.0/orders/10016')
			.query({ fields: 'all' })
			.reply(200, { order: { _id: 10016 } });

		const result = await runNode({
			node: 'guardant',
			parameters: {
				resource: 'customApiCall',
				operation: 'request',
				customMethod: 'GET',
				customPath: '/v1.0/orders/10016',
				customQuery: { parameter: [{ name: 'fields', value: 'all' }] },
			},
			credentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ order: { _id: 10016 } });
	});
});
