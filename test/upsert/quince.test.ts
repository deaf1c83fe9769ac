import nock from 'nock';

import { runNode } from '../harness';
import { BASE, TOKEN, credentials } from '../quince/fixtures';

type Body = { array?: Array<Record<string, unknown>>; page?: number; filter?: Record<string, unknown> };

const partnerUpsert = {
	resource: 'partner',
	operation: 'upsert',
	Name: '={{ $json.name }}',
	TaxNumber: '={{ $json.tax }}',
	additionalFields: { Phone: '={{ $json.phone }}' },
};

describe('QUINCE partner → Create or Update by Tax Number, in batches', () => {
	test('250 records, 100 of them known: 250 lookups (one per Tax Number), 2 add calls and 1 update call', async () => {
		const input = Array.from({ length: 250 }, (_, index) => ({ name: `Partner ${index}`, tax: `T${index}`, phone: `+380 ${index}` }));
		const lookups: string[] = [];
		const adds: number[] = [];
		const updates: Array<Array<Record<string, unknown>>> = [];
		let nextId = 5000;
		const scope = nock(BASE, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
			.post('/api/v2/partner/list')
			.times(250)
			.reply(200, (_uri, body: Body) => {
				const tax = String(body.filter?.TaxNumber);
				expect(body).toEqual({ filter: { TaxNumber: tax }, page: 1 });
				lookups.push(tax);
				const index = Number(tax.slice(1));
				return { success: true, data: index % 5 < 2 ? [{ Id: 1000 + index, Name: 'Old', TaxNumber: tax }] : [] };
			})
			.post('/api/v2/partner/add')
			.times(2)
			.reply(200, (_uri, body: Body) => {
				adds.push(body.array!.length);
				return { success: true, data: body.array!.map(() => ({ id: nextId++ })) };
			})
			.post('/api/v2/partner/update')
			.reply(200, (_uri, body: Body) => {
				updates.push(body.array!);
				return { success: true, data: body.array!.map((record) => ({ id: record.id })) };
			});

		const result = await runNode({ node: 'quince', parameters: partnerUpsert, credentials, input });

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(lookups).toHaveLength(250);
		expect(adds).toEqual([100, 50]);
		expect(updates).toHaveLength(1);
		expect(updates[0]).toHaveLength(100);
		expect(updates[0][0]).toEqual({ id: 1000, Name: 'Partner 0', TaxNumber: 'T0', Phone: '+380 0' });
		expect(result.items).toHaveLength(250);
		expect(result.items[0].json).toEqual({ id: 1000, Name: 'Partner 0', TaxNumber: 'T0', Phone: '+380 0', _action: 'updated' });
		expect(result.items[2].json).toEqual({ id: 5000, Name: 'Partner 2', TaxNumber: 'T2', Phone: '+380 2', _action: 'created' });
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual(input.map((_, index) => index));
		expect(result.items.filter((item) => item.json._action === 'created')).toHaveLength(150);
	}, 120_000);

	test('a Tax Number two partners share fails the run and nothing is saved', async () => {
		const scope = nock(BASE)
			.post('/api/v2/partner/list')
			.reply(200, { success: true, data: [{ Id: 1, TaxNumber: 'T1' }, { Id: 2, TaxNumber: 'T1' }] });

		const result = await runNode({ node: 'quince', parameters: partnerUpsert, credentials, input: [{ name: 'A', tax: 'T1' }] });

		expect(scope.isDone()).toBe(true);
		expect(result.error?.message).toBe("2 QUINCE partners have the Tax Number 'T1' [item 0]");
		expect(result.error?.description).toContain('Nothing was saved');
	});

	test('two input records with the same Tax Number are refused before any call', async () => {
		const result = await runNode({
			node: 'quince',
			parameters: partnerUpsert,
			credentials,
			input: [{ name: 'A', tax: 'T1' }, { name: 'B', tax: 'T2' }, { name: 'C', tax: 'T1' }],
		});

		expect(result.error?.message).toBe("Two records have the Tax Number 'T1' (input items 0 and 2) in 'Records (JSON)' [item 2]");
		expect(nock.pendingMocks()).toEqual([]);
	});

	test('a record without a Tax Number is refused before any call', async () => {
		const result = await runNode({ node: 'quince', parameters: partnerUpsert, credentials, input: [{ name: 'A', tax: 'T1' }, { name: 'B', tax: '' }] });

		expect(result.error?.message).toBe("A value is required in 'Tax Number' [item 1]");
	});

	test('Records (JSON) mode: a known partner is updated with its ID, a new one created', async () => {
		const scope = nock(BASE)
			.post('/api/v2/partner/list', { filter: { TaxNumber: 'T1' }, page: 1 })
			.reply(200, { success: true, data: [{ Id: 77, TaxNumber: 'T1' }] })
			.post('/api/v2/partner/list', { filter: { TaxNumber: 'T2' }, page: 1 })
			.reply(200, { success: true, data: [] })
			.post('/api/v2/partner/add', { array: [{ Name: 'New', TaxNumber: 'T2' }] })
			.reply(200, { success: true, data: [{ id: 78 }] })
			.post('/api/v2/partner/update', { array: [{ id: 77, Name: 'Known', TaxNumber: 'T1' }] })
			.reply(200, { success: true, data: [{ id: 77 }] });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'upsert', bodyMode: 'json' },
			credentials,
			input: [{ Name: 'Known', TaxNumber: 'T1' }, { Name: 'New', TaxNumber: 'T2' }],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([
			{ id: 77, Name: 'Known', TaxNumber: 'T1', _action: 'updated' },
			{ id: 78, Name: 'New', TaxNumber: 'T2', _action: 'created' },
		]);
	});
});

