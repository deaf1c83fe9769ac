import nock from 'nock';

import { runNode } from '../harness';
import { API_KEY, BASE, credentials, records } from './fixtures';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const pageOf = (data: unknown[], page: number, totalPages: number) => ({
	data,
	total_result: 250,
	current_count: data.length,
	total_pages: totalPages,
	current_page: page,
	per_page: 100,
	next_page_url: page < totalPages ? `${BASE}/client?page=${page + 1}` : null,
});

describe('Repzo: lists', () => {
	test('Get many clients with Return All over 250 clients fetches 3 pages of 100 and stops', async () => {
		const scope = nock(BASE)
			.get('/client')
			.query({ page: '1', per_page: '100' })
			.matchHeader('api-key', API_KEY)
			.reply(200, pageOf(records(100), 1, 3))
			.get('/client')
			.query({ page: '2', per_page: '100' })
			.reply(200, pageOf(records(100, 101), 2, 3))
			.get('/client')
			.query({ page: '3', per_page: '100' })
			.reply(200, pageOf(records(50, 201), 3, 3));
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'getAll', returnAll: true }, credentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json._id).toBe('id-250');
	});

	test('Get many clients with Return All stops at the last page even when it is full (200 clients, 2 requests)', async () => {
		const scope = nock(BASE)
			.get('/client')
			.query({ page: '1', per_page: '100' })
			.reply(200, pageOf(records(100), 1, 2))
			.get('/client')
			.query({ page: '2', per_page: '100' })
			.reply(200, pageOf(records(100, 101), 2, 2));
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'getAll', returnAll: true }, credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(200);
	});

	test('Get many clients with Limit 5 asks for one page of 5', async () => {
		const scope = nock(BASE).get('/client').query({ page: '1', per_page: '5' }).reply(200, pageOf(records(5), 1, 50));
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'getAll', returnAll: false, limit: 5 }, credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(5);
	});

	test('a {success, data} list without page counts stops on the short page', async () => {
		const scope = nock(BASE)
			.get('/client-channel')
			.query({ page: '1', per_page: '100' })
			.reply(200, { success: true, data: records(100) })
			.get('/client-channel')
			.query({ page: '2', per_page: '100' })
			.reply(200, { success: true, data: records(3, 101) });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'clientChannel', operation: 'getAll', returnAll: true }, credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(103);
	});

	test('a limit/offset list pages by offset with the largest page of 100', async () => {
		const scope = nock(BASE)
			.get('/activity-storecheck')
			.query({ offset: '0', limit: '100' })
			.reply(200, { success: true, data: records(100), total: 230 })
			.get('/activity-storecheck')
			.query({ offset: '100', limit: '100' })
			.reply(200, { success: true, data: records(100, 101), total: 230 })
			.get('/activity-storecheck')
			.query({ offset: '200', limit: '100' })
			.reply(200, { success: true, data: records(30, 201), total: 230 });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'activityStorecheck', operation: 'getAll', returnAll: true },
			credentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(230);
	});

	test('the updated/created-since filters are sent as epoch milliseconds', async () => {
		const scope = nock(BASE)
			.get('/client')
			.query({
				page: '1',
				per_page: '100',
				from_updatedAt: String(Date.UTC(2024, 0, 1)),
				to_updatedAt: String(Date.UTC(2024, 0, 31, 23, 59, 59)),
				from_createdAt: String(Date.UTC(2023, 5, 1, 12)),
				to_createdAt: String(Date.UTC(2023, 11, 31)),
			})
			.reply(200, pageOf(records(2), 1, 1));
		const result = await runNode({
			node: 'repzo',
			parameters: {
				resource: 'client',
				operation: 'getAll',
				returnAll: true,
				filters: {
					from_updatedAt: '2024-01-01T00:00:00.000Z',
					to_updatedAt: '2024-01-31T23:59:59Z',
					from_createdAt: '2023-06-01T14:00:00+02:00',
					to_createdAt: '2023-12-31T00:00:00.000Z',
				},
			},
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('typed filters: lists and objects travel JSON-encoded, Other Filters as given, unnamed pairs dropped', async () => {
		const scope = nock(BASE)
			.get('/client')
			.query({
				page: '1',
				per_page: '100',
				_id: '["a1","b2"]',
				populatedKeys: '["tags","teams"]',
				sortBy: '[{"field":"_id","type":"desc"}]',
				disabled: 'false',
				sort: 'name',
				sortPageOrder: 'dsc',
				'customFields.region': 'north',
				'integration_meta.erp_id': '["1","2"]',
			})
			.reply(200, pageOf(records(1), 1, 1));
		const result = await runNode({
			node: 'repzo',
			parameters: {
				resource: 'client',
				operation: 'getAll',
				returnAll: true,
				filters: { _id: 'a1, b2', populatedKeys: ['tags', 'teams'], disabled: false },
				sortOptions: { sortBy: '[{"field": "_id", "type": "desc"}]', sort: 'name', sortPageOrder: 'dsc' },
				otherFilters: {
					pair: [
						{ name: 'customFields.region', value: 'north' },
						{ name: '', value: 'ignored' },
						{ name: 'integration_meta.erp_id', value: '["1","2"]' },
					],
				},
			},
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('Repzo: create and update', () => {
	test('Body (JSON) sends the object from a previous node unchanged', async () => {
		const record = {
			name: 'Acme Market',
			client_code: 'C-100',
			tags: ['t1', 't2'],
			customFields: { region: 'north', tier: 2, vip: true },
			jobs: [{ type: [1, 2], description: 'Shelf check', tag: 'x', company_namespace: ['acme'] }],
			lat: 24.7136,
			financials: { credit_limit: 5000 },
		};
		let received: unknown;
		const scope = nock(BASE)
			.post('/client', (body) => {
				received = body;
				return true;
			})
			.matchHeader('api-key', API_KEY)
			.reply(201, { _id: 'c1', ...record });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'create', bodyMode: 'json', bodyJson: '={{ JSON.stringify($json) }}', name: 'ignored in JSON mode' },
			input: [record],
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(received).toEqual(record);
		expect(result.items[0].json._id).toBe('c1');
	});

	test('Update client sends the path ID and the chosen fields with their types', async () => {
		let received: unknown;
		const scope = nock(BASE)
			.put('/client/64f0c0ffee', (body) => {
				received = body;
				return true;
			})
			.reply(200, { _id: '64f0c0ffee' });
		const result = await runNode({
			node: 'repzo',
			parameters: {
				resource: 'client',
				operation: 'update',
				id: '64f0c0ffee',
				bodyMode: 'fields',
				additionalFields: { credit_limit: 2500.5, disabled: true, tags: 'a, b', customFields: '{"region": "south"}', payment_type: 'credit' },
			},
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(received).toEqual({ credit_limit: 2500.5, disabled: true, tags: ['a', 'b'], customFields: { region: 'south' }, payment_type: 'credit' });
	});

	test('invalid JSON in a JSON field fails before any request, naming the field', async () => {
		const scope = nock(BASE).post('/client').reply(201, {});
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'create', name: 'Acme', additionalFields: { customFields: '{"region": north}' } },
			credentials,
		});
		expect(result.error?.message).toContain("Invalid JSON in 'Custom Fields' [item 0]");
		expect(scope.isDone()).toBe(false);
	});

	test('a JSON field must hold the right shape: an array field rejects an object', async () => {
		const scope = nock(BASE).post('/transfer').reply(201, {});
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'transfer', operation: 'create', fromWarehouse: 'w1', toWarehouse: 'w2', items: '{"variant_id": "v1", "qty": 2}' },
			credentials,
		});
		expect(result.error?.message).toContain("Expected a JSON array in 'Items' [item 0]");
		expect(scope.isDone()).toBe(false);
	});

	test('an update without any field fails before any request', async () => {
		const scope = nock(BASE).put('/client/c1').reply(200, {});
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'update', id: 'c1' }, credentials });
		expect(result.error?.message).toBe("Nothing to update in 'Additional Fields' [item 0]");
		expect(scope.isDone()).toBe(false);
	});

	test('a delete answered without a body reports deleted: true', async () => {
		const scope = nock(BASE).delete('/tag/t1').reply(204);
		const result = await runNode({ node: 'repzo', parameters: { resource: 'tag', operation: 'delete', id: 't1' }, credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('an empty required field fails before any request, naming the field', async () => {
		const scope = nock(BASE).post('/tax').reply(201, {});
		const result = await runNode({
			node: 'repzo',
			// Left empty in the editor n8n flags it; an expression that resolves to nothing reaches the node.
			parameters: { resource: 'tax', operation: 'create', name: 'VAT', rate: '={{ $json.rate }}', type: 'inclusive' },
			credentials,
			input: [{ rate: '' }],
		});
		expect(result.error?.message).toContain("'Rate' [item 0]");
		expect(scope.isDone()).toBe(false);
	});
});

describe('Repzo: errors', () => {
	test('a Repzo 4xx returns its message and HTTP status', async () => {
		nock(BASE)
			.get('/client/missing-id')
			.reply(404, { name: 'NotFound', message: 'No record found for id missing-id', code: 404, className: 'not-found' });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'get', id: 'missing-id' }, credentials });
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('Repzo answered HTTP 404: No record found for id missing-id');
		expect(JSON.stringify(result.run.data)).not.toContain(API_KEY);
	});

	test('a Repzo validation 400 on create returns its message and status', async () => {
		nock(BASE).post('/client').reply(400, { name: 'BadRequest', message: 'client_code must be unique', code: 400, className: 'bad-request' });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'create', name: 'Acme' }, credentials });
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toBe('Repzo answered HTTP 400: client_code must be unique');
	});

	test('with Continue On Fail the error becomes an output item', async () => {
		nock(BASE).get('/client/x').reply(403, { message: 'Not allowed' });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'get', id: 'x' }, credentials, continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(JSON.stringify(result.items[0].json)).toContain('Not allowed');
	});
});

describe('Repzo: credential and base URL', () => {
	test('Staging sends to the staging host', async () => {
		const scope = nock('https://staging.sv.api.repzo.me').get('/tag/t1').matchHeader('api-key', 'staging-key').reply(200, { _id: 't1' });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'tag', operation: 'get', id: 't1' },
			credentials: { repzoApi: { apiKey: 'staging-key', environment: 'staging' } },
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('a custom base URL is used without its trailing slash', async () => {
		const scope = nock('https://repzo.example.test').get('/tag/t1').matchHeader('api-key', API_KEY).reply(200, { _id: 't1' });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'tag', operation: 'get', id: 't1' },
			credentials: { repzoApi: { apiKey: API_KEY, environment: 'custom', baseUrl: 'https://repzo.example.test/' } },
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('Custom API Call reaches an endpoint the node does not list, with the API key', async () => {
		const scope = nock(BASE).get('/clm-presentation').query({ per_page: '1' }).matchHeader('api-key', API_KEY).reply(200, { data: [] });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'GET', customPath: '/clm-presentation', customQuery: { parameter: [{ name: 'per_page', value: '1' }] } },
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});
