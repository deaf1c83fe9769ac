import nock from 'nock';
import { runNode } from './harness';

const creds = { enappsApi: { serverUrl: 'https://erp.test:4095', authType: 'accessToken', accessToken: 'tok-123' } };

test('smoke', async () => {
	nock.disableNetConnect();
	const scope = nock('https://erp.test:4095').get('/api/v1/partners').query({ page: 1 }).matchHeader('authorization', 'Bearer tok-123').reply(200, [{ id: 1 }, { id: 2 }]);
	const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: creds });
	console.log(result.error, result.items);
	expect(scope.isDone()).toBe(true);
});
