import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import { API, BASE, TOKEN, tokenCredentials } from '../enapps/fixtures';
import { PollSession } from '../pollHarness';
import { FakeList, triggerStory } from './story';
import type { ListCall, VendorFixture } from './story';

/** Enapps writes wall-clock `%Y-%m-%d %H:%M:%S` times; the tests' server runs on UTC. */
const wallClock = (ms: number, zone = 'UTC') => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
const readWallClock = (text: unknown, zone = 'UTC') => DateTime.fromFormat(String(text), 'yyyy-MM-dd HH:mm:ss', { zone }).toMillis();

function enappsList(overrides: Partial<VendorFixture> & Pick<VendorFixture, 'title' | 'parameters' | 'path' | 'pageSize'>, property: string): VendorFixture {
	return {
		node: 'enappsTrigger',
		credentials: tokenCredentials,
		base: BASE,
		method: 'GET',
		granularity: 'timestamp',
		auth: ['authorization', `Bearer ${TOKEN}`],
		record: (id, time) => ({ id, name: `Record ${id}`, [property]: wallClock(time), write_date: wallClock(time) }),
		since: (call) => (call.query[property] === undefined ? undefined : readWallClock(call.query[property])),
		timeOf: (record) => readWallClock(record[property]),
		page: (matching, call) => {
			const page = Number(call.query.page);
			return matching.slice((page - 1) * overrides.pageSize, page * overrides.pageSize);
		},
		filter: { parameters: {}, sent: () => true },
		errorMessage: /^Enapps ERP answered HTTP 500: database is restarting$/,
		...overrides,
	};
}

triggerStory(
	enappsList(
		{
			title: 'Enapps ERP Trigger: New or Updated Partner',
			parameters: { event: 'partner.newOrUpdated' },
			path: `${API}/partners`,
			pageSize: 1000,
			filter: { parameters: { filters: { crm_type: 'prospect' } }, sent: (call: ListCall) => call.query.crm_type === 'prospect' },
		},
		'write_date',
	),
);

triggerStory(
	enappsList(
		{
			title: 'Enapps ERP Trigger: New Contact',
			parameters: { event: 'contact.new' },
			path: `${API}/contacts`,
			pageSize: 1000,
			filter: { parameters: { filters: { partner_id: 7 } }, sent: (call: ListCall) => call.query.partner_id === '7' },
		},
		'create_date',
	),
);

triggerStory(
	enappsList(
		{
			title: 'Enapps ERP Trigger: New Sale Order',
			parameters: { event: 'saleOrder.new' },
			path: `${API}/orders`,
			pageSize: 100,
			filter: { parameters: { filters: { partner_id: 3 } }, sent: (call: ListCall) => call.query.partner_id === '3' },
		},
		'create_date',
	),
);

triggerStory(
	enappsList(
		{
			title: 'Enapps ERP Trigger: New Delivery',
			parameters: { event: 'delivery.new', partner_id: 1 },
			path: `${API}/stock_pickings`,
			pageSize: 100,
			filter: { parameters: { filters: { order_id: 55 } }, sent: (call: ListCall) => call.query.order_id === '55' && call.query.partner_id === '1' },
		},
		'create_date',
	),
);

const day = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat('yyyy-MM-dd');
triggerStory({
	...enappsList({ title: 'Enapps ERP Trigger: New Invoice (by invoice date)', parameters: { event: 'invoice.new', partner_id: 1 }, path: `${API}/invoices`, pageSize: 100 }, 'invoice_date'),
	granularity: 'day',
	record: (id, time) => ({ id, number: `INV/${id}`, invoice_date: day(time) }),
	since: (call) => (call.query.invoice_date === undefined ? undefined : DateTime.fromISO(String(call.query.invoice_date), { zone: 'UTC' }).toMillis()),
	timeOf: (record) => DateTime.fromISO(String(record.invoice_date), { zone: 'UTC' }).toMillis(),
	filter: { parameters: {}, sent: (call: ListCall) => call.query.partner_id === '1' },
});

describe('Enapps ERP Trigger: the wire format and the server timezone', () => {
	test('the since filter is the newest write_date seen, one second earlier, in the server wall-clock format', async () => {
		const api = new FakeList(
			enappsList({ title: '', parameters: {}, path: `${API}/partners`, pageSize: 1000 }, 'write_date'),
		);
		api.records.push({ id: 1, write_date: '2026-11-30 08:15:30' } as IDataObject);
		const trigger = new PollSession({
			node: 'enappsTrigger',
			parameters: { event: 'partner.newOrUpdated', options: { firstPoll: 'emitLookBack', lookBackHours: 24 * 400 } },
			credentials: tokenCredentials,
		});
		const first = await trigger.poll();
		expect(first.items).toHaveLength(1);
		await trigger.poll();
		expect(api.calls[1].query.write_date).toBe('2026-11-30 08:15:29');
		expect(api.calls[1].query.page).toBe('1');
	});

	test('the look-back window is turned into the server timezone the user sets', async () => {
		const api = new FakeList(enappsList({ title: '', parameters: {}, path: `${API}/partners`, pageSize: 1000 }, 'write_date'));
		const trigger = new PollSession({
			node: 'enappsTrigger',
			parameters: { event: 'partner.newOrUpdated', options: { lookBackHours: 2, serverTimezone: 'Asia/Tokyo' } },
			credentials: tokenCredentials,
		});
		const before = Date.now();
		await trigger.poll();
		const sent = DateTime.fromFormat(String(api.calls[0].query.write_date), 'yyyy-MM-dd HH:mm:ss', { zone: 'Asia/Tokyo' }).toMillis();
		expect(Math.abs(sent - (before - 2 * 3_600_000))).toBeLessThan(5000);
	});

	test('an unknown timezone is refused with the option named', async () => {
		new FakeList(enappsList({ title: '', parameters: {}, path: `${API}/partners`, pageSize: 1000 }, 'write_date'));
		const trigger = new PollSession({
			node: 'enappsTrigger',
			parameters: { event: 'partner.newOrUpdated', options: { serverTimezone: 'Mars/Olympus' } },
			credentials: tokenCredentials,
		});
		const outcome = await trigger.poll();
		expect(outcome.error?.message).toBe("Unknown timezone 'Mars/Olympus' in 'Server Timezone'");
	});
});
