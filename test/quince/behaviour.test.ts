import nock from 'nock';

import { runNode } from '../harness';
import { BASE, TOKEN, credentials, partners } from './fixtures';

type Body = { array?: Array<Record<string, unknown>>; page?: number; filter?: Record<string, unknown> };

const SECRETS = [TOKEN];
const expectNoSecrets = (value: unknown) => {
	const text = JSON.stringify(value, Object.getOwnPropertyNames(value ?? {}));
	for (const secret of SECRETS) expect(text).not.toContain(secret);
};

/** Answers an add/update call with one new ID per record, numbered from `firstId`. */
function idsFor(firstId: number) {
	let next = firstId;
	return (_uri: string, body: Body) => ({ success: true, data: (body.array ?? []).map(() => ({ id: next++ })) });
}

describe('QUINCE Get Many paging', () => {
	test('Return All over 250 partners asks pages 1, 2 and 3 and stops on the short page', async () => {
		const pagesAsked: number[] = [];
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.post('/api/v2/partner/list')
			.times(3)
			.reply(200, (_uri, body: Body) => {
				pagesAsked.push(body.page!);
				const size = body.page === 3 ? 50 : 100;
				return { success: true, data: partners(size, (body.page! - 1) * 100 + 1) };
			});

		const result = await runNode({ node: 'quince', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(pagesAsked).toEqual([1, 2, 3]);
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json).toEqual({ Id: 250, Name: 'Partner 250' });
	});

	test('Return All stops on an empty page when the last full page ends the list', async () => {
		const scope = nock(BASE)
			.post('/api/v2/price_type/list', { page: 1 })
			.reply(200, { success: true, data: partners(100) })
			.post('/api/v2/price_type/list', { page: 2 })
			.reply(200, { success: true, data: [] });

		const result = await runNode({ node: 'quince', parameters: { resource: 'priceType', operation: 'getAll', returnAll: true }, credentials });

		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(100);
	});

	test('Limit 30 makes one request and returns 30 partners', async () => {
		const scope = nock(BASE).post('/api/v2/partner/list', { page: 1 }).reply(200, { success: true, data: partners(100) });

		const result = await runNode({ node: 'quince', parameters: { resource: 'partner', operation: 'getAll', returnAll: false, limit: 30 }, credentials });

		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(30);
	});
});

describe('QUINCE Create Many / Update Many batching', () => {
	test('250 input items become 3 calls of 100, 100 and 50 records, and 250 IDs in input order', async () => {
		const sizes: number[] = [];
		const firstNames: unknown[] = [];
		const reply = idsFor(1001);
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.post('/api/v2/partner/add')
			.times(3)
			.reply(200, (uri, body: Body) => {
				sizes.push(body.array!.length);
				firstNames.push(body.array![0].Name);
				return reply(uri, body);
			});
		const input = Array.from({ length: 250 }, (_, index) => ({ company: `Company ${index}`, phone: `+380 ${index}` }));

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ { Name: $json.company, Phone: $json.phone } }}' },
			credentials,
			input,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(sizes).toEqual([100, 100, 50]);
		expect(firstNames).toEqual(['Company 0', 'Company 100', 'Company 200']);
		expect(result.items).toHaveLength(250);
		result.items.forEach((item, index) => {
			expect(item.json).toEqual({ id: 1001 + index, Name: `Company ${index}`, Phone: `+380 ${index}` });
			expect(item.pairedItem).toEqual({ item: index });
		});
	});

	test('in Records (JSON) mode, by default each input item is sent as it is', async () => {
		const scope = nock(BASE)
			.post('/api/v2/partner/folder/add', { array: [{ Name: 'North' }, { Name: 'South', ParentFolder: 110 }] })
			.reply(200, { success: true, data: [{ id: 1 }, { id: 2 }] });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partnerFolder', operation: 'createMany', bodyMode: 'json' },
			credentials,
			input: [{ Name: 'North' }, { Name: 'South', ParentFolder: 110 }],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json.id)).toEqual([1, 2]);
	});

	test('one input item holding an array of 250 records also makes 3 calls', async () => {
		const scope = nock(BASE).post('/api/v2/price_type/add').times(3).reply(200, idsFor(1));

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'priceType', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ $json.rows }}' },
			credentials,
			input: [{ rows: Array.from({ length: 250 }, (_, index) => ({ Name: `Price ${index}` })) }],
		});

		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json.id)).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('an update record without an ID fails the item named, before any call', async () => {
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'updateMany', bodyMode: 'json' },
			credentials,
			input: [{ id: 1, Name: 'Kept' }, { Name: 'No ID here' }],
		});

		expect(result.error?.message).toBe("A record has no ID in 'Records (JSON)' [item 1]");
		expect(result.error?.description).toContain('ID of the record to change');
	});

	test('invalid JSON in one item fails with the field and item named, before any call', async () => {
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ $json.raw }}' },
			credentials,
			input: [{ raw: '{"Name": "ok"}' }, { raw: '{"Name": ' }],
		});

		expect(result.error?.message).toBe("Invalid JSON in 'Records (JSON)' [item 1]");
	});
});

