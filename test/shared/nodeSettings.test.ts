/**
 * n8n's node settings on the operations we run as custom operations (lists, batch writes, batch
 * Create or Update) and on the per-item Create or Update n8n's RoutingNode runs: Request Options →
 * Batching, Execute Once, Continue On Fail and the error output, Always Output Data, Retry On Fail.
 * Each behaves as it does for a declarative node run by RoutingNode.
 */
import nock from 'nock';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runNode } from '../harness';
import { API, BASE as ENAPPS, tokenCredentials as enappsCredentials } from '../enapps/fixtures';
import { BASE as QUINCE, credentials as quinceCredentials } from '../quince/fixtures';
import { BASE as REPZO, credentials as repzoCredentials } from '../repzo/fixtures';

const batching = (batchSize: number, batchInterval: number) => ({ requestOptions: { batching: { batch: { batchSize, batchInterval } } } });
const paired = (items: INodeExecutionData[]) => items.map((item) => (item.pairedItem as { item: number }).item);

/** Enapps partners by reference: `fail` answers HTTP 500 to a reference's first `fail[ref]` lists. */
function enapps(data: Record<string, IDataObject[]>, fail: Record<string, number> = {}) {
	const server = { lists: [] as string[] };
	nock(ENAPPS)
		.persist()
		.get(`${API}/partners`)
		.query(true)
		.reply((uri) => {
			const query = new URL(uri, ENAPPS).searchParams;
			const ref = query.get('ref') ?? '';
			if (query.get('page') !== '1') return [200, []];
			server.lists.push(ref);
			if ((fail[ref] ?? 0) > 0) {
				fail[ref] -= 1;
				return [500, { message: 'database is down' }];
			}
			return [200, data[ref] ?? []];
		});
	return server;
}
const listParameters = { resource: 'partner', operation: 'getAll', returnAll: false, limit: 10, filters: { ref: '={{ $json.ref }}' } };

type QuinceBody = { array?: IDataObject[]; filter?: IDataObject };

/** A QUINCE that keeps the partners it is sent; `failAdd` answers HTTP 500 to those add calls (1-based). */
function quince(failAdd: number[] = []) {
	const server = { adds: 0, lookups: [] as string[], saved: [] as IDataObject[] };
	nock(QUINCE)
		.persist()
		.post('/api/v2/partner/list')
		.reply((_uri, body) => {
			const tax = String((body as QuinceBody).filter?.TaxNumber);
			server.lookups.push(tax);
			return [200, { success: true, data: server.saved.filter((record) => record.TaxNumber === tax) }];
		})
		.post('/api/v2/partner/add')
		.reply((_uri, body) => {
			server.adds += 1;
			if (failAdd.includes(server.adds)) return [500, { success: false, error: 'Тимчасово недоступно' }];
			const ids = (body as QuinceBody).array!.map((record) => {
				server.saved.push({ ...record, Id: 5001 + server.saved.length });
				return { id: server.saved.length + 5000 };
			});
			return [200, { success: true, data: ids }];
		});
	return server;
}
const createMany = { resource: 'partner', operation: 'createMany', Name: '={{ $json.name }}' };
const quinceUpsert = { resource: 'partner', operation: 'upsert', Name: '={{ $json.name }}', TaxNumber: '={{ $json.tax }}' };

const repzoPage = (data: unknown[]) => ({ data, total_result: data.length, current_count: data.length, total_pages: 1, current_page: 1, per_page: 100, next_page_url: null });

