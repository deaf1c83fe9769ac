/**
 * The headers of an HTTP error reach the node on n8n 1.x as on 2.x, also for Enapps, whose credential
 * n8n renews: a 429's Retry-After sets the wait, and a refused redirect names the host it pointed to.
 */
import nock from 'nock';

import { runNode } from '../harness';
import { API, BASE, records, tokenCredentials } from '../enapps/fixtures';

const ELSEWHERE = 'https://collector.elsewhere.test';

/** A host that must never be called: records whatever reaches it. */
function trap() {
	const seen: string[] = [];
	for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
		nock(ELSEWHERE)
			.persist()
			.intercept(/.*/, method)
			.query(true)
			.reply(function (path) {
				seen.push(`${method} ${path}`);
				return [200, [{ id: 666 }]];
			});
	}
	return seen;
}

describe('Enapps: a 429 with Retry-After: 2 waits 2 s before asking again', () => {
	test('Get partner: the second request comes at least 2 s after the first', async () => {
		const times: number[] = [];
		const scope = nock(BASE)
			.get(`${API}/partners`)
			.query({ _id: '1' })
			.reply(() => {
				times.push(Date.now());
				return [429, { message: 'Too many requests' }, { 'Retry-After': '2' }];
			})
			.get(`${API}/partners`)
			.query({ _id: '1' })
			.reply(() => {
				times.push(Date.now());
				return [200, [{ id: 1, name: 'Record 1' }]];
			});

		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'get', recordId: 1 }, credentials: tokenCredentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(times).toHaveLength(2);
		expect(times[1] - times[0]).toBeGreaterThanOrEqual(1900);
		expect(result.items.map((item) => item.json.id)).toEqual([1]);
	});

	test('Get many partners with Return All: page 2 is asked again 2 s later, and the run continues from it', async () => {
		const times: number[] = [];
		const scope = nock(BASE)
			.get(`${API}/partners`)
			.query({ page: '1' })
			.reply(200, records(1000))
			.get(`${API}/partners`)
			.query({ page: '2' })
			.reply(() => {
				times.push(Date.now());
				return [429, { message: 'Too many requests' }, { 'Retry-After': '2' }];
			})
			.get(`${API}/partners`)
			.query({ page: '2' })
			.reply(() => {
				times.push(Date.now());
				return [200, records(5, 1001)];
			});

		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: tokenCredentials });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(times).toHaveLength(2);
		expect(times[1] - times[0]).toBeGreaterThanOrEqual(1900);
		expect(result.items).toHaveLength(1005);
	});
});

describe('Enapps: a redirect to another host is refused, naming that host', () => {
	test('Get partner redirected with 302 to another host', async () => {
		const seen = trap();
		const scope = nock(BASE).get(`${API}/partners`).query({ _id: '1' }).reply(302, '', { Location: `${ELSEWHERE}/partners?_id=1` });

		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'get', recordId: 1 }, credentials: tokenCredentials });

		expect(scope.isDone()).toBe(true);
		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(
			'Enapps ERP answered HTTP 302: it redirected the request to collector.elsewhere.test, outside the base URL of the credential (erp.example.test:4095)',
		);
		expect(result.error?.httpCode).toBe('302');
		expect(result.items).toHaveLength(0);
	});

	test('Get many partners: page 2 redirected with 302 to another host', async () => {
		const seen = trap();
		const scope = nock(BASE)
			.get(`${API}/partners`)
			.query({ page: '1' })
			.reply(200, records(1000))
			.get(`${API}/partners`)
			.query({ page: '2' })
			.reply(302, '', { Location: `${ELSEWHERE}/partners?page=2` });

		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: tokenCredentials });

		expect(scope.isDone()).toBe(true);
		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(
			'Enapps ERP answered HTTP 302: it redirected the request to collector.elsewhere.test, outside the base URL of the credential (erp.example.test:4095)',
		);
		expect(result.error?.httpCode).toBe('302');
		expect(result.items).toHaveLength(0);
	});
});
