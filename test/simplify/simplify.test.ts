import nock from 'nock';

import { runNode } from '../harness';
import { API_PATH, BASE as CIRRUS, page, tokenCredentials } from '../cirrus/fixtures';
import { BASE as GUARDANT, credentials as guardantCredentials } from '../guardant/fixtures';
import { BASE as QUINCE, credentials as quinceCredentials } from '../quince/fixtures';
import { BASE as REPZO, credentials as repzoCredentials } from '../repzo/fixtures';

const cirrusAccount = (id: number) => ({
	id,
	name: `Account ${id}`,
	number: `A-${id}`,
	alt_name: 'x',
	typeid: 2,
	type: { id: 2, name: 'Customer' },
	user: { id: 5, name: 'Eva' },
	phone: '+46 8',
	cellphone: '+46 7',
	fax: '',
	email: 'a@acme.test',
	vatno: 'SE1',
	info: 'long text',
	externalkey: `k${id}`,
	created: '2024-05-01T10:00:00Z',
	updated: '2024-05-02T10:00:00Z',
});

describe('Simplify', () => {
	test('Cirrus account Get Many: on by default, 10 fields per record, paging still reads the envelope (2 pages)', async () => {
		const scope = nock(CIRRUS)
			.get(`${API_PATH}/accounts/`)
			.query({ sorting: 'name_asc', page: '1', per_page: '50' })
			.reply(200, page(Array.from({ length: 50 }, (_, index) => cirrusAccount(index + 1)), 1, 2, 50, 51))
			.get(`${API_PATH}/accounts/`)
			.query({ sorting: 'name_asc', page: '2', per_page: '50' })
			.reply(200, page([cirrusAccount(51)], 2, 2, 50, 51));

		const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'getMany', returnAll: true }, credentials: tokenCredentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(51);
		expect(result.items[50].json).toEqual({
			id: 51,
			name: 'Account 51',
			number: 'A-51',
			type: { id: 2, name: 'Customer' },
			user: { id: 5, name: 'Eva' },
			phone: '+46 8',
			email: 'a@acme.test',
			vatno: 'SE1',
			externalkey: 'k51',
			updated: '2024-05-02T10:00:00.000Z',
		});
	});

	test('Cirrus account Get Many with Simplify off returns the raw record', async () => {
		nock(CIRRUS).get(`${API_PATH}/accounts/`).query(true).reply(200, page([cirrusAccount(1)], 1, 1));

		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'account', operation: 'getMany', returnAll: true, simplify: false },
			credentials: tokenCredentials,
		});

		expect(result.items[0].json).toEqual(cirrusAccount(1));
	});

	test('Guardant customer orders: Unix-second dates become ISO, 0 (not set) becomes null', async () => {
		nock(GUARDANT)
			.get('/v1.0/customers/8/orders')
			.query(true)
			.reply(200, { orders: [{ _id: 3, number: 'N-3', type: 1, status: 1, date: 1714557600, submitdate: 0, accesscode_id: 9, isdemo: false, pid: 4, crmid: '', refid: '', features: [] }] })
			// Return All asks once more after a short first page (servers may cap pages below our size).
			.get('/v1.0/customers/8/orders')
			.query(true)
			.reply(200, { orders: [] });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'getOrders', customerId: 8, returnAll: true },
			credentials: guardantCredentials,
		});

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ _id: 3, number: 'N-3', type: 1, status: 1, date: '2024-05-01T10:00:00.000Z', submitdate: null, crmid: '', refid: '' });
	});

	test('Guardant customer Get unwraps "customer" and simplifies it', async () => {
		nock(GUARDANT)
			.get('/v1.0/customers/4')
			.reply(200, { customer: { _id: 4, name: 'Peter', lastname: '', companyname: '', email: 'm@x.test', phone: '8', status: 1, archived: false, archivationdate: 0, description: 'd', crmid: 'c', refid: '' } });

		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 4 }, credentials: guardantCredentials });

		expect(result.items[0].json).toEqual({ _id: 4, name: 'Peter', lastname: '', companyname: '', email: 'm@x.test', phone: '8', status: 1, archived: false, crmid: 'c', refid: '' });
	});

	test('QUINCE partner Get Many keeps the partner fields and drops contracts', async () => {
		nock(QUINCE)
			.post('/api/v2/partner/list', { page: 1 })
			.reply(200, { success: true, data: [{ Id: 111, ParentFolder: 110, Name: 'P', PrintName: 'P', VatString: '20%', TaxNumber: '123', Void: false, Contracts: [{ Id: 540 }] }] })
			.post('/api/v2/partner/list', { page: 2 })
			.reply(200, { success: true, data: [] });

		const result = await runNode({ node: 'quince', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: quinceCredentials });

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ Id: 111, Name: 'P', TaxNumber: '123', ParentFolder: 110 });
	});

	test('Repzo client Get: epoch dates become ISO, internal keys (__v, company_namespace) are gone', async () => {
		nock(REPZO)
			.get('/client/c1')
			.query(true)
			.reply(200, { _id: 'c1', name: 'Kiosk', client_code: 'EN-1', __v: 0, company_namespace: ['demo'], disabled: false, createdAt: '2024-05-01T10:00:00Z', updatedAt: 1714557600000 });

		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'get', id: 'c1' }, credentials: repzoCredentials });

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ _id: 'c1', name: 'Kiosk', client_code: 'EN-1', disabled: false, createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-05-01T10:00:00.000Z' });
	});
});
