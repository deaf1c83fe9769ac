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
