/**
 * Workflows saved with each released version of each node (version 1 of all, version 2 of Enapps ERP), kept here as the editor saved them (copied from
 * examples/*.json on the day version 1 was frozen, and frozen with it: the examples may move on, these
 * may not). Each must still send the same requests. Should one of these fail, the saved workflow of a
 * user would break on upgrade: put the change in a new node version (see README) instead.
 */
import nock from 'nock';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { API_PATH, BASE as CIRRUS, TOKEN as CIRRUS_TOKEN, page, tokenCredentials as cirrusCredentials } from '../cirrus/fixtures';
import { API, BASE as ENAPPS, TOKEN as ENAPPS_TOKEN, tokenCredentials as enappsCredentials } from '../enapps/fixtures';
import { BASE as GUARDANT, TOKEN as GUARDANT_TOKEN, credentials as guardantCredentials } from '../guardant/fixtures';
import { runNode } from '../harness';
import { PollSession } from '../pollHarness';
import { BASE as QUINCE, TOKEN as QUINCE_TOKEN, credentials as quinceCredentials } from '../quince/fixtures';
import { API_KEY as REPZO_KEY, BASE as REPZO, credentials as repzoCredentials } from '../repzo/fixtures';

/** The parameters as version 1 saved them (node type version 1; `runNode` and `PollSession` run typeVersion 1). */
const SAVED: Record<string, INodeParameters> = {
	// examples/trigger-quince-orders-to-enapps.json, "Create an Enapps sale order"
	enapps: {
		resource: 'saleOrder',
		operation: 'create',
		partner_order_id: 1,
		shop_id: 1,
		products: '[{"product_id": 3, "qty": 1}]',
		client_order_ref: '={{ "quince:" + $json.Id }}',
	},
	// examples/flow-enapps-changed-partners-to-cirrus.json, Create or Update account by External Key
	cirrus: {
		authentication: 'apiToken',
		resource: 'account',
		operation: 'upsert',
		name: '={{ $json.name }}',
		typeid: 1,
		userid: 1,
		externalkey: '={{ "enapps:" + $json.id }}',
		additionalFields: { number: '={{ $json.ref }}', url: '={{ $json.website }}' },
	},
	// examples/guardant-customers.json, "Create a customer": CRM ID at the top level
	guardant: {
		resource: 'customer',
		operation: 'create',
		customerName: 'Anna',
		customerLastName: 'Berg',
		customerCompanyName: 'Berg Software AB',
		crmId: 'CRM-90001',
		additionalFields: { customerEmail: 'anna@bergsoftware.example' },
	},
	// examples/quince-partners.json, "Create partners": Records (JSON) of each input item
	quince: { resource: 'partner', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ $json }}' },
	// examples/repzo-clients.json, "Create a client": client code at the top level
	repzo: {
		resource: 'client',
		operation: 'create',
		name: 'Petra Market',
		client_code: 'C-90001',
		additionalFields: { city: 'Amman', phone: '+962 6 555 0100' },
	},
	// The trigger of each examples/trigger-*.json and of examples/flow-enapps-changed-partners-to-cirrus.json
	enappsTrigger: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'partner.newOrUpdated', options: { serverTimezone: 'UTC' } },
	cirrusTrigger: { pollTimes: { item: [{ mode: 'everyMinute' }] }, authentication: 'apiToken', event: 'order.new' },
	guardantTrigger: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'dongle.new', dongleId: 1001 },
	quinceTrigger: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'order.new' },
	repzoTrigger: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'client.newOrUpdated' },
};

/** Version 2 of Enapps ERP (released 2026-12-05), as examples/enapps-v2-sale-order-lines.json saved it that day: run with typeVersion 2. */
const SAVED_V2: Record<string, INodeParameters> = {
	enapps: {
		resource: 'saleOrder',
		operation: 'create',
		partner_order_id: '={{ $json.id }}',
		shop_id: 1,
		orderLines: {
			line: [
				{ product: { __rl: true, mode: 'list', value: 3 }, qty: 2 },
				{ product: { __rl: true, mode: 'id', value: '5' }, qty: 4, options: '{"FINISHING": "DBZW"}' },
			],
		},
		client_order_ref: 'n8n-example-0002',
	},
};

interface Sent {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	headers: Record<string, unknown>;
}

/** Answers every request to `base` with `reply(call)` and keeps what was sent. */
function vendor(base: string, reply: (call: Sent) => unknown): Sent[] {
	const calls: Sent[] = [];
	const record = (method: string) =>
		function (this: { req: { headers: Record<string, unknown> } }, uri: string, body: unknown): [number, unknown] {
			const url = new URL(uri, base);
			const call: Sent = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: body === '' ? undefined : body, headers: this.req.headers };
			calls.push(call);
			return [200, reply(call)];
		};
	nock(base).persist().get(/.*/).query(true).reply(record('GET')).post(/.*/).query(true).reply(record('POST'));
	return calls;
}

