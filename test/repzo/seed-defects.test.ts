/**
 * The defects found when the node followed Repzo's SDK where the seed (repzo-api.txt) says otherwise,
 * each run through n8n's engine: the request is what the seed documents, and the answer is read from
 * the envelope the seed shows.
 */
import nock from 'nock';
import type { INodeProperties } from 'n8n-workflow';

import { repzoProperties } from '../../nodes/Repzo/properties';
import { runNode } from '../harness';
import { API_KEY, BASE, credentials, records } from './fixtures';

/** Whether a collection member's own rules (on `/resource` and `/operation`) show it on this screen. */
function memberShown(member: INodeProperties, resource: string, operation: string): boolean {
	const values: Record<string, string> = { '/resource': resource, '/operation': operation };
	const { show = {}, hide = {} } = member.displayOptions ?? {};
	return Object.entries(show).every(([key, list]) => (list as unknown[]).includes(values[key])) && !Object.entries(hide).some(([key, list]) => (list as unknown[]).includes(values[key]));
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

/** Captures the JSON body Repzo receives. */
function capture(method: 'post' | 'put', path: string, reply: object) {
	const seen: { body?: Record<string, unknown> } = {};
	const scope = nock(BASE)
		[method](path, (body: Record<string, unknown>) => {
			seen.body = body;
			return true;
		})
		.matchHeader('api-key', API_KEY)
		.reply(200, reply);
	return { scope, seen };
}

describe('Payment Term → Get Many reads the records under `result`', () => {
	test('Return All over two pages returns all 130 terms', async () => {
		const scope = nock(BASE)
			.get('/paymentterms')
			.query({ page: '1', per_page: '100' })
			.matchHeader('api-key', API_KEY)
			.reply(200, { success: true, result: records(100), pagination: { page: 1 } })
			.get('/paymentterms')
			.query({ page: '2', per_page: '100' })
			.reply(200, { success: true, result: records(30, 101), pagination: { page: 2 } });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'paymentTerm', operation: 'getAll', returnAll: true }, credentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(130);
		expect(result.items[129].json._id).toBe('id-130');
	});
});

describe('Payment → Create / Update send the seed\'s fields', () => {
	test('Create needs no field and sends client, rep, amount, paymentMethod, reference, description, date', async () => {
		const { scope, seen } = capture('post', '/payments', { data: { _id: 'p1' } });
		const result = await runNode({
			node: 'repzo',
			parameters: {
				resource: 'payment',
				operation: 'create',
				bodyMode: 'fields',
				additionalFields: {
					client: 'c1',
					rep: 'r1',
					amount: 12.5,
					paymentMethod: 'cash',
					reference: 'RC-9',
					description: 'Counter payment',
					date: '2024-05-01T10:00:00.000Z',
				},
			},
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({
			client: 'c1',
			rep: 'r1',
			amount: 12.5,
			paymentMethod: 'cash',
			reference: 'RC-9',
			description: 'Counter payment',
			date: '2024-05-01T10:00:00.000Z',
		});
		expect(result.items.map((item) => item.json)).toEqual([{ _id: 'p1' }]);
	});

	test('the SDK-only required fields (client_id, paytime, sync_id, …) are gone', () => {
		const names = repzoProperties()
			.filter((property) => (property.displayOptions?.show?.resource as string[] | undefined)?.includes('payment'))
			.filter((property) => (property.displayOptions?.show?.operation as string[] | undefined)?.includes('create'))
			.map((property) => property.name);
		for (const gone of ['client_id', 'client_name', 'paytime', 'currency', 'payment_type', 'transaction_processed', 'sync_id']) expect(names).not.toContain(gone);
	});

	test('Update sends amount and description (not only integration_meta)', async () => {
		const { scope, seen } = capture('put', '/payments/p1', { data: { _id: 'p1', amount: 20 } });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'payment', operation: 'update', id: 'p1', bodyMode: 'fields', additionalFields: { amount: 20, description: 'Corrected' } },
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ amount: 20, description: 'Corrected' });
	});
});

describe('Settlement → Create', () => {
	test('sends client, invoices and payments (required) and notes; the answer is the record itself', async () => {
		const record = { _id: 's1', client: 'c1', status: 'pending' };
		const { scope, seen } = capture('post', '/settlement', record);
		const result = await runNode({
			node: 'repzo',
			parameters: {
				resource: 'settlement',
				operation: 'create',
				bodyMode: 'fields',
				client: 'c1',
				invoices: '[{"invoice": "i1", "amount": 40}]',
				payments: '[{"payment": "p1", "amount": 40}]',
				additionalFields: { notes: 'Week 18' },
			},
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ client: 'c1', invoices: [{ invoice: 'i1', amount: 40 }], payments: [{ payment: 'p1', amount: 40 }], notes: 'Week 18' });
		expect(result.items.map((item) => item.json)).toEqual([record]);
	});

	test('an invalid Invoices list is refused before any request, naming the field', async () => {
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'settlement', operation: 'create', bodyMode: 'fields', client: 'c1', invoices: '[{oops', payments: '[]' },
			credentials,
		});
		expect(result.error?.message).toContain("'Invoices' [item 0]");
	});
});

