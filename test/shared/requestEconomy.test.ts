/**
 * Get Many sends no request it can do without, on every vendor: a short page ends a list whose page
 * size is documented, an empty page ends any list, and a stated page count saves the last look
 * (nodes/shared/pagination.ts).
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../harness';
import { API_PATH, BASE as CIRRUS, accounts, page as cirrusPage, tokenCredentials as cirrusCredentials } from '../cirrus/fixtures';
import { API, BASE as ENAPPS, records as enappsRecords, tokenCredentials as enappsCredentials } from '../enapps/fixtures';
import { BASE as GUARDANT, credentials as guardantCredentials, customers } from '../guardant/fixtures';
import { BASE as QUINCE, credentials as quinceCredentials, partners } from '../quince/fixtures';
import { BASE as REPZO, credentials as repzoCredentials, records as repzoRecords } from '../repzo/fixtures';

const query = (uri: string, base: string) => new URL(uri, base).searchParams;

interface Vendor {
	name: string;
	node: string;
	resource: string;
	operation: string;
	credentials: Parameters<typeof runNode>[0]['credentials'];
	/** The documented page size, which Return All asks for. */
	pageSize: number;
	/** Whether the answer states how many pages there are (then no empty page is needed to see the end). */
	counts: boolean;
	/** Serves `total` records the way the vendor pages them; returns the paging parameters of each request, in order. */
	serve(total: number): string[];
	/** The paging parameters of page `n` (from 1) when pages hold `size` records. */
	wire(n: number, size: number): string;
}

const vendors: Vendor[] = [
	{
		name: 'Enapps',
		node: 'enapps',
		resource: 'partner',
		operation: 'getAll',
		credentials: enappsCredentials,
		pageSize: 1000,
		counts: false,
		serve(total) {
			const asked: string[] = [];
			nock(ENAPPS)
				.persist()
				.get(`${API}/partners`)
				.query(true)
				.reply((uri) => {
					const params = query(uri, ENAPPS);
					asked.push(params.toString());
					const start = (Number(params.get('page')) - 1) * 1000;
					return [200, enappsRecords(Math.max(0, Math.min(1000, total - start)), start + 1)];
				});
			return asked;
		},
		wire: (n) => `page=${n}`,
	},
	{
		name: 'Guardant',
		node: 'guardant',
		resource: 'customer',
		operation: 'getAll',
		credentials: guardantCredentials,
		pageSize: 100,
		counts: false,
		serve(total) {
			const asked: string[] = [];
			nock(GUARDANT)
				.persist()
				.get('/v1.0/customers')
				.query(true)
				.reply((uri) => {
					const params = query(uri, GUARDANT);
					asked.push(params.toString());
					const offset = Number(params.get('offset'));
					const limit = Number(params.get('limit'));
					return [200, { customers: customers(Math.max(0, Math.min(limit, total - offset)), offset + 1) }];
				});
			return asked;
		},
		wire: (n, size) => `offset=${(n - 1) * size}&limit=${size}`,
	},
	{
		name: 'QUINCE',
		node: 'quince',
		resource: 'partner',
		operation: 'getAll',
		credentials: quinceCredentials,
		pageSize: 100,
		counts: false,
		serve(total) {
			const asked: string[] = [];
			nock(QUINCE)
				.persist()
				.post('/api/v2/partner/list')
				.reply((_uri, body) => {
					asked.push(JSON.stringify(body));
					const start = (Number((body as { page: number }).page) - 1) * 100;
					return [200, { success: true, data: partners(Math.max(0, Math.min(100, total - start)), start + 1) }];
				});
			return asked;
		},
		wire: (n) => JSON.stringify({ page: n }),
	},
	{
		name: 'Cirrus',
		node: 'cirrus',
		resource: 'account',
		operation: 'getMany',
		credentials: cirrusCredentials,
		pageSize: 50,
		counts: true,
		serve(total) {
			const asked: string[] = [];
			nock(CIRRUS)
				.persist()
				.get(`${API_PATH}/accounts/`)
				.query(true)
				.reply((uri) => {
					const params = query(uri, CIRRUS);
					asked.push(params.toString());
					const number = Number(params.get('page'));
					const size = Number(params.get('per_page'));
					const start = (number - 1) * size;
					const items = accounts(Math.max(0, Math.min(size, total - start)), start + 1);
					return [200, cirrusPage(items, number, Math.ceil(total / size), size, total)];
				});
			return asked;
		},
		// Cirrus sends its default sort with every list request.
		wire: (n, size) => `sorting=name_asc&page=${n}&per_page=${size}`,
	},
	{
		name: 'Repzo',
		node: 'repzo',
		resource: 'client',
		operation: 'getAll',
		credentials: repzoCredentials,
		pageSize: 100,
		counts: true,
		serve(total) {
			const asked: string[] = [];
			nock(REPZO)
				.persist()
				.get('/client')
				.query(true)
				.reply((uri) => {
					const params = query(uri, REPZO);
					asked.push(params.toString());
					const number = Number(params.get('page'));
					const size = Number(params.get('per_page'));
					const start = (number - 1) * size;
					const pages = Math.ceil(total / size);
					const data = repzoRecords(Math.max(0, Math.min(size, total - start)), start + 1);
					const next = number < pages ? `${REPZO}/client?page=${number + 1}` : null;
					return [200, { data, current_page: number, per_page: size, total_pages: pages, total_result: total, next_page_url: next }];
				});
			return asked;
		},
		wire: (n, size) => `page=${n}&per_page=${size}`,
	},
];

