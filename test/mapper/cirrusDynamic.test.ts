/** Cirrus dynamic (custom) fields in Map Fields: listed from Cirrus, written one documented call each after the record. */
import nock from 'nock';

import { resourceMapping } from '../pickers/context';
import { recordRequests, runNode } from '../harness';
import { API_PATH, BASE, TOKEN, page, tokenCredentials } from '../cirrus/fixtures';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

/** Dynamic fields as `GET /dynamicfields/` lists them. */
const accountDynamicFields = [
	{ id: 11, name: 'Region', group: 'account', required: false, readonly: false, options: [{ id: 4, fieldid: 11, label: 'North' }, { id: 5, fieldid: 11, label: 'South' }] },
	{ id: 12, name: 'Loyalty No', group: 'account', required: true, readonly: false, options: [] },
	{ id: 13, name: 'Computed Score', group: 'account', required: false, readonly: true, options: [] },
];

/** The columns the editor saved with the mapping. */
const schema = [
	{ id: 'name', displayName: 'Name', type: 'string' },
	{ id: 'dynamic_11', displayName: 'Region (Dynamic Field)', type: 'options', options: [{ name: 'North', value: 4 }, { name: 'South', value: 5 }] },
	{ id: 'dynamic_12', displayName: 'Loyalty No (Dynamic Field)', type: 'string' },
];

