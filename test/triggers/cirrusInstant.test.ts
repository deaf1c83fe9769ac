import type { INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import { CirrusInstantTrigger } from '../../nodes/Cirrus/CirrusInstantTrigger.node';
import { WebhookSession } from '../webhookHarness';

function trigger(parameters: INodeParameters = {}, test = false): WebhookSession {
	return new WebhookSession({ node: 'cirrusInstantTrigger', parameters, test });
}

const delivery = (event: string, headers: Record<string, string> = {}) => ({
	headers,
	rawBody: JSON.stringify({ event, data: { id: 4711, name: 'Acme AB', city: 'Göteborg' } }),
});

const ALL_EVENTS = ['ACCOUNT', 'CONTACT', 'ACTIVITY', 'OPPORTUNITY'].flatMap((record) => ['CREATE', 'UPDATE', 'DELETE'].map((change) => `${change}_${record}`));

describe('Cirrus Instant Trigger: the URL to paste into Cirrus', () => {
	test('the node offers the 12 documented events', () => {
		const events = new CirrusInstantTrigger().description.properties.find((property) => property.name === 'events')!;
		const values = (events.options as INodePropertyOptions[]).map((option) => option.value);
		expect([...values].sort()).toEqual([...ALL_EVENTS].sort());
	});

	test('activating and deactivating send nothing to Cirrus (nock refuses any request)', async () => {
		const session = trigger();
		expect(await session.activate()).toEqual({ existed: true });
		expect(await session.deactivate()).toBe(true);
	});

	test('the production and test URLs are the node\'s webhook URLs', () => {
		expect(trigger().url).toBe('https://n8n.example.com/webhook/4f1c2a57-hook/webhook');
		expect(trigger({}, true).url).toBe('https://n8n.example.com/webhook-test/4f1c2a57-hook/webhook');
	});
});

describe('Cirrus Instant Trigger: filtering events', () => {
	test.each(ALL_EVENTS)('with no events chosen, %s starts the workflow with the delivery as its item', async (event) => {
		const outcome = await trigger().deliver(delivery(event));
		expect(outcome.started).toBe(true);
		expect(outcome.items).toEqual([{ event, data: { id: 4711, name: 'Acme AB', city: 'Göteborg' } }]);
	});

	test('with Account Created and Contact Updated chosen, only those start the workflow', async () => {
		const session = trigger({ events: ['CREATE_ACCOUNT', 'UPDATE_CONTACT'] });
		expect((await session.deliver(delivery('CREATE_ACCOUNT'))).started).toBe(true);
		expect((await session.deliver(delivery('UPDATE_CONTACT'))).started).toBe(true);
		for (const event of ['UPDATE_ACCOUNT', 'CREATE_CONTACT', 'DELETE_OPPORTUNITY', 'CREATE_ACTIVITY']) {
			const outcome = await session.deliver(delivery(event));
			// Answered 200 so Cirrus does not retry an event nobody asked for.
			expect(outcome).toMatchObject({ status: 200, started: false, items: [] });
		}
	});

	test('a delivery without an event answers 400 and starts nothing', async () => {
		const outcome = await trigger().deliver({ headers: {}, rawBody: JSON.stringify({ data: { id: 1 } }) });
		expect(outcome).toMatchObject({ status: 400, started: false });
	});
});

describe('Cirrus Instant Trigger: the shared secret header', () => {
	const withSecret = (events: string[] = []) =>
		trigger({ events, checkSecret: true, headerName: 'X-Cirrus-Secret', headerValue: 's3cr3t-Value' });

	test('the right value in the named header (any case) starts the workflow', async () => {
		const outcome = await withSecret().deliver(delivery('CREATE_ACCOUNT', { 'x-cirrus-secret': 's3cr3t-Value' }));
		expect(outcome.started).toBe(true);
	});

	test.each([
		['a wrong value', { 'X-Cirrus-Secret': 's3cr3t-valuE' }],
		['a longer value', { 'X-Cirrus-Secret': 's3cr3t-Value-and-more' }],
		['the value in another header', { 'X-Webhook-Secret': 's3cr3t-Value' }],
		['no header at all', {}],
	])('%s answers 401 and starts nothing', async (_case, headers) => {
		const outcome = await withSecret().deliver(delivery('CREATE_ACCOUNT', headers as Record<string, string>));
		expect(outcome).toMatchObject({ status: 401, started: false, items: [] });
	});

	test('the secret is checked before the event filter: a wrong secret on an unchosen event is still 401', async () => {
		const outcome = await withSecret(['UPDATE_CONTACT']).deliver(delivery('CREATE_ACCOUNT', { 'X-Cirrus-Secret': 'nope' }));
		expect(outcome.status).toBe(401);
	});

	test('with the check off, a delivery without the header starts the workflow', async () => {
		expect((await trigger({ headerName: 'X-Cirrus-Secret', headerValue: 's3cr3t-Value' }).deliver(delivery('CREATE_ACCOUNT'))).started).toBe(true);
	});
});
