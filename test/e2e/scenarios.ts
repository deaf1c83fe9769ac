/**
 * What each example workflow must leave behind in the sandbox after `n8n execute`. Every example
 * in examples/ needs an entry here; the runner fails an example that has none.
 */
import assert from 'node:assert/strict';

import type { RequestLogEntry, SandboxHandle } from '../../sandbox/server';
import type { CollectionStats } from '../../sandbox/store';
import type { SandboxRecord } from '../../sandbox/types';
import type { ExecutionResult } from './execution';

export interface ScenarioContext {
	run: ExecutionResult;
	sandbox: SandboxHandle;
	/** Calls the workflow made to one vendor, in order. */
	requests(vendor: string, method?: string, path?: string): RequestLogEntry[];
	stats(vendor: string, collection: string): CollectionStats;
	records(vendor: string, collection: string): SandboxRecord[];
	/** Items a node output; fails when the node did not run or failed. */
	items(node: string): Array<Record<string, unknown>>;
}

export interface Scenario {
	workflowId: string;
	/** The story the example tells, as the test name. */
	title: string;
	vendors: string[];
	/** Runs before the workflow: inject faults, look up what the result must match. */
	before?(sandbox: SandboxHandle): void | Promise<void>;
	check(context: ScenarioContext): void;
}

export function queryValues(entries: RequestLogEntry[], key: string): string[] {
	return entries.map((entry) => String(entry.query[key] ?? ''));
}

export const SCENARIOS: Scenario[] = [
	{
		workflowId: 'sbxExEnapps00001',
		title: 'Enapps: Return All partners pages 3 × 1000 through a 429 retry, then prices a product and creates a sale order',
		vendors: ['enapps'],
		before(sandbox) {
			sandbox.faults.add({ kind: '429', remaining: 1, vendor: 'enapps', path: '/partners', retryAfter: 1 });
		},
		check({ items, requests, stats, records }) {
			assert.equal(items('Get all partners').length, 2500, 'all 2500 seeded partners come back');
			const partnerCalls = requests('enapps', 'GET', '/api/v1/partners');
			assert.deepEqual(
				partnerCalls.map((call) => `${String(call.query.page)}:${call.status}`),
				['1:429', '1:200', '2:200', '3:200'],
				'the first page is refused once with 429, the node retries, then reads pages 1-3',
			);
			assert.equal(requests('enapps', 'POST', '/api/v1/auth').length, 1, 'one login serves every call');
			const created = stats('enapps', '/orders').created;
			assert.equal(created.length, 1, 'one sale order is created');
			const order = records('enapps', '/orders').find((record) => record.id === created[0])!;
			assert.equal(order.client_order_ref, 'n8n-example-0001');
			const price = items('Price 12 units for the partner')[0];
			assert.deepEqual(order.products, [{ product_id: 3, qty: 12, price_unit: price.price_unit }], 'the line carries the priced quantity');
			assert.deepEqual((order.partner_id as unknown[])[0], 1, 'the order belongs to partner 1, whose contact ordered');
		},
	},
];