describe('Cirrus account: dynamic fields in the mapper', () => {
	test('the mapper lists the 24 account fields and the 2 writable dynamic fields Cirrus has for accounts', async () => {
		const scope = nock(BASE, { reqheaders: { 'x-token': TOKEN } })
			.get(`${API_PATH}/dynamicfields/`)
			.query({ groups: 'account', sorting: 'sorting_asc', page: '1', per_page: '50' })
			.reply(200, page(accountDynamicFields, 1, 1));

		const { fields } = await resourceMapping({ node: 'cirrus', method: 'getMappingFields', parameters: { authentication: 'apiToken', resource: 'account', operation: 'create' }, credentials: tokenCredentials });

		expect(scope.isDone()).toBe(true);
		expect(fields).toHaveLength(26);
		expect(fields.filter((field) => field.required).map((field) => field.id)).toEqual(['name', 'typeid', 'userid', 'dynamic_12']);
		expect(fields.slice(24)).toEqual([
			{ id: 'dynamic_11', displayName: 'Region (Dynamic Field)', required: false, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'options', options: [{ name: 'North', value: 4 }, { name: 'South', value: 5 }] },
			{ id: 'dynamic_12', displayName: 'Loyalty No (Dynamic Field)', required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' },
		]);
	});

	test('Create writes the account, then each dynamic field by PUT /dynamicdata/{field}/{account}: a choice as selected, text as value', async () => {
		const scope = nock(BASE, { reqheaders: { 'x-token': TOKEN } })
			.post(`${API_PATH}/accounts/`, { name: 'Acme AB', typeid: 2, userid: 5 })
			.reply(200, { id: 41, name: 'Acme AB' })
			.put(`${API_PATH}/dynamicdata/11/41`, { selected: [{ id: 4 }] })
			.reply(200, { id: 11, value: 'North' })
			.put(`${API_PATH}/dynamicdata/12/41`, { value: 'L-77' })
			.reply(200, { id: 12, value: 'L-77' });

		const result = await runNode({
			node: 'cirrus',
			parameters: {
				resource: 'account',
				operation: 'create',
				bodyMode: 'mapper',
				mappedFields: { mappingMode: 'defineBelow', value: { name: 'Acme AB', typeid: 2, userid: 5, dynamic_11: 4, dynamic_12: 'L-77' }, matchingColumns: [], schema },
			},
			credentials: tokenCredentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 41, name: 'Acme AB' }]);
	});

	test('Create or Update with Map Automatically matches dynamic fields by name too, and a rerun updates instead of creating', async () => {
		const saved: Array<Record<string, unknown>> = [];
		const dynamicCalls: string[] = [];
		nock(BASE)
			.persist()
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.reply(() => [200, page(saved, 1, 1)])
			.post(`${API_PATH}/accounts/`)
			.reply((_uri, body) => {
				saved.push({ id: 41, ...(body as object) });
				return [200, saved[0]];
			})
			.put(`${API_PATH}/accounts/41`)
			.reply((_uri, body) => [200, { id: 41, ...(body as object) }])
			.put(/dynamicdata/)
			.reply((uri, body) => {
				dynamicCalls.push(`${uri.replace(API_PATH, '')} ${JSON.stringify(body)}`);
				return [200, {}];
			});
		const run = async () =>
			await runNode({
				node: 'cirrus',
				parameters: { resource: 'account', operation: 'upsert', bodyMode: 'mapper', mappedFields: { mappingMode: 'autoMapInputData', value: null, matchingColumns: ['externalkey'], schema } },
				credentials: tokenCredentials,
				input: [{ name: 'Acme AB', typeid: 2, userid: 5, externalkey: 'enapps:7', region: 5, 'Loyalty No': 'L-9' }],
			});

		const first = await run();
		const second = await run();

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(saved).toHaveLength(1);
		expect([first.items[0].json._action, second.items[0].json._action]).toEqual(['created', 'updated']);
		expect(dynamicCalls).toEqual([
			'/dynamicdata/11/41 {"selected":[{"id":5}]}',
			'/dynamicdata/12/41 {"value":"L-9"}',
			'/dynamicdata/11/41 {"selected":[{"id":5}]}',
			'/dynamicdata/12/41 {"value":"L-9"}',
		]);
	});

	describe('a dynamic field Cirrus refuses after the account was created', () => {
		const create = {
			resource: 'account',
			operation: 'create',
			bodyMode: 'mapper',
			mappedFields: { mappingMode: 'defineBelow', value: { name: 'Acme AB', typeid: 2, userid: 5, dynamic_11: 4, dynamic_12: 'L-77' }, matchingColumns: [], schema },
		};
		const cirrus = () =>
			nock(BASE, { reqheaders: { 'x-token': TOKEN } })
				.post(`${API_PATH}/accounts/`)
				.reply(200, { id: 41, name: 'Acme AB' })
				.put(`${API_PATH}/dynamicdata/11/41`)
				.reply(200, { id: 11, value: 'North' })
				.put(`${API_PATH}/dynamicdata/12/41`)
				.reply(422, { message: 'Value too long' });
		const message = "The Cirrus account 41 was created, but 1 of its 2 dynamic fields was not written: 'Loyalty No' (Cirrus answered HTTP 422: Value too long)";

		test('the error says the account was created, with its ID, and names the field with Cirrus\'s message and status', async () => {
			const scope = cirrus();

			const result = await runNode({ node: 'cirrus', parameters: create, credentials: tokenCredentials });

			expect(scope.isDone()).toBe(true);
			expect(result.error?.message).toBe(message);
			expect(result.error?.httpCode).toBe('422');
			expect(result.error?.description).toContain("Written: 'Region'.");
			expect(result.error?.description).toContain('(ID 41)');
			expect(result.error?.context).toMatchObject({ savedIds: [41], record: { id: 41, name: 'Acme AB' }, unwrittenFields: [{ id: '12', name: 'Loyalty No', httpCode: '422' }] });
		});

		test('with Retry On Fail the retry sends the dynamic fields again but does not create the account a second time', async () => {
			const scope = cirrus()
				.put(`${API_PATH}/dynamicdata/11/41`, { selected: [{ id: 4 }] })
				.reply(200, {})
				.put(`${API_PATH}/dynamicdata/12/41`, { value: 'L-77' })
				.reply(200, {});

			const result = await runNode({ node: 'cirrus', parameters: create, credentials: tokenCredentials, retry: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 } });

			expect(result.error).toBeUndefined();
			expect(scope.isDone()).toBe(true);
			expect(result.items.map((item) => item.json)).toEqual([{ id: 41, name: 'Acme AB' }]);
		});

		test('with Continue On Fail the item outputs the created account, then the error (both paired to it)', async () => {
			cirrus();

			const result = await runNode({ node: 'cirrus', parameters: create, credentials: tokenCredentials, continueOnFail: true, input: [{ row: 1 }] });

			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => [item.json, item.pairedItem])).toEqual([
				[{ id: 41, name: 'Acme AB' }, { item: 0 }],
				[{ error: message }, { item: 0 }],
			]);
			expect((result.items[1].error as { context?: object } | undefined)?.context).toMatchObject({ savedIds: [41], unwrittenFields: [{ id: '12', name: 'Loyalty No' }] });
		});

		test('with the error output the created account goes on, and the error goes to the error output', async () => {
			cirrus();

			const result = await runNode({ node: 'cirrus', parameters: create, credentials: tokenCredentials, input: [{ row: 1 }], settings: { onError: 'continueErrorOutput' } });

			expect(result.error).toBeUndefined();
			expect(result.outputs[0].map((item) => item.json)).toEqual([{ id: 41, name: 'Acme AB' }]);
			expect(result.outputs[1].map((item) => item.json)).toEqual([{ error: message }]);
		});
	});

	test('a choice Cirrus does not offer is refused before any request, naming the field and the item', async () => {
		const seen = recordRequests(BASE, {});

		const result = await runNode({
			node: 'cirrus',
			parameters: {
				resource: 'account',
				operation: 'create',
				bodyMode: 'mapper',
				mappedFields: { mappingMode: 'defineBelow', value: { name: 'Acme AB', typeid: 2, userid: 5, dynamic_11: '={{ $json.region }}' }, matchingColumns: [], schema },
			},
			credentials: tokenCredentials,
			input: [{ region: 4 }, { region: 9 }],
		});

		expect(result.error?.message).toBe("'9' is not one of the options in 'Region (Dynamic Field)' [item 1]");
		expect(seen).toEqual([]);
	});
});
