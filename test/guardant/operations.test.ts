import nock from 'nock';

import { runNode } from '../harness';
import { BASE, TOKEN, credentials } from './fixtures';

interface Case {
	title: string;
	parameters: Record<string, unknown>;
	method: 'get' | 'post' | 'put' | 'delete';
	path: string;
	query?: Record<string, string>;
	body?: Record<string, unknown>;
	reply: unknown;
	expected: unknown[];
}

const customer = { _id: 9, name: 'Anna', lastname: 'Smith', companyname: 'Acme', email: 'anna@acme.test' };

const cases: Case[] = [
	{
		title: 'Customer → Create sends camelCase API names from the friendly fields and unwraps "customer"',
		parameters: {
			resource: 'customer',
			operation: 'create',
			customerName: 'Anna',
			customerLastName: 'Smith',
			customerCompanyName: 'Acme',
			crmId: 'crm-7',
			additionalFields: {
				customerEmail: 'anna@acme.test',
				customerPhone: '123-11-11',
				customerDescription: 'From n8n',
				customerStatus: 1,
				archived: false,
				refId: 'ref-7',
			},
		},
		method: 'post',
		path: '/v1.0/customers',
		body: {
			customerName: 'Anna',
			customerLastName: 'Smith',
			customerCompanyName: 'Acme',
			customerEmail: 'anna@acme.test',
			customerPhone: '123-11-11',
			customerDescription: 'From n8n',
			customerStatus: 1,
			archived: false,
			crmId: 'crm-7',
			refId: 'ref-7',
		},
		reply: { customer },
		expected: [customer],
	},
	{
		title: 'Customer → Create in JSON mode sends the object unchanged',
		parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', bodyJson: '{"customerName": "Raw", "crmId": "x"}' },
		method: 'post',
		path: '/v1.0/customers',
		body: { customerName: 'Raw', crmId: 'x' },
		reply: { customer: { _id: 10, name: 'Raw' } },
		expected: [{ _id: 10, name: 'Raw' }],
	},
	{
		title: 'Customer → Get reads one customer by ID',
		parameters: { resource: 'customer', operation: 'get', customerId: 4 },
		method: 'get',
		path: '/v1.0/customers/4',
		reply: { customer },
		expected: [customer],
	},
	{
		title: 'Customer → Get Many sends type, archived, sorting and the page as offset/limit',
		parameters: {
			resource: 'customer',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: { type: 'person', archived: true },
			sortOptions: { sortby: 'name', direction: 'desc' },
		},
		method: 'get',
		path: '/v1.0/customers',
		query: { type: 'person', archived: 'true', sortby: 'name', direction: 'desc', offset: '0', limit: '2' },
		reply: { customers: [{ _id: 1 }, { _id: 2 }] },
		expected: [{ _id: 1 }, { _id: 2 }],
	},
	{
		title: 'Customer → Get Many with "Only Active" sends archived=false',
		parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 1, filters: { archived: false, type: 'company' } },
		method: 'get',
		path: '/v1.0/customers',
		query: { archived: 'false', type: 'company', offset: '0', limit: '1' },
		reply: { customers: [{ _id: 1 }] },
		expected: [{ _id: 1 }],
	},
	{
		title: 'Customer → Update sends only the fields given, with API names',
		parameters: { resource: 'customer', operation: 'update', customerId: 9, additionalFields: { customerPhone: '111-11-11', customerStatus: 0 } },
		method: 'put',
		path: '/v1.0/customers/9',
		body: { customerPhone: '111-11-11', customerStatus: 0 },
		reply: { customer },
		expected: [customer],
	},
	{
		title: 'Customer → Delete returns { deleted: true } for an empty answer',
		parameters: { resource: 'customer', operation: 'delete', customerId: 9 },
		method: 'delete',
		path: '/v1.0/customers/9',
		reply: '',
		expected: [{ deleted: true }],
	},
	{
		title: 'Customer → Get Orders sends the status multi-select as 0,1 with sorting',
		parameters: {
			resource: 'customer',
			operation: 'getOrders',
			customerId: 9,
			returnAll: false,
			limit: 10,
			filters: { status: [0, 1] },
			sortOptions: { sortby: 'submitdate', direction: 'asc' },
		},
		method: 'get',
		path: '/v1.0/customers/9/orders',
		query: { status: '0,1', sortby: 'submitdate', direction: 'asc', offset: '0', limit: '10' },
		reply: { orders: [{ _id: 10016, status: 0 }] },
		expected: [{ _id: 10016, status: 0 }],
	},
	{
		title: 'Order → Get Product Features puts both IDs in the path and unwraps "features"',
		parameters: { resource: 'order', operation: 'getProductFeatures', orderId: 10016, productId: 77 },
		method: 'get',
		path: '/v1.0/orders/10016/products/77/features',
		reply: { features: [{ _id: 1, featurenumber: 3 }, { _id: 2, featurenumber: 4 }] },
		expected: [{ _id: 1, featurenumber: 3 }, { _id: 2, featurenumber: 4 }],
	},
	{
		title: 'Order → Add Dongle sends a negative dongle ID and the key details',
		parameters: {
			resource: 'order',
			operation: 'addDongle',
			orderId: 10096,
			dongleId: -1235188599,
			additionalFields: { dongleModel: 4, publicCode: 123456, typeFlags: 32, netResource: 0 },
		},
		method: 'post',
		path: '/v1.0/orders/10096/dongles',
		body: { dongleId: -1235188599, dongleModel: 4, publicCode: 123456, typeFlags: 32, netResource: 0 },
		reply: { dongle: { dongleid: -1235188599, model: 4 } },
		expected: [{ dongleid: -1235188599, model: 4 }],
	},
	{
		title: 'Product → Get Features unwraps "features"',
		parameters: { resource: 'product', operation: 'getFeatures', productId: 5 },
		method: 'get',
		path: '/v1.0/products/5/features',
		reply: { features: [{ _id: 3, name: 'Pro' }] },
		expected: [{ _id: 3, name: 'Pro' }],
	},
	{
		title: 'Serial Number → Get by Serial Number encodes the serial text in the path',
		parameters: { resource: 'serial', operation: 'getBySerialNumber', serialNumber: 'AB12CD-34EF56 /x' },
		method: 'get',
		path: '/v1.0/serial/getinfo/AB12CD-34EF56%20%2Fx',
		reply: { serial: { _id: 144529, serialstring: 'AB12CD-34EF56 /x' } },
		expected: [{ _id: 144529, serialstring: 'AB12CD-34EF56 /x' }],
	},
	{
		title: 'Serial Number → Update blocks the serial and changes its activation limit',
		parameters: { resource: 'serial', operation: 'update', serialId: 144529, additionalFields: { status: 1, activationLimit: 5 } },
		method: 'put',
		path: '/v1.0/serials/144529',
		body: { status: 1, activationLimit: 5 },
		reply: { serial: { _id: 144529, status: 1, activationlimit: 5 } },
		expected: [{ _id: 144529, status: 1, activationlimit: 5 }],
	},
	{
		title: 'Serial Number → Get Actual License unwraps "serial"',
		parameters: { resource: 'serial', operation: 'getActualLicense', serialId: 144529 },
		method: 'get',
		path: '/v1.0/serials/144529/getactuallicense',
		reply: { serial: { _id: 144529, actuallicense: [{ _id: 1 }] } },
		expected: [{ _id: 144529, actuallicense: [{ _id: 1 }] }],
	},
	{
		title: 'Dongle → Get Many pages by offset/limit and unwraps "dongles"',
		parameters: { resource: 'dongle', operation: 'getAll', returnAll: false, limit: 3, sortOptions: { direction: 'desc' } },
		method: 'get',
		path: '/v1.0/dongles',
		query: { direction: 'desc', offset: '0', limit: '3' },
		reply: { dongles: [{ dongleid: 1 }, { dongleid: -2 }] },
		expected: [{ dongleid: 1 }, { dongleid: -2 }],
	},
	{
		title: 'Dongle → Update Driver Type sends driverType for a negative key ID',
		parameters: { resource: 'dongle', operation: 'updateDriverType', dongleId: -42, driverType: 2 },
		method: 'put',
		path: '/v1.0/dongles/-42',
		body: { driverType: 2 },
		reply: { dongle: { dongleid: -42, drivertype: 2 } },
		expected: [{ dongleid: -42, drivertype: 2 }],
	},
	{
		title: 'Dongle → Get History sends the date range as Unix seconds and finds the events array',
		parameters: {
			resource: 'dongle',
			operation: 'getHistory',
			dongleId: 7,
			returnAll: false,
			limit: 20,
			filters: {
				actiondatebegin: '2024-01-01T00:00:00Z',
				actiondateend: '2024-01-31T23:59:59Z',
				actionresult: 'ok',
			},
			sortOptions: { direction: 'asc' },
		},
		method: 'get',
		path: '/v1.0/getdonglehistory/7',
		query: { actiondatebegin: '1704067200', actiondateend: '1706745599', actionresult: 'ok', direction: 'asc', offset: '0', limit: '20' },
		reply: { history: [{ _id: 1, actiondate: 1704067300 }] },
		expected: [{ _id: 1, actiondate: 1704067300 }],
	},
];

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('Guardant operations send the documented request', () => {
	test.each(cases)('$title', async ({ parameters, method, path, query, body, reply, expected }) => {
		const interceptor = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.intercept(path, method.toUpperCase(), body ? (sent: unknown) => expect(sent).toEqual(body) === undefined : undefined)
			.query(query ?? {});
		const scope = interceptor.reply(200, reply as nock.Body);
		// A short first page may be the server's own page size: the node asks from the next offset, which is empty.
		if (query?.offset === '0') nock(BASE).get(path).query((sent) => sent.offset !== '0').reply(200, {});

		const result = await runNode({ node: 'guardant', parameters, credentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual(expected);
	});
});

test('every Guardant operation in the dropdowns has a case above', () => {
	const { Guardant } = jest.requireActual('../../nodes/Guardant/Guardant.node') as typeof import('../../nodes/Guardant/Guardant.node');
	const operations = new Guardant().description.properties
		.filter((property) => property.name === 'operation' && !property.displayOptions?.show?.resource?.includes('customApiCall'))
		.flatMap((property) =>
			(property.options as Array<{ value: string }>).map((option) => `${String(property.displayOptions!.show!.resource![0])}.${option.value}`),
		);
	const covered = new Set(cases.map((entry) => `${String(entry.parameters.resource)}.${String(entry.parameters.operation)}`));
	// Create or Update combines Get Many, Create and Update; test/upsert covers it.
	covered.add('customer.upsert');
	expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
	expect(operations).toHaveLength(16);
});
