/**
 * Waiting for a busy vendor inside the node's request loop, through n8n-core's engine. The tests never
 * really wait: the server answers `Retry-After: 0`, or the node's First Delay is set to 0.
 */
import nock from 'nock';

import { decideRetry, DEFAULT_RETRY_POLICY, retryAfterSeconds } from '../../nodes/shared/request/retry';
import { runNode } from '../harness';
import * as enapps from '../enapps/fixtures';
import * as guardant from '../guardant/fixtures';
import * as quince from '../quince/fixtures';
import * as repzo from '../repzo/fixtures';

const noWait = { firstDelay: 0 };

describe('a busy vendor is waited for and asked again', () => {
	test('Return All over 50 pages meeting one 429 on page 37 completes with every record in 51 requests', async () => {
		const total = 4950; // 49 full pages of 100 and a last page of 50
		let refused = false;
		const asked: number[] = [];
		const scope = nock(guardant.BASE)
			.matchHeader('authorization', `Bearer ${guardant.TOKEN}`)
			.get('/v1.0/customers')
			.query(true)
			.times(51)
			.reply((uri) => {
				const offset = Number(new URL(uri, guardant.BASE).searchParams.get('offset'));
				asked.push(offset);
				if (offset === 3600 && !refused) {
					refused = true;
					return [429, { message: 'Too many requests' }, { 'Retry-After': '0' }];
				}
				return [200, { customers: guardant.customers(Math.min(100, total - offset), offset + 1) }];
			});

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'getAll', returnAll: true },
			credentials: guardant.credentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(asked).toHaveLength(51);
		expect(asked.filter((offset) => offset === 3600)).toHaveLength(2);
		expect(result.items).toHaveLength(total);
		expect(result.items.map((item) => item.json._id)).toEqual(Array.from({ length: total }, (_, index) => index + 1));
	});

	test('after the last retry the error says how many attempts were made', async () => {
		const scope = nock(guardant.BASE).get('/v1.0/customers/1').times(4).reply(429, { message: 'Slow down' }, { 'Retry-After': '0' });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 1 }, credentials: guardant.credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.error?.message).toBe('Guardant answered HTTP 429: Slow down (gave up after 4 attempts)');
		expect(result.error?.httpCode).toBe('429');
	});

	test('Max Retries and Enabled are settable under the node options', async () => {
		const twice = nock(guardant.BASE).get('/v1.0/customers/1').times(2).reply(503, { message: 'Maintenance' });
		const first = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'get', customerId: 1, retryOptions: { ...noWait, maxRetries: 1 } },
			credentials: guardant.credentials,
		});
		expect(twice.isDone()).toBe(true);
		expect(first.error?.message).toBe('Guardant answered HTTP 503: Maintenance (gave up after 2 attempts)');

		const once = nock(guardant.BASE).get('/v1.0/customers/1').once().reply(503, { message: 'Maintenance' });
		const off = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'get', customerId: 1, retryOptions: { enabled: false } },
			credentials: guardant.credentials,
		});
		expect(once.isDone()).toBe(true);
		expect(off.error?.message).toBe('Guardant answered HTTP 503: Maintenance');
	});

	test('a Retry-After longer than Max Wait fails at once, saying so', async () => {
		const scope = nock(guardant.BASE).get('/v1.0/customers/1').once().reply(429, { message: 'Quota used up' }, { 'Retry-After': '120' });
		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'get', customerId: 1 }, credentials: guardant.credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.error?.message).toBe(
			'Guardant answered HTTP 429: Quota used up (not retried: it asked to wait 120 s (Retry-After), longer than the 60 s the node waits)',
		);
	});

	test('a Retry-After given as an HTTP date is honoured', async () => {
		const past = new Date(Date.now() - 5000).toUTCString();
		const scope = nock(repzo.BASE)
			.get('/client/c1')
			.reply(429, { message: 'busy' }, { 'Retry-After': past })
			.get('/client/c1')
			.reply(200, { _id: 'c1' });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'get', id: 'c1' }, credentials: repzo.credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ _id: 'c1' });
	});

	test('a write is retried on 429/503 (not processed) but never on 502/504 (maybe processed)', async () => {
		const body = { customerName: 'Acme' };
		const retried = nock(guardant.BASE)
			.post('/v1.0/customers', body)
			.reply(503, { message: 'Unavailable' })
			.post('/v1.0/customers', body)
			.reply(200, { customer: { _id: 5, name: 'Acme' } });
		const ok = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', bodyJson: JSON.stringify(body), retryOptions: noWait },
			credentials: guardant.credentials,
		});
		expect(retried.isDone()).toBe(true);
		expect(ok.items.map((item) => item.json)).toEqual([{ _id: 5, name: 'Acme' }]);

		const once = nock(guardant.BASE).post('/v1.0/customers', body).once().reply(502, 'Bad Gateway', { 'Content-Type': 'text/plain' });
		const failed = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', bodyJson: JSON.stringify(body), retryOptions: noWait },
			credentials: guardant.credentials,
		});
		expect(once.isDone()).toBe(true);
		expect(failed.error?.message).toBe('Guardant answered HTTP 502: Bad Gateway');
	});

	test('a read is retried on 502 and 504', async () => {
		const scope = nock(guardant.BASE)
			.get('/v1.0/customers/1')
			.reply(502, 'Bad Gateway')
			.get('/v1.0/customers/1')
			.reply(504, 'Gateway Timeout')
			.get('/v1.0/customers/1')
			.reply(200, { customer: { _id: 1 } });
		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'get', customerId: 1, retryOptions: noWait },
			credentials: guardant.credentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ _id: 1 });
	});

	test.each([401, 400, 404, 500])('HTTP %i is not retried', async (status) => {
		const scope = nock(guardant.BASE).get('/v1.0/customers/1').once().reply(status, { message: 'No' });
		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'get', customerId: 1, retryOptions: noWait },
			credentials: guardant.credentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.error?.message).toBe(`Guardant answered HTTP ${status}: No`);
	});

	test('Enapps (whose errors n8n throws, to renew tokens) waits too', async () => {
		const scope = nock(enapps.BASE)
			.get(`${enapps.API}/partners`)
			.query({ _id: '1' })
			.reply(503, { message: 'Busy' })
			.get(`${enapps.API}/partners`)
			.query({ _id: '1' })
			.reply(200, [{ id: 1 }]);
		const result = await runNode({
			node: 'enapps',
			parameters: { resource: 'partner', operation: 'get', recordId: 1, retryOptions: noWait },
			credentials: enapps.tokenCredentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: 1 }]);
	});

	test('QUINCE (which reads its own error bodies) and Custom API Call are retried the same way', async () => {
		const scope = nock(quince.BASE)
			.post('/api/v2/partner/list')
			.reply(429, { success: false, error: 'Rate limit' }, { 'Retry-After': '0' })
			.post('/api/v2/partner/list')
			.reply(200, { success: true, data: [{ Id: 1 }] });
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'customApiCall', operation: 'request', customMethod: 'POST', customPath: '/api/v2/partner/list', customBody: '{}' },
			credentials: quince.credentials,
		});
		expect(scope.isDone()).toBe(true);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ success: true, data: [{ Id: 1 }] });
	});
});