/** A Repzo that keeps its clients; `failCreate` answers HTTP 500 to those creates (1-based). */
function repzo(failCreate: number[] = []) {
	const server = { lookups: [] as string[], creates: 0, clients: [] as IDataObject[], updates: [] as string[] };
	nock(REPZO)
		.persist()
		.get('/client')
		.query(true)
		.reply((uri) => {
			const code = (JSON.parse(new URL(uri, REPZO).searchParams.get('client_code') ?? '[]') as string[])[0];
			server.lookups.push(code);
			return [200, repzoPage(server.clients.filter((client) => client.client_code === code))];
		})
		.post('/client')
		.reply((_uri, body) => {
			server.creates += 1;
			if (failCreate.includes(server.creates)) return [500, { message: 'try again' }];
			const client = { ...(body as IDataObject), _id: `c${server.clients.length + 1}` };
			server.clients.push(client);
			return [200, client];
		})
		.put(/\/client\/.+/)
		.reply((uri, body) => {
			const id = uri.split('/').pop()!;
			server.updates.push(id);
			return [200, { ...(body as IDataObject), _id: id }];
		});
	return server;
}
const repzoUpsert = { resource: 'client', operation: 'upsert', name: '={{ $json.name }}', client_code: '={{ $json.code }}' };

afterEach(() => nock.cleanAll());

describe('Request Options → Batching spaces the requests as RoutingNode does', () => {
	test('Get Many partners for 3 items at 1 per batch, 300 ms apart, takes at least 600 ms', async () => {
		const server = enapps({ A: [{ id: 1 }], B: [{ id: 2 }], C: [{ id: 3 }] });
		const started = Date.now();

		const result = await runNode({ node: 'enapps', parameters: { ...listParameters, ...batching(1, 300) }, credentials: enappsCredentials, input: [{ ref: 'A' }, { ref: 'B' }, { ref: 'C' }] });

		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(600);
		expect(server.lists).toEqual(['A', 'B', 'C']);
	});

	test('QUINCE Create Many of 201 items at 100 items per batch, 300 ms apart: 3 calls, each after the first waits (at least 600 ms)', async () => {
		// A call waits when its first record comes from a later batch of input items than the previous call's.
		const server = quince();
		const started = Date.now();

		const input = Array.from({ length: 201 }, (_, index) => ({ name: `Partner ${index}` }));
		const result = await runNode({ node: 'quince', parameters: { ...createMany, ...batching(100, 300) }, credentials: quinceCredentials, input });

		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(600);
		expect(server.adds).toBe(3);
	});

	test('QUINCE partner Create or Update of 3 items at 1 per batch, 300 ms apart: the lookups are spaced (at least 600 ms)', async () => {
		const server = quince();
		const started = Date.now();

		const input = [{ name: 'A', tax: 'T1' }, { name: 'B', tax: 'T2' }, { name: 'C', tax: 'T3' }];
		const result = await runNode({ node: 'quince', parameters: { ...quinceUpsert, ...batching(1, 300) }, credentials: quinceCredentials, input });

		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(600);
		expect(server.lookups).toEqual(['T1', 'T2', 'T3']);
	});

	test('Repzo client Create or Update of 3 items at 1 per batch, 300 ms apart, takes at least 600 ms', async () => {
		const server = repzo();
		const started = Date.now();

		const input = [{ name: 'A', code: 'C1' }, { name: 'B', code: 'C2' }, { name: 'C', code: 'C3' }];
		const result = await runNode({ node: 'repzo', parameters: { ...repzoUpsert, ...batching(1, 300) }, credentials: repzoCredentials, input });

		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(600);
		expect(server.creates).toBe(3);
	});
});

