import nock from 'nock';

import { runNode } from '../harness';
import { BASE, credentials, partners, TOKEN } from '../quince/fixtures';
import { listSearch, loadOptions } from './context';

describe('QUINCE pickers: listSearch and loadOptions through n8n-core', () => {
	test('the partner list posts page 1 in the body to partner/list with the token, and names records by Name', async () => {
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.post('/api/v2/partner/list', { page: 1 })
			.reply(200, { success: true, data: partners(100) });
		const result = await listSearch({ node: 'quince', method: 'partner', parameters: { resource: 'contract', operation: 'getAll' }, credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.results).toHaveLength(100);
		expect(result.results[0]).toEqual({ name: 'Partner 1', value: 1 });
		// QUINCE serves a fixed 100 per page: a full page may have a successor.
		expect(result.paginationToken).toBe('2');
	});

	test('the next page comes from the token; a short page ends the list; lowercase id is read too', async () => {
		const scope = nock(BASE)
			.post('/api/v2/partner/list', { page: 2 })
			.reply(200, { success: true, data: [{ id: 201, Name: 'Late Partner' }] });
		const result = await listSearch({ node: 'quince', method: 'partner', parameters: {}, credentials, paginationToken: '2' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'Late Partner', value: 201 }] });
	});

	test('search runs over the names read (QUINCE filters by ID and tax number only), scanning pages until one matches', async () => {
		const scope = nock(BASE)
			.post('/api/v2/partner/folder/list', { page: 1 })
			.reply(200, { success: true, data: partners(100) })
			.post('/api/v2/partner/folder/list', { page: 2 })
			.reply(200, { success: true, data: [...partners(20, 101), { Id: 777, Name: 'Київ клієнти' }] });
		const result = await listSearch({ node: 'quince', method: 'partnerFolder', parameters: {}, credentials, filter: 'київ' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'Київ клієнти', value: 777 }] });
	});

	test('price types are a dropdown: every page is read and the options are sorted by name', async () => {
		const scope = nock(BASE)
			.post('/api/v2/price_type/list', { page: 1 })
			.reply(200, { success: true, data: Array.from({ length: 100 }, (_, i) => ({ Id: 100 + i, Name: `Type ${String(100 + i)}` })) })
			.post('/api/v2/price_type/list', { page: 2 })
			.reply(200, { success: true, data: [{ Id: 1, Name: 'Retail' }, { Id: 2, Name: 'Wholesale' }] });
		const options = await loadOptions({ node: 'quince', method: 'priceType', parameters: {}, credentials });
		expect(scope.isDone()).toBe(true);
		expect(options).toHaveLength(102);
		expect(options.slice(-2)).toEqual([
			{ name: 'Type 199', value: 199 },
			{ name: 'Wholesale', value: 2 },
		]);
		expect(options).toContainEqual({ name: 'Retail', value: 1 });
	});

	test('a refusal reported as success: false reaches the picker in QUINCE words', async () => {
		nock(BASE).post('/api/v2/partner/list').reply(200, { success: false, error: { message: 'Token is not valid' } });
		await expect(listSearch({ node: 'quince', method: 'partner', parameters: {}, credentials })).rejects.toThrow('QUINCE refused the request: Token is not valid');
	});

	test('an HTTP failure reaches the picker with its status', async () => {
		nock(BASE).post('/api/v2/partner/list').reply(400, { success: false, error: 'Unknown filter' });
		await expect(listSearch({ node: 'quince', method: 'partner', parameters: {}, credentials })).rejects.toMatchObject({
			message: 'QUINCE answered HTTP 400: Unknown filter',
			httpCode: '400',
		});
	});
});

describe('QUINCE pickers: the picked values in the list filter', () => {
	test.each([
		['From List', { __rl: true, mode: 'list', value: 12 }, undefined],
		['By ID', { __rl: true, mode: 'id', value: '12' }, undefined],
		['a plain expression', '={{ $json.partner }}', { partner: 12 }],
	])('Contract → Get Many sends the partner picked %s as filter.Partner', async (_title, partner, input) => {
		const scope = nock(BASE).post('/api/v2/contract/list', { page: 1, filter: { Partner: 12 } }).reply(200, { success: true, data: [{ Id: 5 }] });
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'contract', operation: 'getAll', returnAll: false, limit: 1, filters: { Partner: partner } },
			credentials,
			input: input ? [input] : undefined,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('price types picked in the dropdown and a folder picked from the list go into the filter', async () => {
		const scope = nock(BASE)
			.post('/api/v2/product/list', { page: 1, filter: { PriceType: [1, 2], ParentFolder: 30 } })
			.reply(200, { success: true, data: [{ Id: 9 }] });
		const result = await runNode({
			node: 'quince',
			parameters: {
				resource: 'product',
				operation: 'getAll',
				returnAll: false,
				limit: 1,
				filters: { PriceType: [1, 2], ParentFolder: { __rl: true, mode: 'list', value: 30 } },
			},
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('price type IDs typed as text from an older workflow still work', async () => {
		const scope = nock(BASE).post('/api/v2/price/list', { page: 1, filter: { PriceType: [113, 114] } }).reply(200, { success: true, data: [] });
		const result = await runNode({ node: 'quince', parameters: { resource: 'price', operation: 'getAll', returnAll: true, filters: { PriceType: '113, 114' } }, credentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});
