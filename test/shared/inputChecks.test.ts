/**
 * Input that must be refused before anything is written: every item's input (JSON fields too) is
 * checked before any item sends, booleans given as text are read as n8n reads them, objects are not
 * sent as list text, and a failed batch names every record it had already saved.
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { runNode, recordRequests } from '../harness';
import { BASE as ENAPPS, API, tokenCredentials as enappsCredentials, records } from '../enapps/fixtures';
import { BASE as CIRRUS, tokenCredentials as cirrusCredentials } from '../cirrus/fixtures';
import { BASE as GUARDANT, credentials as guardantCredentials } from '../guardant/fixtures';
import { BASE as QUINCE, credentials as quinceCredentials } from '../quince/fixtures';
import { BASE as REPZO, credentials as repzoCredentials } from '../repzo/fixtures';


describe('Repzo Client → Create with 4 items, item 2 with invalid Custom Fields JSON', () => {
	const input = [{ name: 'A', cf: '{"region": "north"}' }, { name: 'B', cf: '{"region": "south"}' }, { name: 'C', cf: '{region: east' }, { name: 'D', cf: '{}' }];
	const parameters = { resource: 'client', operation: 'create', name: '={{ $json.name }}', additionalFields: { customFields: '={{ $json.cf }}' } };

	test('creates no client at all and names the field and item 2', async () => {
		const seen = recordRequests(REPZO, { _id: 'c1' });

		const result = await runNode({ node: 'repzo', parameters, credentials: repzoCredentials, input });

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("Invalid JSON in 'Custom Fields' [item 2]");
		expect(result.error?.description).toContain('Nothing was sent for any item.');
	});
});

describe('Enapps Sale Order → Create with 3 items, item 1 with Order Lines (JSON) that is not an array', () => {
	test('creates no order and names the field and item 1', async () => {
		const seen = recordRequests(ENAPPS, { id: 1 });

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'saleOrder', operation: 'create', partner_order_id: 11, shop_id: 1, products: '={{ $json.lines }}' },
			credentials: enappsCredentials,
			input: [{ lines: '[{"product_id": 1, "qty": 1}]' }, { lines: '{"product_id": 2, "qty": 1}' }, { lines: '[{"product_id": 3, "qty": 1}]' }],
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("Expected a JSON array in 'Order Lines (JSON)' [item 1]");
		expect(result.error?.description).toContain('Nothing was sent for any item.');
	});
});

describe.each([
	{ node: 'enapps', base: ENAPPS, credentials: enappsCredentials },
	{ node: 'cirrus', base: CIRRUS, credentials: cirrusCredentials },
	{ node: 'guardant', base: GUARDANT, credentials: guardantCredentials },
	{ node: 'quince', base: QUINCE, credentials: quinceCredentials },
	{ node: 'repzo', base: REPZO, credentials: repzoCredentials },
])('$node Custom API Call POST with 3 items, item 1 with invalid Body (JSON)', ({ node, base, credentials }) => {
	test('sends nothing for any item and names the field and item 1', async () => {
		const seen = recordRequests(base);

		const result = await runNode({
			node,
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'POST', customPath: '/things', customBody: '={{ $json.body }}' },
			credentials,
			input: [{ body: '{"name": "A"}' }, { body: '{"name": ' }, { body: '{"name": "C"}' }],
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("Invalid JSON in 'Body (JSON)' [item 1]");
		expect(result.error?.description).toContain('Nothing was sent for any item.');
	});
});

/** An Enapps with 2,500 partners, 1,000 a page; records every page asked for. */
function enappsPartners() {
	const pages: string[] = [];
	nock(ENAPPS)
		.persist()
		.get(`${API}/partners`)
		.query(true)
		.reply(200, (uri: string) => {
			const page = Number(new URL(uri, ENAPPS).searchParams.get('page'));
			pages.push(String(page));
			return records(Math.max(0, Math.min(1000, 2500 - (page - 1) * 1000)), (page - 1) * 1000 + 1);
		});
	return pages;
}