describe('Execute Once runs the node for the first input item only', () => {
	test('Get Many partners for 3 items lists once, with the first item filter', async () => {
		const server = enapps({ A: [{ id: 1 }], B: [{ id: 2 }] });

		const result = await runNode({ node: 'enapps', parameters: listParameters, credentials: enappsCredentials, input: [{ ref: 'A' }, { ref: 'B' }, { ref: 'C' }], settings: { executeOnce: true } });

		expect(result.error).toBeUndefined();
		expect(server.lists).toEqual(['A']);
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([[1, { item: 0 }]]);
	});

	test('QUINCE Create Many for 3 items creates 1 partner; an invalid third item is never looked at', async () => {
		const server = quince();

		const input = [{ name: 'Acme' }, { name: 'Globex' }, { name: '' }];
		const result = await runNode({ node: 'quince', parameters: createMany, credentials: quinceCredentials, input, settings: { executeOnce: true } });

		expect(result.error).toBeUndefined();
		expect(server.saved.map((record) => record.Name)).toEqual(['Acme']);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 5001, Name: 'Acme' }]);
	});

	test('QUINCE partner Create or Update for 3 items looks up and writes 1 partner', async () => {
		const server = quince();

		const input = [{ name: 'Acme', tax: 'T1' }, { name: 'Globex', tax: 'T2' }, { name: 'No key', tax: '' }];
		const result = await runNode({ node: 'quince', parameters: quinceUpsert, credentials: quinceCredentials, input, settings: { executeOnce: true } });

		expect(result.error).toBeUndefined();
		expect(server.lookups).toEqual(['T1']);
		expect(server.saved.map((record) => record.Name)).toEqual(['Acme']);
	});

	test('Repzo client Create or Update for 3 items writes 1 client; an invalid third item is never looked at', async () => {
		const server = repzo();

		const input = [{ name: 'Kiosk', code: 'C1' }, { name: 'Shop', code: 'C2' }, { name: '', code: 'C3' }];
		const result = await runNode({ node: 'repzo', parameters: repzoUpsert, credentials: repzoCredentials, input, settings: { executeOnce: true } });

		expect(result.error).toBeUndefined();
		expect(server.lookups).toEqual(['C1']);
		expect(server.clients.map((client) => client.name)).toEqual(['Kiosk']);
	});
});

