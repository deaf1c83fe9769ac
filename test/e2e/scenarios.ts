/**
 * What each example workflow must leave behind in the sandbox after `n8n execute`. Every example
 * in examples/ needs an entry here; the runner fails an example that has none.
 */
import assert from 'node:assert/strict';

import type { RequestLogEntry, SandboxHandle } from '../../sandbox/server';
import type { CollectionStats } from '../../sandbox/store';
import type { SandboxRecord } from '../../sandbox/types';
import { SANDBOX_SECRETS } from '../../sandbox/secrets';
import { samplePdf } from '../../sandbox/vendors/repzo';
import type { ExecutionResult } from './execution';

export interface ScenarioContext {
	run: ExecutionResult;
	sandbox: SandboxHandle;
	/** Calls the workflow made to one vendor, in order. */
	requests(vendor: string, method?: string, path?: string): RequestLogEntry[];
	stats(vendor: string, collection: string): CollectionStats;
	records(vendor: string, collection: string): SandboxRecord[];
	/** Items a node output; fails when the node did not run or failed. */
	items(node: string): Array<Record<string, unknown>>;
	/** Trigger examples: the source IDs the sandbox plan created or changed, every round. */
	changed?: string[];
	/** Trigger examples with `again`: the source IDs changed once more after their first delivery. */
	changedAgain?: string[];
}

export interface Scenario {
	workflowId: string;
	/** The story the example tells, as the test name. */
	title: string;
	vendors: string[];
	/** Runs before the workflow: inject faults, look up what the result must match. */
	before?(sandbox: SandboxHandle): void | Promise<void>;
	check(context: ScenarioContext): void;
	/** Collections a second run of the example must not add to (it uses Create or Update): the runner runs it twice. */
	rerunCreatesNothingIn?: Array<[vendor: string, collection: string]>;
	/**
	 * An instant (webhook) trigger example: test/e2e/instant.ts activates it in `n8n start` and posts
	 * this vendor's deliveries to it; `changed` holds the source IDs of the deliveries it accepted.
	 */
	instant?: { vendor: 'repzo' | 'cirrus' };
	/**
	 * A trigger example: test/e2e/triggers.ts activates it in `n8n start` (instead of `n8n execute`),
	 * makes the changes of the sandbox plan of this vendor (test/triggers/sandboxPlan.ts), and checks it.
	 */
	activated?: {
		plan: string;
		/** The source IDs of what the workflow wrote so far. */
		delivered(context: ScenarioContext): string[];
		/**
		 * A rerun: after the plan's rounds, records it already changed (so already written to the
		 * target) change once more, and the trigger fires for them again; the write must update what
		 * the first firing created (Create or Update), never create a second record.
		 */
		again?: {
			/** Changes the records again in the sandbox; returns their source IDs. */
			change(sandboxUrl: string, changed: string[]): Promise<string[]>;
			/** The new values of those records have reached the target. */
			arrived(context: ScenarioContext, ids: string[]): boolean;
		};
	};
}

/** Source IDs in a marker field written by a trigger example, e.g. `cirrus:42` → `42`. */
function markers(records: SandboxRecord[], field: string, prefix: string): string[] {
	return records.map((record) => String(record[field] ?? '')).filter((value) => value.startsWith(prefix)).map((value) => value.slice(prefix.length));
}

/** A trigger example that writes with Create or Update: one target record per changed source record, however often it changed. */
function oneRecordPerSource(context: ScenarioContext, delivered: string[]): void {
	const expected = [...new Set(context.changed ?? [])].sort();
	assert.deepEqual([...delivered].sort(), expected, 'one target record per changed source record, none created twice');
}

