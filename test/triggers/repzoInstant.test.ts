import { createHmac } from 'crypto';
import nock from 'nock';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { API_KEY, BASE, credentials } from '../repzo/fixtures';
import { WebhookSession } from '../webhookHarness';

const APPLICATION_ID = 'app_2Xk9';

function session(parameters: INodeParameters = {}, test = false): WebhookSession {
	return new WebhookSession({ node: 'repzoInstantTrigger', parameters: { applicationId: APPLICATION_ID, ...parameters }, credentials, test });
}

/** Repzo's API as nock sees it, with the credential's api-key required on every call. */
const repzo = () => nock(BASE, { reqheaders: { 'api-key': API_KEY } });

interface Created {
	body: IDataObject;
}

/** Activates a fresh workflow: Repzo answers the create with the integration's ID. */
async function activated(parameters: INodeParameters = {}, test = false): Promise<{ trigger: WebhookSession; created: Created }> {
	const trigger = session(parameters, test);
	const created: Created = { body: {} };
	const scope = repzo()
		.post('/svix-integration', (body: IDataObject) => {
			created.body = body;
			return true;
		})
		.reply(201, { success: true, data: { _id: 'int-1', name: 'n8n: Orders to ERP' } });
	await trigger.activate();
	expect(scope.isDone()).toBe(true);
	return { trigger, created };
}

const now = () => Math.floor(Date.now() / 1000);

/** Signs a delivery as Svix does: base64 HMAC-SHA256 of `id.timestamp.body` under the decoded secret. */
function signed(secret: string, body: string, options: { id?: string; timestamp?: number; prefix?: 'svix' | 'webhook' } = {}) {
	const id = options.id ?? 'msg_2b7Qd';
	const timestamp = String(options.timestamp ?? now());
	const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
	const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
	const prefix = options.prefix ?? 'svix';
	return { headers: { [`${prefix}-id`]: id, [`${prefix}-timestamp`]: timestamp, [`${prefix}-signature`]: `v1,${signature}` }, rawBody: body };
}

const ORDER = JSON.stringify({ type: 'order.updated', data: { _id: 'ord-7', serial_number: { formatted: 'SO-7' }, total: 120.5 } });

