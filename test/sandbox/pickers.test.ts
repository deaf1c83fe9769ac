/**
 * Every record picker and dropdown of every node, run through n8n-core's load-options context against
 * the sandbox with the sandbox credentials (as `npm run dev` and the editor e2e use them): none may
 * error or come back empty, and a search finds the record searched for.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import nock from 'nock';
import type { ICredentialDataDecryptedObject, INodeCredentialDescription, INodeType } from 'n8n-workflow';

import { sandboxCredentials, type N8nCredential } from '../../scripts/dev/credentials';
import type { SandboxHandle } from '../../sandbox/server';
import { SANDBOX_SECRETS } from '../../sandbox/secrets';
import { nodeTypes, PACKAGE } from '../harness';
import { listSearch, loadOptions } from '../pickers/context';
import { call, openSandbox } from './helpers';

const packageJson = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };

/** The node type names the package ships, from package.json (`dist/nodes/Cirrus/Cirrus.node.js` → `cirrus`). */
const NODE_NAMES = packageJson.n8n.nodes.map((file) => {
	const base = file.split('/').pop()!.replace('.node.js', '');
	return base.charAt(0).toLowerCase() + base.slice(1);
});

let sandbox: SandboxHandle;

beforeAll(async () => {
	// The shared setup blocks the network for nock; the sandbox is a loopback server of this file.
	nock.enableNetConnect('127.0.0.1');
	sandbox = await openSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

function typeOf(node: string): INodeType {
	return nodeTypes.getByNameAndVersion(`${PACKAGE}.${node}`, 1) as INodeType;
}

/** One way to sign in for a node: the sandbox credential and the `authentication` value that selects it. */
interface SignIn {
	credential: N8nCredential;
	authentication?: string;
}

function signInsOf(node: string): SignIn[] {
	const described: INodeCredentialDescription[] = typeOf(node).description.credentials ?? [];
	const all = sandboxCredentials('http://placeholder', [...new Set(described.map((entry) => entry.name))]);
	return all.map((credential) => {
		const entry = described.find((candidate) => candidate.name === credential.type)!;
		const authentication = entry.displayOptions?.show?.authentication?.[0];
		return { credential, authentication: typeof authentication === 'string' ? authentication : undefined };
	});
}

/** The sandbox credential with the running sandbox's address. */
function credentialsFor(signIn: SignIn): Record<string, ICredentialDataDecryptedObject> {
	const live = sandboxCredentials(sandbox.url, [signIn.credential.type]).find((entry) => entry.id === signIn.credential.id)!;
	return { [live.type]: { ...live.data } as ICredentialDataDecryptedObject };
}

const cases = NODE_NAMES.flatMap((node) => {
	const methods = typeOf(node).methods;
	const count = Object.keys(methods?.listSearch ?? {}).length + Object.keys(methods?.loadOptions ?? {}).length;
	return count === 0 ? [] : signInsOf(node).map((signIn) => [node, signIn.credential.name, count, signIn] as const);
});

describe('every picker and dropdown against the sandbox', () => {
	test('the walk covers the five vendor nodes and both Cirrus sign-ins', () => {
		expect(new Set(cases.map(([node]) => node))).toEqual(new Set(['enapps', 'cirrus', 'guardant', 'quince', 'repzo']));
		expect(cases.filter(([node]) => node === 'cirrus').map(([, name]) => name)).toHaveLength(2);
	});

	test.each(cases)('%s with "%s": all %d methods list records', async (node, _name, _count, signIn) => {
		const methods = typeOf(node).methods!;
		const parameters = signIn.authentication ? { authentication: signIn.authentication } : {};
		const credentials = credentialsFor(signIn);
		const failures: string[] = [];
		for (const method of Object.keys(methods.listSearch ?? {})) {
			try {
				const result = await listSearch({ node, method, parameters, credentials });
				if (result.results.length === 0) failures.push(`listSearch ${method}: no records`);
			} catch (error) {
				failures.push(`listSearch ${method}: ${(error as Error).message}`);
			}
		}
		for (const method of Object.keys(methods.loadOptions ?? {})) {
			try {
				const options = await loadOptions({ node, method, parameters, credentials });
				if (options.length === 0) failures.push(`loadOptions ${method}: no options`);
			} catch (error) {
				failures.push(`loadOptions ${method}: ${(error as Error).message}`);
			}
		}
		expect(failures).toEqual([]);
	}, 120_000);
});

describe('Repzo list search', () => {
	const repzo = (path: string) => `${sandbox.url}/repzo${path}`;
	const key = { 'api-key': SANDBOX_SECRETS.repzo.apiKey };
	const repzoCredentials = () => credentialsFor(signInsOf('repzo')[0]);

	test('typing a client name in the client picker lists that client, not the first page', async () => {
		const wanted = (await call(repzo('/client?page=2&per_page=10'), { headers: key })).json.data[3] as { _id: string; name: string };
		const result = await listSearch({ node: 'repzo', method: 'client', parameters: {}, credentials: repzoCredentials(), filter: wanted.name });
		expect(result.results[0]).toEqual({ name: wanted.name, value: wanted._id });
		expect(result.results.every((option) => option.name.includes(wanted.name))).toBe(true);
	});

	test('search matches names and codes in any case, anywhere in the value', async () => {
		const byName = await call(repzo('/client?search=wonka&per_page=100'), { headers: key });
		expect(byName.json.total_result).toBeGreaterThan(0);
		expect(byName.json.total_result).toBeLessThan(250);
		expect(byName.json.data.every((client: { name: string }) => /wonka/i.test(client.name))).toBe(true);
		const byCode = await call(repzo('/client?search=c-00042'), { headers: key });
		expect(byCode.json.data.map((client: { client_code: string }) => client.client_code)).toEqual(['C-00042']);
	});

	test('client channels are searched by name, as the seed documents', async () => {
		const channels = (await call(repzo('/client-channel?per_page=5'), { headers: key })).json.data as Array<{ _id: string; name: string }>;
		const found = await call(repzo(`/client-channel?search=${encodeURIComponent(channels[4].name.toUpperCase())}`), { headers: key });
		expect(found.json.data.map((channel: { _id: string }) => channel._id)).toContain(channels[4]._id);
		expect(found.json.data.every((channel: { name: string }) => channel.name.toLowerCase().includes(channels[4].name.toLowerCase()))).toBe(true);
	});

	test('a search that matches nothing lists nothing', async () => {
		const none = await call(repzo('/client?search=no-such-client'), { headers: key });
		expect(none.json).toMatchObject({ data: [], total_result: 0 });
	});
});

describe('picker search against the sandbox', () => {
	const searchCases = NODE_NAMES.flatMap((node) => Object.keys(typeOf(node).methods?.listSearch ?? {}).map((method) => [node, method] as const));

	test('the walk covers every record picker of the five nodes, the searchable Cirrus ones among them', () => {
		expect(new Set(searchCases.map(([node]) => node))).toEqual(new Set(['enapps', 'cirrus', 'guardant', 'quince', 'repzo']));
		const cirrus = searchCases.filter(([node]) => node === 'cirrus').map(([, method]) => method);
		expect(cirrus).toEqual(expect.arrayContaining(['account', 'contact', 'article', 'opportunity', 'lead', 'order', 'quote', 'contract', 'object']));
	});

	// A record from the second page, searched by a word of the name the picker shows (a number, else a
	// word with digits, else the longest, e.g. a surname): the search must find it, not hand back the first page (the sandbox
	// ignored `fulltext`, so the searches of seven pickers did nothing).
	test.each(searchCases)('%s: typing a word of a record\'s shown name in the %s picker finds that record', async (node, method) => {
		const signIn = signInsOf(node)[0];
		const parameters = signIn.authentication ? { authentication: signIn.authentication } : {};
		const credentials = credentialsFor(signIn);
		const first = await listSearch({ node, method, parameters, credentials });
		const second = first.paginationToken ? await listSearch({ node, method, parameters, credentials, paginationToken: first.paginationToken }) : first;
		const wanted = second.results[Math.min(3, second.results.length - 1)];
		expect(wanted).toBeDefined();
		const words = wanted.name.split(/\s+/);
		const word = words.find((candidate) => /^\d+$/.test(candidate)) ?? words.find((candidate) => /\d/.test(candidate)) ?? [...words].sort((a, b) => b.length - a.length)[0];
		// A picker that searches the pages it reads (no vendor filter) hands on a token: scroll, as the editor does.
		let found = await listSearch({ node, method, parameters, credentials, filter: word });
		const results = [...found.results];
		for (let more = 0; !results.some((option) => option.value === wanted.value) && found.paginationToken && more < 10; more++) {
			found = await listSearch({ node, method, parameters, credentials, filter: word, paginationToken: found.paginationToken });
			results.push(...found.results);
		}
		expect(results.map((option) => option.value)).toContain(wanted.value);
		// Searched, not merely listed: fewer than the two unsearched pages, or every entry shows the word.
		const named = results.every((option) => option.name.toLowerCase().includes(word.toLowerCase()));
		expect(named || results.length < first.results.length + second.results.length).toBe(true);
	});
});

describe('Cirrus account types', () => {
	test.each(signInsOf('cirrus').map((signIn) => [signIn.credential.name, signIn] as const))('the Account Type dropdown lists the sandbox types with "%s"', async (_name, signIn) => {
		const options = await loadOptions({ node: 'cirrus', method: 'accountType', parameters: { authentication: signIn.authentication }, credentials: credentialsFor(signIn) });
		expect(options).toEqual([
			{ name: 'Customer', value: 1 },
			{ name: 'Prospect', value: 2 },
			{ name: 'Supplier', value: 3 },
		]);
	});

	test('GET /accounttypes/ answers a bare array in the seed shape, and needs a sign-in', async () => {
		const answer = await call(`${sandbox.url}/cirrus/rest/accounttypes/`, { headers: { 'x-token': SANDBOX_SECRETS.cirrus.apiToken } });
		expect(answer.status).toBe(200);
		expect(answer.json[0]).toMatchObject({ id: 1, name: 'Customer', typeiscustomer: 1, typeisprospect: 0, sortorder: 1 });
		expect((await call(`${sandbox.url}/cirrus/rest/accounttypes/`)).status).toBe(401);
	});
});
