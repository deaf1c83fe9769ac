/**
 * Enapps ERP version 2: "Create sale order" takes its lines one entry at a time (Order Lines) instead
 * of as JSON, and sends the same body version 1 sends for the same lines. Workflows saved with
 * version 1 keep their JSON input.
 */
import nock from 'nock';
import { NodeHelpers } from 'n8n-workflow';
import type { INode, INodeParameters } from 'n8n-workflow';

import { nodeTypes, PACKAGE, runNode } from '../harness';
import { API, BASE, TOKEN, tokenCredentials } from './fixtures';

const ORDER = { resource: 'saleOrder', operation: 'create', partner_order_id: 55, shop_id: 2, client_order_ref: 'WEB-1001' };

const product = (value: number | string, mode = 'list') => ({ __rl: true, mode, value });

/** Two lines as the editor saves them: a picked product, and one typed by ID with its options. */
const TWO_LINES = {
	line: [
		{ product: product(10), qty: 3, options: '{}' },
		{ product: product('12', 'id'), qty: 1, options: '{"FINISHING": "DBZW", "COLOUR": "RED"}' },
	],
};

const EXPECTED_BODY = {
	partner_order_id: 55,
	shop_id: 2,
	products: [
		{ product_id: 10, qty: 3 },
		{ product_id: 12, qty: 1, parameters: [{ FINISHING: 'DBZW' }, { COLOUR: 'RED' }] },
	],
	client_order_ref: 'WEB-1001',
};

