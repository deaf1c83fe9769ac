import nock from 'nock';
import { NodeHelpers } from 'n8n-workflow';
import type { INode, INodeParameters } from 'n8n-workflow';

import { nodeTypes, PACKAGE, runNode, TestCredentialsHelper } from '../harness';
import { API, BASE, LOGIN, loginCredentials, TOKEN, tokenCredentials } from '../enapps/fixtures';
import { listSearch, loadOptions } from './context';

const partners = (count: number, start = 1) => Array.from({ length: count }, (_, i) => ({ id: start + i, name: `Partner ${start + i}`, ref: `P${start + i}` }));

describe('Enapps ERP pickers: listSearch through n8n-core', () => {
	test('the partner list reads page 1 of /partners with the credential, names each record, and hands back the next page', async () => {
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.get(`${API}/partners`)
			.query({ page: '1' })
			.reply(200, [{ id: 7, name: 'Acme Trading', ref: 'ACME' }, ...partners(999, 100)]);
		const result = await listSearch({ node: 'enapps', method: 'partner', parameters: { resource: 'contact', operation: 'getAll' }, credentials: tokenCredentials });
		expect(scope.isDone()).toBe(true);
		expect(result.results).toHaveLength(1000);
		expect(result.results[0]).toEqual({ name: 'Acme Trading', value: 7 });
		// A full page of 1000 (the server's page size): there may be more.
		expect(result.paginationToken).toBe('2');
	});

	test('scrolling on asks for the page in the token and stops after a short page', async () => {
		const scope = nock(BASE).get(`${API}/partners`).query({ page: '2' }).reply(200, partners(3, 1001));
		const result = await listSearch({ node: 'enapps', method: 'partner', parameters: {}, credentials: tokenCredentials, paginationToken: '2' });
		expect(scope.isDone()).toBe(true);
		expect(result.results.map((option) => option.value)).toEqual([1001, 1002, 1003]);
		expect(result.paginationToken).toBeUndefined();
	});

	test('search filters the names client-side (no Enapps list filters by name), reading on until a page matches', async () => {
		const scope = nock(BASE)
			.get(`${API}/partners`)
			.query({ page: '1' })
			.reply(200, partners(1000))
			.get(`${API}/partners`)
			.query({ page: '2' })
			.reply(200, [...partners(500, 1001), { id: 1501, name: 'Northwind Foods' }, { id: 1502, name: 'NORTHWIND Labs' }, ...partners(498, 1503)]);
		const result = await listSearch({ node: 'enapps', method: 'partner', parameters: {}, credentials: tokenCredentials, filter: 'northwind' });
		expect(scope.isDone()).toBe(true);
		expect(result.results).toEqual([
			{ name: 'Northwind Foods', value: 1501 },
			{ name: 'NORTHWIND Labs', value: 1502 },
		]);
		// The query string carried no search parameter: Enapps has none.
		expect(result.paginationToken).toBe('3');
	});

	test('contacts are named by first and last name; products come from Get Basic List', async () => {
		nock(BASE)
			.get(`${API}/contacts`)
			.query({ page: '1' })
			.reply(200, [
				{ id: 55, first_name: 'Anna', last_name: 'Berg', email: 'anna@acme.test' },
				{ id: 56, first_name: '', last_name: '', email: 'desk@acme.test' }, { id: 57, first_name: '', last_name: '', email: '' },
			]);
		nock(BASE).get(`${API}/products/get_basic`).query({ page: '1' }).reply(200, [{ id: 101, name: 'Oak Shelf' }]);
		const contacts = await listSearch({ node: 'enapps', method: 'contact', parameters: {}, credentials: tokenCredentials });
		const products = await listSearch({ node: 'enapps', method: 'product', parameters: {}, credentials: tokenCredentials });
		expect(contacts).toEqual({ results: [{ name: 'Anna Berg', value: 55 }, { name: 'desk@acme.test', value: 56 }, { name: '57', value: 57 }] });
		expect(products).toEqual({ results: [{ name: 'Oak Shelf', value: 101 }] });
	});

	test('with login and password the picker logs in first, like the operations do', async () => {
		const auth = nock(BASE)
			.post(`${API}/auth`, { login: LOGIN.login, password: LOGIN.password })
			.matchHeader('authorization', `Bearer ${LOGIN.secretKey}`)
			.reply(200, { access_token: 'jwt-picker' });
		const list = nock(BASE).matchHeader('authorization', 'Bearer jwt-picker').get(`${API}/orders`).query({ page: '1' }).reply(200, [{ id: 900, name: 'SO900' }]);
		const helper = new TestCredentialsHelper();
		const result = await listSearch({ node: 'enapps', method: 'saleOrder', parameters: {}, credentials: loginCredentials, helper });
		expect(auth.isDone()).toBe(true);
		expect(list.isDone()).toBe(true);
		expect(result.results).toEqual([{ name: 'SO900', value: 900 }]);
	});

	test('a refusal reaches the picker as the vendor message with the HTTP status', async () => {
		nock(BASE).get(`${API}/partners`).query({ page: '1' }).reply(500, { message: 'Database unavailable' });
		await expect(listSearch({ node: 'enapps', method: 'partner', parameters: {}, credentials: tokenCredentials })).rejects.toMatchObject({
			message: 'Enapps ERP answered HTTP 500: Database unavailable',
			httpCode: '500',
		});
	});

	test('the node has no dropdown sources (Enapps has no small lookup lists)', async () => {
		await expect(loadOptions({ node: 'enapps', method: 'partner', parameters: {}, credentials: tokenCredentials })).rejects.toThrow('no loadOptions method');
	});
});

