/**
 * `npm run bench:n8n`: our nodes against an HTTP Request node configured by hand for the same job, in
 * a real n8n (each major of N8N_MATRIX), against the sandbox. Figures, not pass/fail.
 *
 * Jobs (each run alternates ours and the anchor; the order flips every round):
 * - Enapps Return All partners at N = 2,500 / 50,000 / 200,000. Ours: Get many partners, Return All.
 *   Anchor: HTTP Request GET /partners with the same credential, pagination `page = $pageCount + 1`,
 *   complete when a page has fewer than 1,000 records (the largest page Enapps serves).
 * - QUINCE Create Many of 1,000 and 10,000 input items. Ours: Create many partners, Records (JSON) `{{ $json }}`.
 *   Anchor A: a Code node cuts the items into batches of 100 by hand and an HTTP Request node sends
 *   one `add` call per batch (time = Code + HTTP Request). Anchor B: one HTTP Request `add` per item.
 *
 * Time is n8n's own `executionTime` of the measured node(s), read from the run data by an external
 * hook (EXTERNAL_HOOK_FILES) inside the n8n process; peak heap is that process's heapUsed, sampled
 * every 10 ms while the workflow runs. Requests are counted by the sandbox. One `n8n execute` per run.
 *
 * Flags: --n8n <version[,version]> (default: the full-role versions), --runs 5, --partners
 * 2500,50000,200000, --items 1000,10000, --per-item-max 1000 (the one-call-per-item anchor only up to this many items), --jobs enapps,quince, --no-build.
 */
import { spawn } from 'child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';

import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { CREDENTIAL_REFS, sandboxCredentials } from '../dev/credentials';
import { buildPack, freePort, installPack, log, N8n, N8N_MATRIX, RuntimeError } from '../dev/runtime';

function option(name: string, fallback: string): string {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : fallback;
}

const RUNS = Number(option('runs', '5'));
const PARTNERS = option('partners', '2500,50000,200000').split(',').map(Number);
const ITEMS = option('items', '1000,10000').split(',').map(Number);
const PER_ITEM_MAX = Number(option('per-item-max', '1000'));
const JOBS = option('jobs', 'enapps,quince').split(',');
const ENAPPS_PAGE = 1000;
const QUINCE_BATCH = 100;

/** The hook n8n loads: per-node time and item count, and the peak heap, written to a file. */
const HOOK = `
const { writeFileSync } = require('fs');
let peak = 0;
let timer;
const sample = () => { const used = process.memoryUsage().heapUsed; if (used > peak) peak = used; };
module.exports = {
	workflow: {
		preExecute: [async function () { peak = 0; sample(); timer = setInterval(sample, 10); }],
		postExecute: [async function (run) {
			clearInterval(timer);
			sample();
			const nodes = {};
			for (const [name, runs] of Object.entries((run && run.data && run.data.resultData && run.data.resultData.runData) || {})) {
				nodes[name] = {
					ms: runs.reduce((sum, one) => sum + (one.executionTime || 0), 0),
					items: runs.reduce((sum, one) => sum + ((one.data && one.data.main && one.data.main[0]) || []).length, 0),
					error: (runs.find((one) => one.error) || {}).error?.message,
				};
			}
			const error = run && run.data && run.data.resultData && run.data.resultData.error;
			writeFileSync(process.env.SALESOPS_BENCH_REPORT, JSON.stringify({ nodes, peakHeap: peak, error: error ? error.message : undefined }));
		}],
	},
};
`;

type Node = Record<string, unknown>;

function workflow(id: string, name: string, nodes: Node[]): Record<string, unknown> {
	const connections: Record<string, unknown> = {};
	for (let index = 0; index < nodes.length - 1; index++) {
		connections[String(nodes[index].name)] = { main: [[{ node: String(nodes[index + 1].name), type: 'main', index: 0 }]] };
	}
	return {
		id,
		name,
		active: false,
		nodes: nodes.map((node, index) => ({ id: `${id}-${index}`, position: [index * 220, 0], typeVersion: 1, ...node })),
		connections,
		settings: { executionOrder: 'v1' },
	};
}

const trigger: Node = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} };
const enappsToken = { enappsApi: CREDENTIAL_REFS.enappsToken };
const quinceCredential = { quinceApi: CREDENTIAL_REFS.quinceApi };

/** `count` partners as input items: a Set node builds them, Split Out makes one item each. */
function inputItems(count: number): Node[] {
	return [
		{
			name: 'Make partners',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: { mode: 'raw', jsonOutput: `={{ { partners: Array.from({ length: ${count} }, (_, i) => ({ Name: "Bench partner " + (i + 1), Phone: "+380 44 555 " + String(1000 + i), Email: "bench" + (i + 1) + "@example.com" })) } }}`, options: {} },
		},
		{ name: 'One item per partner', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'partners', options: {} } },
	];
}

