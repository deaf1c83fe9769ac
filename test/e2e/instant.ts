/**
 * The instant (webhook) trigger examples in a running n8n: each example whose scenario is `instant`
 * is activated, `n8n start` runs, and the suite posts deliveries the way the vendor would.
 * - Repzo: activation must have created a Svix integration in the sandbox pointing at the workflow
 *   (endpointUrl, whsec_ secret); a delivery signed with that secret starts exactly one execution
 *   (one QUINCE partner), a tampered one and a replay of the first are answered 401 and start none,
 *   and deactivating the workflow deletes the integration.
 * - Cirrus: an event with the right secret header starts one execution (one partner), a wrong header
 *   is answered 401, an event the node was not set to receive is answered 200 and starts nothing.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';

import type { SandboxHandle } from '../../sandbox/server';
import type { SandboxRecord } from '../../sandbox/types';
import { freePort, stopChild } from '../../scripts/dev/runtime';
import type { ExampleWorkflow } from '../../scripts/dev/workspace';
import { N8nRest } from './rest';
import { SCENARIOS, type Scenario } from './scenarios';
import { resetSandbox, scenarioContext, seconds, type Outcome, type Suite } from './suite';
import { activate } from './triggers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the Cirrus example's node expects in its X-Webhook-Secret header. */
const CIRRUS_SECRET = 'sandbox-cirrus-webhook-secret';

/** Waits until `done()` gives a value, checking every half second; undefined on timeout. */
async function waitFor<T>(done: () => T | undefined | false, timeoutMs: number): Promise<T | undefined> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = done();
		if (value) return value;
		if (Date.now() > deadline) return undefined;
		await sleep(500);
	}
}

interface Delivery {
	status: number;
	text: string;
}

/**
 * POSTs a delivery. n8n 2.x registers the webhooks of a workflow activated at start-up a little later
 * than its REST API answers, so a 404 "is not registered" is retried for a while.
 */
async function post(url: string, body: string, headers: Record<string, string>): Promise<Delivery> {
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

function webhookIdOf(example: ExampleWorkflow): string {
	const trigger = example.nodes.find((node) => /InstantTrigger$/.test(node.type)) as { webhookId?: string } | undefined;
	if (!trigger?.webhookId) throw new Error(`${example.file}: its instant trigger has no webhookId`);
	return trigger.webhookId;
}

interface Step {
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
}

/** The number of executions stays `count` for a few seconds (a refused delivery started nothing). */
async function stillExecutions(step: Step, count: number, what: string): Promise<void> {
	await sleep(3000);
	const now = await step.executions();
	if (now !== count) step.problems.push(`${what} started ${now - count} execution(s)`);
}

async function repzo(step: Step): Promise<string> {
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
	return `integration ${String(integration._id)} → ${endpointUrl.slice(baseUrl.length)}, deleted on deactivation`;
}

async function cirrus(step: Step): Promise<string> {
	const url = `${step.baseUrl}/webhook/${webhookIdOf(step.example)}/webhook`;
	const event = (name: string, id: number) => JSON.stringify({ event: name, data: { id, name: `Instant Account ${id}`, vatno: `SE55${id}01` } });
	expectStatus(step, 'CREATE_ACCOUNT with the secret header', await post(url, event('CREATE_ACCOUNT', 990001), { 'x-webhook-secret': CIRRUS_SECRET }), 200);
	step.accepted.push('990001');
	const one = await step.rest.waitForExecutions(step.example.id, 1, 60_000);
	assert.equal(one[0].status, 'success', `the execution ended ${one[0].status}`);
	expectStatus(step, 'CREATE_ACCOUNT with a wrong secret header', await post(url, event('CREATE_ACCOUNT', 990002), { 'x-webhook-secret': 'not-the-secret' }), 401);
	expectStatus(step, 'CREATE_ACCOUNT without the secret header', await post(url, event('CREATE_ACCOUNT', 990003), {}), 401);
	expectStatus(step, 'CREATE_CONTACT, an event the node does not receive', await post(url, event('CREATE_CONTACT', 990004), { 'x-webhook-secret': CIRRUS_SECRET }), 200);
	await stillExecutions(step, 1, 'a refused or ignored delivery');
	return `POST ${url.slice(step.baseUrl.length)}`;
}

export const instantSuite: Suite = {
	name: 'instant',
	roles: ['full'],
	async run(context) {
		const { n8n, sandbox, workspace, flags } = context;
		const cases: Array<{ scenario: Scenario; example: ExampleWorkflow }> = [];
		for (const scenario of SCENARIOS.filter((candidate) => candidate.instant)) {
			const example = workspace.examples.find((candidate) => candidate.id === scenario.workflowId);
			if (example && (!flags.only || flags.only === example.id)) cases.push({ scenario, example });
		}
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
				const step: Step = {
					rest,
					sandbox,
					example,
					baseUrl,
					accepted: [],
					problems: [],
					executions: async () => (await rest.executions(example.id)).length,
				};
				const name = `${example.file}: ${scenario.title}`;
				try {
					const detail = scenario.instant!.vendor === 'repzo' ? await repzo(step) : await cirrus(step);
					try {
						scenario.check({ ...scenarioContext(sandbox, { ok: true, nodes: {} }), changed: step.accepted });
					} catch (error) {
						step.problems.push((error as Error).message);
					}
					if (step.problems.length) throw new Error(step.problems.join('\n'));
					outcomes.push({ name, ok: true, seconds: seconds(began), detail });
				} catch (error) {
					outcomes.push({ name, ok: false, seconds: seconds(began), detail: `${(error as Error).message}\n${server.logs().slice(-1500)}` });
				}
			}
		} finally {
			await stopChild(server.child);
		}
		return outcomes;
	},
};
