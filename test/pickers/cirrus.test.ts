import nock from 'nock';
import { NodeHelpers } from 'n8n-workflow';
import type { INode, INodeProperties } from 'n8n-workflow';

import { nodeTypes, PACKAGE, runNode, TestCredentialsHelper } from '../harness';
import { accounts, API_PATH, BASE, oauthCredentials, page, TOKEN, TOKEN_URL_HOST, tokenCredentials } from '../cirrus/fixtures';
import { listSearch, loadOptions } from './context';

const api = () => nock(BASE);

describe('Cirrus pickers: listSearch and loadOptions through n8n-core', () => {
	test('the account list reads page 1 of /accounts/ like Get Many (50 per page, sorted by name) with the X-Token', async () => {
		const scope = api()
			.matchHeader('x-token', TOKEN)
			.get(`${API_PATH}/accounts/`)
			.query({ page: '1', per_page: '50', sorting: 'name_asc' })
			.reply(200, page(accounts(50), 1, 3));
		const result = await listSearch({ node: 'cirrus', method: 'account', parameters: { authentication: 'apiToken', resource: 'contact' }, credentials: tokenCredentials });
		expect(scope.isDone()).toBe(true);
		expect(result.results).toHaveLength(50);
		expect(result.results[0]).toEqual({ name: 'Account 1', value: 1 });
		expect(result.paginationToken).toBe('2');
	});

	test('search is sent to the account name filter with % wildcards, and paging stops at the page count', async () => {
		const scope = api()
			.get(`${API_PATH}/accounts/`)
			.query({ page: '3', per_page: '50', sorting: 'name_asc', name: '%acme%' })
			.reply(200, page([{ id: 9, name: 'Acme AB' }], 3, 3));
		const result = await listSearch({ node: 'cirrus', method: 'account', parameters: { authentication: 'apiToken' }, credentials: tokenCredentials, filter: 'acme', paginationToken: '3' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'Acme AB', value: 9 }] });
	});

	test('articles are searched with the full-text filter and named by name, else number', async () => {
		const scope = api()
			.get(`${API_PATH}/articles/`)
			.query({ page: '1', per_page: '50', sorting: 'number_asc', fulltext: 'bolt' })
			.reply(200, page([{ id: 1, name: 'Bolt M8' }, { id: 2, name: '', number: 'B-10' }], 1, 1));
		const result = await listSearch({ node: 'cirrus', method: 'article', parameters: { authentication: 'apiToken' }, credentials: tokenCredentials, filter: 'bolt' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'Bolt M8', value: 1 }, { name: 'B-10', value: 2 }] });
	});

	test('contacts are searched with the full-text filter (name, surname, e-mail), not the first-name filter, so a surname finds them', async () => {
		const scope = api()
			.get(`${API_PATH}/contacts/`)
			.query((query) => query.fulltext === 'berg' && query.name === undefined && query.page === '1')
			.reply(200, page([{ id: 4, name: 'Anna', surname: 'Berg', email: 'anna@berg.example' }], 1, 1));
		const result = await listSearch({ node: 'cirrus', method: 'contact', parameters: { authentication: 'apiToken' }, credentials: tokenCredentials, filter: 'berg' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'Anna Berg', value: 4 }] });
	});

	test('a dropdown of 5 pages decrypts its credential once for itself, plus once per request for n8n\'s own signing (6, not 10)', async () => {
		// In n8n each decryption is a database read: a sender per page read the credential twice per page.
		class CountingHelper extends TestCredentialsHelper {
			reads = 0;

			override async getDecrypted(...args: Parameters<TestCredentialsHelper['getDecrypted']>) {
				this.reads += 1;
				return await super.getDecrypted(...args);
			}
		}
		const helper = new CountingHelper();
		const users = (pageNumber: number) => Array.from({ length: pageNumber < 5 ? 50 : 10 }, (_, i) => ({ id: (pageNumber - 1) * 50 + i + 1, name: 'User', surname: `${(pageNumber - 1) * 50 + i + 1}` }));
		const scope = api()
			.get(`${API_PATH}/users/`)
			.times(5)
			.query(true)
			.reply((uri) => {
				const number = Number(new URL(uri, BASE).searchParams.get('page'));
				return [200, page(users(number), number, 5, 50, 210)];
			});
		const options = await loadOptions({ node: 'cirrus', method: 'user', parameters: { authentication: 'apiToken', resource: 'account' }, credentials: tokenCredentials, helper });
		expect(scope.isDone()).toBe(true);
		expect(options).toHaveLength(210);
		expect(helper.reads).toBe(6);
	});

	test('orders are searched in what the picker shows (number, else reference), not with the full-text filter, which searches only comments', async () => {
		const orders = [
			{ id: 1, number: 'SO-1001', referencecode: 'PO-77' },
			{ id: 2, number: '', referencecode: 'PO-78' },
			{ id: 3, number: 'SO-1003', referencecode: 'PO-79' },
		];
		const scope = api()
			.get(`${API_PATH}/orders/`)
			.query({ page: '1', per_page: '50', sorting: 'placedate_desc' })
			.reply(200, page(orders, 1, 1));
		const result = await listSearch({ node: 'cirrus', method: 'order', parameters: { authentication: 'apiToken' }, credentials: tokenCredentials, filter: 'po-78' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'PO-78', value: 2 }] });
	});

	test('users are a dropdown: every page is read, with the OAuth2 token when the node uses OAuth2', async () => {
		const token = nock(TOKEN_URL_HOST).post('/oauth/token').reply(200, { access_token: 'oauth-1', token_type: 'Bearer', expires_in: 3600 });
		const users = (count: number, start: number) => Array.from({ length: count }, (_, i) => ({ id: start + i, name: 'Anna', surname: `Berg ${start + i}` }));
		const scope = api()
			.matchHeader('authorization', 'Bearer oauth-1')
			.get(`${API_PATH}/users/`)
			.query({ page: '1', per_page: '50', sorting: 'name_asc' })
			.reply(200, page(users(50, 1), 1, 2))
			.get(`${API_PATH}/users/`)
			.query({ page: '2', per_page: '50', sorting: 'name_asc' })
			.reply(200, page([{ id: 200, name: 'Ben', surname: 'Novak' }], 2, 2));
		const options = await loadOptions({ node: 'cirrus', method: 'user', parameters: { authentication: 'oAuth2', resource: 'account' }, credentials: oauthCredentials });
		expect(token.isDone()).toBe(true);
		expect(scope.isDone()).toBe(true);
		expect(options).toHaveLength(51);
		expect(options[options.length - 1]).toEqual({ name: 'Ben Novak', value: 200 });
	});

	test('a dropdown whose first page says "5 pages" asks for pages 2 to 5 together, and lists every user once', async () => {
		const users = (pageNumber: number) => Array.from({ length: pageNumber < 5 ? 50 : 10 }, (_, i) => ({ id: (pageNumber - 1) * 50 + i + 1, name: 'User', surname: `${(pageNumber - 1) * 50 + i + 1}` }));
		const asked: number[] = [];
		let inFlight = 0;
		let mostInFlight = 0;
		// Each later page answers only once all of pages 2 to 5 were asked for (or after 2 s): one at a
		// time, page 3 would never be asked before page 2 answered.
		const allAsked = () => [2, 3, 4, 5].every((number) => asked.includes(number));
		const scope = api()
			.matchHeader('x-token', TOKEN)
			.get(`${API_PATH}/users/`)
			.query({ page: '1', per_page: '50', sorting: 'name_asc' })
			.reply(200, page(users(1), 1, 5, 50, 210))
			.get(`${API_PATH}/users/`)
			.times(4)
			.query((query) => ['2', '3', '4', '5'].includes(String(query.page)) && query.per_page === '50' && query.sorting === 'name_asc')
			.reply(async (uri) => {
				const number = Number(new URL(uri, BASE).searchParams.get('page'));
				asked.push(number);
				mostInFlight = Math.max(mostInFlight, ++inFlight);
				for (let waited = 0; !allAsked() && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
				inFlight--;
				return [200, page(users(number), number, 5, 50, 210)];
			});
		const options = await loadOptions({ node: 'cirrus', method: 'user', parameters: { authentication: 'apiToken', resource: 'account' }, credentials: tokenCredentials });
		expect(scope.isDone()).toBe(true);
		expect(mostInFlight).toBe(4);
		expect(options).toHaveLength(210);
		expect(new Set(options.map((option) => option.value)).size).toBe(210);
	});

	test('account types come from the deprecated /accounttypes/ list, the only one Cirrus documents', async () => {
		const scope = api()
			.get(`${API_PATH}/accounttypes/`)
			.reply(200, [
				{ id: 2, name: 'Supplier', sortorder: 2 },
				{ id: 1, name: 'Customer', sortorder: 1 },
			]);
		const options = await loadOptions({ node: 'cirrus', method: 'accountType', parameters: { authentication: 'apiToken' }, credentials: tokenCredentials });
		expect(scope.isDone()).toBe(true);
		expect(options).toEqual([
			{ name: 'Customer', value: 1 },
			{ name: 'Supplier', value: 2 },
		]);
	});

	test('lookup lists of an operation (article warehouses) feed their dropdown', async () => {
		api().get(`${API_PATH}/articles/warehouses`).reply(200, [{ id: 4, name: 'Main' }]);
		expect(await loadOptions({ node: 'cirrus', method: 'warehouse', parameters: { authentication: 'apiToken' }, credentials: tokenCredentials })).toEqual([{ name: 'Main', value: 4 }]);
	});

	test('a refusal reaches the picker as the vendor message with the HTTP status', async () => {
		api().get(`${API_PATH}/contacts/`).query(true).reply(403, { message: 'Not allowed' });
		await expect(listSearch({ node: 'cirrus', method: 'contact', parameters: { authentication: 'apiToken' }, credentials: tokenCredentials })).rejects.toMatchObject({
			message: 'Cirrus answered HTTP 403: Not allowed',
			httpCode: '403',
		});
	});
});

