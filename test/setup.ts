// One nock per test file: jest gives every file a fresh module registry, so each file's nock must
// hook Node's http on start and unhook on finish, or a second file's interceptors never match.
import nock from 'nock';

beforeAll(() => {
	if (!nock.isActive()) nock.activate();
	nock.disableNetConnect();
});

afterEach(() => {
	nock.cleanAll();
});

afterAll(() => {
	nock.restore();
});

// n8n-core 1.x starts a 60 s cleanup timer in its SSH client manager without unref(), which keeps
// jest from exiting; stop the one this test file's engine created (2.x unrefs it itself).
afterAll(() => {
	const { SSHClientsManager } = require('n8n-core/dist/execution-engine/ssh-clients-manager') as { SSHClientsManager: new () => unknown };
	const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] })) as {
		Container: { has(type: unknown): boolean; get(type: unknown): { cleanupTimer?: NodeJS.Timeout } };
	};
	if (Container.has(SSHClientsManager)) clearInterval(Container.get(SSHClientsManager).cleanupTimer);
});