describe('Repzo Instant Trigger: registering the integration', () => {
	test('activating creates one Svix integration pointing at the webhook URL, with a fresh whsec_ secret it keeps', async () => {
		const { trigger, created } = await activated({ eventTypes: 'order.updated, client.created,order.updated' });
		expect(created.body).toEqual({
			name: 'n8n: Orders to ERP',
			description: expect.any(String),
			applicationId: APPLICATION_ID,
			endpointUrl: 'https://n8n.example.com/webhook/4f1c2a57-hook/webhook',
			eventTypes: ['order.updated', 'client.created'],
			secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/),
			isActive: true,
			metadata: { createdBy: 'n8n', workflowId: 'wf-instant' },
		});
		expect(Buffer.from(String(created.body.secret).slice(6), 'base64')).toHaveLength(24);
		expect(trigger.state).toMatchObject({ integrationId: 'int-1', secret: created.body.secret, endpointUrl: created.body.endpointUrl });
	});

	test('no event types means all events: the integration is created without eventTypes', async () => {
		const { created } = await activated();
		expect(created.body).not.toHaveProperty('eventTypes');
	});

	test('two activations get two different secrets', async () => {
		const first = await activated();
		const second = await activated();
		expect(first.created.body.secret).not.toBe(second.created.body.secret);
	});

	test('listening for a test event registers the test URL', async () => {
		const { created } = await activated({}, true);
		expect(created.body.endpointUrl).toBe('https://n8n.example.com/webhook-test/4f1c2a57-hook/webhook');
	});

	test('checkExists is false before activation, without asking Repzo', async () => {
		// nock refuses any request that no interceptor expects.
		expect(await session().checkExists()).toBe(false);
	});

	test("checkExists finds the stored integration in Repzo's list, page by page", async () => {
		const { trigger } = await activated();
		const others = Array.from({ length: 100 }, (_, index) => ({ _id: `other-${index}`, endpointUrl: 'https://elsewhere.example.com/hook' }));
		const scope = repzo()
			.get('/svix-integration')
			.query({ limit: '100', offset: '0' })
			.reply(200, { success: true, data: others, total: 101 })
			.get('/svix-integration')
			.query({ limit: '100', offset: '100' })
			.reply(200, { success: true, data: [{ _id: 'int-1', endpointUrl: trigger.url }], total: 101 });
		expect(await trigger.checkExists()).toBe(true);
		expect(scope.isDone()).toBe(true);
	});

	test('checkExists is false when the integration is gone from Repzo or points elsewhere', async () => {
		const { trigger } = await activated();
		repzo().get('/svix-integration').query(true).reply(200, { success: true, data: [], total: 0 });
		expect(await trigger.checkExists()).toBe(false);
		repzo()
			.get('/svix-integration')
			.query(true)
			.reply(200, { success: true, data: [{ _id: 'int-1', endpointUrl: 'https://old-host.example.com/webhook/x/webhook' }], total: 1 });
		expect(await trigger.checkExists()).toBe(false);
	});

	test('activating again after the integration vanished deletes the stale one and creates a new one', async () => {
		const { trigger } = await activated();
		const oldSecret = trigger.state.secret;
		const scope = repzo()
			.get('/svix-integration')
			.query(true)
			.reply(200, { success: true, data: [], total: 0 })
			.delete('/svix-integration/int-1')
			.reply(404, { success: false, message: 'Not found' })
			.post('/svix-integration')
			.reply(201, { success: true, data: { _id: 'int-2' } });
		expect(await trigger.activate()).toEqual({ existed: false });
		expect(scope.isDone()).toBe(true);
		expect(trigger.state.integrationId).toBe('int-2');
		expect(trigger.state.secret).not.toBe(oldSecret);
	});

	test('an answer without the ID is resolved by finding the integration by its URL', async () => {
		const trigger = session();
		const scope = repzo()
			.post('/svix-integration')
			.reply(201, { success: true, data: {} })
			.get('/svix-integration')
			.query(true)
			.reply(200, { success: true, data: [{ _id: 'int-9', endpointUrl: trigger.url }], total: 1 });
		await trigger.activate();
		expect(scope.isDone()).toBe(true);
		expect(trigger.state.integrationId).toBe('int-9');
	});

	test('a refused create fails the activation with Repzo\'s words and stores nothing', async () => {
		const trigger = session();
		repzo().post('/svix-integration').reply(400, { success: false, message: 'applicationId is not valid' });
		await expect(trigger.activate()).rejects.toThrow(/applicationId is not valid/);
		expect(trigger.state.secret).toBeUndefined();
	});

	test('deactivating deletes the integration and forgets the secret', async () => {
		const { trigger } = await activated();
		const scope = repzo().delete('/svix-integration/int-1').reply(200, { success: true, message: 'Svix integration deleted successfully' });
		expect(await trigger.deactivate()).toBe(true);
		expect(scope.isDone()).toBe(true);
		expect(trigger.state).toEqual({});
	});

	test('deactivating when Repzo already deleted the integration (404) still succeeds', async () => {
		const { trigger } = await activated();
		const scope = repzo().delete('/svix-integration/int-1').reply(404, { success: false, message: 'Not found' });
		expect(await trigger.deactivate()).toBe(true);
		expect(scope.isDone()).toBe(true);
	});

	test('a failed delete is reported, not hidden', async () => {
		const { trigger } = await activated();
		repzo().delete('/svix-integration/int-1').reply(403, { success: false, message: 'api key lacks permission' });
		await expect(trigger.deactivate()).rejects.toThrow(/api key lacks permission/);
		expect(trigger.state.integrationId).toBe('int-1');
	});
});

