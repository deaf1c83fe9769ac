import nock from 'nock';
import { runNode } from '../harness';
import { BASE, API_PATH, TOKEN, tokenCredentials, page, accounts } from './fixtures';

test('smoke', async () => {
	const scope = nock(BASE).get(`${API_PATH}/accounts/`).query(true).matchHeader('x-token', TOKEN).reply(200, (uri) => { console.log(uri); return page(accounts(3), 1, 1); });
	const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'getMany', returnAll: true }, credentials: tokenCredentials });
	console.log(result.error, result.items);
	expect(scope.isDone()).toBe(true);
	const s2 = nock(BASE).get(`${API_PATH}/accounts/5`).reply(404, { message: 'Account 5 not found' });
	const r2 = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'get', id: 5 }, credentials: tokenCredentials });
	console.log(r2.error?.message, r2.error?.description, r2.error?.httpCode);
	expect(s2.isDone()).toBe(true);
});