describe('Enapps ERP pickers: the picked value on the wire', () => {
	const create = (contact: unknown, more: INodeParameters = {}): INodeParameters => ({
		resource: 'saleOrder',
		operation: 'create',
		partner_order_id: contact as INodeParameters[string],
		shop_id: 2,
		products: '[{"product_id": 10, "qty": 3}]',
		...more,
	});
	// Every row has three entries: jest would take a missing last argument for a `done` callback.
	const cases: Array<[string, unknown, Record<string, unknown> | undefined]> = [
		['From List', { __rl: true, mode: 'list', value: 55, cachedResultName: 'Anna Berg' }, undefined],
		['By ID', { __rl: true, mode: 'id', value: '55' }, undefined],
		['By ID with an expression', { __rl: true, mode: 'id', value: '={{ $json.contactId }}' }, { contactId: 55 }],
		['a plain number from an older workflow', 55, undefined],
		['a plain expression', '={{ $json.contactId }}', { contactId: '55' }],
	];
	test.each(cases)('Create Sale Order sends the contact picked %s as a number', async (_title, value, input) => {
		const scope = nock(BASE)
			.post(`${API}/orders`, { partner_order_id: 55, shop_id: 2, products: [{ product_id: 10, qty: 3 }], client_order_ref: '' })
			.reply(200, { id: 901 });
		const result = await runNode({ node: 'enapps', parameters: create(value), credentials: tokenCredentials, input: input ? [input] : undefined });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('a picker in Filters (Partner ID) sends the picked record', async () => {
		const scope = nock(BASE).get(`${API}/contacts`).query({ page: '1', partner_id: '7' }).reply(200, [{ id: 1 }]);
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 1, filters: { partner_id: { __rl: true, mode: 'list', value: 7 } } },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('Product → Get Detail sends the picked product in the query', async () => {
		const scope = nock(BASE).get(`${API}/products/get_detail`).query({ product_id: '101', qty: '2', partner_id: '7' }).reply(200, { id: 101 });
		const result = await runNode({
			node: 'enapps',
			parameters: {
				resource: 'product',
				operation: 'getDetail',
				product_id: { __rl: true, mode: 'list', value: 101 },
				qty: 2,
				partner_id: { __rl: true, mode: 'id', value: '7' },
			},
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('Enapps ERP: no false defaults on Create Sale Order', () => {
	const nodeType = nodeTypes.getByNameAndVersion(`${PACKAGE}.enapps`, 1);
	const properties = nodeType.description.properties;

	test('contact, shop and order lines start empty, so n8n flags contact and shop before running', () => {
		// A version 1 node: Order Lines (JSON) is shown on version 1 only (n8n reads the version from the node).
		const node: INode = { id: '1', name: 'Enapps ERP', type: `${PACKAGE}.enapps`, typeVersion: 1, position: [0, 0], parameters: {} };
		const parameters = NodeHelpers.getNodeParameters(properties, { resource: 'saleOrder', operation: 'create' }, true, false, node, null)!;
		expect(parameters.partner_order_id).toEqual({ __rl: true, mode: 'list', value: '' });
		expect(parameters.shop_id).toBe('');
		expect(parameters.products).toBe('');
		node.parameters = parameters;
		const issues = NodeHelpers.getNodeParametersIssues(properties, node, nodeType.description);
		expect(Object.keys(issues?.parameters ?? {}).sort()).toEqual(['partner_order_id', 'shop_id']);
		expect(issues?.parameters?.partner_order_id).toEqual(['Parameter "Ordering Contact ID" is required.']);
	});

	test('n8n itself refuses to run the node while a required picker is empty', async () => {
		const result = runNode({
			node: 'enapps',
			parameters: { resource: 'saleOrder', operation: 'create', shop_id: 2, products: '[{"product_id": 10, "qty": 3}]' },
			credentials: tokenCredentials,
		});
		// n8n-core checks parameter issues before it starts (the issue itself names the field, see above);
		// should an engine leave that to the editor, the node refuses by the display name.
		await result.then(
			(run) => expect(run.error?.message).toBe("A value is required in 'Ordering Contact ID' [item 0]"),
			(error: Error) => expect(error.constructor.name).toBe('WorkflowHasIssuesError'),
		);
	});

	// An expression that resolves to nothing passes n8n's check; the node refuses it with the field's display name.
	test.each([
		['Ordering Contact ID', 'partner_order_id', { __rl: true, mode: 'id', value: '={{ $json.contactId }}' }],
		['Ordering Contact ID', 'partner_order_id', '={{ $json.contactId }}'],
		['Shop ID', 'shop_id', '={{ $json.shopId }}'],
		['Order Lines (JSON)', 'products', '={{ $json.lines }}'],
	])('an empty "%s" (%s, from an expression) is refused before any request by its display name', async (label, key, empty) => {
		const parameters: INodeParameters = {
			resource: 'saleOrder',
			operation: 'create',
			partner_order_id: { __rl: true, mode: 'id', value: '55' },
			shop_id: 2,
			products: '[{"product_id": 10, "qty": 3}]',
			[key]: empty as INodeParameters[string],
		};
		const result = await runNode({ node: 'enapps', parameters, credentials: tokenCredentials, input: [{ contactId: '', shopId: '', lines: '' }] });
		expect(result.error?.message).toBe(`A value is required in '${label}' [item 0]`);
		expect(result.error?.message).not.toContain(key);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
