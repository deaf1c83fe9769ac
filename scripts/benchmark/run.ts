/**
 * Benchmarks (figures, not pass/fail): how heavy each node description is, how long a node takes to
 * load, and what Return All costs through n8n-core's real engine for a large list.
 * Run: npm run bench
 */
import nock from 'nock';
import { performance } from 'perf_hooks';

import { runNode } from '../../test/harness';
import { pollBenchmarks } from './poll';

function mb(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function describeNodes() {
	const rows: string[] = [];
	for (const [dir, cls] of [
		['Enapps', 'Enapps'],
		['Cirrus', 'Cirrus'],
		['Guardant', 'Guardant'],
		['Quince', 'Quince'],
		['Repzo', 'Repzo'],
	]) {
		let mod: Record<string, unknown>;
		try {
			mod = require(`../../nodes/${dir}/${cls}.node.ts`);
		} catch {
			rows.push(`${dir}: not built yet`);
			continue;
		}
		const Cls = (mod[cls] ?? Object.values(mod).find((value) => typeof value === 'function')) as
			| (new () => { description: object })
			| undefined;
		if (!Cls) {
			rows.push(`${dir}: no node class exported yet`);
			continue;
		}
		const node = new Cls();
		const size = JSON.stringify(node.description).length;
		rows.push(`${dir}: description ${(size / 1024).toFixed(0)} KB (load times of the built nodes: node ../shared/tools/describe-nodes.js)`);
	}
	return rows;
}

async function enappsReturnAll(total: number) {
	const pageSize = 1000;
	nock.disableNetConnect();
	let requests = 0;
	nock('https://erp.bench.test')
		.persist()
		.get('/api/v1/partners')
		.query(true)
		.reply(function (uri) {
			requests += 1;
			const page = Number(new URL(uri, 'https://x').searchParams.get('page'));
			const start = (page - 1) * pageSize;
			const count = Math.max(0, Math.min(pageSize, total - start));
			return [
				200,
				Array.from({ length: count }, (_, index) => ({ id: start + index + 1, name: `Partner ${start + index + 1}`, crm_type: 'customer' })),
			];
		});
	global.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = performance.now();
	const result = await runNode({
		node: 'enapps',
		parameters: { resource: 'partner', operation: 'getAll', returnAll: true },
		credentials: { enappsApi: { serverUrl: 'https://erp.bench.test', authType: 'accessToken', accessToken: 'bench' } },
	});
	const elapsed = performance.now() - started;
	const heapAfter = process.memoryUsage().heapUsed;
	nock.cleanAll();
	if (result.error) throw result.error;
	return `Enapps Return All over ${total} partners: ${result.items.length} items, ${requests} requests (expected ${Math.ceil(total / pageSize)}), ${elapsed.toFixed(0)} ms, ${(elapsed / result.items.length * 1000).toFixed(1)} µs/item, heap +${mb(heapAfter - heapBefore)}`;
}

async function main() {
	for (const row of await describeNodes()) console.log(row);
	// Enapps answers without totals, so the end shows only as a short page: N records cost
	// ceil(N / 1000) requests, plus one empty page when N is an exact multiple of 1000.
	for (const total of [10_500, 50_500]) console.log(await enappsReturnAll(total));
	for (const row of await pollBenchmarks()) console.log(row);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
