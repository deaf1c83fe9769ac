/** Cirrus dynamic fields through the sandbox: the mapper lists them, the node writes one after creating an account. */
import nock from 'nock';

import type { SandboxHandle } from '../../sandbox/server';
import { SANDBOX_SECRETS } from '../../sandbox/secrets';
import { runNode } from '../harness';
import { resourceMapping } from '../pickers/context';
import { call, openSandbox } from '../sandbox/helpers';

let sandbox: SandboxHandle;

beforeAll(async () => {
	nock.enableNetConnect('127.0.0.1');
	sandbox = await openSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

test('Cirrus account: the mapper lists the sandbox account dynamic fields, and Create sets one on the new account', async () => {
	const credentials = { cirrusApi: { baseUrl: `${sandbox.url}/cirrus/rest`, token: SANDBOX_SECRETS.cirrus.apiToken } };
	const { fields } = await resourceMapping({ node: 'cirrus', method: 'getMappingFields', parameters: { authentication: 'apiToken', resource: 'account', operation: 'create' }, credentials });
	const dynamic = fields.filter((field) => field.id.startsWith('dynamic_'));
	expect(dynamic.map((field) => [field.id, field.type, field.required])).toEqual([
		['dynamic_1', 'string', true],
		['dynamic_4', 'options', false],
	]);

	const result = await runNode({
		node: 'cirrus',
		parameters: {
			resource: 'account',
			operation: 'create',
			bodyMode: 'mapper',
			mappedFields: { mappingMode: 'defineBelow', value: { name: 'Mapper AB', typeid: 1, userid: 1, dynamic_1: 'Gold', dynamic_4: 42 }, matchingColumns: [], schema: fields },
		},
		credentials,
	});

	expect(result.error).toBeUndefined();
	const id = result.items[0].json.id as number;
	const log = await call(`${sandbox.url}/__sandbox/requests?vendor=cirrus`);
	const writes = (log.json as Array<{ method: string; path: string; status: number }>).filter((entry) => entry.method !== 'GET').map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
	expect(writes).toEqual(['POST /rest/accounts/ 200', `PUT /rest/dynamicdata/1/${id} 200`, `PUT /rest/dynamicdata/4/${id} 200`]);
});
