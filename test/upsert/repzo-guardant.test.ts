import nock from 'nock';

import { runNode } from '../harness';
import { API_KEY, BASE as REPZO, credentials as repzoCredentials } from '../repzo/fixtures';
import { BASE as GUARDANT, TOKEN as GUARDANT_TOKEN, credentials as guardantCredentials } from '../guardant/fixtures';

const repzoPage = (data: unknown[]) => ({ data, total_result: data.length, current_count: data.length, total_pages: 1, current_page: 1, per_page: 100, next_page_url: null });

describe('Repzo client → Create or Update by Client Code', () => {
	const parameters = { resource: 'client', operation: 'upsert', name: 'Kiosk 12', client_code: 'EN-12', additionalFields: { city: 'Riyadh' } };

	test('a code that exists updates that client (lookup client_code=["EN-12"], then PUT /client/{_id})', async () => {
		const scope = nock(REPZO, { reqheaders: { 'api-key': API_KEY } })
			.get('/client')
			.query({ client_code: '["EN-12"]', page: '1', per_page: '100' })
			.reply(200, repzoPage([{ _id: 'c0ffee', name: 'Kiosk', client_code: 'EN-12' }]))
			.put('/client/c0ffee', { name: 'Kiosk 12', client_code: 'EN-12', city: 'Riyadh' })
			.reply(200, { _id: 'c0ffee', name: 'Kiosk 12', client_code: 'EN-12' });

		const result = await runNode({ node: 'repzo', parameters, credentials: repzoCredentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ _id: 'c0ffee', name: 'Kiosk 12', client_code: 'EN-12', _action: 'updated' });
	});

	test('a new code creates the client', async () => {
		const scope = nock(REPZO, { reqheaders: { 'api-key': API_KEY } })
			.get('/client')
			.query({ client_code: '["EN-12"]', page: '1', per_page: '100' })
			.reply(200, repzoPage([]))
			.post('/client', { name: 'Kiosk 12', client_code: 'EN-12', city: 'Riyadh' })
			.reply(200, { _id: 'new1', name: 'Kiosk 12', client_code: 'EN-12' });

		const result = await runNode({ node: 'repzo', parameters, credentials: repzoCredentials });

		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ _id: 'new1', name: 'Kiosk 12', client_code: 'EN-12', _action: 'created' });
	});

	test('two clients with the code fail clearly and nothing is written', async () => {
		const scope = nock(REPZO)
			.get('/client')
			.query(true)
			.reply(200, repzoPage([{ _id: 'a', client_code: 'EN-12' }, { _id: 'b', client_code: 'EN-12' }]));

		const result = await runNode({ node: 'repzo', parameters, credentials: repzoCredentials });

		expect(scope.isDone()).toBe(true);
		expect(result.error?.message).toBe("2 Repzo clients have the Client Code 'EN-12' [item 0]");
		expect(result.error?.description).toContain('IDs a, b');
	});

	test('Body (JSON) mode takes the key from the JSON', async () => {
		const scope = nock(REPZO)
			.get('/client')
			.query({ client_code: '["EN-5"]', page: '1', per_page: '100' })
			.reply(200, repzoPage([]))
			.post('/client', { name: 'From JSON', client_code: 'EN-5' })
			.reply(200, { _id: 'j1' });

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'upsert', bodyMode: 'json', bodyJson: '={{ JSON.stringify($json) }}' },
			credentials: repzoCredentials,
			input: [{ name: 'From JSON', client_code: 'EN-5' }],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ _id: 'j1', _action: 'created' });
	});

	test('product by SKU: lookup sku=["SKU-1"], then PUT /product/{_id}', async () => {
		const scope = nock(REPZO)
			.get('/product')
			.query({ sku: '["SKU-1"]', page: '1', per_page: '100' })
			.reply(200, repzoPage([{ _id: 'p1', sku: 'SKU-1' }]))
			.put('/product/p1', { name: 'Tea', category: 'cat1', sku: 'SKU-1' })
			.reply(200, { _id: 'p1', sku: 'SKU-1' });

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'product', operation: 'upsert', name: 'Tea', category: 'cat1', sku: 'SKU-1' },
			credentials: repzoCredentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json._action).toBe('updated');
	});
});

describe('Guardant customer → Create or Update by CRM ID', () => {
	const customers = (count: number, start: number) =>
		Array.from({ length: count }, (_, index) => ({ _id: start + index, name: `C${start + index}`, crmid: `crm-${start + index}` }));

	test('reads the customer list once per run (one call per 100), then one write per item', async () => {
		const scope = nock(GUARDANT, { reqheaders: { authorization: `Bearer ${GUARDANT_TOKEN}` } })
			.get('/v1.0/customers')
			.query({ offset: '0', limit: '100' })
			.reply(200, { customers: customers(100, 1) })
			.get('/v1.0/customers')
			.query({ offset: '100', limit: '100' })
			.reply(200, { customers: customers(20, 101) })
			.put('/v1.0/customers/105', { customerName: 'Ann', customerLastName: '', customerCompanyName: '', crmId: 'crm-105' })
			.reply(200, { customer: { _id: 105, name: 'Ann', crmid: 'crm-105' } })
			.post('/v1.0/customers', { customerName: 'Bo', customerLastName: '', customerCompanyName: '', crmId: 'crm-900' })
			.reply(200, { customer: { _id: 900, name: 'Bo', crmid: 'crm-900' } })
			.put('/v1.0/customers/900', { customerName: 'Bo again', customerLastName: '', customerCompanyName: '', crmId: 'crm-900' })
			.reply(200, { customer: { _id: 900, name: 'Bo again', crmid: 'crm-900' } });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'upsert', customerName: '={{ $json.name }}', crmId: '={{ $json.crm }}' },
			credentials: guardantCredentials,
			input: [
				{ name: 'Ann', crm: 'crm-105' },
				{ name: 'Bo', crm: 'crm-900' },
				{ name: 'Bo again', crm: 'crm-900' },
			],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => [item.json._id, item.json._action])).toEqual([
			[105, 'updated'],
			[900, 'created'],
			[900, 'updated'],
		]);
	});

	test('two customers with the CRM ID fail the item', async () => {
		nock(GUARDANT)
			.get('/v1.0/customers')
			.query(true)
			.reply(200, { customers: [{ _id: 1, crmid: 'x' }, { _id: 2, crmid: 'x' }] })
			// A short first page is followed up once (a server may serve fewer records than asked for).
			.get('/v1.0/customers')
			.query(true)
			.reply(200, { customers: [] });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'upsert', customerName: 'A', crmId: 'x' },
			credentials: guardantCredentials,
		});

		expect(result.error?.message).toBe("2 Guardant customers have the CRM ID 'x' [item 0]");
	});
});