const json = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json);
const parsed = (ms: string, format: RegExp) => expect(ms).toMatch(format);

describe('A workflow saved with version 1 runs unchanged: action nodes', () => {
	test('Enapps ERP: Create a sale order from a QUINCE order posts the contact, shop, lines and reference', async () => {
		const calls = vendor(ENAPPS, () => ({ id: 901, name: 'SO901' }));
		const result = await runNode({ node: 'enapps', parameters: SAVED.enapps, credentials: enappsCredentials, input: [{ Id: 42 }] });

		expect(result.error).toBeUndefined();
		expect(calls.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'POST', path: `${API}/orders`, body: { partner_order_id: 1, shop_id: 1, products: [{ product_id: 3, qty: 1 }], client_order_ref: 'quince:42' } },
		]);
		expect(calls[0].headers.authorization).toBe(`Bearer ${ENAPPS_TOKEN}`);
		expect(json(result.items)).toEqual([{ id: 901, name: 'SO901' }]);
	});

	test('Cirrus: Create or Update an account by External Key looks the key up, then creates it with every saved field', async () => {
		const calls = vendor(CIRRUS, (call) => (call.method === 'GET' ? page([], 1, 0) : { id: 77, name: 'Acme Ltd', externalkey: 'enapps:7' }));
		const result = await runNode({
			node: 'cirrus',
			parameters: SAVED.cirrus,
			credentials: cirrusCredentials,
			input: [{ id: 7, name: 'Acme Ltd', ref: 'P-7', website: 'https://acme.example' }],
		});

		expect(result.error).toBeUndefined();
		expect(calls.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
			{
				method: 'GET',
				path: `${API_PATH}/accounts/`,
				query: { externalkey: 'enapps:7', active: '2', sorting: 'name_asc', page: '1', per_page: '50' },
				body: undefined,
			},
			{
				method: 'POST',
				path: `${API_PATH}/accounts/`,
				query: {},
				body: { name: 'Acme Ltd', typeid: 1, userid: 1, externalkey: 'enapps:7', number: 'P-7', url: 'https://acme.example' },
			},
		]);
		for (const call of calls) expect(call.headers['x-token']).toBe(CIRRUS_TOKEN);
		expect(json(result.items)).toEqual([{ id: 77, name: 'Acme Ltd', externalkey: 'enapps:7', _action: 'created' }]);
	});

	test('Guardant: Create a customer sends the CRM ID with the names and e-mail', async () => {
		const customer = { _id: 3, name: 'Anna', crmid: 'CRM-90001' };
		const calls = vendor(GUARDANT, () => ({ customer }));
		const result = await runNode({ node: 'guardant', parameters: SAVED.guardant, credentials: guardantCredentials });

		expect(result.error).toBeUndefined();
		expect(calls.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{
				method: 'POST',
				path: '/v1.0/customers',
				body: { customerName: 'Anna', customerLastName: 'Berg', customerCompanyName: 'Berg Software AB', crmId: 'CRM-90001', customerEmail: 'anna@bergsoftware.example' },
			},
		]);
		expect(calls[0].headers.authorization).toBe(`Bearer ${GUARDANT_TOKEN}`);
		expect(json(result.items)).toEqual([customer]);
	});

	test('QUINCE: Create Many partners with Records (JSON) sends every input item in one batch', async () => {
		const calls = vendor(QUINCE, () => ({ success: true, data: [{ id: 5001 }, { id: 5002 }] }));
		const result = await runNode({ node: 'quince', parameters: SAVED.quince, credentials: quinceCredentials, input: [{ Name: 'Fjord AB' }, { Name: 'Berg AB', Phone: '+46 8 1' }] });

		expect(result.error).toBeUndefined();
		expect(calls.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'POST', path: '/api/v2/partner/add', body: { array: [{ Name: 'Fjord AB' }, { Name: 'Berg AB', Phone: '+46 8 1' }] } },
		]);
		expect(calls[0].headers.authorization).toBe(`Bearer ${QUINCE_TOKEN}`);
		expect(result.items).toHaveLength(2);
		expect(json(result.items).map((item) => item.id)).toEqual([5001, 5002]);
	});

	test('Repzo: Create a client sends the client code with the name, city and phone', async () => {
		const calls = vendor(REPZO, () => ({ _id: 'c1', name: 'Petra Market', client_code: 'C-90001' }));
		const result = await runNode({ node: 'repzo', parameters: SAVED.repzo, credentials: repzoCredentials });

		expect(result.error).toBeUndefined();
		expect(calls.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'POST', path: '/client', body: { name: 'Petra Market', client_code: 'C-90001', city: 'Amman', phone: '+962 6 555 0100' } },
		]);
		expect(calls[0].headers['api-key']).toBe(REPZO_KEY);
		expect(json(result.items)).toEqual([{ _id: 'c1', name: 'Petra Market', client_code: 'C-90001' }]);
	});
});

