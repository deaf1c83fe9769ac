/**
 * One trigger workflow per vendor against the sandbox, and the changes made there between polls:
 * shared by the jest test over the sandbox (test/triggers/sandbox.test.ts) and the real-n8n e2e
 * (test/e2e/triggers.ts), so both check the same story: each record created or changed after
 * activation starts exactly one item, across several polls.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SANDBOX_SECRETS } from '../../sandbox/secrets';

export interface TriggerPlan {
	vendor: string;
	/** Node name without the package prefix. */
	node: string;
	title: string;
	/** Credential type and the id/name of the sandbox credential (scripts/dev/credentials.ts). */
	credential: { type: string; ref: 'enappsToken' | 'cirrusApi' | 'guardantApi' | 'quinceApi' | 'repzoApi' };
	parameters: INodeParameters;
	/** The list call each poll makes (method and path as the sandbox logs them). */
	poll: { method: string; path: string };
	/** Creates or changes records in the sandbox; returns the IDs the trigger must emit for them. */
	change(sandboxUrl: string, round: number): Promise<string[]>;
	/** The ID of an emitted item, comparable with `change`'s IDs. */
	idOf(item: IDataObject): string;
}

async function send(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<IDataObject> {
	const response = await fetch(url, {
		method,
		headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
	return (text ? JSON.parse(text) : {}) as IDataObject;
}

/** A change made in the vendor's own app (no API for it): the sandbox's admin endpoint, stamped with its clock. */
const admin = (sandboxUrl: string, method: 'POST' | 'PATCH', body: IDataObject) => send(`${sandboxUrl}/__sandbox/records`, method, {}, body);

/** A dongle whose history the Guardant workflow watches. */
export const WATCHED_DONGLE = 1001;

export const TRIGGER_PLANS: TriggerPlan[] = [
	{
		vendor: 'enapps',
		node: 'enappsTrigger',
		title: 'Enapps ERP Trigger: New or Updated Partner',
		credential: { type: 'enappsApi', ref: 'enappsToken' },
		parameters: { event: 'partner.newOrUpdated', options: { serverTimezone: 'UTC' } },
		poll: { method: 'GET', path: '/api/v1/partners' },
		async change(sandboxUrl, round) {
			// Partners are edited in the ERP itself (the API has no partner update): round 2 edits one again.
			const ids = round === 1 ? [7, 8] : [9, 7];
			for (const id of ids) await admin(sandboxUrl, 'PATCH', { vendor: 'enapps', collection: '/partners', id, fields: { website: `https://round${round}.example`, write_date: '$now:sql' } });
			return ids.map(String);
		},
		idOf: (item) => String(item.id),
	},
	{
		vendor: 'cirrus',
		node: 'cirrusTrigger',
		title: 'Cirrus Trigger: New Order (by Place Date)',
		credential: { type: 'cirrusApi', ref: 'cirrusApi' },
		parameters: { authentication: 'apiToken', event: 'order.new' },
		poll: { method: 'GET', path: '/rest/orders/' },
		async change(sandboxUrl, round) {
			const ids: string[] = [];
			for (let index = 0; index < (round === 1 ? 2 : 1); index++) {
				const order = await send(`${sandboxUrl}/cirrus/rest/orders/`, 'POST', { 'X-Token': SANDBOX_SECRETS.cirrus.apiToken }, {
					placedate: new Date().toISOString(),
					account: { id: 1 },
					user: { id: 1 },
					contact: { id: 1 },
					status: { id: 1 },
					externalkey: `trigger-round-${round}-${index}`,
				});
				ids.push(String(order.id));
			}
			return ids;
		},
		idOf: (item) => String(item.id),
	},
	{
		vendor: 'guardant',
		node: 'guardantTrigger',
		title: 'Guardant Trigger: New Dongle History Event',
		credential: { type: 'guardantApi', ref: 'guardantApi' },
		parameters: { event: 'dongle.new', dongleId: WATCHED_DONGLE },
		poll: { method: 'GET', path: `/v1.0/getdonglehistory/${WATCHED_DONGLE}` },
		async change(sandboxUrl, round) {
			const notes = round === 1 ? [`firmware-${round}-a`, `firmware-${round}-b`] : [`firmware-${round}-a`];
			for (const note of notes) {
				await admin(sandboxUrl, 'POST', {
					vendor: 'guardant',
					collection: '/v1.0/getdonglehistory/{}',
					scope: String(WATCHED_DONGLE),
					record: { actiondate: '$now:unixSeconds', action: 'firmware', actionresult: 'success', comment: note },
				});
			}
			return notes;
		},
		idOf: (item) => String(item.comment),
	},
	{
		vendor: 'quince',
		node: 'quinceTrigger',
		title: 'QUINCE Trigger: New Order (by Date)',
		credential: { type: 'quinceApi', ref: 'quinceApi' },
		parameters: { event: 'order.new' },
		poll: { method: 'POST', path: '/api/v2/order/list' },
		async change(sandboxUrl, round) {
			const records = Array.from({ length: round === 1 ? 2 : 1 }, (_, index) => ({ Number: `TRG-${round}-${index}`, Company: 1 }));
			const answer = await send(`${sandboxUrl}/quince/api/v2/order/add`, 'POST', { authorization: `Bearer ${SANDBOX_SECRETS.quince.apiToken}` }, { array: records });
			return (answer.data as IDataObject[]).map((entry) => String(entry.id ?? entry.Id));
		},
		idOf: (item) => String(item.Id),
	},
	{
		vendor: 'repzo',
		node: 'repzoTrigger',
		title: 'Repzo Trigger: New or Updated Client',
		credential: { type: 'repzoApi', ref: 'repzoApi' },
		parameters: { event: 'client.newOrUpdated' },
		poll: { method: 'GET', path: '/client' },
		async change(sandboxUrl, round) {
			const headers = { 'api-key': SANDBOX_SECRETS.repzo.apiKey };
			// With a tax number, as the Repzo → QUINCE example keys its partners by it.
			const created = await send(`${sandboxUrl}/repzo/client`, 'POST', headers, { name: `Trigger client ${round}`, tax_number: `419000000${round}` });
			const ids = [String(created._id ?? (created.data as IDataObject | undefined)?._id)];
			if (round === 1) {
				const second = await send(`${sandboxUrl}/repzo/client`, 'POST', headers, { name: 'Trigger client 1b', tax_number: '4190000011' });
				ids.push(String(second._id ?? (second.data as IDataObject | undefined)?._id));
			} else {
				// An existing (seeded) client changed in round 2 starts one item too.
				const listed = await send(`${sandboxUrl}/repzo/client?page=1&per_page=1`, 'GET', headers);
				const seeded = String((listed.data as IDataObject[])[0]._id);
				await send(`${sandboxUrl}/repzo/client/${encodeURIComponent(seeded)}`, 'PUT', headers, { name: 'Renamed by the trigger test' });
				ids.push(seeded);
			}
			return ids;
		},
		idOf: (item) => String(item._id),
	},
];
