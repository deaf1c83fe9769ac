/**
 * Pickers send through the one sender, so the editor's lists behave like the operations: a busy vendor
 * is asked again, a redirect never carries the credential to another host, a vendor's refusal inside a
 * 200 is shown instead of an empty list, n8n renews an expired token, no secret is shown, and the
 * node's Request Options (proxy, timeout) apply. One resource-locator search and one dropdown per
 * vendor (where the vendor has dropdowns), through n8n-core's load-options context.
 */
import { createServer } from 'http';
import type { IncomingHttpHeaders, Server } from 'http';
import type { AddressInfo } from 'net';
import nock from 'nock';
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { TestCredentialsHelper } from '../harness';
import * as cirrus from '../cirrus/fixtures';
import * as enapps from '../enapps/fixtures';
import * as guardant from '../guardant/fixtures';
import * as quince from '../quince/fixtures';
import * as repzo from '../repzo/fixtures';
import { listSearch, loadOptions } from './context';

type Credentials = Record<string, ICredentialDataDecryptedObject>;
type Option = { name: string; value: string | number };

interface PickerCase {
	title: string;
	/** The vendor's name in our messages. */
	vendor: string;
	node: string;
	kind: 'listSearch' | 'loadOptions';
	method: string;
	parameters: INodeParameters;
	credentials: Credentials;
	/** The same credential pointed at another origin (plain http for the proxy and timeout checks). */
	at: (origin: string) => Credentials;
	origin: string;
	verb: 'GET' | 'POST';
	/** The list's path on the origin, and what the picker sends with page 1. */
	path: string;
	query?: Record<string, string>;
	body?: nock.DataMatcherMap;
	answer: unknown;
	shown: Option[];
	/** The credential's header as the vendor receives it. */
	auth: [string, string];
	secrets: string[];
}

const CIRRUS_OAUTH_TOKEN = 'oauth-access-1';
const cirrusOAuth = (origin: string): Credentials => ({
	cirrusOAuth2Api: {
		...cirrus.oauthCredentials.cirrusOAuth2Api,
		baseUrl: `${origin}${cirrus.API_PATH}`,
		oauthTokenData: { access_token: CIRRUS_OAUTH_TOKEN, token_type: 'Bearer' },
	},
});
const cirrusList = { page: '1', per_page: '50', sorting: 'name_asc' };
const repzoList = { page: '1', per_page: '100' };
const repzoPage = (data: unknown[]) => ({ total_result: data.length, current_count: data.length, total_pages: 1, current_page: 1, per_page: 100, next_page_url: null, data });

const enappsAt = (origin: string): Credentials => ({ enappsApi: { ...enapps.tokenCredentials.enappsApi, serverUrl: origin } });
const cirrusAt = (origin: string): Credentials => ({ cirrusApi: { baseUrl: `${origin}${cirrus.API_PATH}/`, token: cirrus.TOKEN } });
const guardantAt = (origin: string): Credentials => ({ guardantApi: { baseUrl: `${origin}/`, token: guardant.TOKEN } });
const quinceAt = (origin: string): Credentials => ({ quinceApi: { baseUrl: `${origin}/`, apiToken: quince.TOKEN } });
const repzoAt = (origin: string): Credentials => ({ repzoApi: { apiKey: repzo.API_KEY, environment: 'custom', baseUrl: origin } });

const cirrusAccount = { answer: cirrus.page([{ id: 9, name: 'Acme AB' }], 1, 1), shown: [{ name: 'Acme AB', value: 9 }] };
const cirrusUser = { answer: cirrus.page([{ id: 5, name: 'Anna', surname: 'Berg' }], 1, 1), shown: [{ name: 'Anna Berg', value: 5 }] };