describe('A workflow saved with version 2 runs unchanged: Enapps ERP', () => {
	test('Create a sale order with two Order Lines (a picked product, one by ID with options) posts both lines as the API lists them', async () => {
		const calls = vendor(ENAPPS, () => ({ id: 902, name: 'SO902' }));
		const result = await runNode({ node: 'enapps', parameters: SAVED_V2.enapps, credentials: enappsCredentials, input: [{ id: 17 }], typeVersion: 2 });

		expect(result.error).toBeUndefined();
		expect(calls.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{
				method: 'POST',
				path: `${API}/orders`,
				body: {
					partner_order_id: 17,
					shop_id: 1,
					products: [
						{ product_id: 3, qty: 2 },
						{ product_id: 5, qty: 4, parameters: [{ FINISHING: 'DBZW' }] },
					],
					client_order_ref: 'n8n-example-0002',
				},
			},
		]);
		expect(calls[0].headers.authorization).toBe(`Bearer ${ENAPPS_TOKEN}`);
		expect(json(result.items)).toEqual([{ id: 902, name: 'SO902' }]);
	});
});

/** One scheduled poll of the saved trigger: the first poll of an activated workflow remembers where to start. */
async function firstPoll(node: string, credentials: Record<string, IDataObject>) {
	const trigger = new PollSession({ node, parameters: SAVED[node], credentials: credentials as never });
	const outcome = await trigger.poll();
	expect(outcome.error).toBeUndefined();
	expect(outcome.emitted).toBe(false);
	expect(trigger.state.cursor).toBeDefined();
	return trigger;
}

const WALL_CLOCK = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
const DAY = /^\d{4}-\d\d-\d\d/;
const DIGITS = /^\d+$/;

describe('A workflow saved with version 1 runs unchanged: triggers (one poll)', () => {
	test('Enapps ERP Trigger: New or Updated Partner lists partners changed since the look-back, in UTC wall-clock time', async () => {
		const calls = vendor(ENAPPS, () => []);
		await firstPoll('enappsTrigger', enappsCredentials);

		expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET ${API}/partners`]);
		expect(Object.keys(calls[0].query).sort()).toEqual(['page', 'write_date']);
		expect(calls[0].query.page).toBe('1');
		parsed(calls[0].query.write_date, WALL_CLOCK);
		expect(calls[0].headers.authorization).toBe(`Bearer ${ENAPPS_TOKEN}`);
	});

	test('Cirrus Trigger: New Order lists orders placed since the look-back day, newest first, 50 a page', async () => {
		const calls = vendor(CIRRUS, () => page([], 1, 0));
		await firstPoll('cirrusTrigger', cirrusCredentials);

		expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET ${API_PATH}/orders/`]);
		expect(calls[0].query).toEqual({ datespan_start: expect.stringMatching(DAY), sorting: 'placedate_desc', page: '1', per_page: '50' });
		expect(calls[0].headers['x-token']).toBe(CIRRUS_TOKEN);
	});

	test('Guardant Trigger: New Dongle History Event lists the history of dongle 1001 since the look-back', async () => {
		const calls = vendor(GUARDANT, () => ({ history: [] }));
		await firstPoll('guardantTrigger', guardantCredentials);

		expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /v1.0/getdonglehistory/1001']);
		expect(calls[0].query).toEqual({ actiondatebegin: expect.stringMatching(DIGITS), offset: '0', limit: '100' });
		expect(calls[0].headers.authorization).toBe(`Bearer ${GUARDANT_TOKEN}`);
	});

	test('QUINCE Trigger: New Order lists orders of the period from the look-back day to today', async () => {
		const calls = vendor(QUINCE, () => ({ success: true, data: [] }));
		await firstPoll('quinceTrigger', quinceCredentials);

		expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /api/v2/order/list']);
		expect(calls[0].body).toEqual({ filter: { DateFrom: expect.stringMatching(DAY), DateTo: expect.stringMatching(DAY) }, page: 1 });
		expect(calls[0].headers.authorization).toBe(`Bearer ${QUINCE_TOKEN}`);
	});

	test('Repzo Trigger: New or Updated Client lists clients updated since the look-back, 100 a page', async () => {
		const calls = vendor(REPZO, () => ({ data: [], total_pages: 1, current_page: 1, next_page_url: null }));
		await firstPoll('repzoTrigger', repzoCredentials);

		expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /client']);
		expect(calls[0].query).toEqual({ from_updatedAt: expect.stringMatching(DIGITS), page: '1', per_page: '100' });
		expect(calls[0].headers['api-key']).toBe(REPZO_KEY);
	});
});