describe('Continue On Fail and the error output: each error on the item it names, the other items answered', () => {
	test('Get Many: the failed second item goes to the error output paired with item 1; items 0 and 2 list', async () => {
		enapps({ A: [{ id: 1 }], B: [{ id: 2 }], C: [{ id: 3 }] }, { B: 1 });

		const result = await runNode({
			node: 'enapps',
			parameters: listParameters,
			credentials: enappsCredentials,
			input: [{ ref: 'A' }, { ref: 'B' }, { ref: 'C' }],
			settings: { onError: 'continueErrorOutput' },
		});

		expect(result.error).toBeUndefined();
		expect(result.outputs[0].map((item) => [item.json.id, item.pairedItem])).toEqual([
			[1, { item: 0 }],
			[3, { item: 2 }],
		]);
		expect(result.outputs[1]).toHaveLength(1);
		expect(result.outputs[1][0].pairedItem).toEqual({ item: 1 });
	});

	test('QUINCE Create Many, Continue On Fail: an empty Name on item 2 is an error item on item 2; items 0 and 1 are created', async () => {
		const server = quince();

		const input = [{ name: 'Acme' }, { name: 'Globex' }, { name: '' }];
		const result = await runNode({ node: 'quince', parameters: createMany, credentials: quinceCredentials, input, continueOnFail: true });

		expect(result.error).toBeUndefined();
		expect(server.saved.map((record) => record.Name)).toEqual(['Acme', 'Globex']);
		expect(paired(result.items)).toEqual([0, 1, 2]);
		expect(result.items.slice(0, 2).map((item) => item.json.id)).toEqual([5001, 5002]);
		expect(result.items[2].json.error).toBe("A value is required in 'Name' [item 2]");
	});

	test('QUINCE Create Many, error output: an empty Name on item 0 goes to the error output on item 0; items 1 and 2 are created', async () => {
		const server = quince();

		const input = [{ name: '' }, { name: 'Acme' }, { name: 'Globex' }];
		const result = await runNode({ node: 'quince', parameters: createMany, credentials: quinceCredentials, input, settings: { onError: 'continueErrorOutput' } });

		expect(result.error).toBeUndefined();
		expect(server.saved.map((record) => record.Name)).toEqual(['Acme', 'Globex']);
		expect(result.outputs[0].map((item) => [item.json.id, item.pairedItem])).toEqual([
			[5001, { item: 1 }],
			[5002, { item: 2 }],
		]);
		expect(result.outputs[1].map((item) => [item.json.error, item.pairedItem])).toEqual([["A value is required in 'Name' [item 0]", { item: 0 }]]);
	});

	test('QUINCE partner Create or Update, error output: item 1 without a Tax Number goes to the error output on item 1; items 0 and 2 are written', async () => {
		const server = quince();

		const input = [{ name: 'Acme', tax: 'T1' }, { name: 'No key', tax: '' }, { name: 'Globex', tax: 'T3' }];
		const result = await runNode({ node: 'quince', parameters: quinceUpsert, credentials: quinceCredentials, input, settings: { onError: 'continueErrorOutput' } });

		expect(result.error).toBeUndefined();
		expect(server.saved.map((record) => record.Name)).toEqual(['Acme', 'Globex']);
		expect(result.outputs[0].map((item) => [item.json._action, item.pairedItem])).toEqual([
			['created', { item: 0 }],
			['created', { item: 2 }],
		]);
		expect(result.outputs[1].map((item) => [item.json.error, item.pairedItem])).toEqual([["A value is required in 'Tax Number' [item 1]", { item: 1 }]]);
	});

	test('QUINCE partner Create or Update, Continue On Fail: a Tax Number twice is refused on the later item only', async () => {
		const server = quince();

		const input = [{ name: 'Acme', tax: 'T1' }, { name: 'Globex', tax: 'T2' }, { name: 'Acme again', tax: 'T1' }];
		const result = await runNode({ node: 'quince', parameters: quinceUpsert, credentials: quinceCredentials, input, continueOnFail: true });

		expect(result.error).toBeUndefined();
		expect(server.saved.map((record) => record.Name)).toEqual(['Acme', 'Globex']);
		expect(paired(result.items)).toEqual([0, 1, 2]);
		expect(String(result.items[2].json.error)).toContain("Two records have the Tax Number 'T1' (input items 0 and 2)");
	});

	test('Repzo client Create or Update, error output: item 1 without a name goes to the error output on item 1; items 0 and 2 are written', async () => {
		const server = repzo();

		const input = [{ name: 'Kiosk', code: 'C1' }, { name: '', code: 'C2' }, { name: 'Shop', code: 'C3' }];
		const result = await runNode({ node: 'repzo', parameters: repzoUpsert, credentials: repzoCredentials, input, settings: { onError: 'continueErrorOutput' } });

		expect(result.error).toBeUndefined();
		expect(server.clients.map((client) => client.name)).toEqual(['Kiosk', 'Shop']);
		expect(paired(result.outputs[0])).toEqual([0, 2]);
		// RoutingNode makes this error item itself, unpaired; its message names the item.
		expect(result.outputs[1].map((item) => item.json.error)).toEqual(["A value is required in 'Name' [item 1]"]);
	});
});

describe('Always Output Data gives one empty item when there is nothing to output, as n8n does for every node', () => {
	test('Get Many with no partner found: one empty item, paired with the input items', async () => {
		enapps({});

		const off = await runNode({ node: 'enapps', parameters: listParameters, credentials: enappsCredentials, input: [{ ref: 'X' }, { ref: 'Y' }] });
		const on = await runNode({ node: 'enapps', parameters: listParameters, credentials: enappsCredentials, input: [{ ref: 'X' }, { ref: 'Y' }], settings: { alwaysOutputData: true } });

		expect(off.items).toEqual([]);
		expect(on.items).toEqual([{ json: {}, pairedItem: [{ item: 0, input: 0 }, { item: 1, input: 0 }] }]);
	});

	test('QUINCE Create Many and Create or Update with no records ([] as Records (JSON)): one empty item', async () => {
		const server = quince();
		const json = { bodyMode: 'json', bodyJson: '[]' };

		const created = await runNode({ node: 'quince', parameters: { ...createMany, ...json }, credentials: quinceCredentials, settings: { alwaysOutputData: true } });
		const upserted = await runNode({ node: 'quince', parameters: { ...quinceUpsert, ...json }, credentials: quinceCredentials, settings: { alwaysOutputData: true } });

		expect(server.adds + server.lookups.length).toBe(0);
		expect(created.items).toEqual([{ json: {}, pairedItem: [{ item: 0, input: 0 }] }]);
		expect(upserted.items).toEqual([{ json: {}, pairedItem: [{ item: 0, input: 0 }] }]);
	});
});

