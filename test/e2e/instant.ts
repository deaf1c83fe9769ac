/**
 * The instant (webhook) trigger examples in a running n8n: each example whose scenario is `instant`
 * is activated, `n8n start` runs, and the suite posts deliveries the way the vendor would.
 * - Repzo: activation must have created a Svix integration in the sandbox pointing at the workflow
 *   (endpointUrl, whsec_ secret); a delivery signed with that secret starts exactly one execution
 *   (one QUINCE partner), a tampered one and a replay of the first are answered 401 and start none,
 *   and deactivating the workflow deletes the integration.
 * - Cirrus: an event with the right secret header starts one execution (one partner), a wrong header
 *   is answered 401, an event the node was not set to receive is answered 200 and starts nothing.
 * - The test URL ("Listen for test event"), asked for through n8n's REST API as the editor does: a bad
 *   delivery to it gets 401 and the node keeps listening; a good one starts one manual execution (the
 *   Repzo trigger registers a second integration for the test URL and n8n deletes it afterwards).
 * The queue suite (queue.ts) runs the same production checks with main and a worker.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';

import type { SandboxHandle } from '../../sandbox/server';
import type { SandboxRecord } from '../../sandbox/types';
import { freePort, stopChild } from '../../scripts/dev/runtime';
import type { ExampleWorkflow } from '../../scripts/dev/workspace';
import { N8nRest } from './rest';
import { SCENARIOS, type Scenario } from './scenarios';
import { resetSandbox, scenarioContext, seconds, type N8nContext, type Outcome, type Suite } from './suite';
import { activate } from './triggers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the Cirrus example's node expects in its X-Webhook-Secret header. */
const CIRRUS_SECRET = 'sandbox-cirrus-webhook-secret';

/** Waits until `done()` gives a value, checking every half second; undefined on timeout. */
export async function waitFor<T>(done: () => T | undefined | false, timeoutMs: number): Promise<T | undefined> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = done();
		if (value) return value;
		if (Date.now() > deadline) return undefined;
		await sleep(500);
	}
}

export interface Delivery {
	status: number;
	text: string;
}

/**
 * POSTs a delivery. n8n 2.x registers the webhooks of a workflow activated at start-up a little later
 * than its REST API answers, so a 404 "is not registered" is retried for a while.
 */
export async function post(url: string, body: string, headers: Record<string, string>): Promise<Delivery> {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
		const text = await response.text();
		if (response.status !== 404 || !text.includes('is not registered') || Date.now() > deadline) return { status: response.status, text };
		await sleep(500);
	}
}

