import nock from 'nock';

import { Cirrus } from '../../nodes/Cirrus/Cirrus.node';
import { cirrusCatalog, deprecatedEndpoints } from '../../nodes/Cirrus/catalog';
import { runNode } from '../harness';
import { API_PATH, BASE, TOKEN, TOKEN_URL_HOST, accounts, oauthCredentials, page, tokenCredentials } from './fixtures';

const api = () => nock(BASE);

describe('Cirrus authentication', () => {
	test('API Token sends X-Token and no Authorization header', async () => {
		const scope = api()
			.get(`${API_PATH}/accounts/7`)
			.matchHeader('x-token', TOKEN)
			.matchHeader('authorization', (value) => value === undefined)
			.reply(200, { id: 7, name: 'Acme AB' });
		const result = await runNode({
			node: 'cirrus',
			parameters: { authentication: 'apiToken', resource: 'account', operation: 'get', id: 7 },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 7, name: 'Acme AB' }]);
	});

	test('OAuth2 fetches a client-credentials token from account.cirruscrm.io and sends it as Bearer', async () => {
		const basic = `Basic ${Buffer.from('client-1:secret-1').toString('base64')}`;
		const tokenScope = nock(TOKEN_URL_HOST)
			.post('/oauth/token', (body) => body.grant_type === 'client_credentials')
			.matchHeader('authorization', basic)
			.reply(200, { access_token: 'oauth-access-1', token_type: 'Bearer', expires_in: 3600 });
		const apiScope = api()
			.get(`${API_PATH}/users/me`)
			.matchHeader('authorization', 'Bearer oauth-access-1')
			.matchHeader('x-token', (value) => value === undefined)
			.reply(200, { id: 3, name: 'Anna' });
		const result = await runNode({
			node: 'cirrus',
			parameters: { authentication: 'oAuth2', resource: 'user', operation: 'getCurrent' },
			credentials: oauthCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(tokenScope.isDone()).toBe(true);
		expect(apiScope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 3, name: 'Anna' }]);
		// n8n keeps the token on the credential for the next runs.
		expect(result.helper.stored.cirrusOAuth2Api.oauthTokenData).toMatchObject({ access_token: 'oauth-access-1' });
	});

	test('OAuth2 with a stored token sends it without asking for a new one', async () => {
		const apiScope = api().get(`${API_PATH}/users/me`).matchHeader('authorization', 'Bearer stored-token').reply(200, { id: 3 });
		const result = await runNode({
			node: 'cirrus',
			parameters: { authentication: 'oAuth2', resource: 'user', operation: 'getCurrent' },
			credentials: {
				cirrusOAuth2Api: { ...oauthCredentials.cirrusOAuth2Api, oauthTokenData: { access_token: 'stored-token', token_type: 'Bearer' } },
			},
		});
		expect(result.error).toBeUndefined();
		expect(apiScope.isDone()).toBe(true);
	});
});