describe('Return All given as text by an expression is read as n8n reads a boolean', () => {
	test.each([['false'], ['FALSE'], ['0']])('Enapps Partner → Get Many with Return All %p and Limit 5 gives 5 partners from 1 request', async (returnAll) => {
		const pages = enappsPartners();

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: `={{ ${JSON.stringify(returnAll)} }}`, limit: 5 },
			credentials: enappsCredentials,
		});

		expect(result.error).toBeUndefined();
		expect(pages).toEqual(['1']);
		expect(result.items).toHaveLength(5);
		expect(nock.pendingMocks()).toEqual([]);
	});

	test.each([['no'], ['yes please']])('Return All %p is refused, naming the field, before any request', async (returnAll) => {
		const seen = recordRequests(ENAPPS, []);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: `={{ ${JSON.stringify(returnAll)} }}`, limit: 5 },
			credentials: enappsCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(`'${returnAll}' is not true or false in 'Return All' [item 0]`);
	});
});

describe('a boolean field given text by an expression', () => {
	test.each([
		['FALSE', false],
		['0', false],
		['True', true],
	])("Repzo Client → Create with Disabled %p sends disabled: %p", async (given, sent) => {
		const bodies: IDataObject[] = [];
		nock(REPZO)
			.post('/client')
			.reply(200, (_uri, body: IDataObject) => {
				bodies.push(body);
				return { _id: 'c1' };
			});

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'create', name: 'Acme', additionalFields: { disabled: `={{ ${JSON.stringify(given)} }}` } },
			credentials: repzoCredentials,
		});

		expect(result.error).toBeUndefined();
		expect(bodies).toEqual([{ name: 'Acme', disabled: sent }]);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('a list field given an object by an expression', () => {
	test.each([
		['an object', '={{ { a: 1 } }}', '\'{"a":1}\''],
		['an array of objects', '={{ [{ name: "x_region" }] }}', '\'[{"name":"x_region"}]\''],
	])('Enapps Partner → Get Many with Additional Fields to Return given %s sends nothing and names the field', async (_what, value, shown) => {
		const seen = recordRequests(ENAPPS, []);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: true, filters: { additional_fields: value } },
			credentials: enappsCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(`${shown} is an object, not a list of values in 'Additional Fields to Return' [item 0]`);

		// An array of names from an expression is a list, and still goes out.
		const names = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: true, filters: { additional_fields: '={{ ["x_region", "x_owner"] }}' } },
			credentials: enappsCredentials,
		});
		expect(names.error).toBeUndefined();
		expect(seen).toEqual(['GET /api/v1/partners?additional_fields=x_region&additional_fields=x_owner&page=1']);
	});
});

describe('QUINCE Create Many over 1,000 items: batch 3 of 10 fails without Continue On Fail', () => {
	/** A QUINCE that saves batches 1 and 2, numbering IDs from 5001 by `step`, and fails batch 3. */
	function quince(step: number) {
		const server = { calls: 0, ids: [] as number[] };
		nock(QUINCE)
			.persist()
			.post('/api/v2/partner/add')
			.reply((_uri, body) => {
				server.calls += 1;
				if (server.calls === 3) return [500, { success: false, error: 'Внутрішня помилка' }];
				const data = (body as { array: unknown[] }).array.map(() => {
					const id = 5001 + server.ids.length * step;
					server.ids.push(id);
					return { id };
				});
				return [200, { success: true, data }];
			});
		return server;
	}
	const run = () =>
		runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ $json }}' },
			credentials: quinceCredentials,
			input: Array.from({ length: 1000 }, (_, index) => ({ Name: `Partner ${index}` })),
		});

	test('every one of the 200 saved IDs is in the error, as data and in its description', async () => {
		const server = quince(1);

		const result = await run();

		expect(server.calls).toBe(3);
		expect(result.error?.context?.savedIds).toEqual(server.ids);
		expect(server.ids).toHaveLength(200);
		expect(result.error?.description).toContain('Calls before this one saved 200 records (input items 0–199) (IDs 5001–5200).');
	});

	test('IDs that are not consecutive are each listed', async () => {
		const server = quince(2);

		const result = await run();

		expect(result.error?.context?.savedIds).toEqual(server.ids);
		expect(result.error?.description).toContain(`(IDs ${server.ids.join(', ')}).`);
	});
});
