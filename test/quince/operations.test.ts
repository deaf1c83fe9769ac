import nock from 'nock';

import { runNode } from '../harness';
import { BASE, TOKEN, credentials } from './fixtures';

interface Case {
	title: string;
	parameters: Record<string, unknown>;
	path: string;
	body: Record<string, unknown>;
	reply: unknown;
	expected: unknown[];
}

const listed = [{ Id: 1, Name: 'First' }, { Id: 2, Name: 'Second' }];
const ok = { success: true, data: listed };

/** Get Many of every resource: POST <module>/list with the filters in `filter` and the page number. */
const getManyCases: Case[] = [
	{
		title: 'Partner → Get Many sends every documented filter',
		parameters: {
			resource: 'partner',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: { Id: 111, ParentFolder: 110, Company: 298, TaxNumber: '1234567890', Archive: true },
		},
		path: '/api/v2/partner/list',
		body: { filter: { Id: 111, ParentFolder: 110, Company: 298, TaxNumber: '1234567890', Archive: true }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Partner → Get Many with "Only Without Folder" sends ParentFolder: null',
		parameters: { resource: 'partner', operation: 'getAll', returnAll: false, limit: 10, filters: { withoutFolder: true } },
		path: '/api/v2/partner/list',
		body: { filter: { ParentFolder: null }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Partner Folder → Get Many with "Only Top-Level Folders" sends ParentFolder: null',
		parameters: { resource: 'partnerFolder', operation: 'getAll', returnAll: false, limit: 10, filters: { withoutFolder: true, Id: 118 } },
		path: '/api/v2/partner/folder/list',
		body: { filter: { ParentFolder: null, Id: 118 }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Contract → Get Many filters by partner, company and archive',
		parameters: { resource: 'contract', operation: 'getAll', returnAll: false, limit: 10, filters: { Partner: 111, Company: 298, Archive: false, Id: 540 } },
		path: '/api/v2/contract/list',
		body: { filter: { Partner: 111, Company: 298, Archive: false, Id: 540 }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Service → Get Many sends price types as an array of numbers',
		parameters: { resource: 'service', operation: 'getAll', returnAll: false, limit: 10, filters: { PriceType: '113, 114', ParentFolder: 5, Archive: true, Id: 9 } },
		path: '/api/v2/service/list',
		body: { filter: { PriceType: [113, 114], ParentFolder: 5, Archive: true, Id: 9 }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Service Folder → Get Many filters by parent folder',
		parameters: { resource: 'serviceFolder', operation: 'getAll', returnAll: false, limit: 10, filters: { ParentFolder: 7 } },
		path: '/api/v2/service/folder/list',
		body: { filter: { ParentFolder: 7 }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Product → Get Many sends kind, warehouses and price types',
		parameters: {
			resource: 'product',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: { Kind: 'K', Store: '3,4', PriceType: '113', withoutFolder: true, Archive: false, Id: 201 },
		},
		path: '/api/v2/product/list',
		body: { filter: { Kind: 'K', Store: [3, 4], PriceType: [113], ParentFolder: null, Archive: false, Id: 201 }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Product Folder → Get Many without filters sends only the page',
		parameters: { resource: 'productFolder', operation: 'getAll', returnAll: false, limit: 10 },
		path: '/api/v2/product/folder/list',
		body: { page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Price Type → Get Many filters by ID and archive',
		parameters: { resource: 'priceType', operation: 'getAll', returnAll: false, limit: 10, filters: { Id: 113, Archive: true } },
		path: '/api/v2/price_type/list',
		body: { filter: { Id: 113, Archive: true }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Price → Get Many sends price types and products as arrays',
		parameters: { resource: 'price', operation: 'getAll', returnAll: false, limit: 10, filters: { PriceType: '113', Product: '201, 202' } },
		path: '/api/v2/price/list',
		body: { filter: { PriceType: [113], Product: [201, 202] }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Order → Get Many sends the required period as dates',
		parameters: {
			resource: 'order',
			operation: 'getAll',
			DateFrom: '2024-05-01T00:00:00',
			DateTo: '2024-05-31T00:00:00',
			returnAll: false,
			limit: 10,
			filters: { Company: 298, Id: 77 },
		},
		path: '/api/v2/order/list',
		body: { filter: { DateFrom: '2024-05-01', DateTo: '2024-05-31', Company: 298, Id: 77 }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Bank Receipt → Get Many sends the required period as dates',
		parameters: { resource: 'bankReceipt', operation: 'getAll', DateFrom: '2024-01-01', DateTo: '2024-03-31', returnAll: false, limit: 10, filters: { Company: 1 } },
		path: '/api/v2/document/money_bank_income/list',
		body: { filter: { DateFrom: '2024-01-01', DateTo: '2024-03-31', Company: 1 }, page: 1 },
		reply: ok,
		expected: listed,
	},
	{
		title: 'Customer Return → Get Many sends the required period as dates',
		parameters: { resource: 'customerReturn', operation: 'getAll', DateFrom: '2024-02-01', DateTo: '2024-02-29', returnAll: false, limit: 10, filters: { Id: 5 } },
		path: '/api/v2/document/outgoing_return/list',
		body: { filter: { DateFrom: '2024-02-01', DateTo: '2024-02-29', Id: 5 }, page: 1 },
		reply: ok,
		expected: listed,
	},
];

/** Create Many and Update Many of every writable resource: POST <module>/add|update with { array: [...] }. */
const writable: Array<[resource: string, module: string]> = [
	['partner', '/api/v2/partner'],
	['partnerFolder', '/api/v2/partner/folder'],
	['contract', '/api/v2/contract'],
	['service', '/api/v2/service'],
	['serviceFolder', '/api/v2/service/folder'],
	['product', '/api/v2/product'],
	['productFolder', '/api/v2/product/folder'],
	['priceType', '/api/v2/price_type'],
	['order', '/api/v2/order'],
	['bankReceipt', '/api/v2/document/money_bank_income'],
];

/** Resources with named fields take records as JSON in "Records (JSON)" (bodyMode json); the others in "Records". */
const NAMED = ['partner', 'partnerFolder', 'serviceFolder', 'productFolder', 'priceType'];
const recordsOf = (resource: string, records: string) => (NAMED.includes(resource) ? { bodyMode: 'json', bodyJson: records } : { records });

const writeCases: Case[] = writable.flatMap(([resource, module]) => [
	{
		title: `${resource} → Create Many sends the records in "array" and returns each with its new ID`,
		parameters: { resource, operation: 'createMany', ...recordsOf(resource, '[{"Name": "A"}, {"Name": "B", "Memo": "note"}]') },
		path: `${module}/add`,
		body: { array: [{ Name: 'A' }, { Name: 'B', Memo: 'note' }] },
		reply: { success: true, data: [{ id: 116 }, { id: 117 }] },
		expected: [
			{ id: 116, Name: 'A' },
			{ id: 117, Name: 'B', Memo: 'note' },
		],
	},
	{
		title: `${resource} → Update Many sends the records with their IDs in "array"`,
		parameters: { resource, operation: 'updateMany', ...recordsOf(resource, '[{"Id": 110, "Name": "Renamed"}]') },
		path: `${module}/update`,
		body: { array: [{ Id: 110, Name: 'Renamed' }] },
		reply: { success: true, data: [{ id: 110 }] },
		expected: [{ id: 110, Id: 110, Name: 'Renamed' }],
	},
]);

describe('QUINCE operations send the documented request', () => {
	test.each([...getManyCases, ...writeCases])('$title', async ({ parameters, path, body, reply, expected }) => {
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.matchHeader('content-type', /application\/json/)
			.post(path, (sent: unknown) => expect(sent).toEqual(body) === undefined)
			.reply(200, reply as nock.Body);
		// A short first page may be the server's own page size: the node asks for the next one, which is empty.
		if (body.page === 1) nock(BASE).post(path, (sent: { page?: number }) => sent.page === 2).reply(200, { success: true, data: [] });

		// Simplify off: these cases compare the raw answer (test/simplify covers Simplify).
		const result = await runNode({ node: 'quince', parameters: { ...parameters, simplify: false }, credentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual(expected);
	});

	test('every operation in the dropdowns has a case above', () => {
		const { Quince } = jest.requireActual('../../nodes/Quince/Quince.node') as typeof import('../../nodes/Quince/Quince.node');
		const operations = new Quince().description.properties
			.filter((property) => property.name === 'operation' && !property.displayOptions?.show?.resource?.includes('customApiCall'))
			.flatMap((property) =>
				(property.options as Array<{ value: string }>).map((option) => `${String(property.displayOptions!.show!.resource![0])}.${option.value}`),
			);
		const covered = new Set([...getManyCases, ...writeCases].map((entry) => `${String(entry.parameters.resource)}.${String(entry.parameters.operation)}`));
		// Partner → Create or Update combines Get Many, Create Many and Update Many; test/upsert covers it.
		covered.add('partner.upsert');
		expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
		expect(operations).toHaveLength(33);
	});
});