describe('Cirrus lists', () => {
	test('Get many accounts with Return All fetches 3 pages of 50 and stops at the page count', async () => {
		const all = accounts(120);
		const requested: string[] = [];
		const scope = api()
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.times(3)
			.matchHeader('x-token', TOKEN)
			.reply(function (uri) {
				const query = new URL(uri, BASE).searchParams;
				requested.push(query.toString());
				const number = Number(query.get('page'));
				return [200, page(all.slice((number - 1) * 50, number * 50), number, 3, 50, 120)];
			});
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'account', operation: 'getMany', returnAll: true },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(requested).toEqual([
			'sorting=name_asc&page=1&per_page=50',
			'sorting=name_asc&page=2&per_page=50',
			'sorting=name_asc&page=3&per_page=50',
		]);
		expect(result.items).toHaveLength(120);
		expect(result.items[119].json).toEqual({ id: 120, name: 'Account 120' });
	});

	test('Limit asks for only as many records as it needs', async () => {
		const scope = api()
			.get(`${API_PATH}/accounts/`)
			.query({ sorting: 'number_desc', page: '1', per_page: '5', active: '2' })
			.reply(200, page(accounts(5), 1, 24, 5, 120));
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'account', operation: 'getMany', returnAll: false, limit: 5, sorting: 'number_desc', filters: { active: 2 } },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(5);
	});

	test('a bare page envelope (not in an array) is read the same way', async () => {
		const scope = api()
			.get(`${API_PATH}/contacts/`)
			.query({ sorting: 'name_asc', page: '1', per_page: '50' })
			.reply(200, { page: 1, pages: 1, per_page: 50, total: 2, items: [{ id: 1 }, { id: 2 }] });
		const result = await runNode({ node: 'cirrus', parameters: { resource: 'contact', operation: 'getMany', returnAll: true }, credentials: tokenCredentials });
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);
	});

	test('a lookup list returns its array as items, without paging parameters', async () => {
		const scope = api()
			.get(`${API_PATH}/opportunities/statuses`)
			.reply(200, [
				{ id: 1, name: 'Open' },
				{ id: 2, name: 'Won' },
			]);
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'opportunity', operation: 'getStatuses', returnAll: true },
			credentials: tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([
			{ id: 1, name: 'Open' },
			{ id: 2, name: 'Won' },
		]);
	});

	test('a lookup list longer than 50 is returned whole: it has no Limit to cut it', async () => {
		const statuses = Array.from({ length: 75 }, (_, index) => ({ id: index + 1, name: `Status ${index + 1}` }));
		const scope = api().get(`${API_PATH}/opportunities/statuses`).reply(200, statuses);
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'opportunity', operation: 'getStatuses' },
			credentials: tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(75);
		const properties = new Cirrus().description.properties;
		const limitShownFor = properties
			.filter((property) => property.name === 'limit' && property.displayOptions?.show?.resource?.includes('opportunity'))
			.flatMap((property) => property.displayOptions?.show?.operation ?? []);
		expect(limitShownFor).not.toContain('getStatuses');
	});

	test('dynamic-field filters travel as repeated dynamicfield_id / dynamicfield_val pairs on every page', async () => {
		const rawQueries: string[] = [];
		const scope = api()
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.times(2)
			.reply(function (uri) {
				const query = new URL(uri, BASE).searchParams;
				rawQueries.push(new URL(uri, BASE).search);
				const number = Number(query.get('page'));
				return [200, page(accounts(50, (number - 1) * 50 + 1), number, 2, 50, 100)];
			});
		const result = await runNode({
			node: 'cirrus',
			parameters: {
				resource: 'account',
				operation: 'getMany',
				returnAll: true,
				dynamicFieldFilters: {
					filter: [
						{ fieldId: 3, value: 'Gold' },
						{ fieldId: 7, value: 'Stockholm' },
					],
				},
			},
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		for (const raw of rawQueries) {
			const query = new URLSearchParams(raw);
			expect(query.getAll('dynamicfield_id')).toEqual(['3', '7']);
			expect(query.getAll('dynamicfield_val')).toEqual(['Gold', 'Stockholm']);
			expect(raw).not.toMatch(/%5B|\[/);
		}
		expect(rawQueries).toHaveLength(2);
	});

	test('a dynamic-field filter without a field ID is refused before sending, naming the field and item', async () => {
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'order', operation: 'getMany', returnAll: true, dynamicFieldFilters: { filter: [{ fieldId: 0, value: 'x' }] } },
			credentials: tokenCredentials,
		});
		expect(result.error?.message).toBe("'0' is not a dynamic field ID in 'Dynamic Field ID' [item 0]");
	});
});