describe('Cirrus: Account → Create picks its type and owner', () => {
	const nodeType = nodeTypes.getByNameAndVersion(`${PACKAGE}.cirrus`, 1);
	const properties = nodeType.description.properties;
	const shown = (name: string) =>
		properties.find(
			(p) => p.name === name && (p.displayOptions?.show?.resource as string[] | undefined)?.includes('account') && (p.displayOptions?.show?.operation as string[]).includes('create'),
		) as INodeProperties;

	test('Account Type is a dropdown fed by the deprecated list, saying so; Owner is a user dropdown; both start empty', () => {
		expect(shown('typeid')).toMatchObject({ type: 'options', default: '', required: true, typeOptions: { loadOptionsMethod: 'accountType' } });
		expect(shown('typeid').description).toContain('deprecated');
		expect(shown('userid')).toMatchObject({ type: 'options', default: '', required: true, typeOptions: { loadOptionsMethod: 'user' } });
		const parameters = NodeHelpers.getNodeParameters(properties, { authentication: 'apiToken', resource: 'account', operation: 'create' }, true, false, null, null)!;
		const node: INode = { id: '1', name: 'Cirrus', type: `${PACKAGE}.cirrus`, typeVersion: 1, position: [0, 0], parameters };
		const issues = NodeHelpers.getNodeParametersIssues(properties, node, nodeType.description);
		expect(Object.keys(issues?.parameters ?? {}).sort()).toEqual(['name', 'typeid', 'userid']);
	});

	test('the picked type and owner are sent as numbers', async () => {
		const scope = api().post(`${API_PATH}/accounts/`, { name: 'Acme AB', typeid: 1, userid: 5 }).reply(200, { id: 77 });
		const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'create', name: 'Acme AB', typeid: 1, userid: '={{ $json.owner }}' }, credentials: tokenCredentials, input: [{ owner: '5' }] });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('an owner that resolves to nothing is refused by its display name', async () => {
		const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'create', name: 'Acme AB', typeid: 1, userid: '={{ $json.owner }}' }, credentials: tokenCredentials, input: [{}] });
		expect(result.error?.message).toBe("A value is required in 'Owner User ID' [item 0]");
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('Cirrus pickers: the picked value on the wire', () => {
	test.each([
		['From List', { __rl: true, mode: 'list', value: 7 }],
		['By ID', { __rl: true, mode: 'id', value: '7' }],
		['a plain number', 7],
	])('Account → Get reads /accounts/7 for an account picked %s', async (_title, id) => {
		const scope = api().get(`${API_PATH}/accounts/7`).reply(200, { id: 7 });
		const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'get', id }, credentials: tokenCredentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('Order → Create sends the picked account, user, contact and status as ID objects', async () => {
		const scope = api()
			.post(`${API_PATH}/orders/`, (body) => body.account?.id === 3 && body.user?.id === 5 && body.contact?.id === 12 && body.status?.id === 2)
			.reply(200, { id: 1 });
		const result = await runNode({
			node: 'cirrus',
			parameters: {
				resource: 'order',
				operation: 'create',
				placedate: '2025-03-01T10:00:00',
				account: { __rl: true, mode: 'list', value: 3 },
				user: 5,
				contact: { __rl: true, mode: 'id', value: '12' },
				status: 2,
			},
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('a contact picked in Filters goes in the query', async () => {
		const list = api()
			.get(`${API_PATH}/activities/`)
			.query((query) => query.contactid === '12' && query.userid === '5')
			.reply(200, page([], 1, 1));
		const result = await runNode({
			node: 'cirrus',
			parameters: { resource: 'activity', operation: 'getMany', returnAll: true, filters: { contactid: { __rl: true, mode: 'list', value: 12 }, userid: 5 } },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(list.isDone()).toBe(true);
	});
});