/** Svix's signature headers for `body`, signed with `secret` (`whsec_` + base64 key). */
export function svixHeaders(secret: string, id: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
	const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
	const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
	return { 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': `v1,${signature}` };
}

/** A wrong answer is noted and the checks go on, so one run shows every check that fails. */
function expectStatus(step: Step, what: string, delivery: Delivery, status: number): void {
	if (delivery.status !== status) step.problems.push(`${what}: answered ${delivery.status} (${delivery.text.slice(0, 200)}), expected ${status}`);
}

export function webhookIdOf(example: ExampleWorkflow): string {
	const trigger = example.nodes.find((node) => /InstantTrigger$/.test(node.type)) as { webhookId?: string } | undefined;
	if (!trigger?.webhookId) throw new Error(`${example.file}: its instant trigger has no webhookId`);
	return trigger.webhookId;
}

export interface Step {
	rest: N8nRest;
	sandbox: SandboxHandle;
	example: ExampleWorkflow;
	baseUrl: string;
	/** Source IDs of the deliveries that must have written a partner. */
	accepted: string[];
	/** Checks that failed so far (the steps go on). */
	problems: string[];
	/** Executions this workflow has had so far. */
	executions(): Promise<number>;
	/** Queue mode: fails unless the worker ran this execution. */
	ranBy?(executionId: string): Promise<void>;
}

/** The number of executions stays `count` for a few seconds (a refused delivery started nothing). */
async function stillExecutions(step: Step, count: number, what: string): Promise<void> {
	await sleep(3000);
	const now = await step.executions();
	if (now !== count) step.problems.push(`${what} started ${now - count} execution(s)`);
}

export async function repzo(step: Step): Promise<string> {
	const { sandbox, example, rest, baseUrl } = step;
	const webhookId = webhookIdOf(example);
	const integrations = () => sandbox.vendors.get('repzo')!.collection('/svix-integration').records;
	const ours = (): SandboxRecord | undefined => integrations().find((record) => String(record.endpointUrl ?? '').includes(`/webhook/${webhookId}/`));
	const integration = await waitFor(ours, 120_000);
	if (!integration) throw new Error('activation created no Svix integration pointing at the workflow in the sandbox');
	const endpointUrl = String(integration.endpointUrl);
	const secret = String(integration.secret ?? '');
	assert.ok(endpointUrl.startsWith(`${baseUrl}/webhook/`), `the integration points at this n8n (${endpointUrl})`);
	assert.match(secret, /^whsec_[A-Za-z0-9+/=]{20,}$/, 'the integration carries a whsec_ secret');
	assert.equal(integrations().filter((record) => String(record.endpointUrl ?? '').includes(webhookId)).length, 1, 'one integration per activation');

	const body = JSON.stringify({ type: 'client.created', data: { _id: 'e2e-instant-1', name: 'Instant Client One', tax_number: '4999000001' } });
	const signed = svixHeaders(secret, 'msg_e2e_instant_1', body);
	expectStatus(step, 'a correctly signed delivery', await post(endpointUrl, body, signed), 200);
	step.accepted.push('e2e-instant-1');
	const one = await rest.waitForExecutions(example.id, 1, 60_000);
	assert.equal(one[0].status, 'success', `the execution ended ${one[0].status}`);
	await step.ranBy?.(one[0].id);
	// Whether n8n saved the replay list with the workflow (what another webhook process would read), for the log.
	const saved = (await rest.get(`/rest/workflows/${example.id}`)).text.includes('msg_e2e_instant_1');

	const tampered = body.replace('Instant Client One', 'Instant Client Forged');
	expectStatus(step, 'a tampered delivery', await post(endpointUrl, tampered, svixHeaders(secret, 'msg_e2e_instant_2', body)), 401);
	expectStatus(step, 'a delivery signed with another secret', await post(endpointUrl, body, svixHeaders('whsec_' + Buffer.from('not the secret of this trigger').toString('base64'), 'msg_e2e_instant_3', body)), 401);
	expectStatus(step, 'a replay of the first delivery', await post(endpointUrl, body, signed), 401);
	await stillExecutions(step, 1, 'a refused delivery');
	const names = sandbox.vendors.get('quince')!.collection('/api/v2/partner').records.filter((record) => record.Memo === 'repzo:e2e-instant-1').map((record) => record.Name);
	if (JSON.stringify(names) !== JSON.stringify(['Instant Client One'])) step.problems.push(`one partner with the signed name expected (a refused delivery changes nothing), found ${JSON.stringify(names)}`);

	await rest.deactivate(example.id);
	const gone = await waitFor(() => !integrations().some((record) => record._id === integration._id), 60_000);
	if (!gone) throw new Error(`deactivating the workflow left integration ${String(integration._id)} in the sandbox`);
	return `integration ${String(integration._id)} → ${endpointUrl.slice(baseUrl.length)}, deleted on deactivation; the accepted delivery ID ${saved ? 'was' : 'was not'} saved in the workflow's static data`;
}

export async function cirrus(step: Step): Promise<string> {
	const url = `${step.baseUrl}/webhook/${webhookIdOf(step.example)}/webhook`;
	const event = (name: string, id: number) => JSON.stringify({ event: name, data: { id, name: `Instant Account ${id}`, vatno: `SE55${id}01` } });
	expectStatus(step, 'CREATE_ACCOUNT with the secret header', await post(url, event('CREATE_ACCOUNT', 990001), { 'x-webhook-secret': CIRRUS_SECRET }), 200);
	step.accepted.push('990001');
	const one = await step.rest.waitForExecutions(step.example.id, 1, 60_000);
	assert.equal(one[0].status, 'success', `the execution ended ${one[0].status}`);
	await step.ranBy?.(one[0].id);
	expectStatus(step, 'CREATE_ACCOUNT with a wrong secret header', await post(url, event('CREATE_ACCOUNT', 990002), { 'x-webhook-secret': 'not-the-secret' }), 401);
	expectStatus(step, 'CREATE_ACCOUNT without the secret header', await post(url, event('CREATE_ACCOUNT', 990003), {}), 401);
	expectStatus(step, 'CREATE_CONTACT, an event the node does not receive', await post(url, event('CREATE_CONTACT', 990004), { 'x-webhook-secret': CIRRUS_SECRET }), 200);
	await stillExecutions(step, 1, 'a refused or ignored delivery');
	return `POST ${url.slice(step.baseUrl.length)}`;
}

/** The trigger node of the example (its name, as the editor's "Listen for test event" names it). */
function triggerNameOf(example: ExampleWorkflow): string {
	const trigger = example.nodes.find((node) => /InstantTrigger$/.test(node.type));
	if (!trigger) throw new Error(`${example.file} has no instant trigger`);
	return trigger.name;
}

/**
 * "Listen for test event", as the editor asks for it: a manual run from the trigger, which n8n answers
 * with `waitingForWebhook` once the test URL is registered. 1.x wants the workflow in the body.
 */
async function listenForTestEvent(rest: N8nRest, example: ExampleWorkflow): Promise<void> {
	const triggerToStartFrom = { name: triggerNameOf(example) };
	let body: Record<string, unknown> = { triggerToStartFrom };
	if (rest.n8n.major < 2) {
		const current = await rest.get(`/rest/workflows/${example.id}`);
		if (current.status !== 200) throw new Error(`GET /rest/workflows/${example.id} answered ${current.status}: ${current.text.slice(0, 300)}`);
		body = { workflowData: current.json<{ data: unknown }>().data, triggerToStartFrom };
	}
	const answer = await rest.post(`/rest/workflows/${example.id}/run`, body);
	const waiting = answer.status === 200 && answer.json<{ data?: { waitingForWebhook?: boolean } }>().data?.waitingForWebhook === true;
	if (!waiting) throw new Error(`"Listen for test event" (POST /rest/workflows/${example.id}/run) answered ${answer.status}: ${answer.text.slice(0, 300)}`);
}

/** Waits for the workflow's `count`-th execution and returns the newest; it must be a manual one that succeeded. */
async function manualExecution(step: Step, count: number): Promise<string> {
	const [newest] = await step.rest.waitForExecutions(step.example.id, count, 60_000);
	assert.equal(newest.mode, 'manual', `the test event started a ${newest.mode} execution`);
	assert.equal(newest.status, 'success', `the test execution ended ${newest.status}`);
	return newest.id;
}

/** Repzo's test URL: listening registers an integration for /webhook-test/…; one signed delivery runs once, then n8n deletes it. */
async function repzoTestUrl(step: Step): Promise<string> {
	const { sandbox, example, baseUrl } = step;
	const webhookId = webhookIdOf(example);
	const before = await step.executions();
	const integrations = () => sandbox.vendors.get('repzo')!.collection('/svix-integration').records;
	const ours = (): SandboxRecord | undefined => integrations().find((record) => String(record.endpointUrl ?? '').startsWith(`${baseUrl}/webhook-test/${webhookId}/`));
	await listenForTestEvent(step.rest, example);
	const integration = await waitFor(ours, 60_000);
	if (!integration) throw new Error('listening for a test event created no Svix integration for the test URL in the sandbox');
	const endpointUrl = String(integration.endpointUrl);
	const secret = String(integration.secret ?? '');
	const body = JSON.stringify({ type: 'client.updated', data: { _id: 'e2e-instant-test', name: 'Instant Test Client', tax_number: '4999000009' } });
	const tampered = body.replace('Instant Test Client', 'Instant Forged Client');
	expectStatus(step, 'a tampered delivery to the test URL', await post(endpointUrl, tampered, svixHeaders(secret, 'msg_e2e_test_1', body)), 401);
	expectStatus(step, 'a signed delivery to the test URL', await post(endpointUrl, body, svixHeaders(secret, 'msg_e2e_test_2', body)), 200);
	step.accepted.push('e2e-instant-test');
	const id = await manualExecution(step, before + 1);
	const gone = await waitFor(() => !integrations().some((record) => record._id === integration._id), 60_000);
	if (!gone) step.problems.push(`the test URL's integration ${String(integration._id)} was not deleted after the test event`);
	await stillExecutions(step, before + 1, 'the tampered test delivery');
	return `test URL ${endpointUrl.slice(baseUrl.length)}: manual execution ${id}, its integration deleted afterwards`;
}

/** Cirrus's test URL: a wrong secret header gets 401 and n8n keeps listening; the right one runs once. */
async function cirrusTestUrl(step: Step): Promise<string> {
	const url = `${step.baseUrl}/webhook-test/${webhookIdOf(step.example)}/webhook`;
	const before = await step.executions();
	await listenForTestEvent(step.rest, step.example);
	const event = JSON.stringify({ event: 'UPDATE_ACCOUNT', data: { id: 990009, name: 'Instant Test Account', vatno: 'SE5599000901' } });
	expectStatus(step, 'a test event with a wrong secret header', await post(url, event, { 'x-webhook-secret': 'not-the-secret' }), 401);
	expectStatus(step, 'a test event with the secret header', await post(url, event, { 'x-webhook-secret': CIRRUS_SECRET }), 200);
	step.accepted.push('990009');
	const id = await manualExecution(step, before + 1);
	await stillExecutions(step, before + 1, 'the refused test event');
	return `test URL ${url.slice(step.baseUrl.length)}: manual execution ${id}`;
}

/** The instant trigger examples this run covers (all, or the one `--only` names). */
export function instantCases(context: Pick<N8nContext, 'workspace' | 'flags'>): Array<{ scenario: Scenario; example: ExampleWorkflow }> {
	const cases: Array<{ scenario: Scenario; example: ExampleWorkflow }> = [];
	for (const scenario of SCENARIOS.filter((candidate) => candidate.instant)) {
		const example = context.workspace.examples.find((candidate) => candidate.id === scenario.workflowId);
		if (example && (!context.flags.only || context.flags.only === example.id)) cases.push({ scenario, example });
	}
	return cases;
}

/** A step of one instant example against the n8n at `baseUrl`. */
export function newStep(rest: N8nRest, sandbox: SandboxHandle, example: ExampleWorkflow, baseUrl: string): Step {
	return { rest, sandbox, example, baseUrl, accepted: [], problems: [], executions: async () => (await rest.executions(example.id)).length };
}

/** The example's scenario over what the step's accepted deliveries wrote; a failed check is one more problem. */
export function finishStep(step: Step, scenario: Scenario): void {
	try {
		scenario.check({ ...scenarioContext(step.sandbox, { ok: true, nodes: {} }), changed: step.accepted });
	} catch (error) {
		step.problems.push((error as Error).message);
	}
	if (step.problems.length) throw new Error(step.problems.join('\n'));
}

export const instantSuite: Suite = {
	name: 'instant',
	roles: ['full'],
	async run(context) {
		const { n8n, sandbox, workspace } = context;
		const cases = instantCases(context);
		if (!cases.length) return [];
		const port = await freePort();
		const baseUrl = `http://127.0.0.1:${port}`;
		// The URL the Repzo trigger registers is the one n8n reports: make it this n8n's, on loopback.
		const env = n8n.env(workspace.userFolder, port, { N8N_RUNNERS_BROKER_PORT: String(await freePort()), N8N_LOG_LEVEL: 'info', WEBHOOK_URL: `${baseUrl}/` });
		for (const { example } of cases) await activate(n8n, example.id, env);
		resetSandbox(sandbox);
		const outcomes: Outcome[] = [];
		const server = await n8n.start(env, port);
		context.log(`n8n start ready in ${server.seconds} s with ${cases.length} instant trigger workflows active`);
		try {
			const rest = new N8nRest(n8n, baseUrl);
			await rest.signIn();
			for (const { scenario, example } of cases) {
				const began = Date.now();
				const step = newStep(rest, sandbox, example, baseUrl);
				const name = `${example.file}: ${scenario.title}`;
				try {
					const detail = scenario.instant!.vendor === 'repzo' ? await repzo(step) : await cirrus(step);
					finishStep(step, scenario);
					context.log(`${example.file}: ${detail}`);
					outcomes.push({ name, ok: true, seconds: seconds(began), detail });
				} catch (error) {
					outcomes.push({ name, ok: false, seconds: seconds(began), detail: `${(error as Error).message}\n${server.logs().slice(-1500)}` });
				}
				// The test URL, on the same workflow (Repzo: deactivated by now; Cirrus: still active).
				const testBegan = Date.now();
				const testStep = newStep(rest, sandbox, example, baseUrl);
				resetSandbox(sandbox);
				try {
					const detail = scenario.instant!.vendor === 'repzo' ? await repzoTestUrl(testStep) : await cirrusTestUrl(testStep);
					finishStep(testStep, scenario);
					context.log(`${example.file}: ${detail}`);
					outcomes.push({ name: `${example.file}: "Listen for test event": a bad delivery to the test URL gets 401, a good one starts one manual execution`, ok: true, seconds: seconds(testBegan), detail });
				} catch (error) {
					outcomes.push({
						name: `${example.file}: "Listen for test event": the test URL`,
						ok: false,
						seconds: seconds(testBegan),
						detail: `${(error as Error).message}\n${server.logs().slice(-1500)}`,
					});
				}
			}
		} finally {
			await stopChild(server.child);
		}
		return outcomes;
	},
};
