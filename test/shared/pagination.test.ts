/**
 * Return All ends exactly at the last page, whatever the server does: pages shorter than asked,
 * a page count it overstates or repeats wrongly, a page parameter it ignores, or a list longer than
 * n8n can output (nodes/shared/pagination.ts).
 */
import nock from 'nock';
import type { IDataObject, INodeTypeDescription } from 'n8n-workflow';

import { Guardant } from '../../nodes/Guardant/Guardant.node';
import { guardantCatalog } from '../../nodes/Guardant/catalog';
import { buildProperties } from '../../nodes/shared/builder';
import type { VendorCatalog } from '../../nodes/shared/catalog';
import { buildCustomOperations } from '../../nodes/shared/customOperations';
import * as pg from '../../nodes/shared/pagination';
import { addNodeType, runNode } from '../harness';
import { API_PATH, BASE as CIRRUS, accounts, page as cirrusPage, tokenCredentials as cirrusCredentials } from '../cirrus/fixtures';
import { API, BASE as ENAPPS, records as enappsRecords, tokenCredentials as enappsCredentials } from '../enapps/fixtures';
import { BASE as GUARDANT, credentials as guardantCredentials, customers } from '../guardant/fixtures';
import { BASE as REPZO, credentials as repzoCredentials, records as repzoRecords } from '../repzo/fixtures';

const paginationLimits = (pg as unknown as { paginationLimits?: { pages: number; records: number } }).paginationLimits ?? { pages: 0, records: 0 };
const query = (uri: string, base: string) => Object.fromEntries(new URL(uri, base).searchParams);

/** A Repzo page; `next` undefined leaves the next link out, `totalPages` undefined leaves the count out. */
function repzoPage(data: unknown[], current: number, totalPages?: number, next?: boolean): IDataObject {
	const body: IDataObject = { data, current_page: current, per_page: 100 };
	if (totalPages !== undefined) body.total_pages = totalPages;
	if (next !== undefined) body.next_page_url = next ? `${REPZO}/client?page=${current + 1}` : null;
	return body;
}

describe('a short page does not end a list the envelope says goes on; an empty page does', () => {
	// An empty page ends the list even against the count: an overstated count would otherwise cost a request per page it claims.
	test('Cirrus says 3 pages but page 2 is empty: Return All stops there (50 records, 2 requests)', async () => {
		const asked: string[] = [];
		nock(CIRRUS)
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.times(2)
			.reply((uri) => {
				const number = Number(query(uri, CIRRUS).page);
				asked.push(String(number));
				const items = number === 2 ? [] : accounts(50, number === 1 ? 1 : 51);
				return [200, cirrusPage(items, number, 3, 50, 100)];
			});

		const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'getMany', returnAll: true }, credentials: cirrusCredentials });

		expect(result.error).toBeUndefined();
		expect(asked).toEqual(['1', '2']);
		expect(result.items).toHaveLength(50);
	});

	test('Repzo sends a next link after a short page: Return All follows it (299 of 299)', async () => {
		const sizes = [100, 99, 100];
		nock(REPZO)
			.get('/client')
			.query(true)
			.times(3)
			.reply((uri) => {
				const number = Number(query(uri, REPZO).page);
				const start = sizes.slice(0, number - 1).reduce((sum, size) => sum + size, 1);
				return [200, repzoPage(repzoRecords(sizes[number - 1], start), number, undefined, number < 3)];
			});

		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'getAll', returnAll: true }, credentials: repzoCredentials });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(299);
		expect(result.items[298].json._id).toBe('id-299');
	});

	test('never asks past a stated page count, even when the last page is full', async () => {
		const scope = nock(CIRRUS)
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.times(2)
			.reply((uri) => {
				const number = Number(query(uri, CIRRUS).page);
				return [200, cirrusPage(accounts(50, number * 50 - 49), number, 2, 50, 100)];
			});

		const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'getMany', returnAll: true }, credentials: cirrusCredentials });

		expect(scope.isDone()).toBe(true);
		expect(result.items).toHaveLength(100);
	});

	test('Repzo repeating "current page 1 of 3" on every page stops after 3 pages', async () => {
		let served = 0;
		nock(REPZO)
			.get('/client')
			.query(true)
			.times(3)
			.reply(() => {
				served += 1;
				return [200, repzoPage(repzoRecords(100, served * 100 - 99), 1, 3)];
			});

		const result = await runNode({ node: 'repzo', parameters: { resource: 'client', operation: 'getAll', returnAll: true }, credentials: repzoCredentials });

		expect(result.error).toBeUndefined();
		expect(served).toBe(3);
		expect(result.items).toHaveLength(300);
	});
});

