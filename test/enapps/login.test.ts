/**
 * The items of a run share one Enapps login; a refused login is not repeated (lock-out risk).
 * n8n-core runs the items' requests concurrently, each asking the credential for a token.
 */
import nock from 'nock';

import { runNode, TestCredentialsHelper } from '../harness';
import { API, BASE, LOGIN, loginCredentials } from './fixtures';

/** Every test logs in with its own password, so no test sees another's login. */
const withPassword = (password: string) => ({ enappsApi: { ...loginCredentials.enappsApi, password } });

const ids = (count: number) => Array.from({ length: count }, (_, index) => ({ id: index + 1 }));

describe('Enapps ERP: one login per run', () => {
	test('10 items without a stored token make one login and 10 requests', async () => {
		const auth = nock(BASE).post(`${API}/auth`, { login: LOGIN.login, password: 'ten-items' }).once().reply(200, { access_token: 'jwt-ten' });
		const api = nock(BASE)
			.matchHeader('authorization', 'Bearer jwt-ten')
			.get(`${API}/partners`)
			.query(true)
			.times(10)
			.reply((uri) => [200, [{ id: Number(new URL(uri, BASE).searchParams.get('_id')) }]]);

		const helper = new TestCredentialsHelper();
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: '={{$json.id}}' },
			credentials: withPassword('ten-items'),
			input: ids(10),
			helper,
		});

		expect(result.error).toBeUndefined();
		expect(auth.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(result.items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(helper.stored.enappsApi.sessionToken).toBe('jwt-ten');
	});

	test('10 items meeting an expired token renew it once', async () => {
		// Each item meets the expired token twice: once as an answer, once asked the way that makes n8n renew.
		const auth = nock(BASE).post(`${API}/auth`).once().reply(200, { access_token: 'jwt-renewed' });
		const expired = nock(BASE).matchHeader('authorization', 'Bearer jwt-old').get(`${API}/partners`).query(true).times(20).reply(401, { message: 'Token expired' });
		const api = nock(BASE).matchHeader('authorization', 'Bearer jwt-renewed').get(`${API}/partners`).query(true).times(10).reply(200, [{ id: 1 }]);

		const helper = new TestCredentialsHelper();
		helper.stored.enappsApi = { ...withPassword('renew-once').enappsApi, sessionToken: 'jwt-old' };
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: '={{$json.id}}' },
			credentials: withPassword('renew-once'),
			input: ids(10),
			helper,
		});

		expect(result.error).toBeUndefined();
		expect(auth.isDone()).toBe(true);
		expect(expired.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(result.items).toHaveLength(10);
	});

	test('a wrong password with 5 items makes one attempt, and a rerun within a minute makes none', async () => {
		const auth = nock(BASE).post(`${API}/auth`).once().reply(401, { message: 'Wrong password' });
		const api = nock(BASE).get(`${API}/partners`).query(true).reply(200, []);

		const helper = new TestCredentialsHelper();
		const run = async () =>
			await runNode({
				node: 'enapps',
				parameters: { resource: 'partner', operation: 'get', recordId: '={{$json.id}}' },
				credentials: withPassword('wrong-once'),
				input: ids(5),
				continueOnFail: true,
				helper,
			});

		const first = await run();
		expect(auth.isDone()).toBe(true);
		expect(api.isDone()).toBe(false);
		expect(first.items).toHaveLength(5);
		for (const item of first.items) {
			expect(JSON.stringify(item.json)).toContain('Enapps ERP answered HTTP 401 to the login: Wrong password');
		}

		// n8n's Retry On Fail, or the user running again at once: still no second attempt.
		const extra = nock(BASE).post(`${API}/auth`).reply(401, { message: 'Wrong password' });
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const second = await run();
		expect(extra.isDone()).toBe(false);
		expect(JSON.stringify(second.items[0].json)).toContain('not tried again: the login was refused');
		expect(second.items.every((item) => JSON.stringify(item.json).includes('Enapps ERP answered HTTP 401 to the login'))).toBe(true);
	});

	test('a corrected password logs in at once', async () => {
		nock(BASE).post(`${API}/auth`, { login: LOGIN.login, password: 'typo' }).once().reply(401, { message: 'Wrong password' });
		const fixed = nock(BASE).post(`${API}/auth`, { login: LOGIN.login, password: 'fixed' }).once().reply(200, { token: 'jwt-fixed' });
		nock(BASE).get(`${API}/partners`).query(true).reply(200, [{ id: 1 }]);

		const failed = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'get', recordId: 1 }, credentials: withPassword('typo') });
		expect(failed.error?.message).toContain('HTTP 401 to the login');
		const ok = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'get', recordId: 1 }, credentials: withPassword('fixed') });
		expect(ok.error).toBeUndefined();
		expect(fixed.isDone()).toBe(true);
	});
});