const cases: PickerCase[] = [
	{
		title: 'Enapps ERP partner search (listSearch)',
		vendor: 'Enapps ERP',
		node: 'enapps',
		kind: 'listSearch',
		method: 'partner',
		parameters: {},
		credentials: enapps.tokenCredentials,
		at: enappsAt,
		origin: enapps.BASE,
		verb: 'GET',
		path: `${enapps.API}/partners`,
		query: { page: '1' },
		answer: [{ id: 7, name: 'Acme Trading' }],
		shown: [{ name: 'Acme Trading', value: 7 }],
		auth: ['authorization', `Bearer ${enapps.TOKEN}`],
		secrets: [enapps.TOKEN],
	},
	{
		title: 'Cirrus (API Token) account search (listSearch)',
		vendor: 'Cirrus',
		node: 'cirrus',
		kind: 'listSearch',
		method: 'account',
		parameters: { authentication: 'apiToken' },
		credentials: cirrus.tokenCredentials,
		at: cirrusAt,
		origin: cirrus.BASE,
		verb: 'GET',
		path: `${cirrus.API_PATH}/accounts/`,
		query: cirrusList,
		...cirrusAccount,
		auth: ['x-token', cirrus.TOKEN],
		secrets: [cirrus.TOKEN],
	},
	{
		title: 'Cirrus (API Token) owner dropdown (loadOptions)',
		vendor: 'Cirrus',
		node: 'cirrus',
		kind: 'loadOptions',
		method: 'user',
		parameters: { authentication: 'apiToken' },
		credentials: cirrus.tokenCredentials,
		at: cirrusAt,
		origin: cirrus.BASE,
		verb: 'GET',
		path: `${cirrus.API_PATH}/users/`,
		query: cirrusList,
		...cirrusUser,
		auth: ['x-token', cirrus.TOKEN],
		secrets: [cirrus.TOKEN],
	},
	{
		title: 'Cirrus (OAuth2) account search (listSearch)',
		vendor: 'Cirrus',
		node: 'cirrus',
		kind: 'listSearch',
		method: 'account',
		parameters: { authentication: 'oAuth2' },
		credentials: cirrusOAuth(cirrus.BASE),
		at: cirrusOAuth,
		origin: cirrus.BASE,
		verb: 'GET',
		path: `${cirrus.API_PATH}/accounts/`,
		query: cirrusList,
		...cirrusAccount,
		auth: ['authorization', `Bearer ${CIRRUS_OAUTH_TOKEN}`],
		secrets: [CIRRUS_OAUTH_TOKEN, 'secret-1'],
	},
	{
		title: 'Cirrus (OAuth2) owner dropdown (loadOptions)',
		vendor: 'Cirrus',
		node: 'cirrus',
		kind: 'loadOptions',
		method: 'user',
		parameters: { authentication: 'oAuth2' },
		credentials: cirrusOAuth(cirrus.BASE),
		at: cirrusOAuth,
		origin: cirrus.BASE,
		verb: 'GET',
		path: `${cirrus.API_PATH}/users/`,
		query: cirrusList,
		...cirrusUser,
		auth: ['authorization', `Bearer ${CIRRUS_OAUTH_TOKEN}`],
		secrets: [CIRRUS_OAUTH_TOKEN, 'secret-1'],
	},
	{
		title: 'Guardant customer search (listSearch)',
		vendor: 'Guardant',
		node: 'guardant',
		kind: 'listSearch',
		method: 'customer',
		parameters: {},
		credentials: guardant.credentials,
		at: guardantAt,
		origin: guardant.BASE,
		verb: 'GET',
		path: '/v1.0/customers',
		query: { offset: '0', limit: '100' },
		answer: { customers: [{ _id: 8, companyname: 'Google' }] },
		shown: [{ name: 'Google', value: 8 }],
		auth: ['authorization', `Bearer ${guardant.TOKEN}`],
		secrets: [guardant.TOKEN],
	},
	{
		title: 'QUINCE partner search (listSearch)',
		vendor: 'QUINCE',
		node: 'quince',
		kind: 'listSearch',
		method: 'partner',
		parameters: {},
		credentials: quince.credentials,
		at: quinceAt,
		origin: quince.BASE,
		verb: 'POST',
		path: '/api/v2/partner/list',
		body: { page: 1 },
		answer: { success: true, data: [{ Id: 12, Name: 'Partner 12' }] },
		shown: [{ name: 'Partner 12', value: 12 }],
		auth: ['authorization', `Bearer ${quince.TOKEN}`],
		secrets: [quince.TOKEN],
	},
	{
		title: 'QUINCE price type dropdown (loadOptions)',
		vendor: 'QUINCE',
		node: 'quince',
		kind: 'loadOptions',
		method: 'priceType',
		parameters: {},
		credentials: quince.credentials,
		at: quinceAt,
		origin: quince.BASE,
		verb: 'POST',
		path: '/api/v2/price_type/list',
		body: { page: 1 },
		answer: { success: true, data: [{ Id: 1, Name: 'Retail' }] },
		shown: [{ name: 'Retail', value: 1 }],
		auth: ['authorization', `Bearer ${quince.TOKEN}`],
		secrets: [quince.TOKEN],
	},
	{
		title: 'Repzo client search (listSearch)',
		vendor: 'Repzo',
		node: 'repzo',
		kind: 'listSearch',
		method: 'client',
		parameters: {},
		credentials: repzo.credentials,
		at: repzoAt,
		origin: repzo.BASE,
		verb: 'GET',
		path: '/client',
		query: repzoList,
		answer: repzoPage([{ _id: 'c1', name: 'Client 1' }]),
		shown: [{ name: 'Client 1', value: 'c1' }],
		auth: ['api-key', repzo.API_KEY],
		secrets: [repzo.API_KEY],
	},
	{
		title: 'Repzo tag dropdown (loadOptions)',
		vendor: 'Repzo',
		node: 'repzo',
		kind: 'loadOptions',
		method: 'tag',
		parameters: {},
		credentials: repzo.credentials,
		at: repzoAt,
		origin: repzo.BASE,
		verb: 'GET',
		path: '/tag',
		query: repzoList,
		answer: repzoPage([{ _id: 't1', name: 'VIP' }]),
		shown: [{ name: 'VIP', value: 't1' }],
		auth: ['api-key', repzo.API_KEY],
		secrets: [repzo.API_KEY],
	},
];

