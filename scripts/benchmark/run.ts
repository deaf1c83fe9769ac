/**
 * Benchmarks (figures, not pass/fail), through n8n-core's real engine with HTTP answered by nock:
 * description sizes, Enapps Return All beside a minimal pagination loop (the anchor), Return All
 * past the ~125,000 items where n8n-core's routing node overflows, and QUINCE Create Many over many input items beside one item
 * holding all records. Runs on n8n 2.x, then again on 1.x (N8N_MAJOR=1), unless N8N_MAJOR is set.
 * Run: npm run bench
 */
import { engineVersions, major } from './engine';

import { spawnSync } from 'child_process';
import nock from 'nock';
import { performance } from 'perf_hooks';
import type { IExecutePaginationFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import type { RequestLoop } from '../../nodes/shared/catalog';
import { addNodeType, runNode } from '../../test/harness';

const ENAPPS = 'https://erp.bench.test';
const QUINCE = 'https://quince.bench.test';
const enappsCredentials = { enappsApi: { serverUrl: ENAPPS, authType: 'accessToken', accessToken: 'bench' } };
const quinceCredentials = { quinceApi: { baseUrl: QUINCE, apiToken: 'bench' } };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Measure {
	ms: number;
	heap: number;
	items: number;
	requests: number;
	error?: string;
}

/** Runs `work` once, with the heap measured from a collected start to the end (the output still held). */
async function measure(work: () => Promise<{ items: number; error?: string }>, requests: () => number): Promise<Measure> {
	global.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = performance.now();
	const { items, error } = await work();
	const ms = performance.now() - started;
	const heap = process.memoryUsage().heapUsed - heapBefore;
	return { ms, heap, items, requests: requests(), error };
}

function describeNodes(): string[] {
	return ['Enapps', 'Cirrus', 'Guardant', 'Quince', 'Repzo'].map((name) => {
		const mod = require(`../../nodes/${name}/${name}.node.ts`) as Record<string, new () => INodeType>;
		const description = new mod[name]().description;
		return `${name}: description ${(JSON.stringify(description).length / 1024).toFixed(0)} KB, ${description.properties.length} top-level properties`;
	});
}

/** Enapps answers pages of up to 1000 partners, no totals. */
function enappsServer(total: number) {
	const counter = { requests: 0 };
	nock(ENAPPS)
		.persist()
		.get('/api/v1/partners')
		.query(true)
		.reply((uri) => {
			counter.requests += 1;
			const page = Number(new URL(uri, ENAPPS).searchParams.get('page'));
			const start = (page - 1) * 1000;
			const count = Math.max(0, Math.min(1000, total - start));
			return [200, Array.from({ length: count }, (_, index) => ({ id: start + index + 1, name: `Partner ${start + index + 1}`, crm_type: 'customer' }))];
		});
	return counter;
}

/**
 * The anchor: the Enapps node with its Get Many partners replaced by the least a declarative node
 * can do (ask page after page until a short one, output what came), so the difference is our
 * pagination, checks and unwrapping.
 */
function enappsAnchor(): INodeType {
	const { Enapps } = require('../../nodes/Enapps/Enapps.node.ts') as { Enapps: new () => INodeType };
	const ours = new Enapps().description;
	const minimalLoop: RequestLoop = async function (this: IExecutePaginationFunctions, requestData) {
		const output: INodeExecutionData[] = [];
		for (let page = 1; ; page++) {
			const items = await this.makeRoutingRequest({ ...requestData, options: { ...requestData.options, qs: { ...requestData.options.qs, page } } });
			for (const item of items) output.push(item);
			if (items.length < 1000) return output;
		}
	};
	const properties = ours.properties.map((property): INodeProperties => {
		if (property.name !== 'operation' || !(property.displayOptions?.show?.resource as string[] | undefined)?.includes('partner')) return property;
		return {
			...property,
			options: (property.options as INodePropertyOptions[]).map((option) =>
				option.value === 'getAll'
					? { ...option, routing: { request: { method: 'GET', url: '/partners' }, send: { paginate: true }, operations: { pagination: minimalLoop } } }
					: option,
			),
		};
	});
	return { description: { ...ours, name: 'benchEnappsAnchor', properties } } as INodeType;
}

async function enappsReturnAll(node: string, total: number): Promise<Measure> {
	const server = enappsServer(total);
	const result = await measure(
		async () => {
			const run = await runNode({ node, parameters: { resource: 'partner', operation: 'getAll', returnAll: true }, credentials: enappsCredentials });
			return { items: run.items.length, error: run.error?.message };
		},
		() => server.requests,
	);
	nock.cleanAll();
	return result;
}

function quinceServer() {
	const counter = { requests: 0 };
	nock(QUINCE)
		.persist()
		.post('/api/v2/partner/add')
		.reply((_uri, body) => {
			counter.requests += 1;
			const records = (body as { array: unknown[] }).array;
			return [200, { success: true, data: records.map((_record, index) => ({ id: index + 1 })) }];
		});
	return counter;
}

/** `items` input items of one record each, or (`oneItem`) one input item holding all records. */
async function quinceCreateMany(records: number, oneItem: boolean): Promise<Measure> {
	const server = quinceServer();
	const rows = Array.from({ length: records }, (_, index) => ({ Name: `Partner ${index}`, Phone: `+380 ${index}` }));
	const result = await measure(
		async () => {
			const run = await runNode({
				node: 'quince',
				parameters: oneItem ? { resource: 'partner', operation: 'createMany', records: '={{ $json.rows }}' } : { resource: 'partner', operation: 'createMany' },
				credentials: quinceCredentials,
				input: oneItem ? [{ rows }] : rows,
			});
			return { items: run.items.length, error: run.error?.message };
		},
		() => server.requests,
	);
	nock.cleanAll();
	return result;
}

const row = (label: string, m: Measure, expected?: number) =>
	`  ${label}: ${m.error ? `error "${m.error}" after` : `${m.items} items,`} ${m.requests} requests${expected !== undefined ? ` (expected ${expected})` : ''}, ${seconds(m.ms)}, heap +${mb(m.heap)}`;

async function main() {
	nock.disableNetConnect();
	console.log(`# n8n ${major}: ${engineVersions()}, Node ${process.version}`);
	if (major === '2.x') for (const line of describeNodes()) console.log(line);

	addNodeType(enappsAnchor());
	console.log('Enapps Return All (pages of 1000, ends on the short page): ours beside the minimal loop (anchor)');
	for (const total of [2_500, 50_500]) {
		// Alternate and keep the medians of 3, so a busy machine skews both alike.
		const ours: Measure[] = [];
		const anchor: Measure[] = [];
		for (let round = 0; round < 3; round++) {
			anchor.push(await enappsReturnAll('benchEnappsAnchor', total));
			ours.push(await enappsReturnAll('enapps', total));
		}
		const median = (runs: Measure[]) => [...runs].sort((a, b) => a.ms - b.ms)[1];
		console.log(row(`${total} partners, ours  `, median(ours), Math.ceil(total / 1000)));
		console.log(row(`${total} partners, anchor`, median(anchor), Math.ceil(total / 1000)));
		console.log(`  ours/anchor ${(median(ours).ms / median(anchor).ms).toFixed(2)}`);
	}

	console.log("Past n8n-core's routing node (ours runs lists as custom operations; the anchor, a declarative node, shows where RoutingNode fails)");
	for (const total of [130_000, 200_000, 500_000]) console.log(row(`${total} partners, ours  `, await enappsReturnAll('enapps', total), Math.ceil(total / 1000)));
	for (const total of [120_000, 130_000]) console.log(row(`${total} partners, anchor`, await enappsReturnAll('benchEnappsAnchor', total)));

	console.log('QUINCE Create Many (100 records per call): N input items beside one item holding all N records (anchor)');
	for (const records of [1_000, 10_000]) {
		console.log(row(`${records} items        `, await quinceCreateMany(records, false), Math.ceil(records / 100)));
		console.log(row(`1 item x ${records} records`, await quinceCreateMany(records, true), Math.ceil(records / 100)));
	}
}

main()
	.then(() => {
		if (process.env.N8N_MAJOR) return;
		const again = spawnSync(process.execPath, process.execArgv.concat(process.argv.slice(1)), { stdio: 'inherit', env: { ...process.env, N8N_MAJOR: '1' } });
		process.exitCode = again.status ?? 1;
	})
	.catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