describe('QUINCE errors', () => {
	test('success:false with HTTP 200 fails the item with the vendor message', async () => {
		const scope = nock(BASE)
			.post('/api/v2/partner/list')
			.reply(200, { success: false, error: { code: 401, message: 'Токен недійсний' } });

		const result = await runNode({ node: 'quince', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials });

		expect(scope.isDone()).toBe(true);
		expect(result.items).toEqual([]);
		expect(result.error?.message).toBe('QUINCE refused the request: Токен недійсний');
		expect(result.error?.httpCode).toBe('200');
		expect(result.error?.description).toBe('Check the values named in the message, and the token in the credential.');
		expectNoSecrets(result.error);
	});

	test('success:false on a create with Continue On Fail becomes an error item', async () => {
		nock(BASE).post('/api/v2/contract/add').reply(200, { success: false, error: 'Більше 100 елементів' });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'contract', operation: 'createMany', records: '[{"Name": "C"}]' },
			credentials,
			continueOnFail: true,
		});

		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toEqual({ error: 'QUINCE refused the request: Більше 100 елементів' });
	});

	test.each([
		['in "data"', { success: false, error: 'Not found', data: [{ id: 999 }, { id: 1000 }] }],
		['in a not-found list inside "error"', { success: false, error: { code: 4, message: 'Not found', NotFoundIds: [999, 1000] } }],
	])('an update with unknown IDs names them (IDs %s)', async (_where, reply) => {
		nock(BASE).post('/api/v2/partner/update').reply(200, reply);

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'updateMany', bodyMode: 'json', bodyJson: '[{"id": 999, "Name": "X"}, {"id": 1000, "Name": "Y"}]' },
			credentials,
		});

		expect(result.error?.message).toBe('QUINCE refused the request: Not found (IDs not found: 999, 1000)');
		expect(result.error?.description).toContain('nothing from this call was saved');
	});

	test('a later batch that fails says which records the earlier batches saved', async () => {
		nock(BASE)
			.post('/api/v2/partner/update')
			.reply(200, (_uri, body: Body) => ({ success: true, data: body.array!.map((record) => ({ id: record.id })) }))
			.post('/api/v2/partner/update')
			.reply(200, { success: false, error: 'Not found', data: [150] });
		const input = Array.from({ length: 150 }, (_, index) => ({ id: index + 1 }));

		// The required Partner ID starts empty (n8n flags it), so it is mapped from the input.
		const result = await runNode({ node: 'quince', parameters: { resource: 'partner', operation: 'updateMany', id: '={{ $json.id }}' }, credentials, input });

		expect(result.error?.message).toBe('QUINCE refused the request: Not found (IDs not found: 150)');
		// Every saved ID is listed (issue 18), consecutive ones as a range, where only the first 20 were before.
		expect(result.error?.description).toContain('Calls before this one saved 100 records (input items 0–99) (IDs 1–100).');
		expect(result.error?.description).toContain('Records 101 to 150 (input items 100–149) were not saved.');
	});

	test('an HTTP error keeps the vendor message and status', async () => {
		nock(BASE).post('/api/v2/order/list').reply(500, { success: false, error: 'Внутрішня помилка' });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'order', operation: 'getAll', DateFrom: '2024-05-01', DateTo: '2024-05-02', returnAll: true },
			credentials,
		});

		expect(result.error?.message).toBe('QUINCE answered HTTP 500: Внутрішня помилка');
		expect(result.error?.httpCode).toBe('500');
	});

	test('an order list whose period resolves to nothing fails naming the field, before any call', async () => {
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'order', operation: 'getAll', DateFrom: '2024-05-01', DateTo: '={{ $json.until }}', returnAll: true },
			credentials,
			input: [{ until: '' }],
		});

		expect(result.error?.message).toBe("A value is required in 'To Date' [item 0]");
	});

	test('a folder ID together with "Only Without Folder" is refused before any call', async () => {
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: true, filters: { ParentFolder: 5, withoutFolder: true } },
			credentials,
		});

		expect(result.error?.message).toBe('A folder ID and "without folder" exclude each other in \'Folder ID\' [item 0]');
	});
});

describe('QUINCE credential and Custom API Call', () => {
	test('the header name and prefix come from the credential', async () => {
		const scope = nock(BASE)
			.matchHeader('x-api-key', TOKEN)
			.post('/api/v2/partner/list')
			.reply(200, { success: true, data: [] });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'getAll', returnAll: true },
			credentials: { quinceApi: { baseUrl: BASE, apiToken: TOKEN, headerName: 'X-Api-Key', headerPrefix: '' } },
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('Custom API Call posts any path with the credential', async () => {
		const scope = nock(BASE)
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.post('/api/v2/company/list', { page: 2 })
			.reply(200, { success: true, data: [{ Id: 298 }] });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'POST', customPath: '/api/v2/company/list', customBody: '{"page": 2}' },
			credentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ success: true, data: [{ Id: 298 }] });
	});

	test('Custom API Call also turns success:false at HTTP 200 into an error with QUINCE\'s message', async () => {
		nock(BASE).post('/api/v2/company/list').reply(200, { success: false, error: 'Access to module company denied' });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'POST', customPath: '/api/v2/company/list', customBody: '{}' },
			credentials,
		});

		expect(result.error?.message).toBe('QUINCE refused the request: Access to module company denied');
	});
});
