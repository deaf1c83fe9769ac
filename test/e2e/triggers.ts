/**
 * The trigger nodes in a running n8n: one workflow per vendor trigger (polling every minute, the
 * shortest interval n8n allows) is imported and ACTIVATED, `n8n start` runs, and the records each
 * plan creates or changes in the sandbox (test/triggers/sandboxPlan.ts) between polls must start
 * exactly one item each, across at least two polls, with nothing repeated on a later poll. Each
 * workflow hands its items to an HTTP Request node that posts them to the sandbox's inbox, so the
 * check reads what n8n executed, not what the trigger returned.
 */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';

import type { SandboxHandle } from '../../sandbox/server';
import { CREDENTIAL_REFS } from '../../scripts/dev/credentials';
import { freePort, log, n8nEnv, runN8n, startN8nServer, stopChild } from '../../scripts/dev/runtime';
import { PACKAGE_PREFIX } from '../../scripts/dev/workspace';
import { TRIGGER_PLANS, type TriggerPlan } from '../triggers/sandboxPlan';

export interface TriggerOutcome {
	name: string;
	ok: boolean;
	seconds: number;
	detail?: string;
}

interface InboxEntry {
	vendor: string;
	execution: string;
	item: Record<string, unknown>;
}

const workflowId = (plan: TriggerPlan) => `sbxTrigger${plan.vendor.padEnd(6, '0').slice(0, 6)}`;

function workflowFor(plan: TriggerPlan, sandboxUrl: string): Record<string, unknown> {
	const credential = CREDENTIAL_REFS[plan.credential.ref];
	return {
		id: workflowId(plan),
		name: `e2e: ${plan.title}`,
		active: false,
		settings: { executionOrder: 'v1', timezone: 'UTC' },
		connections: { Trigger: { main: [[{ node: 'Report to the sandbox inbox', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: `${plan.vendor}-trigger`,
				name: 'Trigger',
				type: `${PACKAGE_PREFIX}${plan.node}`,
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...plan.parameters },
				credentials: { [plan.credential.type]: { id: credential.id, name: credential.name } },
			},
			{
				id: `${plan.vendor}-inbox`,
				name: 'Report to the sandbox inbox',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [300, 0],
				parameters: {
					method: 'POST',
					url: `${sandboxUrl}/__sandbox/inbox`,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: `={{ JSON.stringify({ vendor: "${plan.vendor}", execution: $execution.id, item: $json }) }}`,
					options: {},
				},
			},
		],
	};
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, checking every second; false on timeout. */
async function waitFor(done: () => boolean, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (done()) return true;
		await sleep(1000);
	}
	return done();
}

/** n8n 1.x activates with `update:workflow --active=true`; later CLIs call it `publish:workflow`. */
async function activate(ids: string[], env: NodeJS.ProcessEnv): Promise<void> {
	for (const id of ids) {
		const updated = await runN8n(['update:workflow', `--id=${id}`, '--active=true'], env);
		if (updated.status === 0) continue;
		const published = await runN8n(['publish:workflow', `--id=${id}`], env);
		if (published.status !== 0) throw new Error(`Could not activate ${id}:\n${updated.stderr || updated.stdout}\n${published.stderr || published.stdout}`);
	}
}

/**
 * Runs the trigger workflows in `n8n start`; the user folder must already hold the pack and the
 * sandbox credentials (prepareWorkspace). Returns one outcome per vendor trigger.
 */
export async function checkTriggers(options: { sandbox: SandboxHandle; userFolder: string }): Promise<TriggerOutcome[]> {
	const { sandbox, userFolder } = options;
	const started = Date.now();
	const seconds = () => Math.round((Date.now() - started) / 100) / 10;
	const port = await freePort();
	const env = n8nEnv(userFolder, port, { N8N_RUNNERS_BROKER_PORT: String(await freePort()), N8N_LOG_LEVEL: 'info' });
	const importDir = join(userFolder, 'import-triggers');
	rmSync(importDir, { recursive: true, force: true });
	mkdirSync(importDir, { recursive: true });
	for (const plan of TRIGGER_PLANS) writeFileSync(join(importDir, `${plan.vendor}.json`), JSON.stringify(workflowFor(plan, sandbox.url), null, 2));
	const imported = await runN8n(['import:workflow', '--separate', `--input=${importDir}`], env);
	if (imported.status !== 0) throw new Error(`n8n import:workflow failed:\n${imported.stdout}\n${imported.stderr}`);
	await activate(TRIGGER_PLANS.map(workflowId), env);

	for (const vendor of sandbox.vendors.values()) vendor.reset({ keepSessions: true });
	sandbox.requests.length = 0;
	sandbox.inbox.length = 0;
	const listCalls = (plan: TriggerPlan) =>
		sandbox.requests.filter((entry) => entry.vendor === plan.vendor && entry.method === plan.poll.method && entry.path === plan.poll.path && entry.status === 200).length;
	const inbox = () => sandbox.inbox as InboxEntry[];
	const expected = new Map<string, string[]>(TRIGGER_PLANS.map((plan) => [plan.vendor, []]));
	const outcomes: TriggerOutcome[] = [];

	const server = await startN8nServer(env, port);
	log(`n8n start ready in ${server.seconds} s; waiting for the activation polls`);
	try {
		// Activation runs each trigger's first poll: it remembers where to start and emits nothing.
		if (!(await waitFor(() => TRIGGER_PLANS.every((plan) => listCalls(plan) > 0), 90_000))) {
			throw new Error(`Not every trigger polled on activation:\n${server.logs().slice(-3000)}`);
		}
		for (const round of [1, 2]) {
			const before = new Map(TRIGGER_PLANS.map((plan) => [plan.vendor, listCalls(plan)]));
			for (const plan of TRIGGER_PLANS) expected.get(plan.vendor)!.push(...(await plan.change(sandbox.url, round)));
			log(`Round ${round}: changed ${[...expected].map(([vendor, ids]) => `${vendor} ${ids.join(',')}`).join('; ')}`);
			const arrived = await waitFor(
				() =>
					TRIGGER_PLANS.every(
						(plan) => listCalls(plan) > before.get(plan.vendor)! && inbox().filter((entry) => entry.vendor === plan.vendor).length >= expected.get(plan.vendor)!.length,
					),
				150_000,
			);
			if (!arrived) log(`Round ${round}: not every change arrived within 150 s`);
		}
		// One more poll for each: nothing may come twice.
		const settled = new Map(TRIGGER_PLANS.map((plan) => [plan.vendor, listCalls(plan)]));
		await waitFor(() => TRIGGER_PLANS.every((plan) => listCalls(plan) > settled.get(plan.vendor)!), 90_000);
		await sleep(3000);
	} finally {
		await stopChild(server.child);
	}

	for (const plan of TRIGGER_PLANS) {
		const entries = inbox().filter((entry) => entry.vendor === plan.vendor);
		const got = entries.map((entry) => plan.idOf(entry.item)).sort();
		const want = [...expected.get(plan.vendor)!].sort();
		const executions = new Set(entries.map((entry) => entry.execution)).size;
		const polls = listCalls(plan);
		const problems: string[] = [];
		if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`items started ${JSON.stringify(got)}, expected each of ${JSON.stringify(want)} exactly once`);
		if (executions < 2) problems.push(`${executions} execution(s); expected one per poll that found changes (at least 2)`);
		outcomes.push({
			name: `trigger: ${plan.title} (activated, ${polls} polls, ${executions} executions, ${entries.length} items)`,
			ok: problems.length === 0,
			seconds: seconds(),
			detail: problems.join('\n'),
		});
	}
	return outcomes;
}
