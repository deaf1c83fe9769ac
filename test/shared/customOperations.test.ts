/**
 * Lists and batch writes run as n8n custom operations (nodes/shared/customOperations.ts), called by
 * n8n-core's WorkflowExecute: each input item's list is its own request, paired with its item, and a
 * failed item is an error item with Continue On Fail; a batch write runs once for all items.
 */
import nock from 'nock';
import type { INodeType } from 'n8n-workflow';

import { Enapps } from '../../nodes/Enapps/Enapps.node';
import { Quince } from '../../nodes/Quince/Quince.node';
import { runNode } from '../harness';
import { API, BASE as ENAPPS, TOKEN, tokenCredentials as enappsCredentials } from '../enapps/fixtures';

const QUINCE = 'https://quince.custom-ops.test';
const quinceCredentials = { quinceApi: { baseUrl: QUINCE, apiToken: 'quince-token' } };

describe('lists run once per input item as custom operations', () => {
	test('every list operation of every node and every batch write is a custom operation', () => {
		const enapps = new Enapps() as INodeType;
		const quince = new Quince() as INodeType;
		expect(Object.keys(enapps.customOperations?.partner ?? {})).toEqual(['getAll']);
		expect(Object.keys(quince.customOperations?.partner ?? {}).sort()).toEqual(['createMany', 'getAll', 'updateMany', 'upsert']);
	});

	test('two input items: one list request each, with its own filter and the bearer token; records paired with their item', async () => {
		const first = nock(ENAPPS)
			.get(`${API}/partners`)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query((query) => query.ref === 'A-1' && query.page === '1')
			.reply(200, [{ id: 1, ref: 'A-1' }]);
		const second = nock(ENAPPS)
			.get(`${API}/partners`)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query((query) => query.ref === 'B-2' && query.page === '1')
			.reply(200, [
				{ id: 2, ref: 'B-2' },
				{ id: 3, ref: 'B-2' },
			]);
		// A first page shorter than asked is followed up once (servers that cap their pages): empty.
		nock(ENAPPS).get(`${API}/partners`).query((query) => query.page === '2').times(2).reply(200, []);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: false, limit: 10, filters: { ref: '={{ $json.ref }}' } },
			credentials: enappsCredentials,
			input: [{ ref: 'A-1' }, { ref: 'B-2' }],
		});

		expect(result.error).toBeUndefined();
		expect(first.isDone() && second.isDone()).toBe(true);
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[1, { item: 0 }],
			[2, { item: 1 }],
			[3, { item: 1 }],
		]);
	});

	test('Continue On Fail: the failed item becomes an error item with the vendor message, the next item still lists', async () => {
		nock(ENAPPS).get(`${API}/partners`).query((query) => query.ref === 'bad').reply(500, { message: 'database is down' });
		nock(ENAPPS).get(`${API}/partners`).query((query) => query.ref === 'good' && query.page === '1').reply(200, [{ id: 7 }]);
		nock(ENAPPS).get(`${API}/partners`).query((query) => query.ref === 'good' && query.page === '2').reply(200, []);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: false, limit: 10, filters: { ref: '={{ $json.ref }}' } },
			credentials: enappsCredentials,
			input: [{ ref: 'bad' }, { ref: 'good' }],
			continueOnFail: true,
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(String(result.items[0].json.error)).toContain('database is down');
		expect(result.items[1].json).toEqual({ id: 7 });
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
	});

	test('without Continue On Fail the vendor error stops the node, naming the item and the HTTP status', async () => {
		nock(ENAPPS).get(`${API}/partners`).query((query) => query.ref === 'ok').reply(200, [{ id: 1 }]);
		nock(ENAPPS).get(`${API}/partners`).query((query) => query.ref === 'ok').reply(200, []);
		nock(ENAPPS).get(`${API}/partners`).query((query) => query.ref === 'secret').reply(403, { message: 'no access to partners' });

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: false, limit: 10, filters: { ref: '={{ $json.ref }}' } },
			credentials: enappsCredentials,
			input: [{ ref: 'ok' }, { ref: 'secret' }],
		});

		expect(result.error?.message).toContain('no access to partners');
		expect(result.error?.httpCode).toBe('403');
		expect(result.error?.context?.itemIndex).toBe(1);
	});
});

describe('batch writes run once for all input items', () => {
	test('1,000 input items: 10 add calls of 100 records, each record back with its ID and paired with its item', async () => {
		const bodies: unknown[][] = [];
		nock(QUINCE)
			.post('/api/v2/partner/add')
			.times(10)
			.reply((_uri, body) => {
				const records = (body as { array: unknown[] }).array;
				bodies.push(records);
				return [200, { success: true, data: records.map((_record, index) => ({ id: bodies.length * 1000 + index })) }];
			});
		const input = Array.from({ length: 1000 }, (_, index) => ({ Name: `Partner ${index}` }));

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ $json }}' },
			credentials: quinceCredentials,
			input,
		});

		expect(result.error).toBeUndefined();
		expect(bodies.map((records) => records.length)).toEqual(Array(10).fill(100));
		expect(bodies[9][99]).toEqual({ Name: 'Partner 999' });
		expect(result.items).toHaveLength(1000);
		expect(result.items[999].json).toEqual({ id: 10_099, Name: 'Partner 999' });
		expect(result.items[999].pairedItem).toEqual({ item: 999 });
	});

	test('mapped fields read per item: a dragged-in {{ $json["Full name"] }}, a missing property and a computed expression all send what n8n evaluates', async () => {
		let sent: unknown[] = [];
		nock(QUINCE)
			.post('/api/v2/partner/add')
			.reply((_uri, body) => {
				sent = (body as { array: unknown[] }).array;
				return [200, { success: true, data: sent.map((_record, index) => ({ id: index + 1 })) }];
			});
		const input = [
			{ 'Full name': 'Acme', phone: '+380 1', code: 7 },
			{ 'Full name': 'Globex', code: 8 },
		];

		const result = await runNode({
			node: 'quince',
			parameters: {
				resource: 'partner',
				operation: 'createMany',
				Name: '={{ $json["Full name"] }}',
				additionalFields: { Phone: '={{ $json.phone }}', Memo: '={{ "code " + $json.code }}' },
			},
			credentials: quinceCredentials,
			input,
		});

		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{ Name: 'Acme', Phone: '+380 1', Memo: 'code 7' },
			{ Name: 'Globex', Memo: 'code 8' },
		]);
	});
});
