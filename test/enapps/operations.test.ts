import nock from 'nock';

import { runNode } from '../harness';
import { API, BASE, TOKEN, tokenCredentials } from './fixtures';

interface Case {
	title: string;
	parameters: Record<string, unknown>;
	method: 'get' | 'post';
	path: string;
	query?: Record<string, string | string[]>;
	body?: Record<string, unknown>;
	reply: unknown;
	expected: unknown[];
}

const cases: Case[] = [
	{
		title: 'Partner → Get sends the partner ID as _id',
		parameters: { resource: 'partner', operation: 'get', recordId: 42 },
		method: 'get',
		path: '/partners',
		query: { _id: '42' },
		reply: [{ id: 42, name: 'Acme Ltd' }],
		expected: [{ id: 42, name: 'Acme Ltd' }],
	},
	{
		title: 'Partner → Get Many sends every filter, dates as %Y-%m-%d %H:%M:%S',
		parameters: {
			resource: 'partner',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: {
				crm_type: 'prospect',
				write_date: '2024-05-01T08:30:00',
				create_date: '2023-01-02T00:00:00',
				ref: 'ACME01',
				website: 'https://acme.example',
				additional_fields: 'x_region, x_owner',
			},
		},
		method: 'get',
		path: '/partners',
		query: {
			page: '1',
			crm_type: 'prospect',
			write_date: '2024-05-01 08:30:00',
			create_date: '2023-01-02 00:00:00',
			ref: 'ACME01',
			website: 'https://acme.example',
			additional_fields: ['x_region', 'x_owner'],
		},
		reply: [{ id: 1 }, { id: 2 }],
		expected: [{ id: 1 }, { id: 2 }],
	},
	{
		title: 'Contact → Get Many filters by email, partner and dates',
		parameters: {
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			filters: { email: 'jo@acme.example', partner_id: 7, write_date: '2024-02-03T04:05:06', recordId: 3 },
		},
		method: 'get',
		path: '/contacts',
		query: { page: '1', email: 'jo@acme.example', partner_id: '7', write_date: '2024-02-03 04:05:06', _id: '3' },
		reply: [{ id: 3, first_name: 'Jo' }],
		expected: [{ id: 3, first_name: 'Jo' }],
	},
	{
		title: 'Address → Get Many filters by partner',
		parameters: { resource: 'address', operation: 'getAll', returnAll: true, filters: { partner_id: 7 } },
		method: 'get',
		path: '/addresses',
		query: { page: '1', partner_id: '7' },
		reply: [{ id: 11, city: 'Leeds' }],
		expected: [{ id: 11, city: 'Leeds' }],
	},
	{
		title: 'Sale Order → Get Many filters by partner and creation date',
		parameters: {
			resource: 'saleOrder',
			operation: 'getAll',
			returnAll: true,
			filters: { partner_id: 7, create_date: '2024-06-01T00:00:00' },
		},
		method: 'get',
		path: '/orders',
		query: { page: '1', partner_id: '7', create_date: '2024-06-01 00:00:00' },
		reply: [{ id: 900, name: 'SO900' }],
		expected: [{ id: 900, name: 'SO900' }],
	},
	{
		title: 'Sale Order → Create posts the contact, shop, lines and reference as JSON',
		parameters: {
			resource: 'saleOrder',
			operation: 'create',
			partner_order_id: 55,
			shop_id: 2,
			products: '[{"product_id": 10, "qty": 3, "parameters": [{"FINISHING": "DBZW"}]}]',
			client_order_ref: 'WEB-1001',
		},
		method: 'post',
		path: '/orders',
		body: {
			partner_order_id: 55,
			shop_id: 2,
			products: [{ product_id: 10, qty: 3, parameters: [{ FINISHING: 'DBZW' }] }],
			client_order_ref: 'WEB-1001',
		},
		reply: { id: 901, name: 'SO901' },
		expected: [{ id: 901, name: 'SO901' }],
	},
	{
		title: 'Invoice → Get Many requires the partner and sends the invoice date as %Y-%m-%d',
		parameters: {
			resource: 'invoice',
			operation: 'getAll',
			partner_id: 7,
			returnAll: true,
			filters: { invoice_date: '2024-03-15T10:00:00' },
		},
		method: 'get',
		path: '/invoices',
		query: { page: '1', partner_id: '7', invoice_date: '2024-03-15' },
		reply: [{ id: 5, number: 'INV5' }],
		expected: [{ id: 5, number: 'INV5' }],
	},
	{
		title: 'Delivery → Get Many requires the partner and filters by order',
		parameters: { resource: 'delivery', operation: 'getAll', partner_id: 7, returnAll: true, filters: { order_id: 900 } },
		method: 'get',
		path: '/stock_pickings',
		query: { page: '1', partner_id: '7', order_id: '900' },
		reply: [{ id: 70, name: 'OUT/70' }],
		expected: [{ id: 70, name: 'OUT/70' }],
	},
	{
		title: 'Delivery → Get Moves lists the lines of one delivery',
		parameters: { resource: 'delivery', operation: 'getMoves', picking_id: 70, returnAll: true },
		method: 'get',
		path: '/stock_moves',
		query: { page: '1', picking_id: '70' },
		reply: [{ id: 700, product_id: 10 }],
		expected: [{ id: 700, product_id: 10 }],
	},
	{
		title: 'Product → Get Basic List pages through the catalogue',
		parameters: { resource: 'product', operation: 'getBasic', returnAll: true, filters: { additional_fields: 'x_colour' } },
		method: 'get',
		path: '/products/get_basic',
		query: { page: '1', additional_fields: 'x_colour' },
		reply: [{ id: 10, default_code: 'SKU10' }],
		expected: [{ id: 10, default_code: 'SKU10' }],
	},
	{
		title: 'Product → Get Full sends the product IDs as a list',
		parameters: { resource: 'product', operation: 'getFull', product_ids: '10, 11', options: { partner_id: 7 } },
		method: 'get',
		path: '/products/get_full',
		query: { product_ids: ['10', '11'], partner_id: '7' },
		reply: [{ id: 10 }, { id: 11 }],
		expected: [{ id: 10 }, { id: 11 }],
	},
	{
		title: 'Product → Get Detail sends product, quantity, partner and options as JSON text',
		parameters: {
			resource: 'product',
			operation: 'getDetail',
			product_id: 10,
			qty: 5,
			partner_id: 7,
			options: { parameters: '{"FINISHING": "DBZW"}' },
		},
		method: 'get',
		path: '/products/get_detail',
		query: { product_id: '10', qty: '5', partner_id: '7', parameters: '{"FINISHING":"DBZW"}' },
		reply: { product_id: 10, price_unit: 12.5 },
		expected: [{ product_id: 10, price_unit: 12.5 }],
	},
	{
		title: 'Additional Field → Get Many returns one item per endpoint',
		parameters: { resource: 'additionalField', operation: 'getAll' },
		method: 'get',
		path: '/additional_fields',
		reply: { partners: { x_region: 'char' }, contacts: { x_role: 'char' } },
		expected: [
			{ endpoint: 'partners', fields: { x_region: 'char' } },
			{ endpoint: 'contacts', fields: { x_role: 'char' } },
		],
	},
	{
		title: 'Custom API Call → sends any method, path, query and JSON body with the credential',
		parameters: {
			resource: 'customApiCall',
			operation: 'request',
			customMethod: 'POST',
			customPath: '/orders/confirm',
			customQuery: { parameter: [{ name: 'dry_run', value: '1' }] },
			customBody: '{"order_id": 901}',
		},
		method: 'post',
		path: '/orders/confirm',
		query: { dry_run: '1' },
		body: { order_id: 901 },
		reply: { confirmed: true },
		expected: [{ confirmed: true }],
	},
];

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('Enapps ERP: every operation sends the documented request', () => {
	test.each(cases)('$title', async ({ parameters, method, path, query, body, reply, expected }) => {
		let interceptor = nock(BASE).matchHeader('authorization', `Bearer ${TOKEN}`)[method](`${API}${path}`, body as nock.RequestBodyMatcher);
		interceptor = interceptor.query(query ?? {});
		const scope = interceptor.reply(200, reply as nock.Body);
		// A short first page may be the server's own page size: the node asks for the next one, which is empty.
		if (query?.page === '1') nock(BASE)[method](`${API}${path}`).query({ ...query, page: '2' }).reply(200, []);

		const result = await runNode({ node: 'enapps', parameters, credentials: tokenCredentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual(expected);
	});

	test('every operation in the dropdowns has a case above', () => {
		const { Enapps } = require('../../nodes/Enapps/Enapps.node');
		const description = new Enapps().description;
		const operations = description.properties
			.filter((property: { name: string }) => property.name === 'operation')
			.flatMap((property: { displayOptions: { show: { resource: string[] } }; options: Array<{ value: string }> }) =>
				property.options.map((option) => `${property.displayOptions.show.resource[0]}:${option.value}`),
			);
		const covered = cases.map((entry) => `${entry.parameters.resource}:${entry.parameters.operation}`);
		expect(new Set(covered)).toEqual(new Set(operations));
	});
});