function expectOrder(body: object, reply: object = { id: 900 }) {
	return nock(BASE).matchHeader('authorization', `Bearer ${TOKEN}`).post(`${API}/orders`, (sent) => expect(sent).toEqual(body) === undefined).reply(200, reply);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('Enapps ERP v2: Create sale order with Order Lines', () => {
	test('two lines, one with product options, send the lines as products with numbers as numbers', async () => {
		const scope = expectOrder(EXPECTED_BODY);
		const result = await runNode({ node: 'enapps', typeVersion: 2, parameters: { ...ORDER, orderLines: TWO_LINES }, credentials: tokenCredentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 900 }]);
	});

	test('a line built by expressions from each input item sends that item its own order', async () => {
		const first = expectOrder({ partner_order_id: 55, shop_id: 2, products: [{ product_id: 101, qty: 4, parameters: [{ FINISHING: 'MATT' }] }], client_order_ref: 'PO-1' }, { id: 1 });
		const second = expectOrder({ partner_order_id: 55, shop_id: 2, products: [{ product_id: 102, qty: 7 }], client_order_ref: 'PO-2' }, { id: 2 });
		const result = await runNode({
			node: 'enapps',
			typeVersion: 2,
			parameters: {
				resource: 'saleOrder',
				operation: 'create',
				partner_order_id: 55,
				shop_id: 2,
				orderLines: { line: [{ product: product('={{ $json.sku }}', 'id'), qty: '={{ $json.units }}', options: '={{ $json.options ?? {} }}' }] },
				client_order_ref: '={{ $json.po }}',
			},
			input: [
				{ sku: 101, units: '4', options: { FINISHING: 'MATT' }, po: 'PO-1' },
				{ sku: '102', units: 7, po: 'PO-2' },
			],
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(first.isDone() && second.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);
	});

	test("a line with a Unit Price (e.g. from 'Get Detail') sends it as price_unit; a line left at 0 sends none", async () => {
		const scope = expectOrder({
			partner_order_id: 55,
			shop_id: 2,
			products: [
				{ product_id: 3, qty: 12, price_unit: 4.75 },
				{ product_id: 4, qty: 1 },
			],
			client_order_ref: 'WEB-1001',
		});
		const lines = { line: [{ product: product(3), qty: 12, unitPrice: '={{ $json.price_unit }}' }, { product: product(4), qty: 1, unitPrice: 0 }] };
		const result = await runNode({ node: 'enapps', typeVersion: 2, parameters: { ...ORDER, orderLines: lines }, input: [{ price_unit: 4.75 }], credentials: tokenCredentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	const refused: Array<{ title: string; lines: object | undefined; input?: object[]; message: string }> = [
		{ title: 'no line', lines: {}, message: "At least one order line is required in 'Order Lines' [item 0]" },
		{ title: 'no Order Lines at all', lines: undefined, message: "At least one order line is required in 'Order Lines' [item 0]" },
		{
			title: 'a line without a product (second item)',
			lines: { line: [{ product: product(10), qty: 1 }, { product: product('={{ $json.sku }}', 'id'), qty: 1 }] },
			input: [{ sku: 5 }, { sku: '' }],
			message: "A value is required in 'Product' of order line 2 [item 1]",
		},
		{ title: 'a negative unit price', lines: { line: [{ product: product(10), qty: 1, unitPrice: -2 }] }, message: "-2 is below the minimum of 0 in 'Unit Price' of order line 1 [item 0]" },
		{ title: 'a quantity below 1', lines: { line: [{ product: product(10), qty: 0 }] }, message: "0 is below the minimum of 1 in 'Quantity' of order line 1 [item 0]" },
		{
			title: 'product options that are not JSON',
			lines: { line: [{ product: product(10), qty: 2, options: '{FINISHING: DBZW}' }] },
			message: "Invalid JSON in 'Product Options' of order line 1 [item 0]",
		},
		{
			title: 'product options that are a list, not an object',
			lines: { line: [{ product: product(10), qty: 2, options: '["DBZW"]' }] },
			message: "Expected a JSON object in 'Product Options' of order line 1 [item 0]",
		},
	];

	test.each(refused)('$title is refused before any request, naming the input and the item', async ({ lines, input, message }) => {
		const parameters: INodeParameters = { resource: 'saleOrder', operation: 'create', partner_order_id: 55, shop_id: 2 };
		if (lines) parameters.orderLines = lines as INodeParameters;
		// Any request would meet this interceptor (and no real network): it must stay unused.
		const order = nock(BASE).post(`${API}/orders`).reply(200, { id: 1 });
		const result = await runNode({ node: 'enapps', typeVersion: 2, parameters, input, credentials: tokenCredentials });
		expect(result.error?.message).toBe(message);
		expect(order.isDone()).toBe(false);
	});
});

describe('Enapps ERP: workflows saved with version 1 keep their JSON lines', () => {
	test('a version 1 node with Order Lines (JSON) sends the same body as version 2 with the same lines', async () => {
		const v1 = expectOrder(EXPECTED_BODY, { id: 1 });
		const saved = await runNode({
			node: 'enapps',
			typeVersion: 1,
			parameters: { ...ORDER, products: '[{"product_id": 10, "qty": 3}, {"product_id": 12, "qty": 1, "parameters": [{"FINISHING": "DBZW"}, {"COLOUR": "RED"}]}]' },
			credentials: tokenCredentials,
		});
		expect(saved.error).toBeUndefined();
		expect(v1.isDone()).toBe(true);

		const v2 = expectOrder(EXPECTED_BODY, { id: 2 });
		const current = await runNode({ node: 'enapps', typeVersion: 2, parameters: { ...ORDER, orderLines: TWO_LINES }, credentials: tokenCredentials });
		expect(current.error).toBeUndefined();
		expect(v2.isDone()).toBe(true);
	});
});

describe('Enapps ERP: each version shows its own order lines input (n8n getNodeParameters)', () => {
	const description = nodeTypes.getByNameAndVersion(`${PACKAGE}.enapps`, 2).description;
	const saved: INodeParameters = { ...ORDER, products: '[{"product_id": 10, "qty": 3}]', orderLines: TWO_LINES };
	const resolve = (typeVersion: number) => {
		const node: INode = { id: '1', name: 'Enapps ERP', type: `${PACKAGE}.enapps`, typeVersion, position: [0, 0], parameters: saved };
		return NodeHelpers.getNodeParameters(description.properties, saved, false, false, node, description)!;
	};

	test('new nodes are version 2', () => {
		expect(description.version).toEqual([1, 2]);
		expect(description.defaultVersion).toBe(2);
	});

	test('version 1 keeps Order Lines (JSON) and drops Order Lines, which the node offers on version 2', () => {
		expect(description.properties.filter((property) => property.name === 'orderLines').map((property) => property.displayOptions?.show?.['@version'])).toEqual([[2]]);
		const parameters = resolve(1);
		expect(parameters.products).toBe('[{"product_id": 10, "qty": 3}]');
		expect(parameters).not.toHaveProperty('orderLines');
	});

	test('version 2 keeps Order Lines and drops Order Lines (JSON)', () => {
		const parameters = resolve(2);
		// Values equal to their defaults (Quantity 1, Product Options {}) are left out, as n8n saves them.
		expect(parameters.orderLines).toEqual({ line: [{ product: product(10), qty: 3 }, { product: product('12', 'id'), options: TWO_LINES.line[1].options }] });
		expect(parameters).not.toHaveProperty('products');
	});
});

describe('Catalog fields shown on some node versions only (built from the Enapps catalog)', () => {
	const { buildProperties } = require('../../nodes/shared/builder') as typeof import('../../nodes/shared/builder');
	const { enappsCatalog } = require('../../nodes/Enapps/catalog') as typeof import('../../nodes/Enapps/catalog');
	type Catalog = typeof enappsCatalog;
	const withField = (resource: string, operation: string, field: Record<string, unknown>): Catalog => ({
		...enappsCatalog,
		operations: enappsCatalog.operations.map((op) => (op.resource === resource && op.operation === operation ? { ...op, fields: [...(op.fields ?? []), field as never] } : op)),
	});

	test('an optional versioned field keeps its version rule inside Additional Fields, and n8n honours it there', () => {
		const catalog = withField('saleOrder', 'create', { name: 'note', in: 'body', kind: 'string', label: 'Note', description: 'Free text for the order', versions: [2] });
		const properties = buildProperties(catalog);
		const additional = properties.find((property) => property.name === 'additionalFields')!;
		const note = (additional.options as Array<{ name: string; displayOptions?: object }>).find((member) => member.name === 'note');
		expect(note?.displayOptions).toEqual({ show: { '@version': [2] } });
		const saved: INodeParameters = { ...ORDER, additionalFields: { note: 'Leave at the door' } };
		const resolve = (typeVersion: number) =>
			NodeHelpers.getNodeParameters(properties, saved, false, false, { id: '1', name: 'E', type: `${PACKAGE}.enapps`, typeVersion, position: [0, 0], parameters: saved }, null)!;
		expect(resolve(2).additionalFields).toEqual({ note: 'Leave at the door' });
		expect(resolve(1).additionalFields).toEqual({});
	});

	test('a versioned field on a list the trigger polls is refused when the node is built (the trigger has versions of its own)', () => {
		const catalog = withField('saleOrder', 'getAll', { name: 'state', in: 'query', kind: 'string', versions: [2] });
		expect(() => buildProperties(catalog)).toThrow('saleOrder.getAll: field state is shown on some node versions only, but the list is polled by the trigger');
	});

	test('a list of entries must be a top-level input (required or topLevel)', () => {
		const lines = enappsCatalog.operations.find((op) => op.operation === 'create')!.fields!.find((field) => field.kind === 'entries')!;
		const catalog = withField('saleOrder', 'create', { ...lines, key: 'moreLines', required: false });
		expect(() => buildProperties(catalog)).toThrow('saleOrder.create: field products is a list of entries: make it required or topLevel');
	});
});