/** Opens the picker as the editor does; the options it shows. */
async function pick(c: PickerCase, more: { parameters?: INodeParameters; credentials?: Credentials; helper?: TestCredentialsHelper } = {}): Promise<Option[]> {
	const call = { node: c.node, method: c.method, parameters: { ...c.parameters, ...more.parameters }, credentials: more.credentials ?? c.credentials, helper: more.helper };
	if (c.kind === 'listSearch') return (await listSearch(call)).results as Option[];
	return (await loadOptions(call)) as Option[];
}

/** The error the picker throws (fails the test when it shows a list instead). */
async function pickFailure(c: PickerCase, more: Parameters<typeof pick>[1] = {}): Promise<Error & { description?: string; httpCode?: string }> {
	let shown: Option[];
	try {
		shown = await pick(c, more);
	} catch (error) {
		return error as Error & { description?: string; httpCode?: string };
	}
	throw new Error(`The picker showed ${JSON.stringify(shown)} instead of failing`);
}

/** Page 1 of the case's list on an origin (a path other than the list's one can be given). */
function listRoute(c: PickerCase, origin = c.origin, path = c.path): nock.Interceptor {
	const scope = nock(origin);
	return c.verb === 'GET' ? scope.get(path).query(c.query ?? {}) : scope.post(path, c.body);
}

const queryString = (c: PickerCase) => (c.query ? `?${new URLSearchParams(c.query).toString()}` : '');