/** Renames a Repzo client through the API, as a user's edit in Repzo does. */
async function renameRepzoClient(sandboxUrl: string, id: string): Promise<void> {
	const response = await fetch(`${sandboxUrl}/repzo/client/${encodeURIComponent(id)}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json', 'api-key': SANDBOX_SECRETS.repzo.apiKey },
		body: JSON.stringify({ name: `Changed again ${id}` }),
	});
	if (!response.ok) throw new Error(`PUT /repzo/client/${id} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
}

/** A trigger example must have written one record per change, each exactly once. */
function deliveredOnce(context: ScenarioContext, delivered: string[]): void {
	assert.deepEqual([...delivered].sort(), [...(context.changed ?? [])].sort(), 'every change started exactly one item, and nothing else did');
}

/** An instant trigger example: one QUINCE partner per accepted delivery, none for a refused one. */
function instantPartners(context: ScenarioContext, prefix: string): void {
	const delivered = markers(context.records('quince', '/api/v2/partner'), 'Memo', prefix);
	assert.deepEqual(delivered.sort(), [...(context.changed ?? [])].sort(), 'each accepted delivery wrote exactly one partner, refused ones none');
}

export function queryValues(entries: RequestLogEntry[], key: string): string[] {
	return entries.map((entry) => String(entry.query[key] ?? ''));
}

export const SCENARIOS: Scenario[] = [
	{
		workflowId: 'sbxExEnapps00001',
		title: 'Enapps: Return All partners pages 3 × 1000 through a 429 retry, then prices a product and creates a sale order',
		vendors: ['enapps'],
		before(sandbox) {
			sandbox.faults.add({ kind: '429', remaining: 1, vendor: 'enapps', path: '/partners', retryAfter: 1 });
		},
		check({ items, requests, stats, records }) {
			assert.equal(items('Get all partners').length, 2500, 'all 2500 seeded partners come back');
			const partnerCalls = requests('enapps', 'GET', '/api/v1/partners');
			assert.deepEqual(
				partnerCalls.map((call) => `${String(call.query.page)}:${call.status}`),
				['1:429', '1:200', '2:200', '3:200'],
				'the first page is refused once with 429, the node retries, then reads pages 1-3',
			);
			assert.equal(requests('enapps', 'POST', '/api/v1/auth').length, 1, 'one login serves every call');
			const created = stats('enapps', '/orders').created;
			assert.equal(created.length, 1, 'one sale order is created');
			const order = records('enapps', '/orders').find((record) => record.id === created[0])!;
			assert.equal(order.client_order_ref, 'n8n-example-0001');
			const price = items('Price 12 units for the partner')[0];
			assert.deepEqual(order.products, [{ product_id: 3, qty: 12, price_unit: price.price_unit }], 'the line carries the priced quantity');
			assert.deepEqual((order.partner_id as unknown[])[0], 1, 'the order belongs to partner 1, whose contact ordered');
		},
	},
	{
		workflowId: 'sbxExEnappsLine2',
		title: 'Enapps v2: a sale order with two lines entered one by one (a picked product, and one by ID with options)',
		vendors: ['enapps'],
		check({ items, stats, records }) {
			const created = stats('enapps', '/orders').created;
			assert.equal(created.length, 1, 'one sale order is created');
			const order = records('enapps', '/orders').find((record) => record.id === created[0])!;
			assert.equal(order.client_order_ref, 'n8n-example-0002');
			assert.deepEqual(
				order.products,
				[
					{ product_id: 3, qty: 2 },
					{ product_id: 5, qty: 4, parameters: [{ FINISHING: 'DBZW' }] },
				],
				'each line is sent as version 1 sends it: numbers as numbers, options as a list of one-option objects',
			);
			assert.equal(items('Create the sale order with two lines')[0].id, created[0]);
		},
	},
	{
		workflowId: 'sbxExCirrus00001',
		title: 'Cirrus: Return All accounts pages 5 × 50 with X-Token; OAuth2 client credentials create, rename and read an account',
		vendors: ['cirrus'],
		check({ items, requests, stats, records }) {
			assert.equal(items('Get all accounts').length, 250);
			const pages = requests('cirrus', 'GET', '/rest/accounts/');
			assert.deepEqual(queryValues(pages, 'page'), ['1', '2', '3', '4', '5'], 'five pages, stopping at page == pages');
			assert.ok(pages.every((call) => call.query.per_page === '50' && call.query.sorting === 'name_asc'), 'the largest page Cirrus serves, with the required sorting');
			assert.equal(requests('cirrus', 'POST', '/oauth/token').length, 1, 'one OAuth2 token serves the three calls');
			assert.equal(stats('cirrus', '/accounts').created.length, 1);
			assert.equal(stats('cirrus', '/accounts').updated.length, 1);
			const account = records('cirrus', '/accounts').find((record) => record.id === stats('cirrus', '/accounts').created[0])!;
			assert.equal(account.name, 'Fjord Coffee Roasters AB');
			assert.equal(account.number, 'K90001');
			assert.equal(items('Read it back')[0].name, 'Fjord Coffee Roasters AB');
		},
	},
	{
		workflowId: 'sbxExGuardant001',
		title: 'Guardant: a camelCase create is stored lowercase, Return All pages by offset 0/100/200, order status filter',
		vendors: ['guardant'],
		check({ items, requests, stats, records }) {
			const created = stats('guardant', '/v1.0/customers').created;
			assert.equal(created.length, 1);
			const customer = records('guardant', '/v1.0/customers').find((record) => record._id === created[0])!;
			assert.deepEqual(
				{ name: customer.name, lastname: customer.lastname, companyname: customer.companyname, email: customer.email, crmid: customer.crmid },
				{ name: 'Anna', lastname: 'Berg', companyname: 'Berg Software AB', email: 'anna@bergsoftware.example', crmid: 'CRM-90001' },
			);
			assert.ok(!Object.keys(customer).some((key) => /[A-Z]/.test(key)), 'no camelCase key is stored');
			assert.ok('archivationdateIso' in items('Read it back')[0], 'Convert Timestamps adds ISO copies');
			assert.equal(items('Get all customers').length, 251);
			assert.deepEqual(queryValues(requests('guardant', 'GET', '/v1.0/customers'), 'offset'), ['0', '100', '200']);
			const orders = items('Get submitted orders of customer 3');
			assert.ok(orders.length > 0 && orders.every((order) => order.status === 1), 'only submitted orders');
			assert.equal(requests('guardant', 'GET', '/v1.0/customers/3/orders')[0].query.status, '1');
		},
	},
	{
		workflowId: 'sbxExQuince00001',
		title: 'QUINCE: Return All pages by 100 to a short page; 150 partners created in 2 calls and updated in 2 calls',
		vendors: ['quince'],
		check({ items, requests, stats, records }) {
			const active = records('quince', '/api/v2/partner').filter((record) => Number(record.Id) <= 250 && record.Archive !== true).length;
			assert.equal(items('Get all partners').length, active, 'every partner that is not archived');
			assert.equal(requests('quince', 'POST', '/api/v2/partner/list').length, 3);
			assert.equal(requests('quince', 'POST', '/api/v2/partner/add').length, 2, '150 records go as 100 + 50');
			assert.equal(requests('quince', 'POST', '/api/v2/partner/update').length, 2);
			assert.equal(stats('quince', '/api/v2/partner').created.length, 150);
			assert.equal(stats('quince', '/api/v2/contract').created.length, 150, 'each new partner gets its default contract');
			const updated = new Set(stats('quince', '/api/v2/partner').updated);
			assert.equal(updated.size, 150);
			const partners = records('quince', '/api/v2/partner').filter((record) => updated.has(record.Id as number));
			assert.ok(partners.every((partner) => partner.Memo === 'Imported by n8n' && String(partner.Name).startsWith('Example partner')));
			assert.ok(items('Create the partners').every((item) => typeof item.id === 'number'), 'each created record comes back with its ID');
		},
	},
	{
		workflowId: 'sbxExRepzo000001',
		title: 'Repzo: Return All clients pages 3 × 100 until next_page_url is null; create, update and read a client',
		vendors: ['repzo'],
		check({ items, requests, stats, records }) {
			assert.equal(items('Get all clients').length, 250);
			const pages = requests('repzo', 'GET', '/client');
			assert.deepEqual(queryValues(pages, 'page'), ['1', '2', '3']);
			assert.ok(pages.every((call) => call.query.per_page === '100'));
			assert.equal(stats('repzo', '/client').created.length, 1);
			assert.equal(stats('repzo', '/client').updated.length, 1);
			const client = records('repzo', '/client').find((record) => record._id === stats('repzo', '/client').created[0])!;
			assert.equal(client.name, 'Petra Market');
			assert.equal(client.city, 'Aqaba');
			assert.equal(items('Read it back')[0].city, 'Aqaba');
		},
	},
	{
		workflowId: 'sbxExRepzoKeys01',
		rerunCreatesNothingIn: [['repzo', '/client']],
		title: 'Repzo: Create or Update by Client Code with a spaced code and a comma code; a second run updates the three clients and creates none',
		vendors: ['repzo'],
		check({ items, records }) {
			assert.equal(items('Create or update the clients').length, 3);
			const codes = records('repzo', '/client').map((record) => String(record.client_code));
			for (const code of ['SP-1', 'K-2,3', 'K-4']) assert.equal(codes.filter((candidate) => candidate === code).length, 1, `one client with code ${code}`);
			assert.ok(!codes.some((code) => code !== code.trim()), 'no code is stored with spaces around it');
		},
	},
	{
		workflowId: 'sbxExRepzoPdf001',
		title:
			'Repzo: Convert Document with Download PDF outputs the PDF as a file; Extract from File reads its text and its exact bytes, with Repzo\'s file name and application/pdf',
		vendors: ['repzo'],
		check({ items, requests }) {
			const documentId = '65f1c2a9e4b0a1b2c3d4e5f6';
			const fileName = `invoice-${documentId}.pdf`;
			assert.deepEqual(requests('repzo', 'POST', '/quick-convert-to-pdf').map((call) => call.status), [200], 'one conversion');
			assert.deepEqual(requests('repzo', 'GET', `/files/pdf/${fileName}`).map((call) => call.status), [200], 'one download, from the pdfUrl Repzo gave');
			assert.equal(items('Convert the invoice to PDF')[0].filename, fileName, "Repzo's answer stays the item's JSON");
			const file = items('Describe the file')[0];
			assert.equal(file.fileName, fileName, "the file carries Repzo's file name");
			assert.equal(file.mimeType, 'application/pdf');
			const bytes = Buffer.from(String(file.pdfBase64), 'base64');
			const expected = samplePdf('invoice', documentId);
			assert.ok(bytes.equals(expected), `the next node reads the exact ${expected.length} bytes the sandbox served (got ${bytes.length})`);
			// 1.x keeps files in the execution data by default, 2.x on disk; queue mode on 2.x in the database.
			assert.match(String(file.storedIn), /^(the execution data|filesystem(-v2)?|database)$/, `stored in ${String(file.storedIn)}`);
			assert.match(String(items('Read the invoice text')[0].text), new RegExp(`Repzo invoice ${documentId}`), 'the PDF is a readable PDF');
		},
	},
	{
		workflowId: 'sbxFlowRepzoQnc1',
		rerunCreatesNothingIn: [['quince', '/api/v2/partner']],
		title: 'Flow Repzo → QUINCE: every active client becomes a partner, sent in batches of at most 100; a second run finds them by tax number and creates none',
		vendors: ['repzo', 'quince'],
		check({ items, requests, stats, records }) {
			const active = records('repzo', '/client').filter((record) => record.disabled === false);
			assert.equal(items('Get active Repzo clients').length, active.length);
			const created = stats('quince', '/api/v2/partner').created;
			assert.equal(created.length, active.length, 'one partner per active client');
			assert.equal(requests('quince', 'POST', '/api/v2/partner/add').length, Math.ceil(active.length / 100));
			const names = new Set(records('quince', '/api/v2/partner').filter((record) => created.includes(record.Id as number)).map((record) => record.Name));
			assert.ok(active.every((client) => names.has(client.name)), 'every client name arrives');
		},
	},
	{
		workflowId: 'sbxExMapAuto0001',
		rerunCreatesNothingIn: [['quince', '/api/v2/partner']],
		title: 'Flow Repzo → QUINCE with Map Fields (Map Automatically): Repzo fields land on the QUINCE fields of the same name (tax_number → Tax Number), a memo added by Edit Fields too; a second run creates no partner',
		vendors: ['repzo', 'quince'],
		check({ items, requests, stats, records }) {
			const active = records('repzo', '/client').filter((record) => record.disabled === false);
			assert.equal(items('Get active Repzo clients').length, active.length);
			const created = stats('quince', '/api/v2/partner').created;
			assert.equal(created.length, active.length, 'one partner per active client');
			assert.equal(requests('quince', 'POST', '/api/v2/partner/add').length, Math.ceil(active.length / 100), 'sent in batches of at most 100');
			const partners = new Map(records('quince', '/api/v2/partner').filter((record) => created.includes(record.Id as number)).map((record) => [String(record.TaxNumber), record]));
			for (const client of active) {
				const partner = partners.get(String(client.tax_number));
				assert.ok(partner, `a partner with the tax number of client ${String(client.client_code)}`);
				assert.deepEqual(
					[partner.Name, partner.Phone, partner.Email, partner.Memo],
					[client.name, client.phone, client.email, `Repzo ${String(client.client_code)}`],
					'name, phone and email mapped by name, the memo from Edit Fields',
				);
			}
			// Only fields QUINCE has are sent: Repzo's own (city, tax_number, _id…) are not carried over.
			const repzoOnly = ['city', 'country', 'tags', 'tax_number', 'client_code', '_id', 'name'];
			assert.ok([...partners.values()].every((partner) => repzoOnly.every((key) => !(key in partner))), 'no Repzo-only field on a partner');
		},
	},
	{
		workflowId: 'sbxFlowEnappsCrs',
		title: 'Flow Enapps → Cirrus, activated: each partner created or changed after activation becomes one Cirrus account with its Enapps ID; a partner changed again updates its account (Create or Update)',
		vendors: ['enapps', 'enappsTrigger', 'cirrus'],
		activated: {
			plan: 'enapps',
			delivered: ({ records, stats }) => {
				const created = stats('cirrus', '/accounts').created;
				const accounts = records('cirrus', '/accounts').filter((record) => created.includes(record.id as number));
				return markers(accounts, 'externalkey', 'enapps:');
			},
		},
		check(context) {
			// Create or Update by External Key: a partner changed twice is one account, created once and then updated.
			const delivered = this.activated!.delivered(context);
			assert.deepEqual([...delivered].sort(), [...new Set(context.changed ?? [])].sort(), 'one account per changed partner, each created exactly once');
			const account = context.records('cirrus', '/accounts').find((record) => record.externalkey === 'enapps:8');
			assert.equal(account?.name, context.records('enapps', '/partners').find((record) => record.id === 8)?.name, 'the account carries the partner name');
		},
	},
	{
		workflowId: 'sbxTrgCirrusOrdr',
		title: 'Cirrus Trigger, activated: each order placed after activation becomes one Enapps sale order',
		vendors: ['cirrusTrigger', 'enapps'],
		activated: { plan: 'cirrus', delivered: ({ records }) => markers(records('enapps', '/orders'), 'client_order_ref', 'cirrus:') },
		check(context) {
			deliveredOnce(context, this.activated!.delivered(context));
		},
	},
	{
		workflowId: 'sbxTrgGuardantHx',
		title: 'Guardant Trigger, activated: each new dongle history event becomes one Cirrus activity',
		vendors: ['guardantTrigger', 'cirrus'],
		activated: {
			plan: 'guardant',
			delivered: ({ records }) => markers(records('cirrus', '/activities'), 'externalkey', 'guardant:1001:').map((key) => key.replace(/^\d+:/, '')),
		},
		check(context) {
			deliveredOnce(context, this.activated!.delivered(context));
		},
	},
	{
		workflowId: 'sbxTrgQuinceOrdr',
		title: 'QUINCE Trigger, activated: each order added after activation becomes one Enapps sale order',
		vendors: ['quinceTrigger', 'enapps'],
		activated: { plan: 'quince', delivered: ({ records }) => markers(records('enapps', '/orders'), 'client_order_ref', 'quince:') },
		check(context) {
			deliveredOnce(context, this.activated!.delivered(context));
		},
	},
	{
		workflowId: 'sbxTrgRepzoClnts',
		title:
			'Repzo Trigger, activated: each client created or changed after activation becomes one QUINCE partner; clients changed again update their partner (Create or Update by Tax Number), none is created twice',
		vendors: ['repzoTrigger', 'quince'],
		activated: {
			plan: 'repzo',
			delivered: ({ records }) => markers(records('quince', '/api/v2/partner'), 'Memo', 'repzo:'),
			again: {
				// The first client of round 1 (created) and the seeded client of round 2 (edited): each fired once already.
				async change(sandboxUrl, changed) {
					const ids = [changed[0], changed[changed.length - 1]];
					for (const id of ids) await renameRepzoClient(sandboxUrl, id);
					return ids;
				},
				arrived: ({ records }, ids) =>
					ids.every((id) => records('quince', '/api/v2/partner').some((partner) => partner.Memo === `repzo:${id}` && partner.Name === `Changed again ${id}`)),
			},
		},
		check(context) {
			oneRecordPerSource(context, this.activated!.delivered(context));
			assert.ok((context.changedAgain ?? []).length > 0, 'some clients were changed a second time');
			assert.ok(this.activated!.again!.arrived(context, context.changedAgain ?? []), 'a client changed again renames its partner');
		},
	},
	{
		workflowId: 'sbxInsRepzoClnts',
		title:
			'Repzo Instant Trigger, activated: it registers a Svix integration; a signed client event becomes one QUINCE partner, a tampered or replayed one is refused with 401, deactivating deletes the integration',
		vendors: ['repzoInstantTrigger', 'quince'],
		instant: { vendor: 'repzo' },
		check(context) {
			instantPartners(context, 'repzo:');
		},
	},
	{
		workflowId: 'sbxInsCirrusAcct',
		title:
			'Cirrus Instant Trigger, activated: an account event with the secret header becomes one QUINCE partner, a wrong header gets 401, an event not chosen starts nothing',
		vendors: ['cirrusInstantTrigger', 'quince'],
		instant: { vendor: 'cirrus' },
		check(context) {
			instantPartners(context, 'cirrus:');
		},
	},
	{
		workflowId: 'sbxExErrors00001',
		title: 'Vendor errors: a Guardant 404 and an Enapps 500 reach an error output and a Continue On Fail item with the vendor message and status',
		vendors: ['guardant', 'enapps'],
		before(sandbox) {
			sandbox.faults.add({ kind: '500', remaining: 2, vendor: 'enapps', path: '/partners' });
		},
		check({ items, requests }) {
			assert.equal(items('Read a customer that does not exist').length, 0, 'nothing on the success output');
			assert.deepEqual(
				items('Handle the missing customer').map((item) => item.error),
				['Guardant answered HTTP 404: customer 99999 not found'],
				'the error output carries Guardant\'s message and the status',
			);
			assert.deepEqual(
				items('Read a missing customer, continue on fail').map((item) => item.error),
				['Guardant answered HTTP 404: customer 99998 not found'],
				'Continue On Fail returns the error as the item',
			);
			assert.equal(items('Read a partner while the server fails').length, 0);
			assert.deepEqual(items('Handle the server failure').map((item) => item.error), ['Enapps ERP answered HTTP 500: Internal server error (injected by the sandbox)']);
			assert.deepEqual(
				items('Read a partner while the server fails, continue on fail').map((item) => item.error),
				['Enapps ERP answered HTTP 500: Internal server error (injected by the sandbox)'],
			);
			assert.equal(requests('enapps', 'GET', '/api/v1/partners').length, 2, 'a 500 is not retried');
		},
	},
];
