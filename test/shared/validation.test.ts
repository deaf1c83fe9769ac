/**
 * Bad input is refused before any request, naming the field as the user sees it and the item,
 * for every vendor through the same checks (nodes/shared/validation.ts).
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { runNode, recordRequests } from '../harness';
import { BASE as ENAPPS, API, tokenCredentials as enappsCredentials } from '../enapps/fixtures';
import { BASE as GUARDANT, credentials as guardantCredentials } from '../guardant/fixtures';
import { BASE as QUINCE, credentials as quinceCredentials } from '../quince/fixtures';
import { BASE as REPZO, credentials as repzoCredentials } from '../repzo/fixtures';


describe('path values that would reach another endpoint are refused', () => {
	test.each([['..'], ['.'], ['%2e%2e'], ['%252E%252E'], ['12/../..'], [' ']])(
		"Guardant Customer → Get Orders with Customer ID '%s' sends nothing",
		async (id) => {
			const seen = recordRequests(GUARDANT, { orders: [] });

			const result = await runNode({
				node: 'guardant',
				parameters: { resource: 'customer', operation: 'getOrders', customerId: id, returnAll: true },
				credentials: guardantCredentials,
			});

			expect(seen).toEqual([]);
			expect(result.error?.message).toMatch(/in 'Customer ID' \[item 0\]$/);
		},
	);

	test("Repzo Client → Delete with ID '..' does not send DELETE /", async () => {
		const seen = recordRequests(REPZO);

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'delete', id: '..' },
			credentials: repzoCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("'..' is not an ID in 'Client ID' [item 0]");
		expect(result.error?.description).toContain("'.', '..'");
	});

	test('an object as an ID is refused', async () => {
		const seen = recordRequests(GUARDANT);

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'get', customerId: '={{ { id: 5 } }}' },
			credentials: guardantCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe('\'{"id":5}\' is not an ID in \'Customer ID\' [item 0]');
	});

	test('an ID with a slash inside is still sent, encoded', async () => {
		const scope = nock(REPZO).delete('/client/a%2Fb').reply(200, {});

		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'delete', id: 'a/b' }, credentials: repzoCredentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('a required value that is missing is refused, not dropped', () => {
	test('Enapps Partner → Get whose ID expression finds nothing does not list every partner', async () => {
		const seen = recordRequests(ENAPPS, []);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: '={{ $json.partnerId }}' },
			credentials: enappsCredentials,
			input: [{ name: 'no id here' }],
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("A value is required in 'Partner ID' [item 0]");
	});

	test('Enapps Invoice → Get Many without a partner does not go out without partner_id', async () => {
		const seen = recordRequests(ENAPPS, []);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'invoice', operation: 'getAll', partner_id: '={{ $json.partner }}', returnAll: true },
			credentials: enappsCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("A value is required in 'Partner ID' [item 0]");
	});

	test('QUINCE Order → Get Many without To Date is refused', async () => {
		const seen = recordRequests(QUINCE, { success: true, data: [] });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'order', operation: 'getAll', DateFrom: '2024-01-01', DateTo: '={{ $json.until }}', returnAll: true },
			credentials: quinceCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("A value is required in 'To Date' [item 0]");
	});

	// Customer ID is a record picker (main's h4): n8n itself refuses an empty required locator before the node runs.
	test.each([[undefined], ['']])('an unfilled required ID (%p) is not sent as 0', async (customerId) => {
		const seen = recordRequests(GUARDANT);
		const parameters = customerId === undefined ? { resource: 'customer', operation: 'get' } : { resource: 'customer', operation: 'getOrders', customerId, returnAll: true };

		await expect(runNode({ node: 'guardant', parameters, credentials: guardantCredentials })).rejects.toThrow(/Parameter "Customer ID" is required|The workflow has issues/);

		expect(seen).toEqual([]);
	});

	test('a required list of only commas is refused', async () => {
		const seen = recordRequests(REPZO);

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'clientLocation', operation: 'deleteMany', ids: ' , ,' },
			credentials: repzoCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("A value is required in 'IDs' [item 0]");
	});
});

describe('values of the wrong kind are refused', () => {
	const saleOrderJson = (bodyJson: string) => ({ resource: 'saleOrder', operation: 'create', bodyMode: 'json', bodyJson });

	test.each([['null'], ['5'], ['"x"'], ['[1]']])('Body (JSON) %s is not an object', async (bodyJson) => {
		const seen = recordRequests(ENAPPS);

		const result = await runNode({ node: 'enapps', parameters: saleOrderJson(bodyJson), credentials: enappsCredentials });

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("Expected a JSON object in 'Body (JSON)' [item 0]");
	});

	test.each([
		['an object', '={{ { a: 1 } }}', '\'{"a":1}\' is not a number'],
		['NaN', '={{ NaN }}', "'NaN' is not a number"],
		['a boolean', '={{ true }}', "'true' is not a number"],
		['text', 'twelve', "'twelve' is not a number"],
	])('a number given %s is refused', async (_what, productId, problem) => {
		const seen = recordRequests(ENAPPS);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'product', operation: 'getDetail', product_id: productId, qty: 1, partner_id: 7 },
			credentials: enappsCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(`${problem} in 'Product ID' [item 0]`);
	});

	test('a quantity below its minimum is refused (qty = -3)', async () => {
		const seen = recordRequests(ENAPPS);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'product', operation: 'getDetail', product_id: 5, qty: -3, partner_id: 7 },
			credentials: enappsCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("-3 is below the minimum of 1 in 'Quantity' [item 0]");
	});

	test('an option value outside the list is refused', async () => {
		const seen = recordRequests(ENAPPS, []);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: true, filters: { crm_type: '={{ "vendor" }}' } },
			credentials: enappsCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("'vendor' is not one of the options in 'CRM Type' [item 0]");
		expect(result.error?.description).toBe("Choose one of the options ('customer', 'prospect')");
	});

	test.each([['abc'], [0], [-5], [2.5]])('a Limit of %s is refused', async (limit) => {
		const seen = recordRequests(ENAPPS, []);

		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: false, limit },
			credentials: enappsCredentials,
		});

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(`'${limit}' is not a whole number of 1 or more in 'Limit' [item 0]`);
	});
});

describe('one invalid item among several', () => {
	const parameters = {
		resource: 'saleOrder',
		operation: 'create',
		partner_order_id: '={{ $json.contact }}',
		shop_id: 1,
		products: '[{"product_id": 1, "qty": 1}]',
	};
	const input = [{ contact: 11 }, { contact: 12 }, { nothing: true }, { contact: 14 }];

	test('without Continue On Fail nothing is sent for any item, and the bad item is named', async () => {
		const seen = recordRequests(ENAPPS, { id: 1 });

		const result = await runNode({ node: 'enapps', parameters, credentials: enappsCredentials, input });

		expect(seen).toEqual([]);
		expect(result.error?.message).toBe("A value is required in 'Ordering Contact ID' [item 2]");
		expect(result.error?.description).toContain('Nothing was sent for any item.');
	});

	test('with Continue On Fail the good items are created and the bad one is an error item', async () => {
		const created: unknown[] = [];
		let nextId = 100;
		nock(ENAPPS)
			.persist()
			.post(`${API}/orders`)
			.reply(200, (_uri, body: IDataObject) => {
				created.push(body.partner_order_id);
				return { id: nextId++ };
			});

		const result = await runNode({ node: 'enapps', parameters, credentials: enappsCredentials, input, continueOnFail: true });

		expect(created.sort()).toEqual([11, 12, 14]);
		expect(result.items).toHaveLength(4);
		expect(result.items[2].json).toEqual({ error: "A value is required in 'Ordering Contact ID' [item 2]" });
		expect([0, 1, 3].map((index) => typeof result.items[index].json.id)).toEqual(['number', 'number', 'number']);
	});
});