/** Every string reachable from a value, own non-enumerable properties (message, stack, cause) included. */
function allText(value: unknown, seen = new Set<unknown>(), depth = 0): string {
	if (typeof value === 'string') return value;
	if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return '';
	seen.add(value);
	return Object.getOwnPropertyNames(value)
		.map((key) => `${key} ${allText((value as Record<string, unknown>)[key], seen, depth + 1)}`)
		.join('\n');
}

const hostOf = (origin: string) => new URL(origin).host;

describe.each(cases)('$title, through the one sender', (c) => {
	test('a 429 with Retry-After: 1 is asked again after a second, and the records are shown', async () => {
		const asked: number[] = [];
		const busy = listRoute(c).reply(() => {
			asked.push(Date.now());
			return [429, { message: 'Too many requests' }, { 'Retry-After': '1' }];
		});
		const ready = listRoute(c).reply(() => {
			asked.push(Date.now());
			return [200, c.answer];
		});
		expect(busy).toBeDefined();
		expect(ready).toBeDefined();
		const shown = await pick(c);
		expect(asked).toHaveLength(2);
		expect(asked[1] - asked[0]).toBeGreaterThanOrEqual(950);
		expect(shown).toEqual(c.shown);
		expect(nock.pendingMocks()).toEqual([]);
	});

	test('a 302 to another host is refused, and the other host never receives the credential', async () => {
		const OTHER = 'https://collector.elsewhere.test';
		listRoute(c).reply(302, '', { Location: `${OTHER}/harvest${queryString(c)}` });
		const received: IncomingHttpHeaders[] = [];
		const other = nock(OTHER)
			.intercept(/.*/, c.verb)
			.reply(function () {
				received.push(this.req.headers);
				return [200, c.answer];
			});
		const outcome = await pick(c).then(
			(shown) => ({ shown, error: undefined }),
			(error: Error & { httpCode?: string }) => ({ shown: undefined, error }),
		);
		// Checked first: the headers the other host got name the leaked credential.
		expect(received).toEqual([]);
		expect(other.isDone()).toBe(false);
		expect(outcome.shown).toBeUndefined();
		const error = outcome.error!;
		expect(error.message).toBe(
			`${c.vendor} answered HTTP 302: it redirected the request to collector.elsewhere.test, outside the base URL of the credential (${hostOf(c.origin)})`,
		);
		expect(error.httpCode).toBe('302');
	});

	if (c.verb === 'GET') {
		test('a 302 within the credential\'s origin is followed, with the credential, and the records are shown', async () => {
			const moved = `/moved${c.path}`;
			listRoute(c).reply(302, '', { Location: `${moved}${queryString(c)}` });
			const received: IncomingHttpHeaders[] = [];
			listRoute(c, c.origin, moved).reply(function () {
				received.push(this.req.headers);
				return [200, c.answer];
			});
			expect(await pick(c)).toEqual(c.shown);
			expect(received).toHaveLength(1);
			expect(received[0][c.auth[0]]).toBe(c.auth[1]);
		});
	} else {
		test('a 307 within the credential\'s origin is followed with the same POST body; a 302 (which would turn it into a GET) is not', async () => {
			const moved = `/moved${c.path}`;
			listRoute(c).reply(307, '', { Location: moved });
			const received: IncomingHttpHeaders[] = [];
			listRoute(c, c.origin, moved).reply(function () {
				received.push(this.req.headers);
				return [200, c.answer];
			});
			expect(await pick(c)).toEqual(c.shown);
			expect(received).toHaveLength(1);
			expect(received[0][c.auth[0]]).toBe(c.auth[1]);

			listRoute(c).reply(302, '', { Location: moved });
			const error = await pickFailure(c);
			expect(error.message).toBe(
				`${c.vendor} answered HTTP 302: it redirected the request to ${moved} with HTTP 302, which would turn the POST into a GET; the node does not follow it so that nothing is written twice or lost`,
			);
		});
	}

	test('a vendor error that echoes the credential shows the vendor\'s words without the secret', async () => {
		const secret = c.secrets[0];
		listRoute(c).reply(403, { message: `Key ${secret} may not read this list`, request: { headers: { [c.auth[0]]: c.auth[1] } } });
		const error = await pickFailure(c);
		expect(error.message).toBe(`${c.vendor} answered HTTP 403: Key [redacted] may not read this list`);
		expect(error.httpCode).toBe('403');
		for (const secretValue of c.secrets) {
			expect(error.message).not.toContain(secretValue);
			expect(error.description ?? '').not.toContain(secretValue);
			expect(JSON.stringify(error)).not.toContain(secretValue);
			expect(allText(error)).not.toContain(secretValue);
		}
	});

	describe('Request Options of the node', () => {
		let server: Server;
		let port: number;
		let handle: (request: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }, answer: (status: number, body: unknown) => void) => void;
		beforeAll(async () => {
			server = createServer((req, res) => {
				let body = '';
				req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
				req.on('end', () =>
					handle({ method: req.method, url: req.url, headers: req.headers, body }, (status, answer) => {
						if (res.destroyed) return;
						res.writeHead(status, { 'Content-Type': 'application/json' });
						res.end(JSON.stringify(answer));
					}),
				);
			});
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			port = (server.address() as AddressInfo).port;
		});
		afterAll(async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		});
		// Real sockets: n8n 2.x proxies through an agent that nock's interception breaks, so nock is off
		// here (a request that skipped the proxy would still fail: a .test host never resolves).
		beforeEach(() => nock.restore());
		afterEach(() => nock.activate());

		test('Proxy: the picker asks the vendor through the proxy, naming the full vendor URL', async () => {
			const VENDOR = 'http://vendor.proxied.test:8080';
			const seen: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders; body: string }> = [];
			handle = (request, answer) => {
				seen.push(request);
				answer(200, c.answer);
			};
			const shown = await pick(c, { credentials: c.at(VENDOR), parameters: { requestOptions: { proxy: `http://127.0.0.1:${port}` } } });
			expect(shown).toEqual(c.shown);
			expect(seen).toHaveLength(1);
			expect(seen[0].method).toBe(c.verb);
			const url = new URL(seen[0].url ?? '');
			expect(`${url.origin}${url.pathname}`).toBe(`${VENDOR}${c.path}`);
			expect(Object.fromEntries(url.searchParams)).toEqual(c.query ?? {});
			if (c.body) expect(JSON.parse(seen[0].body)).toEqual(c.body);
			expect(seen[0].headers[c.auth[0]]).toBe(c.auth[1]);
		});

		test('Timeout 200 ms: a vendor that needs 1 s fails with "did not answer within 0.2 s"', async () => {
			handle = (_request, answer) => setTimeout(() => answer(200, c.answer), 1000);
			const error = await pickFailure(c, { credentials: c.at(`http://127.0.0.1:${port}`), parameters: { requestOptions: { timeout: 200 } } });
			expect(error.message).toBe(`${c.vendor} did not answer within 0.2 s`);
		});
	});
});

