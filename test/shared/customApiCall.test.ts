/**
 * Custom API Call sends only the methods of its Method dropdown, also when an expression gives the
 * method: anything else (TRACE, OPTIONS, ...) is refused before a request carries the credential.
 */
import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { runNode } from '../harness';
import { API, BASE as ENAPPS, TOKEN, tokenCredentials as enappsCredentials } from '../enapps/fixtures';
import { API_KEY, BASE as REPZO, credentials as repzoCredentials } from '../repzo/fixtures';

interface Vendor {
	node: string;
	base: string;
	/** What the credential puts in front of the Path. */
	prefix: string;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	auth: [string, string];
}

const vendors: Vendor[] = [
	{ node: 'repzo', base: REPZO, prefix: '', credentials: repzoCredentials, auth: ['api-key', API_KEY] },
	{ node: 'enapps', base: ENAPPS, prefix: API, credentials: enappsCredentials, auth: ['authorization', `Bearer ${TOKEN}`] },
];

/** Records every request to the host, whatever its method and path. */
function anyRequest(base: string) {
	const seen: Array<{ method: string; path: string; body: unknown }> = [];
	for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'OPTIONS', 'HEAD']) {
		nock(base)
			.persist()
			.intercept(/.*/, method)
			.query(true)
			.reply(200, function (path, body) {
				seen.push({ method, path, body: body === '' ? undefined : body });
				return { ok: true };
			});
	}
	return seen;
}

const call = (customMethod: string, extra: IDataObject = {}) => ({ resource: 'customApiCall', operation: 'request', customMethod, customPath: '/things', ...extra });

describe.each(vendors)('$node Custom API Call: Method from an expression', ({ node, base, prefix, credentials, auth }) => {
	test("Method '={{ \"TRACE\" }}' is refused naming 'Method' and [item 0], and nothing is sent", async () => {
		const seen = anyRequest(base);

		const result = await runNode({ node, parameters: call('={{ "TRACE" }}'), credentials });

		expect(result.error?.message).toBe("The method 'TRACE' is not one of DELETE, GET, PATCH, POST, PUT in 'Method' [item 0]");
		expect(result.error?.description).toBe('Custom API Call sends only the methods of the Method list, so the credential never goes out with another one. Lower case (e.g. post) is accepted too.');
		expect(seen).toEqual([]);
	});

	test('with Continue On Fail, an item whose Method is OPTIONS gets the error and the GET item is sent', async () => {
		const seen = anyRequest(base);

		const result = await runNode({ node, parameters: call('={{ $json.method }}'), credentials, input: [{ method: 'GET' }, { method: 'OPTIONS' }], continueOnFail: true });

		expect(seen).toEqual([{ method: 'GET', path: `${prefix}/things`, body: undefined }]);
		expect(result.items.map((item) => item.json)).toEqual([{ ok: true }, { error: "The method 'OPTIONS' is not one of DELETE, GET, PATCH, POST, PUT in 'Method' [item 1]" }]);
	});

	test('Method GET picked from the list is sent with the credential', async () => {
		const scope = nock(base).get(`${prefix}/things`).matchHeader(auth[0], auth[1]).reply(200, { ok: true });

		const result = await runNode({ node, parameters: call('GET'), credentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ ok: true }]);
	});

	test("Method '={{ \"post\" }}' in lower case is sent as POST with its body, as n8n's HTTP Request node sends it", async () => {
		const scope = nock(base).post(`${prefix}/things`, { a: 1 }).matchHeader(auth[0], auth[1]).reply(200, { ok: true });

		const result = await runNode({ node, parameters: call('={{ "post" }}', { customBody: '{"a": 1}' }), credentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test("Method '={{ \"get\" }}' in lower case is sent as GET, without reading Body (JSON)", async () => {
		const seen = anyRequest(base);

		const result = await runNode({ node, parameters: call('={{ "get" }}', { customBody: 'left over, not JSON' }), credentials });

		expect(result.error).toBeUndefined();
		expect(seen).toEqual([{ method: 'GET', path: `${prefix}/things`, body: undefined }]);
	});
});