describe('Cirrus field mask (X-Fields)', () => {
	test('Fields to Return sends the mask on a single record', async () => {
		const scope = api().get(`${API_PATH}/orders/9`).matchHeader('x-fields', '{id,number,account{id,name}}').reply(200, { id: 9 });
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'order', operation: 'get', id: 9, options: { fieldsToReturn: '{id,number,account{id,name}}' } },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('a mask without braces gets them', async () => {
		const scope = api().get(`${API_PATH}/orders/9`).matchHeader('x-fields', '{id,number}').reply(200, { id: 9 });
		await runNode({ node: 'cirrus', parameters: { resource: 'order', operation: 'get', id: 9, options: { fieldsToReturn: 'id,number' } }, credentials: tokenCredentials });
		expect(scope.isDone()).toBe(true);
	});

	test('on a paginated list the mask goes inside items, so the page count survives', async () => {
		const scope = api()
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.matchHeader('x-fields', '{page,pages,per_page,total,items{id,name}}')
			.reply(200, page([{ id: 1, name: 'A' }], 1, 1));
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'account', operation: 'getMany', returnAll: true, options: { fieldsToReturn: '{id,name}' } },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 1, name: 'A' }]);
	});

	test('an operation with its own options keeps them in the one Options collection, beside Fields to Return', async () => {
		const scope = api().get(`${API_PATH}/services/phones/options`).query({ modelid: '4' }).matchHeader('x-fields', '{colours}').reply(200, { colours: [] });
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'phoneCatalog', operation: 'getOptions', options: { modelid: 4, fieldsToReturn: 'colours' } },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		const collections = new Cirrus().description.properties.filter((property) => property.name === 'options');
		expect(collections).toHaveLength(1);
	});

	test('without Fields to Return no X-Fields header is sent', async () => {
		const scope = api()
			.get(`${API_PATH}/orders/9`)
			.reply(200, function () {
				return { id: 9, mask: this.req.headers['x-fields'] ?? null };
			});
		const result = await runNode({ node: 'cirrus', parameters: { resource: 'order', operation: 'get', id: 9 }, credentials: tokenCredentials });
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ id: 9, mask: null });
	});

	test('Fields to Return is under Options, not offered where the vendor documents no X-Fields header', () => {
		const property = new Cirrus().description.properties.find((candidate) => candidate.name === 'options');
		expect((property?.options as Array<{ name: string }>).map((option) => option.name)).toContain('fieldsToReturn');
		expect(property?.displayOptions?.hide).toEqual({
			resource: ['customApiCall', 'missionConnection', 'contractObject', 'contractReminder', 'objectContract', 'objectRelation'],
			operation: ['follow', 'unfollow', 'getProgress'],
		});
	});
});