describe('Repzo Instant Trigger: verifying deliveries', () => {
	test('a correctly signed delivery starts the workflow with the event as its item', async () => {
		const { trigger } = await activated();
		const outcome = await trigger.deliver(signed(String(trigger.state.secret), ORDER));
		expect(outcome.started).toBe(true);
		expect(outcome.status).toBe(200);
		expect(outcome.items).toEqual([JSON.parse(ORDER)]);
	});

	test('the webhook-* header names are accepted too', async () => {
		const { trigger } = await activated();
		const outcome = await trigger.deliver(signed(String(trigger.state.secret), ORDER, { prefix: 'webhook' }));
		expect(outcome.started).toBe(true);
	});

	test('one valid signature among several (secret rotation) is enough', async () => {
		const { trigger } = await activated();
		const delivery = signed(String(trigger.state.secret), ORDER);
		delivery.headers['svix-signature'] = `v1,${Buffer.alloc(32, 7).toString('base64')} v2,abc ${delivery.headers['svix-signature']}`;
		expect((await trigger.deliver(delivery)).started).toBe(true);
	});

	test('a tampered body answers 401 and starts nothing', async () => {
		const { trigger } = await activated();
		const delivery = signed(String(trigger.state.secret), ORDER);
		delivery.rawBody = ORDER.replace('120.5', '1205');
		const outcome = await trigger.deliver(delivery);
		expect(outcome).toMatchObject({ status: 401, started: false, items: [] });
		expect(outcome.answer).toEqual({ message: 'The delivery signature does not match' });
	});

	test('a delivery signed with another secret answers 401 and starts nothing', async () => {
		const { trigger } = await activated();
		const outcome = await trigger.deliver(signed(`whsec_${Buffer.alloc(24, 1).toString('base64')}`, ORDER));
		expect(outcome).toMatchObject({ status: 401, started: false });
	});

	test('a timestamp more than 5 minutes old (or ahead) answers 401, even with a valid signature', async () => {
		const { trigger } = await activated();
		const secret = String(trigger.state.secret);
		expect(await trigger.deliver(signed(secret, ORDER, { id: 'msg_old', timestamp: now() - 301 }))).toMatchObject({ status: 401, started: false });
		expect(await trigger.deliver(signed(secret, ORDER, { id: 'msg_ahead', timestamp: now() + 301 }))).toMatchObject({ status: 401, started: false });
		expect(await trigger.deliver(signed(secret, ORDER, { id: 'msg_recent', timestamp: now() - 240 }))).toMatchObject({ started: true });
	});

	test('a replayed delivery answers 401 the second time, also after n8n reloaded the static data', async () => {
		const { trigger } = await activated();
		const delivery = signed(String(trigger.state.secret), ORDER, { id: 'msg_once' });
		expect((await trigger.deliver(delivery)).started).toBe(true);
		expect(await trigger.deliver(delivery)).toMatchObject({ status: 401, started: false, answer: { message: 'The delivery was already received (replay)' } });
		trigger.reload();
		expect(await trigger.deliver(delivery)).toMatchObject({ status: 401, started: false });
		// Another delivery is still welcome.
		expect((await trigger.deliver(signed(String(trigger.state.secret), ORDER, { id: 'msg_next' }))).started).toBe(true);
	});

	test('a replay is refused even when n8n does not save what the first delivery changed (n8n 2.x)', async () => {
		const { trigger } = await activated();
		const atActivation = trigger.saved();
		const delivery = signed(String(trigger.state.secret), ORDER, { id: 'msg_unsaved' });
		expect((await trigger.deliver(delivery)).started).toBe(true);
		trigger.restore(atActivation);
		expect(await trigger.deliver(delivery)).toMatchObject({ status: 401, started: false, answer: { message: 'The delivery was already received (replay)' } });
	});

	test('a refused delivery does not use up its ID', async () => {
		const { trigger } = await activated();
		const good = signed(String(trigger.state.secret), ORDER, { id: 'msg_retry' });
		expect((await trigger.deliver({ ...good, rawBody: `${ORDER} ` })).started).toBe(false);
		expect((await trigger.deliver(good)).started).toBe(true);
	});

	test('a delivery without signature headers answers 401', async () => {
		const { trigger } = await activated();
		expect(await trigger.deliver({ headers: {}, rawBody: ORDER })).toMatchObject({ status: 401, started: false });
	});

	test('before activation (no secret stored) every delivery answers 401', async () => {
		const trigger = session();
		const outcome = await trigger.deliver(signed(`whsec_${Buffer.alloc(24, 3).toString('base64')}`, ORDER));
		expect(outcome).toMatchObject({ status: 401, started: false });
	});

	test('the remembered IDs stay bounded', async () => {
		const { trigger } = await activated();
		const secret = String(trigger.state.secret);
		// Older entries than the window are dropped; the newest 1000 are kept.
		const seen: IDataObject = {};
		for (let index = 0; index < 1200; index++) seen[`msg_${index}`] = now() - 60;
		trigger.state.seenDeliveries = seen;
		expect((await trigger.deliver(signed(secret, ORDER, { id: 'msg_new' }))).started).toBe(true);
		expect(Object.keys(trigger.state.seenDeliveries as IDataObject)).toHaveLength(1000);
		expect(trigger.state.seenDeliveries).toHaveProperty('msg_new');
	});
});