const refusals: Array<[PickerCase, unknown, string]> = [
	[cases[8], { success: false, message: 'This key may not list clients' }, 'Repzo refused the request: This key may not list clients'],
	[cases[9], { success: false, error: { message: 'Tags are switched off' } }, 'Repzo refused the request: Tags are switched off'],
	[cases[6], { success: false, error: { message: 'Token is not valid' } }, 'QUINCE refused the request: Token is not valid'],
	[cases[7], { success: false, error: 'Price types are not available' }, 'QUINCE refused the request: Price types are not available'],
];

describe.each(refusals)('a refusal inside an HTTP 200 (%#)', (c, answer, message) => {
	test(`${c.title} shows "${message}" instead of an empty list`, async () => {
		listRoute(c).reply(200, answer as nock.Body);
		const error = await pickFailure(c);
		expect(error.message).toBe(message);
		expect(error.httpCode).toBe('200');
	});
});

describe('a refusal that echoes the credential shows no secret', () => {
	test.each([
		['Repzo client search', cases[8], { success: false, message: `api-key ${repzo.API_KEY} is disabled` }, 'Repzo refused the request: api-key [redacted] is disabled'],
		['QUINCE partner search', cases[6], { success: false, error: { message: `Token ${quince.TOKEN} is not valid` } }, 'QUINCE refused the request: Token [redacted] is not valid'],
	])('%s: the refusal is shown with the credential redacted', async (_title, c, answer, message) => {
		listRoute(c).reply(200, answer);
		const error = await pickFailure(c);
		expect(error.message).toBe(message);
		for (const secret of c.secrets) {
			expect(error.description ?? '').not.toContain(secret);
			expect(JSON.stringify(error)).not.toContain(secret);
			expect(allText(error)).not.toContain(secret);
		}
	});
});