describe('Cirrus request bodies', () => {
	test('Create order wraps related records as {"id": n}, tags as [{"id": n}], and formats dates', async () => {
		let sent: unknown;
		const scope = api()
			.post(`${API_PATH}/orders/`, (body) => {
				sent = body;
				return true;
			})
			.reply(200, { id: 55 });
		const result = await runNode({
			node: 'cirrus',
			parameters: {
				resource: 'order',
				operation: 'create',
				placedate: '2024-05-31T00:00:00Z',
				account: 12,
				user: 3,
				contact: 40,
				status: 2,
				additionalFields: { tags: '5, 6', invoicedate: '2024-06-30T12:00:00Z', rows: '[{"article": {"id": 9}, "quantityordered": 2}]' },
			},
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(sent).toEqual({
			placedate: '2024-05-31T00:00:00.000Z',
			account: { id: 12 },
			user: { id: 3 },
			contact: { id: 40 },
			status: { id: 2 },
			tags: [{ id: 5 }, { id: 6 }],
			invoicedate: '2024-06-30',
			rows: [{ article: { id: 9 }, quantityordered: 2 }],
		});
	});

	test('Body (JSON) mode sends the object unchanged', async () => {
		let sent: unknown;
		const scope = api()
			.put(`${API_PATH}/accounts/12`, (body) => {
				sent = body;
				return true;
			})
			.reply(200, { id: 12 });
		await runNode({
			node: 'cirrus',
			parameters: { resource: 'account', operation: 'update', id: 12, bodyMode: 'json', bodyJson: '{"name": "Acme AB", "tags": [{"id": 4}]}' },
			credentials: tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(sent).toEqual({ name: 'Acme AB', tags: [{ id: 4 }] });
	});

	test('invalid JSON in an additional field is refused before sending', async () => {
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'account', operation: 'update', id: 12, additionalFields: { addresses: '{visiting: }' } },
			credentials: tokenCredentials,
		});
		expect(result.error?.message).toBe("Invalid JSON in 'Addresses' [item 0]");
	});
});

describe('Cirrus errors', () => {
	test('a Cirrus error surfaces its message and HTTP status', async () => {
		api().get(`${API_PATH}/accounts/999`).reply(404, { message: 'Account 999 not found' });
		const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'get', id: 999 }, credentials: tokenCredentials });
		expect(result.error?.message).toBe('Cirrus answered HTTP 404: Account 999 not found');
		expect(result.error?.httpCode).toBe('404');
	});

	test('a validation error on a list keeps the vendor message and stops paging', async () => {
		api()
			.get(`${API_PATH}/activities/`)
			.query(true)
			.reply(400, { errors: { sorting: "'x' is not a valid choice" }, message: 'Input payload validation failed' });
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'activity', operation: 'getMany', returnAll: true },
			credentials: tokenCredentials,
		});
		expect(result.error?.message).toBe('Cirrus answered HTTP 400: Input payload validation failed');
		expect(result.error?.httpCode).toBe('400');
	});

	test('with Continue On Fail the error becomes an output item and the next item still runs', async () => {
		api().get(`${API_PATH}/contacts/1`).reply(403, { message: 'Not allowed' });
		api().get(`${API_PATH}/contacts/2`).reply(200, { id: 2 });
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'contact', operation: 'get', id: '={{$json.contactId}}' },
			credentials: tokenCredentials,
			input: [{ contactId: 1 }, { contactId: 2 }],
			continueOnFail: true,
		});
		expect(result.items).toHaveLength(2);
		expect(String(result.items[0].json.error)).toContain('Not allowed');
		expect(result.items[1].json).toEqual({ id: 2 });
	});
});

describe('Cirrus node description', () => {
	const description = new Cirrus().description;
	const operationInputs = description.properties.filter((property) => property.name === 'operation');

	test('deprecated endpoints are not in any dropdown, but Custom API Call reaches them', async () => {
		const paths = new Set(cirrusCatalog.operations.map((op) => `${op.method} ${op.path}`));
		for (const endpoint of deprecatedEndpoints) expect(paths.has(`${endpoint.method} ${endpoint.path}`)).toBe(false);
		expect(deprecatedEndpoints).toHaveLength(19);
		const scope = api().get(`${API_PATH}/accounttypes/`).matchHeader('x-token', TOKEN).reply(200, [{ id: 1, name: 'Customer' }]);
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'GET', customPath: '/accounttypes/' },
			credentials: tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 1, name: 'Customer' }]);
	});

	test('214 operations in the dropdowns, with n8n wording', () => {
		const options = operationInputs.flatMap((input) => input.options ?? []) as Array<{ name: string; action?: string; value: string }>;
		const catalogOptions = options.filter((option) => option.value !== 'request');
		expect(catalogOptions).toHaveLength(214);
		for (const option of catalogOptions) {
			expect(option.name).toMatch(/^[A-Z][A-Za-z-]*( ([A-Z][A-Za-z-]*|of|or|by))*$/);
			expect(option.action).toMatch(/^[A-Z][a-z]+( [a-zA-Z0-9-]+)+$/);
		}
	});

	test('required sorting defaults to the documented default', () => {
		const sorting = description.properties.filter(
			(property) => property.name === 'sorting' && (property.displayOptions?.show?.resource as string[]).includes('lead'),
		);
		expect(sorting).toHaveLength(1);
		expect(sorting[0]).toMatchObject({ required: true, default: 'age_desc' });
	});

	test('the two credentials follow the Authentication switch', () => {
		expect(description.credentials).toEqual([
			{ name: 'cirrusApi', required: true, displayOptions: { show: { authentication: ['apiToken'] } } },
			{ name: 'cirrusOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
		]);
	});
});