describe('Retry On Fail: n8n runs the whole node again; nothing is written twice', () => {
	const retry = { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 };

	test('Get Many: a 500 on item 1 runs the node again, so item 0 is listed again too (as RoutingNode)', async () => {
		const server = enapps({ A: [{ id: 1 }], B: [{ id: 2 }] }, { B: 1 });

		const result = await runNode({ node: 'enapps', parameters: listParameters, credentials: enappsCredentials, input: [{ ref: 'A' }, { ref: 'B' }], retry });

		expect(result.error).toBeUndefined();
		expect(server.lists).toEqual(['A', 'B', 'A', 'B']);
		expect(result.items.map((item) => item.json.id)).toEqual([1, 2]);
	});

	test('QUINCE Create Many: a 500 on call 2 of 3 re-sends calls 2 and 3 only', async () => {
		const server = quince([2]);

		const input = Array.from({ length: 201 }, (_, index) => ({ name: `Partner ${index}` }));
		const result = await runNode({ node: 'quince', parameters: createMany, credentials: quinceCredentials, input, retry });

		expect(result.error).toBeUndefined();
		expect(server.adds).toBe(4);
		expect(new Set(server.saved.map((record) => record.Name)).size).toBe(201);
		expect(server.saved).toHaveLength(201);
	});

	test('QUINCE Create Many with Continue On Fail too: call 1 of 3 refused gives error items first, n8n runs the node again, and only call 1 is re-sent', async () => {
		const server = quince([1]);

		const input = Array.from({ length: 201 }, (_, index) => ({ name: `Partner ${index}` }));
		const result = await runNode({ node: 'quince', parameters: createMany, credentials: quinceCredentials, input, retry, continueOnFail: true });

		expect(result.error).toBeUndefined();
		expect(server.adds).toBe(4);
		expect(server.saved).toHaveLength(201);
		expect(result.items.filter((item) => item.json.error !== undefined)).toHaveLength(0);
		expect(paired(result.items)).toEqual(input.map((_, index) => index));
	});

	test('QUINCE partner Create or Update: a 500 on the add call looks the keys up again and adds each partner once', async () => {
		const server = quince([1]);

		const input = [{ name: 'Acme', tax: 'T1' }, { name: 'Globex', tax: 'T2' }];
		const result = await runNode({ node: 'quince', parameters: quinceUpsert, credentials: quinceCredentials, input, retry });

		expect(result.error).toBeUndefined();
		expect(server.lookups).toEqual(['T1', 'T2', 'T1', 'T2']);
		expect(server.saved.map((record) => record.Name)).toEqual(['Acme', 'Globex']);
	});

	test('Repzo client Create or Update: a 500 on item 1 runs the node again; item 0 is found by its code and updated, not created twice', async () => {
		const server = repzo([2]);

		const input = [{ name: 'Kiosk', code: 'C1' }, { name: 'Shop', code: 'C2' }];
		const result = await runNode({ node: 'repzo', parameters: repzoUpsert, credentials: repzoCredentials, input, retry });

		expect(result.error).toBeUndefined();
		expect(server.clients.map((client) => client.name)).toEqual(['Kiosk', 'Shop']);
		expect(server.updates).toEqual(['c1']);
		expect(result.items.map((item) => item.json._action)).toEqual(['updated', 'created']);
	});
});