describe('an expired token is renewed by n8n, and the list is shown', () => {
	test('Enapps ERP (login and password): a 401 logs in again and the partner search is asked with the new token', async () => {
		const login = nock(enapps.BASE)
			.post(`${enapps.API}/auth`, { login: enapps.LOGIN.login, password: enapps.LOGIN.password })
			.matchHeader('authorization', `Bearer ${enapps.LOGIN.secretKey}`)
			.reply(200, { access_token: 'jwt-fresh' });
		const expired = nock(enapps.BASE)
			.matchHeader('authorization', 'Bearer jwt-expired')
			.get(`${enapps.API}/partners`)
			.query({ page: '1' })
			// Twice: the sender reads the 401 as an answer, then asks once more the way that makes n8n renew.
			.times(2)
			.reply(401, { message: 'Token expired' });
		const fresh = nock(enapps.BASE).matchHeader('authorization', 'Bearer jwt-fresh').get(`${enapps.API}/partners`).query({ page: '1' }).reply(200, [{ id: 7, name: 'Acme Trading' }]);
		const helper = new TestCredentialsHelper();
		helper.stored.enappsApi = { ...enapps.loginCredentials.enappsApi, sessionToken: 'jwt-expired' };
		const shown = await pick(cases[0], { credentials: enapps.loginCredentials, helper });
		expect(shown).toEqual([{ name: 'Acme Trading', value: 7 }]);
		expect(login.isDone()).toBe(true);
		expect(expired.isDone()).toBe(true);
		expect(fresh.isDone()).toBe(true);
		expect(helper.stored.enappsApi.sessionToken).toBe('jwt-fresh');
	});

	test('Cirrus (OAuth2, client credentials): a 401 fetches a new token and the owner dropdown is asked with it', async () => {
		const token = nock(cirrus.TOKEN_URL_HOST).post('/oauth/token').reply(200, { access_token: 'oauth-access-2', token_type: 'Bearer', expires_in: 3600 });
		const expired = nock(cirrus.BASE)
			.matchHeader('authorization', `Bearer ${CIRRUS_OAUTH_TOKEN}`)
			.get(`${cirrus.API_PATH}/users/`)
			.query(cirrusList)
			.times(2)
			.reply(401, { message: 'Token expired' });
		const fresh = nock(cirrus.BASE).matchHeader('authorization', 'Bearer oauth-access-2').get(`${cirrus.API_PATH}/users/`).query(cirrusList).reply(200, cirrusUser.answer);
		const helper = new TestCredentialsHelper();
		const shown = await pick(cases[4], { helper });
		expect(shown).toEqual(cirrusUser.shown);
		expect(token.isDone()).toBe(true);
		expect(expired.isDone()).toBe(true);
		expect(fresh.isDone()).toBe(true);
		expect((helper.stored.cirrusOAuth2Api.oauthTokenData as { access_token?: string }).access_token).toBe('oauth-access-2');
	});
});
