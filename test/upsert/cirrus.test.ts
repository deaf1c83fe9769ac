import nock from 'nock';

import { runNode } from '../harness';
import { BASE, API_PATH, TOKEN, page, tokenCredentials } from '../cirrus/fixtures';

const LOOKUP = { externalkey: 'enapps:7', active: '2', sorting: 'name_asc', page: '1', per_page: '50' };

const accountParameters = (more: Record<string, unknown> = {}) => ({
	resource: 'account',
	operation: 'upsert',
	name: 'Acme AB',
	typeid: 2,
	userid: 5,
	externalkey: 'enapps:7',
	additionalFields: { phone: '+46 8 123' },
	...more,
});

const sent = { name: 'Acme AB', typeid: 2, userid: 5, externalkey: 'enapps:7', phone: '+46 8 123' };

describe('Cirrus account → Create or Update by External Key', () => {
	test('a key that exists updates that account (lookup with Active = Both, then PUT)', async () => {
		const scope = nock(BASE, { reqheaders: { 'x-token': TOKEN } })
			.get(`${API_PATH}/accounts/`)
			.query(LOOKUP)
			.reply(200, page([{ id: 41, name: 'Acme', externalkey: 'enapps:7' }], 1, 1))
			.put(`${API_PATH}/accounts/41`, sent)
			.reply(200, { id: 41, name: 'Acme AB', externalkey: 'enapps:7' });

		const result = await runNode({ node: 'cirrus', parameters: accountParameters(), credentials: tokenCredentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 41, name: 'Acme AB', externalkey: 'enapps:7', _action: 'updated' }]);
	});

	test('a key that does not exist creates the account (POST with the same body)', async () => {
		const scope = nock(BASE, { reqheaders: { 'x-token': TOKEN } })
			.get(`${API_PATH}/accounts/`)
			.query(LOOKUP)
			.reply(200, page([], 1, 0))
			.post(`${API_PATH}/accounts/`, sent)
			.reply(201, { id: 42, name: 'Acme AB', externalkey: 'enapps:7' });

		const result = await runNode({ node: 'cirrus', parameters: accountParameters(), credentials: tokenCredentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 42, name: 'Acme AB', externalkey: 'enapps:7', _action: 'created' }]);
	});

	test('a filter answer that only looks like the key (wildcard match) is not taken for the record', async () => {
		const scope = nock(BASE)
			.get(`${API_PATH}/accounts/`)
			.query(LOOKUP)
			.reply(200, page([{ id: 9, externalkey: 'enapps:77' }], 1, 1))
			.post(`${API_PATH}/accounts/`, sent)
			.reply(201, { id: 43 });

		const result = await runNode({ node: 'cirrus', parameters: accountParameters(), credentials: tokenCredentials });

		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ id: 43, _action: 'created' });
	});

	test('two accounts with the key fail the item, naming both IDs, and nothing is written', async () => {
		const scope = nock(BASE)
			.get(`${API_PATH}/accounts/`)
			.query(LOOKUP)
			.reply(200, page([{ id: 41, externalkey: 'enapps:7' }, { id: 57, externalkey: 'enapps:7' }], 1, 1));

		const result = await runNode({ node: 'cirrus', parameters: accountParameters(), credentials: tokenCredentials });

		expect(scope.isDone()).toBe(true);
		expect(result.error?.message).toBe("2 Cirrus accounts have the External Key 'enapps:7' [item 0]");
		expect(result.error?.description).toContain('IDs 41, 57');
	});

	test('an empty key: n8n does not start the run (the key is required), so nothing is sent', async () => {
		await expect(runNode({ node: 'cirrus', parameters: accountParameters({ externalkey: '' }), credentials: tokenCredentials })).rejects.toThrow(
			// n8n 2.x names the parameter; 1.x only says the workflow has issues.
			/Parameter "External Key" is required|The workflow has issues/,
		);
		expect(nock.pendingMocks()).toEqual([]);
	});

	test('a key expression that resolves to spaces is refused before any request', async () => {
		const result = await runNode({ node: 'cirrus', parameters: accountParameters({ externalkey: '={{ "   " }}' }), credentials: tokenCredentials });

		expect(result.error?.message).toBe("A value is required in 'External Key' [item 0]");
		expect(nock.pendingMocks()).toEqual([]);
	});

	test('two input items with the same new key: the first creates, the second finds it and updates', async () => {
		const store: Array<Record<string, unknown>> = [];
		const scope = nock(BASE)
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.times(2)
			.reply(200, () => page(store.filter((record) => record.externalkey === 'enapps:7'), 1, 1))
			.post(`${API_PATH}/accounts/`)
			.reply(201, (_uri, body) => {
				const record = { id: 100, ...(body as Record<string, unknown>) };
				store.push(record);
				return record;
			})
			.put(`${API_PATH}/accounts/100`)
			.reply(200, (_uri, body) => ({ id: 100, ...(body as Record<string, unknown>) }));

		const result = await runNode({
			node: 'cirrus',
			parameters: accountParameters({ name: '={{ $json.name }}' }),
			credentials: tokenCredentials,
			input: [{ name: 'First' }, { name: 'Second' }],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => [item.json.name, item.json._action])).toEqual([
			['First', 'created'],
			['Second', 'updated'],
		]);
	});

	test('a vendor error on the write surfaces with its status; Continue On Fail returns it as an item', async () => {
		nock(BASE)
			.get(`${API_PATH}/accounts/`)
			.query(LOOKUP)
			.reply(200, page([], 1, 0))
			.post(`${API_PATH}/accounts/`)
			.reply(422, { message: 'typeid is not a valid account type' });

		const result = await runNode({ node: 'cirrus', parameters: accountParameters(), credentials: tokenCredentials, continueOnFail: true });

		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error ?? result.items[0].error?.message).toBeDefined();
		expect(JSON.stringify(result.items[0])).toContain('typeid is not a valid account type');
	});
});

describe('Cirrus contact → Create or Update', () => {
	test('looks the key up with the contact list and its required sort order, then updates', async () => {
		const scope = nock(BASE)
			.get(`${API_PATH}/contacts/`)
			.query({ externalkey: 'c-1', sorting: 'name_asc', page: '1', per_page: '50' })
			.reply(200, page([{ id: 3, externalkey: 'c-1' }], 1, 1))
			.put(`${API_PATH}/contacts/3`, { name: 'Eva', surname: 'Ek', accountid: 41, externalkey: 'c-1' })
			.reply(200, { id: 3 });

		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'contact', operation: 'upsert', name: 'Eva', surname: 'Ek', accountid: 41, externalkey: 'c-1' },
			credentials: tokenCredentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ id: 3, _action: 'updated' });
	});
});