describe('a server that serves smaller pages than the node asks for', () => {
	// Where the page size is documented, a shorter page is the last (test/shared/requestEconomy.test.ts):
	// the vendors' own docs say so. Without a documented size, a short page is judged against the
	// pages the server sent before, so a server capping pages below what was asked still gets read whole.
	// Guardant customers with the documented size left out stand for such a list.
	beforeAll(() => {
		const catalog: VendorCatalog = {
			...guardantCatalog,
			operations: guardantCatalog.operations.map((op) =>
				op.resource === 'customer' && op.operation === 'getAll' && op.list ? { ...op, list: { ...op.list, maxPageSize: undefined } } : op,
			),
		};
		const base = new Guardant().description;
		const description: INodeTypeDescription = { ...base, name: 'guardantUndocumentedPageSize', properties: buildProperties(catalog) };
		addNodeType({ description, customOperations: buildCustomOperations(catalog, description, (credential) => String(credential.baseUrl).replace(/\/+$/, '')) });
	});

	function capped(total: number, cap: number): string[] {
		const asked: string[] = [];
		nock(GUARDANT)
			.persist()
			.get('/v1.0/customers')
			.query(true)
			.reply((uri) => {
				const params = new URL(uri, GUARDANT).searchParams;
				asked.push(params.toString());
				const start = Number(params.get('offset'));
				const size = Math.min(cap, Number(params.get('limit') ?? Infinity));
				return [200, { customers: customers(Math.max(0, Math.min(size, total - start)), start + 1) }];
			});
		return asked;
	}

	test('no documented page size, pages capped at 50: Return All gets all 180 customers', async () => {
		const asked = capped(180, 50);

		const result = await runNode({ node: 'guardantUndocumentedPageSize', parameters: { resource: 'customer', operation: 'getAll', returnAll: true }, credentials: guardantCredentials });

		expect(result.error).toBeUndefined();
		expect(asked).toEqual(['offset=0', 'offset=50', 'offset=100', 'offset=150']);
		expect(result.items).toHaveLength(180);
		expect(result.items[179].json._id).toBe(180);
	});

	test('no documented page size, pages capped at 50: Limit 100 asks for the rest after the short first page', async () => {
		const asked = capped(180, 50);

		const result = await runNode({ node: 'guardantUndocumentedPageSize', parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 100 }, credentials: guardantCredentials });

		expect(result.error).toBeUndefined();
		expect(asked).toEqual(['offset=0&limit=100', 'offset=50&limit=50']);
		expect(result.items).toHaveLength(100);
	});
});

describe('Return All never loops and never overflows', () => {
	test('a server ignoring the page parameter is caught on the second page, naming the operation and the parameter', async () => {
		let served = 0;
		nock(ENAPPS)
			.persist()
			.get(`${API}/partners`)
			.query(true)
			.reply(() => {
				served += 1;
				return [200, enappsRecords(1000)];
			});

		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: enappsCredentials });

		expect(served).toBe(2);
		expect(result.items).toEqual([]);
		expect(result.error?.message).toBe("The server sent the same 1000 records again for 'Get many partners' (page 2): it ignores the 'page' parameter");
	});

	test('a server ignoring the offset parameter is caught the same way', async () => {
		let served = 0;
		nock(GUARDANT)
			.persist()
			.get('/v1.0/customers')
			.query(true)
			.reply(() => {
				served += 1;
				return [200, { customers: customers(100) }];
			});

		const result = await runNode({ node: 'guardant', parameters: { resource: 'customer', operation: 'getAll', returnAll: true }, credentials: guardantCredentials });

		expect(served).toBe(2);
		expect(result.error?.message).toBe("The server sent the same 100 records again for 'Get many customers' (offset 100): it ignores the 'offset' parameter");
	});

	test('a server that always says "one more page" stops at the page ceiling with an error', async () => {
		const restore = paginationLimits.pages;
		paginationLimits.pages = 5;
		let served = 0;
		nock(CIRRUS)
			.persist()
			.get(`${API_PATH}/accounts/`)
			.query(true)
			.reply((uri) => {
				served += 1;
				const number = Number(query(uri, CIRRUS).page);
				return [200, cirrusPage(accounts(50, number * 50 - 49), number, 1_000_000)];
			});
		try {
			const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'getMany', returnAll: true }, credentials: cirrusCredentials });

			expect(served).toBe(5);
			expect(result.error?.message).toBe("Stopped after 5 pages of 'Get many accounts': the server kept answering that more pages follow");
		} finally {
			paginationLimits.pages = restore;
		}
	});

	test('more records than the ceiling end in a clear error naming it', async () => {
		const restore = paginationLimits.records;
		paginationLimits.records = 2_500;
		try {
			const served = { pages: 0 };
			nock(ENAPPS)
				.persist()
				.get(`${API}/partners`)
				.query(true)
				.reply((uri) => {
					served.pages += 1;
					const start = (Number(query(uri, ENAPPS).page) - 1) * 1000;
					return [200, Array.from({ length: 1000 }, (_, index) => ({ id: start + index + 1 }))];
				});

			const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: enappsCredentials });

			expect(served.pages).toBe(3);
			expect(result.error?.message).toBe("'Get many partners' has more than 2,500 records, more than one item's list returns");
			expect(result.error?.description).toContain('filters (e.g. one date range per input item or per run), or Limit');
		} finally {
			paginationLimits.records = restore;
		}
	});

	test('one page of 200,000 records comes out whole (past the ~125,000 items that overflow n8n-core’s routing node)', async () => {
		const big = Array.from({ length: 200_000 }, (_, index) => ({ id: index + 1 }));
		nock(ENAPPS).get(`${API}/partners`).query(true).reply(200, big);
		nock(ENAPPS).get(`${API}/partners`).query(true).reply(200, []);

		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: enappsCredentials });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(200_000);
		expect(result.items[199_999].json.id).toBe(200_000);
		expect(result.items[199_999].pairedItem).toEqual({ item: 0 });
	});

	test('Return All over 100,000 records (the ceiling) completes', async () => {
		nock(ENAPPS)
			.persist()
			.get(`${API}/partners`)
			.query(true)
			.reply((uri) => {
				const number = Number(query(uri, ENAPPS).page);
				const start = (number - 1) * 1000;
				return [200, Array.from({ length: Math.max(0, Math.min(1000, 100_000 - start)) }, (_, index) => ({ id: start + index + 1 }))];
			});

		const result = await runNode({ node: 'enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: enappsCredentials });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(100_000);
		expect(result.items[99_999].json.id).toBe(100_000);
	});
});