const run = (vendor: Vendor, paging: IDataObject) =>
	runNode({ node: vendor.node, parameters: { resource: vendor.resource, operation: vendor.operation, ...paging }, credentials: vendor.credentials });

describe.each(vendors)('$name: Get Many asks no more than it must', (vendor) => {
	test('Limit 10 on 5 records sends one request', async () => {
		const asked = vendor.serve(5);

		const result = await run(vendor, { returnAll: false, limit: 10 });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(5);
		expect(asked).toEqual([vendor.wire(1, 10)]);
	});

	test('Return All on 5 records sends one request', async () => {
		const asked = vendor.serve(5);

		const result = await run(vendor, { returnAll: true });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(5);
		expect(asked).toEqual([vendor.wire(1, vendor.pageSize)]);
	});

	test('a Limit of exactly two full pages sends two requests', async () => {
		const total = 2 * vendor.pageSize;
		const asked = vendor.serve(total);

		const result = await run(vendor, { returnAll: false, limit: total });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(total);
		expect(asked).toEqual([vendor.wire(1, vendor.pageSize), vendor.wire(2, vendor.pageSize)]);
	});

	// Without a page count, only an empty page shows that a full page was the last.
	test(`Return All on exactly two full pages sends ${vendor.counts ? 'two requests (the answer counts the pages)' : 'three requests (nothing counts the pages)'}`, async () => {
		const total = 2 * vendor.pageSize;
		const asked = vendor.serve(total);

		const result = await run(vendor, { returnAll: true });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(total);
		const pages = vendor.counts ? [1, 2] : [1, 2, 3];
		expect(asked).toEqual(pages.map((n) => vendor.wire(n, vendor.pageSize)));
	});
});

describe('an empty page ends a list, whatever the envelope says', () => {
	test('Repzo stating 99 pages with an empty page 4: Return All sends 4 requests and returns the 300 records of pages 1-3', async () => {
		const asked: string[] = [];
		nock(REPZO)
			.persist()
			.get('/client')
			.query(true)
			.reply((uri) => {
				const params = query(uri, REPZO);
				asked.push(params.toString());
				const number = Number(params.get('page'));
				const data = number <= 3 ? repzoRecords(100, number * 100 - 99) : [];
				return [200, { data, current_page: number, per_page: 100, total_pages: 99, next_page_url: `${REPZO}/client?page=${number + 1}` }];
			});

		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'getAll', returnAll: true }, credentials: repzoCredentials });

		expect(result.error).toBeUndefined();
		expect(asked).toEqual([1, 2, 3, 4].map((n) => `page=${n}&per_page=100`));
		expect(result.items).toHaveLength(300);
		expect(result.items[299].json._id).toBe('id-300');
	});
});