describe('retry policy', () => {
	test('Retry-After in seconds and as an HTTP date', () => {
		const now = Date.parse('2026-01-01T10:00:00Z');
		expect(retryAfterSeconds({ 'retry-after': '7' }, now)).toBe(7);
		expect(retryAfterSeconds({ 'Retry-After': 'Thu, 01 Jan 2026 10:00:30 GMT' }, now)).toBe(30);
		expect(retryAfterSeconds({ 'retry-after': 'Thu, 01 Jan 2026 09:00:00 GMT' }, now)).toBe(0);
		expect(retryAfterSeconds({ 'retry-after': 'soon' }, now)).toBeUndefined();
		expect(retryAfterSeconds({}, now)).toBeUndefined();
	});

	test('without Retry-After the wait doubles, bounded by the retries and the total wait', () => {
		const waits = [1, 2, 3].map((attempt) => decideRetry(DEFAULT_RETRY_POLICY, 429, 'GET', {}, attempt, 0));
		expect(waits).toEqual([{ wait: 1 }, { wait: 2 }, { wait: 4 }]);
		expect(decideRetry(DEFAULT_RETRY_POLICY, 429, 'GET', {}, 4, 7)).toEqual({ stop: undefined });
		expect(decideRetry({ ...DEFAULT_RETRY_POLICY, firstDelay: 40 }, 429, 'GET', {}, 2, 40)).toEqual({ stop: 'waiting longer than 60 s' });
		expect(decideRetry(DEFAULT_RETRY_POLICY, 502, 'POST', {}, 1, 0)).toEqual({ stop: undefined });
	});
});
