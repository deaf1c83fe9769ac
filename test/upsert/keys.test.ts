/**
 * Create or Update keys, rerun after rerun: the key the lookup sends is the key the write stores, a
 * key is one exact value whatever characters it holds, and a record whose key differs is no match.
 * Each vendor is a small in-memory store whose list filter matches the key exactly, as a real one would.
 */
import nock from 'nock';
import type { INodeProperties } from 'n8n-workflow';

import { runNode } from '../harness';
import { BASE as CIRRUS, API_PATH, page, tokenCredentials } from '../cirrus/fixtures';
import { BASE as REPZO, credentials as repzoCredentials } from '../repzo/fixtures';
import { BASE as QUINCE, credentials as quinceCredentials } from '../quince/fixtures';
import { BASE as GUARDANT, credentials as guardantCredentials } from '../guardant/fixtures';
import { Cirrus } from '../../nodes/Cirrus/Cirrus.node';
import { Guardant } from '../../nodes/Guardant/Guardant.node';
import { Quince } from '../../nodes/Quince/Quince.node';
import { Repzo } from '../../nodes/Repzo/Repzo.node';

type Row = Record<string, unknown>;
type Body = { array?: Row[]; page?: number; filter?: Row };

const repzoPage = (data: unknown[]) => ({ data, total_result: data.length, current_count: data.length, total_pages: 1, current_page: 1, per_page: 100, next_page_url: null });

/** What the fake vendor saw: each lookup's key and each write's body. */
interface Seen {
	lookups: unknown[];
	creates: Row[];
	updates: Row[];
}
const newSeen = (): Seen => ({ lookups: [], creates: [], updates: [] });

describe('Cirrus account: External Key with spaces around it', () => {
	const parameters = { resource: 'account', operation: 'upsert', name: 'Spaced AB', typeid: 2, userid: 5, externalkey: '  SP-1  ' };

	function cirrusStore(store: Row[], seen: Seen) {
		return nock(CIRRUS)
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.times(2)
			.reply(200, (uri) => {
				const key = new URL(uri, CIRRUS).searchParams.get('externalkey');
				seen.lookups.push(key);
				return page(store.filter((record) => record.externalkey === key), 1, 1);
			})
			.post(`${API_PATH}/accounts/`)
			.optionally()
			.times(2)
			.reply(201, (_uri, body) => {
				seen.creates.push(body as Row);
				const record = { id: 100 + store.length, ...(body as Row) };
				store.push(record);
				return record;
			})
			.put(/\/accounts\/\d+$/)
			.optionally()
			.times(2)
			.reply(200, (uri, body) => {
				seen.updates.push({ uri, ...(body as Row) });
				return { id: Number(uri.split('/').pop()), ...(body as Row) };
			});
	}

	test('the first run looks up and creates SP-1; the rerun finds it and updates, never creating again', async () => {
		const store: Row[] = [];
		const seen = newSeen();
		cirrusStore(store, seen);

		const first = await runNode({ node: 'cirrus', parameters, credentials: tokenCredentials });
		const second = await runNode({ node: 'cirrus', parameters: { ...parameters, name: 'Spaced AB 2' }, credentials: tokenCredentials });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(seen.lookups).toEqual(['SP-1', 'SP-1']);
		expect(seen.creates).toEqual([{ name: 'Spaced AB', typeid: 2, userid: 5, externalkey: 'SP-1' }]);
		expect(seen.updates).toEqual([{ uri: `${API_PATH}/accounts/100`, name: 'Spaced AB 2', typeid: 2, userid: 5, externalkey: 'SP-1' }]);
		expect([first.items[0].json._action, second.items[0].json._action]).toEqual(['created', 'updated']);
		expect(store).toHaveLength(1);
	});
});