describe('Asset Part Unit → Create / Update', () => {
	test('Create sends serialNumber, assetPart and status, which defaults to available', async () => {
		const { scope, seen } = capture('post', '/asset-part-unit', { success: true, data: { _id: 'u1' } });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'assetPartUnit', operation: 'create', bodyMode: 'fields', serialNumber: 'SN-1', assetPart: 'ap1' },
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ serialNumber: 'SN-1', assetPart: 'ap1', status: 'available' });
		expect(result.items.map((item) => item.json)).toEqual([{ _id: 'u1' }]);
	});

	test('Update sends the status the user picks', async () => {
		const { scope, seen } = capture('put', '/asset-part-unit/u1', { success: true, data: { _id: 'u1' } });
		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'assetPartUnit', operation: 'update', id: 'u1', bodyMode: 'fields', serialNumber: 'SN-1', assetPart: 'ap1', status: 'maintenance' },
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ serialNumber: 'SN-1', assetPart: 'ap1', status: 'maintenance' });
	});
});

describe('Rep → Create', () => {
	test('sends name, email, role, password and company_namespace; username is optional', async () => {
		const { scope, seen } = capture('post', '/rep', { data: { _id: 'rep1' } });
		const result = await runNode({
			node: 'repzo',
			parameters: {
				resource: 'rep',
				operation: 'create',
				bodyMode: 'fields',
				name: 'Lina',
				email: 'lina@example.com',
				role: 'salesman',
				password: 'S3cret!',
				company_namespace: 'acme',
			},
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ name: 'Lina', email: 'lina@example.com', role: 'salesman', password: 'S3cret!', company_namespace: ['acme'] });
	});

	test('an empty Email is refused before any request (Email is required now)', async () => {
		// n8n flags the empty required parameter before running the node (2.x names it, 1.x says the workflow
		// has issues); the node itself would refuse it otherwise. No request is made: nock allows none here.
		const outcome = await runNode({
			node: 'repzo',
			parameters: { resource: 'rep', operation: 'create', bodyMode: 'fields', name: 'Lina', email: '', role: 'salesman', password: 'x', company_namespace: 'acme' },
			credentials,
		}).then(
			(result) => result.error?.message ?? 'no error',
			(error: Error) => error.message,
		);
		expect(outcome).toMatch(/Parameter "Email" is required|workflow has issues|'Email' \[item 0\]/);
	});
});

describe('limit/offset lists offer what the seed documents', () => {
	test('AI Sales Order → Get Many sends search, filter, sort and order, pages with limit/offset, and offers no OCR filters', async () => {
		const scope = nock(BASE)
			.get('/activity-ai-sales-order')
			.query({ limit: '100', offset: '0', search: 'acme', filter: '{"status":"open"}', sort: 'createdAt', order: 'asc' })
			.matchHeader('api-key', API_KEY)
			.reply(200, { success: true, data: records(100), total: 130 })
			.get('/activity-ai-sales-order')
			.query({ limit: '100', offset: '100', search: 'acme', filter: '{"status":"open"}', sort: 'createdAt', order: 'asc' })
			.reply(200, { success: true, data: records(30, 101), total: 130 });
		const result = await runNode({
			node: 'repzo',
			parameters: {
				resource: 'activityAiSalesOrder',
				operation: 'getAll',
				returnAll: true,
				filters: { search: 'acme', filter: '{"status":"open"}' },
				sortOptions: { sort: 'createdAt', order: 'asc' },
			},
			credentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(130);

		const shown = repzoProperties()
			.filter((property) => (property.displayOptions?.show?.resource as string[] | undefined)?.includes('activityAiSalesOrder'))
			.filter((property) => (property.displayOptions?.show?.operation as string[] | undefined)?.includes('getAll'));
		const filterNames = shown
			.filter((property) => property.name === 'filters' || property.name === 'sortOptions')
			.flatMap((property) => ((property.options ?? []) as INodeProperties[]).filter((option) => memberShown(option, 'activityAiSalesOrder', 'getAll')).map((option) => option.name))
			.sort();
		expect(filterNames).toEqual(['filter', 'order', 'search', 'sort']);
	});
});

describe('operations only Repzo\'s SDK client calls', () => {
	test('Cart → Get Many is offered and reads `data`', async () => {
		const scope = nock(BASE).get('/cart').query({ page: '1', per_page: '2' }).reply(200, { data: records(2), total_pages: 1, current_page: 1 });
		const result = await runNode({ node: 'repzo', parameters: { resource: 'cart', operation: 'getAll', returnAll: false, limit: 2 }, credentials });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(2);
	});
});

describe('labels that no longer read alike', () => {
	const fieldsOf = (resource: string, operation: string) =>
		repzoProperties()
			.filter((property) => (property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource))
			.filter((property) => (property.displayOptions?.show?.operation as string[] | undefined)?.includes(operation))
			.flatMap((property) => (property.type === 'collection' ? ((property.options ?? []) as typeof property[]).filter((option) => memberShown(option, resource, operation)) : [property]));

	test('"Created At" (an exact moment) beside "Created Since" (a range), and "Sort Rules (JSON)" beside "Sort Field"', () => {
		const shown = fieldsOf('client', 'getAll');
		const label = (name: string) => shown.find((property) => property.name === name);
		expect(label('createdAt')).toMatchObject({ displayName: 'Created At (Exact Moment)', type: 'dateTime' });
		expect(label('from_createdAt')).toMatchObject({ displayName: 'Created Since', type: 'dateTime' });
		expect(label('createdAt')?.description).toContain('Since/Until');
		expect(label('sortBy')).toMatchObject({ displayName: 'Sort Rules (JSON)' });
		expect(label('sortBy')?.description).toContain('Sort Field');
		expect(label('sort')).toMatchObject({ displayName: 'Sort Field' });
	});
});
