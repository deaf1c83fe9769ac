/**
 * Trigger benchmark (figures, not pass/fail): one poll that finds 10,000 changed records, run through
 * n8n-core's poll machinery (test/pollHarness.ts) against a nock fake of the vendor's list: requests
 * made, time, heap. Enapps has no page count, so 10 full pages of 1,000 end on one empty page;
 * Repzo reports `total_pages`, so it needs no empty page. Each poll also re-reads the records of
 * the last second before the cursor (the since filter is sent one second early), here the one record
 * the first poll saw: 10,001 records, so 11 pages of 1,000 and 101 pages of 100.
 */
import nock from 'nock';
import { DateTime } from 'luxon';
import { performance } from 'perf_hooks';

import { PollSession } from '../../test/pollHarness';

function mb(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface Bench {
	label: string;
	node: string;
	parameters: Record<string, unknown>;
	credentials: Record<string, Record<string, unknown>>;
	host: string;
	path: string;
	expectedRequests: number;
	record: (id: number, ms: number) => Record<string, unknown>;
	since: (query: URLSearchParams) => number;
	time: (record: Record<string, unknown>) => number;
	page: (matching: Array<Record<string, unknown>>, query: URLSearchParams) => unknown;
}

const wall = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat('yyyy-MM-dd HH:mm:ss');
const readWall = (text: unknown) => DateTime.fromFormat(String(text), 'yyyy-MM-dd HH:mm:ss', { zone: 'UTC' }).toMillis();

const benches: Bench[] = [
	{
		label: 'Enapps ERP Trigger, New or Updated Partner',
		node: 'enappsTrigger',
		parameters: { event: 'partner.newOrUpdated' },
		credentials: { enappsApi: { serverUrl: 'https://erp.bench.test', authType: 'accessToken', accessToken: 'bench' } },
		host: 'https://erp.bench.test',
		path: '/api/v1/partners',
		expectedRequests: 11,
		record: (id, ms) => ({ id, name: `Partner ${id}`, crm_type: 'customer', create_date: wall(ms), write_date: wall(ms) }),
		since: (query) => (query.get('write_date') ? readWall(query.get('write_date')) : 0),
		time: (record) => readWall(record.write_date),
		page: (matching, query) => {
			const page = Number(query.get('page'));
			return matching.slice((page - 1) * 1000, page * 1000);
		},
	},
	{
		label: 'Repzo Trigger, New or Updated Client',
		node: 'repzoTrigger',
		parameters: { event: 'client.newOrUpdated' },
		credentials: { repzoApi: { apiKey: 'bench' } },
		host: 'https://sv.api.repzo.me',
		path: '/client',
		expectedRequests: 101,
		record: (id, ms) => ({ _id: `c${id}`, name: `Client ${id}`, createdAt: new Date(ms).toISOString(), updatedAt: new Date(ms).toISOString() }),
		since: (query) => Number(query.get('from_updatedAt') ?? 0),
		time: (record) => Date.parse(String(record.updatedAt)),
		page: (matching, query) => {
			const page = Number(query.get('page'));
			const size = Number(query.get('per_page'));
			const total = Math.max(1, Math.ceil(matching.length / size));
			return { data: matching.slice((page - 1) * size, page * size), total_pages: total, current_page: page, next_page_url: page < total ? 'next' : null };
		},
	},
];

async function pollOver(bench: Bench, changed: number): Promise<string> {
	const records: Array<Record<string, unknown>> = [];
	// The fake server's own work stays out of the figures as far as possible: times are read once.
	const times = new Map<Record<string, unknown>, number>();
	const add = (record: Record<string, unknown>) => {
		times.set(record, bench.time(record));
		records.push(record);
	};
	let requests = 0;
	nock(bench.host)
		.persist()
		.get(bench.path)
		.query(true)
		.reply(function (uri) {
			requests += 1;
			const query = new URL(uri, bench.host).searchParams;
			const since = bench.since(query);
			return [200, bench.page(records.filter((record) => times.get(record)! >= since), query)] as [number, unknown];
		});
	const base = Math.floor((Date.now() - 3_600_000) / 1000) * 1000;
	add(bench.record(0, base));
	const trigger = new PollSession({ node: bench.node, parameters: bench.parameters as never, credentials: bench.credentials as never });
	await trigger.poll();
	// 10,000 changes spread over the following minutes.
	for (let index = 1; index <= changed; index++) add(bench.record(index, base + 1000 + Math.floor(index / 50) * 1000));
	requests = 0;
	global.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = performance.now();
	const outcome = await trigger.poll();
	const elapsed = performance.now() - started;
	const heapAfter = process.memoryUsage().heapUsed;
	nock.cleanAll();
	if (outcome.error) throw outcome.error;
	return `${bench.label}: one poll over ${changed} changed records: ${outcome.items.length} items, ${requests} requests (expected ${bench.expectedRequests}), ${elapsed.toFixed(0)} ms, ${((elapsed / outcome.items.length) * 1000).toFixed(1)} µs/item, heap +${mb(heapAfter - heapBefore)}`;
}

export async function pollBenchmarks(): Promise<string[]> {
	nock.disableNetConnect();
	const rows: string[] = [];
	for (const bench of benches) rows.push(await pollOver(bench, 10_000));
	return rows;
}