describe('Repzo client: Client Code kept whole', () => {
	function repzoStore(store: Row[], seen: Seen, alsoAnswer: Row[] = []) {
		return nock(REPZO)
			.get('/client')
			.query(true)
			.times(2)
			.reply(200, (uri) => {
				const codes = JSON.parse(new URL(uri, REPZO).searchParams.get('client_code') ?? '[]') as string[];
				seen.lookups.push(codes);
				// `alsoAnswer`: records a loose vendor filter returns although their code differs.
				return repzoPage([...alsoAnswer, ...store.filter((record) => codes.includes(record.client_code as string))]);
			})
			.post('/client')
			.optionally()
			.times(2)
			.reply(200, (_uri, body) => {
				seen.creates.push(body as Row);
				const record = { _id: `new${store.length + 1}`, ...(body as Row) };
				store.push(record);
				return record;
			})
			.put(/\/client\/[^/]+$/)
			.optionally()
			.times(2)
			.reply(200, (uri, body) => {
				seen.updates.push({ uri, ...(body as Row) });
				return { _id: uri.split('/').pop(), ...(body as Row) };
			});
	}

	test('a code with spaces around it is looked up and written as SP-1; the rerun updates', async () => {
		const store: Row[] = [];
		const seen = newSeen();
		repzoStore(store, seen);
		const parameters = { resource: 'client', operation: 'upsert', name: 'Kiosk', client_code: '  SP-1  ' };

		const first = await runNode({ node: 'repzo', parameters, credentials: repzoCredentials });
		const second = await runNode({ node: 'repzo', parameters, credentials: repzoCredentials });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(seen.lookups).toEqual([['SP-1'], ['SP-1']]);
		expect(seen.creates).toEqual([{ name: 'Kiosk', client_code: 'SP-1' }]);
		expect(seen.updates).toEqual([{ uri: '/client/new1', name: 'Kiosk', client_code: 'SP-1' }]);
		expect(store).toHaveLength(1);
	});

	test('code K-2,3 is looked up as one value; clients K-2 and 3 in the answer are not matches; the rerun updates', async () => {
		const store: Row[] = [];
		const seen = newSeen();
		const others = [
			{ _id: 'k2', client_code: 'K-2' },
			{ _id: 'three', client_code: '3' },
		];
		repzoStore(store, seen, others);
		const parameters = { resource: 'client', operation: 'upsert', name: 'Comma', client_code: 'K-2,3' };

		const first = await runNode({ node: 'repzo', parameters, credentials: repzoCredentials });
		const second = await runNode({ node: 'repzo', parameters, credentials: repzoCredentials });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(seen.lookups).toEqual([['K-2,3'], ['K-2,3']]);
		expect(seen.creates).toEqual([{ name: 'Comma', client_code: 'K-2,3' }]);
		expect(seen.updates).toEqual([{ uri: '/client/new1', name: 'Comma', client_code: 'K-2,3' }]);
		expect([first.items[0].json._action, second.items[0].json._action]).toEqual(['created', 'updated']);
	});

	test('a product SKU with a comma is one value too', async () => {
		const scope = nock(REPZO)
			.get('/product')
			.query({ sku: '["TEA,GREEN"]', page: '1', per_page: '100' })
			.reply(200, repzoPage([{ _id: 'p9', sku: 'TEA,GREEN' }]))
			.put('/product/p9', { name: 'Tea', category: 'cat1', sku: 'TEA,GREEN' })
			.reply(200, { _id: 'p9' });

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'product', operation: 'upsert', name: 'Tea', category: 'cat1', sku: 'TEA,GREEN' },
			credentials: repzoCredentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('QUINCE partner: Tax Number keys in batches', () => {
	const partnerUpsert = { resource: 'partner', operation: 'upsert', Name: '={{ $json.name }}', TaxNumber: '={{ $json.tax }}' };

	test('a Tax Number with spaces around it is looked up and written as SP-1; the rerun updates', async () => {
		const store: Row[] = [];
		const seen = newSeen();
		nock(QUINCE)
			.post('/api/v2/partner/list')
			.times(2)
			.reply(200, (_uri, body: Body) => {
				seen.lookups.push(body.filter);
				return { success: true, data: store.filter((record) => record.TaxNumber === body.filter?.TaxNumber) };
			})
			.post('/api/v2/partner/add')
			.optionally()
			.times(2)
			.reply(200, (_uri, body: Body) => {
				seen.creates.push(...body.array!);
				const saved = body.array!.map((record) => ({ Id: 500 + store.length, ...record }));
				store.push(...saved);
				return { success: true, data: saved.map((record) => ({ id: record.Id })) };
			})
			.post('/api/v2/partner/update')
			.optionally()
			.times(2)
			.reply(200, (_uri, body: Body) => {
				seen.updates.push(...body.array!);
				return { success: true, data: body.array!.map((record) => ({ id: record.id })) };
			});
		const input = [{ name: 'Spaced', tax: '  SP-1  ' }];

		const first = await runNode({ node: 'quince', parameters: partnerUpsert, credentials: quinceCredentials, input });
		const second = await runNode({ node: 'quince', parameters: partnerUpsert, credentials: quinceCredentials, input });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(seen.lookups).toEqual([{ TaxNumber: 'SP-1' }, { TaxNumber: 'SP-1' }]);
		expect(seen.creates).toEqual([{ Name: 'Spaced', TaxNumber: 'SP-1' }]);
		expect(seen.updates).toEqual([{ id: 500, Name: 'Spaced', TaxNumber: 'SP-1' }]);
		expect(store).toHaveLength(1);
	});

	test('Continue On Fail: K-1 (exists) updated, DUP-1 (two partners) an error item of item 1, NEW created', async () => {
		const scope = nock(QUINCE)
			.post('/api/v2/partner/list', { filter: { TaxNumber: 'K-1' }, page: 1 })
			.reply(200, { success: true, data: [{ Id: 11, TaxNumber: 'K-1' }] })
			.post('/api/v2/partner/list', { filter: { TaxNumber: 'DUP-1' }, page: 1 })
			.reply(200, { success: true, data: [{ Id: 21, TaxNumber: 'DUP-1' }, { Id: 22, TaxNumber: 'DUP-1' }] })
			.post('/api/v2/partner/list', { filter: { TaxNumber: 'NEW' }, page: 1 })
			.reply(200, { success: true, data: [] })
			.post('/api/v2/partner/add', { array: [{ Name: 'New', TaxNumber: 'NEW' }] })
			.reply(200, { success: true, data: [{ id: 30 }] })
			.post('/api/v2/partner/update', { array: [{ id: 11, Name: 'Known', TaxNumber: 'K-1' }] })
			.reply(200, { success: true, data: [{ id: 11 }] });

		const result = await runNode({
			node: 'quince',
			parameters: partnerUpsert,
			credentials: quinceCredentials,
			continueOnFail: true,
			input: [
				{ name: 'Known', tax: 'K-1' },
				{ name: 'Dup', tax: 'DUP-1' },
				{ name: 'New', tax: 'NEW' },
			],
		});

		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(3);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0, 1, 2]);
		expect(result.items[0].json).toEqual({ id: 11, Name: 'Known', TaxNumber: 'K-1', _action: 'updated' });
		expect(result.items[1].json.error).toBe("2 QUINCE partners have the Tax Number 'DUP-1' [item 1]");
		expect(result.items[2].json).toEqual({ id: 30, Name: 'New', TaxNumber: 'NEW', _action: 'created' });
	});

	test('Continue On Fail: a blank Tax Number is an error item, the valid item beside it is written', async () => {
		const scope = nock(QUINCE)
			.post('/api/v2/partner/list', { filter: { TaxNumber: 'T-9' }, page: 1 })
			.reply(200, { success: true, data: [] })
			.post('/api/v2/partner/add', { array: [{ Name: 'Valid', TaxNumber: 'T-9' }] })
			.reply(200, { success: true, data: [{ id: 90 }] });

		const result = await runNode({
			node: 'quince',
			parameters: partnerUpsert,
			credentials: quinceCredentials,
			continueOnFail: true,
			input: [
				{ name: 'Blank', tax: '   ' },
				{ name: 'Valid', tax: 'T-9' },
			],
		});

		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(2);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0, 1]);
		expect(result.items[0].json.error).toBe("A value is required in 'Tax Number' [item 0]");
		expect(result.items[1].json).toEqual({ id: 90, Name: 'Valid', TaxNumber: 'T-9', _action: 'created' });
	});
});

