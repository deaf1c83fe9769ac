/**
 * Each vendor's trigger against the sandbox over loopback (real HTTP, the sandbox's own clock and
 * filters), polled by n8n-core's poll machinery: records created or changed between polls start
 * exactly one item each.
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import type { SandboxHandle } from '../../sandbox/server';
import { SANDBOX_SECRETS } from '../../sandbox/secrets';
import { PollSession } from '../pollHarness';
import { openSandbox } from '../sandbox/helpers';
import { TRIGGER_PLANS } from './sandboxPlan';
import type { TriggerPlan } from './sandboxPlan';

let sandbox: SandboxHandle;

beforeAll(async () => {
	nock.enableNetConnect('127.0.0.1');
	sandbox = await openSandbox();
});
afterAll(async () => {
	await sandbox.close();
	nock.disableNetConnect();
});

function credentialsFor(plan: TriggerPlan, url: string): Record<string, IDataObject> {
	switch (plan.credential.type) {
		case 'enappsApi':
			return { enappsApi: { serverUrl: `${url}/enapps`, apiPath: '/api/v1', authType: 'accessToken', accessToken: SANDBOX_SECRETS.enapps.accessToken } };
		case 'cirrusApi':
			return { cirrusApi: { baseUrl: `${url}/cirrus/rest`, token: SANDBOX_SECRETS.cirrus.apiToken } };
		case 'guardantApi':
			return { guardantApi: { baseUrl: `${url}/guardant`, token: SANDBOX_SECRETS.guardant.apiToken } };
		case 'quinceApi':
			return { quinceApi: { baseUrl: `${url}/quince`, apiToken: SANDBOX_SECRETS.quince.apiToken } };
		default:
			return { repzoApi: { apiKey: SANDBOX_SECRETS.repzo.apiKey, environment: 'custom', baseUrl: `${url}/repzo` } };
	}
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(TRIGGER_PLANS.map((plan) => [plan.title, plan] as const))('%s, against the sandbox', (_title, plan) => {
	test('records created or changed between polls start exactly one item each', async () => {
		sandbox.vendors.get(plan.vendor)!.reset();
		const trigger = new PollSession({ node: plan.node, parameters: plan.parameters, credentials: credentialsFor(plan, sandbox.url) as never });
		const first = await trigger.poll();
		expect(first.error).toBeUndefined();
		expect(first.emitted).toBe(false);
		for (const round of [1, 2]) {
			// Vendors stamp whole seconds: a change in the same second as the last poll's newest record is a tie.
			await pause(1100);
			const changed = await plan.change(sandbox.url, round);
			const outcome = await trigger.poll();
			expect(outcome.error).toBeUndefined();
			expect(outcome.items.map(plan.idOf).sort()).toEqual([...changed].sort());
			sandbox.requests.length = 0;
			const quiet = await trigger.poll();
			expect(quiet.error).toBeUndefined();
			expect(quiet.emitted).toBe(false);
			// The sandbox honours the since filter: a quiet poll is one short page, not the whole seeded list.
			expect(sandbox.requests.filter((entry) => entry.vendor === plan.vendor)).toEqual([expect.objectContaining({ method: plan.poll.method, path: plan.poll.path, status: 200 })]);
		}
	});
});