describe('QUINCE named fields', () => {
	test('Create Many maps named fields per input item and sends them in one batch', async () => {
		const scope = nock(BASE, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
			.post('/api/v2/partner/add', {
				array: [
					{ Name: 'Acme', ParentFolder: 110, Phone: '+380 1', Email: 'a@acme.test' },
					{ Name: 'Beta', ParentFolder: 110, Phone: '+380 2' },
				],
			})
			.reply(200, { success: true, data: [{ id: 1 }, { id: 2 }] });

		const result = await runNode({
			node: 'quince',
			parameters: {
				resource: 'partner',
				operation: 'createMany',
				Name: '={{ $json.company }}',
				additionalFields: { ParentFolder: 110, Phone: '={{ $json.phone }}', Email: '={{ $json.email }}' },
			},
			credentials,
			input: [
				{ company: 'Acme', phone: '+380 1', email: 'a@acme.test' },
				{ company: 'Beta', phone: '+380 2', email: '' },
			],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items.map((item) => item.json.id)).toEqual([1, 2]);
	});

	test('an item with an empty Name is refused with the field and item named, before any call', async () => {
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partnerFolder', operation: 'createMany', Name: '={{ $json.name }}' },
			credentials,
			input: [{ name: 'North' }, { name: 'South' }, { name: '' }],
		});

		expect(result.error?.message).toBe("A value is required in 'Name' [item 2]");
		expect(nock.pendingMocks()).toEqual([]);
	});

	test('Update Many with named fields sends each item with its ID', async () => {
		const scope = nock(BASE)
			.post('/api/v2/price_type/update', { array: [{ Id: 113, Name: 'Retail' }, { Id: 114, Memo: 'B2B' }] })
			.reply(200, { success: true, data: [{ id: 113 }, { id: 114 }] });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'priceType', operation: 'updateMany', Id: '={{ $json.id }}', additionalFields: { Name: '={{ $json.name }}', Memo: '={{ $json.memo }}' } },
			credentials,
			input: [{ id: 113, name: 'Retail' }, { id: 114, memo: 'B2B' }],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('Records (JSON): a raw record of another system (no QUINCE field) is refused, naming the fields', async () => {
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'json' },
			credentials,
			input: [{ Name: 'Fine' }, { _id: '65f0', client_code: 'C-1', __v: 0 }],
		});

		expect(result.error?.message).toBe("A record has none of QUINCE's partner fields in 'Records (JSON)' [item 1]");
		expect(result.error?.description).toContain('Name, ParentFolder, PrintName, TaxNumber');
		expect(nock.pendingMocks()).toEqual([]);
	});

	test('Records (JSON): a record without Name is refused before any call', async () => {
		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'json' },
			credentials,
			input: [{ Phone: '+380 1' }],
		});

		expect(result.error?.message).toBe("A record has no Name in 'Records (JSON)' [item 0]");
	});
});