describe('Guardant customer: CRM ID with spaces around it', () => {
	test('the customer stored as crm-1 is found, and the update writes crm-1, not the spaced input', async () => {
		const scope = nock(GUARDANT)
			.get('/v1.0/customers')
			.query({ offset: '0', limit: '100' })
			.reply(200, { customers: [{ _id: 7, name: 'Ann', crmid: 'crm-1' }] })
			.put('/v1.0/customers/7', { customerName: 'Ann', customerLastName: '', customerCompanyName: '', crmId: 'crm-1' })
			.reply(200, { customer: { _id: 7, crmid: 'crm-1' } });

		const result = await runNode({
			node: 'guardant',
			parameters: { resource: 'customer', operation: 'upsert', customerName: 'Ann', crmId: ' crm-1 ' },
			credentials: guardantCredentials,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json._action).toBe('updated');
	});
});

describe('the key input on the Create or Update screen', () => {
	const nodes: Array<[vendor: string, node: new () => { description: { properties: INodeProperties[] } }, resource: string, key: string]> = [
		['Cirrus', Cirrus, 'account', 'externalkey'],
		['Repzo', Repzo, 'client', 'client_code'],
		['Guardant', Guardant, 'customer', 'crmId'],
		['QUINCE', Quince, 'partner', 'TaxNumber'],
	];

	test.each(nodes)('%s: the key is required and says it finds the record again so a rerun makes no duplicate', (_vendor, Node, resource, key) => {
		const shownOn = (operation: string) =>
			new Node().description.properties.filter(
				(property) =>
					property.name === key &&
					// No resource list: the operations imply the resource (dropImpliedResources).
					((property.displayOptions?.show?.resource as string[] | undefined) ?? [resource]).includes(resource) &&
					(property.displayOptions?.show?.operation as string[] | undefined)?.includes(operation),
			);
		const [input] = shownOn('upsert');
		expect(input.required).toBe(true);
		expect(input.description).toMatch(/finds the \w+ again/);
		expect(input.description).toMatch(/duplicate/);
	});
});
