import nock from 'nock';

import { runNode } from '../harness';
import { BASE, credentials, TOKEN } from '../guardant/fixtures';
import { listSearch } from './context';

const customers = (count: number, start = 1) =>
	Array.from({ length: count }, (_, i) => ({ _id: start + i, name: 'Anna', lastname: `Smith ${start + i}`, companyname: '' }));

describe('Guardant pickers: listSearch through n8n-core', () => {
	test('the customer list pages by offset/limit like Get Many, names companies by company and persons by name', async () => {
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.get('/v1.0/customers')
			.query({ offset: '0', limit: '100' })
			.reply(200, { customers: [{ _id: 8, name: 'My name', lastname: 'My last name', companyname: 'Google' }, ...customers(99, 100)] });
		const result = await listSearch({ node: 'guardant', method: 'customer', parameters: { resource: 'customer', operation: 'get' }, credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.results).toHaveLength(100);
		expect(result.results[0]).toEqual({ name: 'Google', value: 8 });
		expect(result.results[1]).toEqual({ name: 'Anna Smith 100', value: 100 });
		expect(result.paginationToken).toBe('100');
	});

	test('the token is the next offset; a short page ends the list', async () => {
		const scope = nock(BASE).get('/v1.0/customers').query({ offset: '100', limit: '100' }).reply(200, { customers: customers(2, 300) });
		const result = await listSearch({ node: 'guardant', method: 'customer', parameters: {}, credentials, paginationToken: '100' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'Anna Smith 300', value: 300 }, { name: 'Anna Smith 301', value: 301 }] });
	});

	test('search runs over the names read (Guardant has no name filter) and keeps the paging token', async () => {
		const scope = nock(BASE)
			.get('/v1.0/customers')
			.query({ offset: '0', limit: '100' })
			.reply(200, { customers: [...customers(60), { _id: 500, companyname: 'Wayne Holdings' }, ...customers(39, 61)] });
		const result = await listSearch({ node: 'guardant', method: 'customer', parameters: {}, credentials, filter: 'wayne' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'Wayne Holdings', value: 500 }], paginationToken: '100' });
	});

	test('dongles are listed by their (possibly negative) key number', async () => {
		nock(BASE).get('/v1.0/dongles').query({ offset: '0', limit: '100' }).reply(200, { dongles: [{ dongleid: -1235188599, model: 4 }, { dongleid: 42, model: 1 }] });
		const result = await listSearch({ node: 'guardant', method: 'dongle', parameters: {}, credentials });
		expect(result).toEqual({ results: [{ name: '-1235188599', value: -1235188599 }, { name: '42', value: 42 }] });
	});

	test('a refusal reaches the picker as the vendor message with the HTTP status', async () => {
		nock(BASE).get('/v1.0/customers').query(true).reply(403, { code: 403, message: 'Access denied' });
		await expect(listSearch({ node: 'guardant', method: 'customer', parameters: {}, credentials })).rejects.toMatchObject({
			message: 'Guardant answered HTTP 403: Access denied',
			httpCode: '403',
		});
	});
});

describe('Guardant pickers: the picked value in the path', () => {
	test.each([
		['From List', { __rl: true, mode: 'list', value: 8 }, undefined],
		['By ID', { __rl: true, mode: 'id', value: ' 8 ' }, undefined],
		['By ID from an expression', { __rl: true, mode: 'id', value: '={{ $json.customer }}' }, { customer: 8 }],
		['a plain number', 8, undefined],
		['a plain expression', '={{ $json.customer }}', { customer: '8' }],
	])('Customer → Get reads /v1.0/customers/8 for a customer picked %s', async (_title, customerId, input) => {
		const scope = nock(BASE).get('/v1.0/customers/8').reply(200, { customer: { _id: 8 } });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId }, credentials, input: input ? [input] : undefined });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ _id: 8 }]);
	});

	test('a negative dongle picked from the list is sent in the path and the body', async () => {
		const history = nock(BASE).get('/v1.0/getdonglehistory/-1235188599').query({ offset: '0', limit: '100' }).reply(200, { history: [] });
		const add = nock(BASE).post('/v1.0/orders/5/dongles', { dongleId: -1235188599 }).reply(200, { dongle: { dongleid: -1235188599 } });
		const dongle = { __rl: true, mode: 'list', value: -1235188599 };
		const first = await runNode({ node: 'guardant', parameters: { resource: 'dongle', operation: 'getHistory', dongleId: dongle, returnAll: true }, credentials });
		const second = await runNode({ node: 'guardant', parameters: { resource: 'order', operation: 'addDongle', orderId: 5, dongleId: dongle }, credentials });
		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(history.isDone()).toBe(true);
		expect(add.isDone()).toBe(true);
	});

	test('an empty customer from an expression is refused by its display name before any request', async () => {
		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'delete', customerId: { __rl: true, mode: 'id', value: '={{ $json.customer }}' } },
			credentials,
			input: [{ customer: '' }],
		});
		expect(result.error?.message).toBe("A value is required in 'Customer ID' [item 0]");
		expect(nock.pendingMocks()).toEqual([]);
	});
});
