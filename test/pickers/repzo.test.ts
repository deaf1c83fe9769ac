import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { repzoCatalog } from '../../nodes/Repzo/catalog';
import { parameterKey } from '../../nodes/shared/fields';
import { runNode } from '../harness';
import { API_KEY, BASE, credentials } from '../repzo/fixtures';
import { listSearch, loadOptions } from './context';

/** A Repzo page of the `page`/`per_page` family. */
function page(data: unknown[], current: number, totalPages: number) {
	return { total_result: data.length, current_count: data.length, total_pages: totalPages, current_page: current, per_page: 100, next_page_url: current < totalPages ? `/x?page=${current + 1}` : null, data };
}
const clients = (count: number, start = 1) => Array.from({ length: count }, (_, i) => ({ _id: `c${start + i}`, name: `Client ${start + i}`, client_code: `C-${start + i}` }));

describe('Repzo pickers: listSearch and loadOptions through n8n-core', () => {
	test('the client list reads page 1 of /client (100 per page) with the api-key, naming records by name', async () => {
		const scope = nock(BASE)
			.matchHeader('api-key', API_KEY)
			.get('/client')
			.query({ page: '1', per_page: '100' })
			.reply(200, page(clients(100), 1, 4));
		const result = await listSearch({ node: 'repzo', method: 'client', parameters: { resource: 'visit' }, credentials });
		expect(scope.isDone()).toBe(true);
		expect(result.results).toHaveLength(100);
		expect(result.results[0]).toEqual({ name: 'Client 1', value: 'c1' });
		expect(result.paginationToken).toBe('2');
	});

	test('search is sent as Repzo\'s search parameter; the last page (no next_page_url) ends the list', async () => {
		const scope = nock(BASE)
			.get('/rep')
			.query({ page: '2', per_page: '100', search: 'anna' })
			.reply(200, page([{ _id: 'r9', name: 'Anna Berg' }], 2, 2));
		const result = await listSearch({ node: 'repzo', method: 'rep', parameters: {}, credentials, filter: 'anna', paginationToken: '2' });
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({ results: [{ name: 'Anna Berg', value: 'r9' }] });
	});

	test('tags are a dropdown: every page is read, sorted by name', async () => {
		const scope = nock(BASE)
			.get('/tag')
			.query({ page: '1', per_page: '100' })
			.reply(200, page(Array.from({ length: 100 }, (_, i) => ({ _id: `t${i}`, tag: `x`, name: `Tag ${String(i).padStart(3, '0')}` })), 1, 2))
			.get('/tag')
			.query({ page: '2', per_page: '100' })
			.reply(200, page([{ _id: 'ta', name: 'A-list' }], 2, 2));
		const options = await loadOptions({ node: 'repzo', method: 'tag', parameters: {}, credentials });
		expect(scope.isDone()).toBe(true);
		expect(options).toHaveLength(101);
		expect(options[0]).toEqual({ name: 'A-list', value: 'ta' });
	});

	test('the staging environment of the credential is where the picker reads', async () => {
		const scope = nock('https://staging.sv.api.repzo.me').get('/warehouse').query(true).reply(200, page([{ _id: 'w1', name: 'Main' }], 1, 1));
		const result = await listSearch({ node: 'repzo', method: 'warehouse', parameters: {}, credentials: { repzoApi: { apiKey: API_KEY, environment: 'staging' } } });
		expect(scope.isDone()).toBe(true);
		expect(result.results).toEqual([{ name: 'Main', value: 'w1' }]);
	});

	test('a refusal reaches the picker as the vendor message with the HTTP status', async () => {
		nock(BASE).get('/client').query(true).reply(403, { name: 'Forbidden', message: 'Not allowed for this key', code: 403 });
		await expect(listSearch({ node: 'repzo', method: 'client', parameters: {}, credentials })).rejects.toMatchObject({
			message: 'Repzo answered HTTP 403: Not allowed for this key',
			httpCode: '403',
		});
	});
});

describe('Repzo pickers: declared by rule, so they survive regeneration', () => {
	const picked = (resource: string, operation: string, name: string) =>
		repzoCatalog.operations.find((op) => op.resource === resource && op.operation === operation)?.fields?.find((field) => field.name === name)?.picker?.resource;

	test('record IDs in paths and client/rep/warehouse/product fields point to their resource', () => {
		expect(picked('client', 'get', 'id')).toBe('client');
		expect(picked('warehouse', 'update', 'id')).toBe('warehouse');
		const names = new Map<string, string>();
		for (const op of repzoCatalog.operations) for (const field of op.fields ?? []) if (field.picker && field.in !== 'path') names.set(field.name, field.picker.resource);
		expect(names.get('client')).toBe('client');
		expect(names.get('rep')).toBe('rep');
		expect(names.get('warehouse')).toBe('warehouse');
		expect(names.get('product')).toBe('product');
	});

	test('every picker source is a list without required inputs', () => {
		for (const [key, source] of Object.entries(repzoCatalog.pickers ?? {})) {
			const list = repzoCatalog.operations.find((op) => op.resource === key && op.list && !op.path.includes('{'));
			expect(list).toBeDefined();
			expect(source.id).toBe('_id');
		}
	});
});

describe('Repzo pickers: the picked value on the wire', () => {
	test.each([
		['From List', { __rl: true, mode: 'list', value: 'c1' }],
		['By ID', { __rl: true, mode: 'id', value: 'c 1/ä' }],
		['a plain string', 'c 1/ä'],
	])('Client → Get reads the client picked %s, URL-encoded', async (_title, id) => {
		const value = typeof id === 'string' ? id : (id.value as string);
		const scope = nock(BASE).get(`/client/${encodeURIComponent(value)}`).reply(200, { _id: value });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'get', id }, credentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('a required client picked from the list is sent in the body of a create', async () => {
		const op = repzoCatalog.operations.find((candidate) => candidate.method === 'POST' && candidate.fields?.some((field) => field.name === 'client' && field.in === 'body' && field.required && field.picker));
		expect(op).toBeDefined();
		const parameters: INodeParameters = { resource: op!.resource, operation: op!.operation };
		for (const field of op!.fields ?? []) {
			if (!field.required || field.in !== 'body') continue;
			const key = parameterKey(field);
			if (field.picker) parameters[key] = { __rl: true, mode: 'list', value: `${field.name}-1` };
			else if (field.kind === 'number') parameters[key] = 1;
			else if (field.kind === 'options') parameters[key] = field.options![0].value;
			else if (field.kind === 'json') parameters[key] = field.jsonKind === 'array' ? '[]' : '{}';
			else if (field.kind === 'boolean') parameters[key] = true;
			else if (field.kind === 'dateTime') parameters[key] = '2024-05-01T10:00:00.000Z';
			else parameters[key] = 'x';
		}
		const scope = nock(BASE)
			.post(op!.path, (body) => body.client === 'client-1')
			.reply(200, { _id: 'new' });
		const result = await runNode({ node: 'repzo', parameters, credentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('an empty required client from an expression is refused by its display name before any request', async () => {
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'delete', id: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			credentials,
			input: [{}],
		});
		expect(result.error?.message).toBe("A value is required in 'Client ID' [item 0]");
		expect(nock.pendingMocks()).toEqual([]);
	});
});