function httpRequest(name: string, parameters: Record<string, unknown>, credentials: Record<string, unknown>, extra: Node = {}): Node {
	return { name, type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, parameters, credentials, ...extra };
}

interface Variant {
	id: string;
	label: string;
	/** Nodes whose executionTime is the variant's time. */
	measured: string[];
	workflow: Record<string, unknown>;
}

function enappsVariants(sandboxUrl: string): { ours: Variant; anchor: Variant } {
	return {
		ours: {
			id: 'sbxBenchEnapps01',
			label: 'Enapps node',
			measured: ['Get all partners'],
			workflow: workflow('sbxBenchEnapps01', 'Bench: Enapps Return All (ours)', [
				trigger,
				{ name: 'Get all partners', type: 'n8n-nodes-salesops.enapps', parameters: { resource: 'partner', operation: 'getAll', returnAll: true, filters: {} }, credentials: enappsToken },
			]),
		},
		anchor: {
			id: 'sbxBenchEnappsH1',
			label: 'HTTP Request',
			measured: ['Get all partners'],
			workflow: workflow('sbxBenchEnappsH1', 'Bench: Enapps Return All (HTTP Request)', [
				trigger,
				httpRequest(
					'Get all partners',
					{
						url: `${sandboxUrl}/enapps/api/v1/partners`,
						authentication: 'predefinedCredentialType',
						nodeCredentialType: 'enappsApi',
						options: {
							pagination: {
								pagination: {
									parameters: { parameters: [{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' }] },
									paginationCompleteWhen: 'other',
									completeExpression: `={{ $response.body.length < ${ENAPPS_PAGE} }}`,
									limitPagesFetched: false,
								},
							},
						},
					},
					enappsToken,
				),
			]),
		},
	};
}

function quinceVariants(sandboxUrl: string, items: number): Variant[] {
	const add = `${sandboxUrl}/quince/api/v2/partner/add`;
	const post = (body: string) => ({
		method: 'POST',
		url: add,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: 'quinceApi',
		sendBody: true,
		specifyBody: 'json',
		jsonBody: body,
		options: {},
	});
	return [
		{
			id: `sbxBenchQ01${String(items).padStart(5, "0")}`,
			label: 'QUINCE node',
			measured: ['Create the partners'],
			workflow: workflow(`sbxBenchQ01${String(items).padStart(5, "0")}`, 'Bench: QUINCE Create Many (ours)', [
				trigger,
				...inputItems(items),
				{ name: 'Create the partners', type: 'n8n-nodes-salesops.quince', parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ $json }}' }, credentials: quinceCredential },
			]),
		},
		{
			id: `sbxBenchQB1${String(items).padStart(5, "0")}`,
			label: `HTTP Request, batches of ${QUINCE_BATCH} cut by a Code node`,
			measured: ['Cut into batches', 'Create the partners'],
			workflow: workflow(`sbxBenchQB1${String(items).padStart(5, "0")}`, 'Bench: QUINCE Create Many (Code + HTTP Request per batch)', [
				trigger,
				...inputItems(items),
				{
					name: 'Cut into batches',
					type: 'n8n-nodes-base.code',
					typeVersion: 2,
					parameters: { jsCode: `const items = $input.all();\nconst out = [];\nfor (let i = 0; i < items.length; i += ${QUINCE_BATCH}) out.push({ json: { array: items.slice(i, i + ${QUINCE_BATCH}).map((item) => item.json) } });\nreturn out;` },
				},
				httpRequest('Create the partners', post('={{ JSON.stringify({ array: $json.array }) }}'), quinceCredential),
			]),
		},
		// One HTTP call per item takes minutes at 10,000 items (81 s a run on n8n 2.40.5): only up to PER_ITEM_MAX.
		...(items > PER_ITEM_MAX ? [] : [{
			id: `sbxBenchQS1${String(items).padStart(5, "0")}`,
			label: 'HTTP Request, one call per item',
			measured: ['Create the partners'],
			workflow: workflow(`sbxBenchQS1${String(items).padStart(5, "0")}`, 'Bench: QUINCE Create Many (HTTP Request per item)', [
				trigger,
				...inputItems(items),
				httpRequest('Create the partners', post('={{ JSON.stringify({ array: [$json] }) }}'), quinceCredential),
			]),
		}]),
	];
}

/** Grows or shrinks the sandbox's Enapps partners to `count` (copies of the seeded ones). */
function setPartners(sandbox: SandboxHandle, count: number): void {
	const vendor = sandbox.vendors.get('enapps');
	if (!vendor) throw new RuntimeError('the sandbox does not serve enapps');
	vendor.reset({ keepSessions: true });
	const partners = vendor.collection('/partners');
	const seeded = partners.records.slice();
	while (partners.records.length > count) partners.remove(partners.records[partners.records.length - 1].id as number);
	for (let index = partners.records.length; index < count; index++) {
		const { id: _id, ...fields } = seeded[index % seeded.length];
		partners.insert({ ...fields, name: `${String(fields.name)} #${index + 1}` }, 'seed');
	}
}

interface Measurement {
	ms: number;
	requests: number;
	items: number;
	peakHeapMb: number;
}

async function measure(n8n: N8n, home: string, variant: Variant, sandbox: SandboxHandle, vendor: string): Promise<Measurement> {
	const report = join(home, 'bench-report.json');
	rmSync(report, { force: true });
	sandbox.requests.length = 0;
	const env = n8n.env(home, await freePort(), {
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		EXTERNAL_HOOK_FILES: join(home, 'bench-hook.js'),
		SALESOPS_BENCH_REPORT: report,
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
		N8N_LOG_LEVEL: 'error',
	});
	// The run data (up to 200,000 items) goes to /dev/null; the hook writes the figures.
	const status = await new Promise<number | null>((resolve) => {
		const child = spawn(n8n.nodeBin, ['--max-old-space-size=8192', n8n.n8nBin, 'execute', `--id=${variant.id}`, '--rawOutput'], { cwd: n8n.dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
		child.on('close', resolve);
	});
	let figures: { nodes: Record<string, { ms: number; items: number; error?: string }>; peakHeap: number; error?: string };
	try {
		figures = JSON.parse(readFileSync(report, 'utf8')) as typeof figures;
	} catch {
		throw new RuntimeError(`${variant.label}: n8n execute exited ${String(status)} without a report`);
	}
	const nodes = variant.measured.map((name) => figures.nodes[name]);
	const failed = nodes.find((node) => !node || node.error);
	if (figures.error || failed) throw new RuntimeError(`${variant.label} failed: ${figures.error ?? failed?.error ?? 'a measured node did not run'}`);
	return {
		ms: nodes.reduce((sum, node) => sum + node.ms, 0),
		requests: sandbox.requests.filter((entry) => entry.vendor === vendor && entry.method !== 'OPTIONS' && !entry.path.endsWith('/auth')).length,
		items: nodes[nodes.length - 1].items,
		peakHeapMb: figures.peakHeap / 1024 / 1024,
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

interface Row {
	n8n: string;
	job: string;
	variant: string;
	runs: number;
	medianMs: number;
	ratio?: number;
	requests: string;
	items: number;
	peakHeapMb: number;
}

async function benchVersion(n8n: N8n, sandbox: SandboxHandle): Promise<Row[]> {
	await n8n.ensure();
	const home = join(n8n.dir, 'bench-home');
	rmSync(home, { recursive: true, force: true });
	mkdirSync(join(home, 'import', 'workflows'), { recursive: true });
	const pack = installPack(home);
	writeFileSync(join(home, 'bench-hook.js'), HOOK);
	const credentialTypes = pack.credentials.map((file) => {
		const name = file.replace(/^.*\//, '').replace(/\.credentials\.js$/, '');
		return name.charAt(0).toLowerCase() + name.slice(1);
	});
	const env = n8n.env(home, await freePort(), { N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
	writeFileSync(join(home, 'import', 'credentials.json'), JSON.stringify(sandboxCredentials(sandbox.url, credentialTypes)));
	const imported = await n8n.run(['import:credentials', `--input=${join(home, 'import', 'credentials.json')}`], env);
	if (imported.status !== 0) throw new RuntimeError(`import:credentials failed:\n${imported.stdout}${imported.stderr}`);
	const enapps = enappsVariants(sandbox.url);
	const quince = new Map(ITEMS.map((items) => [items, quinceVariants(sandbox.url, items)]));
	for (const variant of [enapps.ours, enapps.anchor, ...[...quince.values()].flat()]) writeFileSync(join(home, 'import', 'workflows', `${variant.id}.json`), JSON.stringify(variant.workflow));
	const workflows = await n8n.run(['import:workflow', '--separate', `--input=${join(home, 'import', 'workflows')}`], env);
	if (workflows.status !== 0) throw new RuntimeError(`import:workflow failed:\n${workflows.stdout}${workflows.stderr}`);

	const rows: Row[] = [];
	const compare = async (job: string, vendor: string, variants: Variant[], expectedRequests: number[], before: () => void) => {
		const results = variants.map(() => [] as Measurement[]);
		const failures: Array<string | undefined> = variants.map(() => undefined);
		for (let round = 0; round < RUNS; round++) {
			const order = variants.map((_, index) => index);
			if (round % 2) order.reverse();
			for (const index of order) {
				before();
				try {
					const result = await measure(n8n, home, variants[index], sandbox, vendor);
					results[index].push(result);
					log(`${n8n.label} ${job} ${variants[index].label} run ${round + 1}: ${result.ms} ms, ${result.requests} requests, ${result.items} items, heap ${result.peakHeapMb.toFixed(0)} MB`);
				} catch (error) {
					failures[index] = (error as Error).message.split('\n')[0];
					log(`${n8n.label} ${job} ${variants[index].label} run ${round + 1}: FAILED ${failures[index]}`);
				}
			}
		}
		const oursMs = results[0].length ? median(results[0].map((result) => result.ms)) : NaN;
		variants.forEach((variant, index) => {
			if (!results[index].length) {
				rows.push({ n8n: n8n.version, job, variant: `${variant.label} — FAILED: ${failures[index] ?? 'no run'}`, runs: 0, medianMs: NaN, requests: '', items: 0, peakHeapMb: NaN });
				return;
			}
			const ms = median(results[index].map((result) => result.ms));
			const requests = [...new Set(results[index].map((result) => result.requests))].join('/');
			rows.push({
				n8n: n8n.version,
				job,
				variant: variant.label,
				runs: results[index].length,
				...(failures[index] ? { variant: `${variant.label} (some runs FAILED: ${failures[index]})` } : {}),
				medianMs: ms,
				ratio: index === 0 || Number.isNaN(oursMs) ? undefined : oursMs / ms,
				requests: `${requests} (expected ${expectedRequests[index]})`,
				items: results[index][0].items,
				peakHeapMb: median(results[index].map((result) => result.peakHeapMb)),
			});
		});
	};
	if (JOBS.includes('enapps')) {
		for (const count of PARTNERS) {
			setPartners(sandbox, count);
			// A full last page cannot tell it is the last: a list of an exact multiple of the page size
			// needs one more (empty) page.
			const pages = Math.floor(count / ENAPPS_PAGE) + 1;
			await compare(`Enapps Return All, ${count.toLocaleString('en')} partners`, 'enapps', [enapps.ours, enapps.anchor], [pages, pages], () => (sandbox.requests.length = 0));
		}
		setPartners(sandbox, 2500);
	}
	if (JOBS.includes('quince')) {
		for (const [items, variants] of quince) {
			const batches = Math.ceil(items / QUINCE_BATCH);
			await compare(`QUINCE Create Many, ${items.toLocaleString('en')} items`, 'quince', variants, [batches, batches, items].slice(0, variants.length), () => sandbox.vendors.get('quince')?.reset({ keepSessions: true }));
		}
	}
	return rows;
}

function table(rows: Row[]): string {
	const header = ['n8n', 'job', 'variant', 'runs', 'median ms', 'ours/this', 'requests', 'items', 'peak heap MB'];
	const body = rows.map((row) => [row.n8n, row.job, row.variant, String(row.runs), row.medianMs.toFixed(0), row.ratio === undefined ? '' : row.ratio.toFixed(2), row.requests, String(row.items), row.peakHeapMb.toFixed(0)]);
	const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
	const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
	return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
	const wanted = process.argv.includes('--n8n') ? option('n8n', '').split(',') : N8N_MATRIX.filter((target) => target.role === 'full').map((target) => target.version);
	if (!process.argv.includes('--no-build')) buildPack();
	const sandbox = await startSandbox({ catalogs: 'dist', port: 0 });
	const rows: Row[] = [];
	try {
		for (const version of wanted) rows.push(...(await benchVersion(new N8n(version), sandbox)));
	} finally {
		await sandbox.close();
	}
	process.stdout.write(`\nbench:n8n — ${RUNS} runs per variant, alternating; median of n8n's executionTime of the measured node(s).\n`);
	process.stdout.write(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB; sandbox in this process (Node ${process.version}), n8n on Node 24.\n`);
	process.stdout.write('ours/this: median of our node divided by the median of this anchor row (an HTTP Request doing the same job by hand); below 1 means ours is faster.\n');
	const triggers = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { n8n: { nodes: string[] } }).n8n.nodes.filter((file) => /Trigger\.node\.js$/.test(file));
	process.stdout.write(`Trigger poll: not measured (${triggers.length ? `bench:n8n has no poll job yet for ${triggers.join(', ')}` : 'this build has no trigger node yet'}).\n\n`);
	process.stdout.write(`${table(rows)}\n`);
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exit(1);
});
