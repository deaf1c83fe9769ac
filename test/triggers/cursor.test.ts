/**
 * The cursor against real-world data (issue 18), through n8n-core's poll machinery: ties of any size
 * (mass writes, whole days), a Server Timezone or workflow timezone changed on a running trigger,
 * static data saved by the released version, and both directions of a DST change on the server.
 */
import { DateTime, Settings } from 'luxon';
import nock from 'nock';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { API, BASE, TOKEN, tokenCredentials } from '../enapps/fixtures';
import { BASE as QUINCE_BASE, credentials as quinceCredentials, TOKEN as QUINCE_TOKEN } from '../quince/fixtures';
import { API_KEY as REPZO_KEY, BASE as REPZO_BASE, credentials as repzoCredentials } from '../repzo/fixtures';
import { PollSession } from '../pollHarness';
import { FakeList } from './story';
import type { ListCall, VendorFixture } from './story';

/** The vendor compares its zone-less texts as they are: read them on a fixed clock (UTC) to compare. */
const parsedTexts = new Map<string, number>();
function naive(text: unknown): number {
	const key = String(text);
	let ms = parsedTexts.get(key);
	if (ms === undefined) {
		ms = DateTime.fromFormat(key, 'yyyy-MM-dd HH:mm:ss', { zone: 'UTC' }).toMillis();
		parsedTexts.set(key, ms);
	}
	return ms;
}
const wallClock = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');

const partners: VendorFixture = {
	title: '',
	node: 'enappsTrigger',
	credentials: tokenCredentials,
	parameters: {},
	base: BASE,
	method: 'GET',
	path: `${API}/partners`,
	pageSize: 1000,
	granularity: 'timestamp',
	auth: ['authorization', `Bearer ${TOKEN}`],
	record: (id, time) => ({ id, name: `Partner ${id}`, write_date: wallClock(time, 'UTC') }),
	since: (call) => (call.query.write_date === undefined ? undefined : naive(call.query.write_date)),
	timeOf: (record) => naive(record.write_date),
	page: (matching, call) => matching.slice((Number(call.query.page) - 1) * 1000, Number(call.query.page) * 1000),
	filter: { parameters: {}, sent: () => true },
	errorMessage: /./,
};

const dayStart = (text: unknown) => Date.parse(`${String(text).slice(0, 10)}T00:00:00Z`);
const quinceFilter = (call: ListCall) => (call.body.filter ?? {}) as IDataObject;
const quinceOrders: VendorFixture = {
	...partners,
	node: 'quinceTrigger',
	credentials: quinceCredentials,
	base: QUINCE_BASE,
	method: 'POST',
	path: '/api/v2/order/list',
	pageSize: 100,
	granularity: 'day',
	auth: ['authorization', `Bearer ${QUINCE_TOKEN}`],
	record: (id, time) => ({ Id: id, Number: `N-${id}`, Date: `${DateTime.fromMillis(time, { zone: 'UTC' }).toISODate()}T00:00:00Z` }),
	since: (call) => (quinceFilter(call).DateFrom === undefined ? undefined : dayStart(quinceFilter(call).DateFrom)),
	timeOf: (record) => dayStart(record.Date),
	page: (matching, call) => ({ success: true, data: matching.slice((Number(call.body.page) - 1) * 100, Number(call.body.page) * 100) }),
};

const repzoClients: VendorFixture = {
	...partners,
	node: 'repzoTrigger',
	credentials: repzoCredentials,
	base: REPZO_BASE,
	path: '/client',
	pageSize: 100,
	auth: ['api-key', REPZO_KEY],
	record: (id, time) => ({ _id: `65f0c0ffee${String(id).padStart(14, '0')}`, name: `Client ${id}`, updatedAt: new Date(time).toISOString() }),
	since: (call) => (call.query.from_updatedAt === undefined ? undefined : Number(call.query.from_updatedAt)),
	timeOf: (record) => Date.parse(String(record.updatedAt)),
	page: (matching, call) => {
		const page = Number(call.query.page);
		const total = Math.max(1, Math.ceil(matching.length / 100));
		return { data: matching.slice((page - 1) * 100, page * 100), total_pages: total, current_page: page };
	},
};

const partnerSession = (options: IDataObject = {}, timezone?: string) =>
	new PollSession({ node: 'enappsTrigger', parameters: { event: 'partner.newOrUpdated', options } as INodeParameters, credentials: tokenCredentials, timezone });

/** The same activated trigger after the user edits it: a node with other settings over the same static data. */
function edited(before: PollSession, options: IDataObject, timezone?: string): PollSession {
	const after = partnerSession(options, timezone);
	Object.assign(after.state, JSON.parse(JSON.stringify(before.state)));
	return after;
}

const ids = (items: IDataObject[]) => items.map((item) => Number(item.id ?? item.Id ?? String(item._id).slice(10)));
const partner = (id: number, writeDate: string): IDataObject => ({ id, name: `Partner ${id}`, write_date: writeDate });
const staticBytes = (session: PollSession) => JSON.stringify(session.state).length;

afterEach(() => {
	nock.cleanAll();
	Settings.now = () => Date.now();
});

describe('Ties of any size are emitted exactly once', () => {
	const moment = () => wallClock(Date.now() - 3_600_000, 'UTC');

	test('a mass update of 21,000 Enapps partners in one second is emitted once; quiet polls emit nothing', async () => {
		const api = new FakeList(partners);
		api.records.push(partner(1, wallClock(Date.now() - 7_200_000, 'UTC')));
		const trigger = partnerSession();
		await trigger.poll();
		const at = moment();
		for (let id = 1000; id < 22_000; id++) api.records.push(partner(id, at));
		const burst = await trigger.poll();
		expect(burst.items).toHaveLength(21_000);
		for (let quiet = 0; quiet < 3; quiet++) expect((await trigger.poll()).emitted).toBe(false);
		// One more partner written in that same second is still emitted, once.
		api.records.push(partner(500, at));
		expect(ids((await trigger.poll()).items)).toEqual([500]);
		trigger.reload();
		expect((await trigger.poll()).emitted).toBe(false);
	});

	test('a 100,000-partner tie is emitted once and the static data stays small', async () => {
		const api = new FakeList(partners);
		api.records.push(partner(1, wallClock(Date.now() - 7_200_000, 'UTC')));
		const trigger = partnerSession();
		await trigger.poll();
		const at = moment();
		// Every third ID: a mass update of a filtered set is not one ID range.
		for (let index = 0; index < 100_000; index++) api.records.push(partner(10 + index * 3, at));
		api.calls = [];
		const burst = await trigger.poll();
		expect(burst.items).toHaveLength(100_000);
		// One request per 1,000 partners, plus the empty page that shows the end.
		expect(api.calls).toHaveLength(101);
		// About 50 kB (4 bits a partner); the released version would have needed 860 kB to keep them all.
		expect(staticBytes(trigger)).toBeLessThan(60_000);
		trigger.reload();
		expect((await trigger.poll()).emitted).toBe(false);
	}, 120_000);

	test('QUINCE: a day with 21,000 orders, and more arriving the same day, each emitted once', async () => {
		const api = new FakeList(quinceOrders);
		const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
		api.add(1, today - 2 * 86_400_000);
		const trigger = new PollSession({ node: 'quinceTrigger', parameters: { event: 'order.new' }, credentials: quinceCredentials });
		await trigger.poll();
		for (let id = 100; id < 21_100; id++) api.add(id, today);
		expect((await trigger.poll()).items).toHaveLength(21_000);
		expect((await trigger.poll()).emitted).toBe(false);
		api.add(50, today);
		api.add(30_000, today);
		expect(ids((await trigger.poll()).items).sort((a, b) => a - b)).toEqual([50, 30_000]);
		expect((await trigger.poll()).emitted).toBe(false);
	}, 120_000);

	test('Repzo: 21,000 clients updated in the same millisecond (IDs that are not numbers) are emitted once', async () => {
		const api = new FakeList(repzoClients);
		const t0 = Date.now() - 7_200_000;
		api.add(1, t0);
		const trigger = new PollSession({ node: 'repzoTrigger', parameters: { event: 'client.newOrUpdated' }, credentials: repzoCredentials });
		await trigger.poll();
		for (let id = 100; id < 21_100; id++) api.add(id, t0 + 1000);
		expect((await trigger.poll()).items).toHaveLength(21_000);
		expect((await trigger.poll()).emitted).toBe(false);
		api.add(7, t0 + 1000);
		expect(ids((await trigger.poll()).items)).toEqual([7]);
		expect((await trigger.poll()).emitted).toBe(false);
	}, 120_000);
});

describe('No setting change moves the cursor', () => {
	const recent = (minutes: number, zone = 'UTC') => wallClock(Date.now() - minutes * 60_000, zone);

	test('filling in Server Timezone on a running Enapps trigger does not lose the next partner', async () => {
		// The Enapps server writes Berlin wall-clock time; the workflow runs on UTC.
		const api = new FakeList(partners);
		api.records.push(partner(1, recent(30, 'Europe/Berlin')));
		const before = partnerSession();
		await before.poll();
		api.records.push(partner(2, recent(1, 'Europe/Berlin')));
		expect(ids((await before.poll()).items)).toEqual([2]);
		const after = edited(before, { serverTimezone: 'Europe/Berlin' });
		api.records.push(partner(3, recent(0, 'Europe/Berlin')));
		expect(ids((await after.poll()).items)).toEqual([3]);
		expect((await after.poll()).emitted).toBe(false);
	});

	test("changing the workflow's timezone does not emit a partner again", async () => {
		const api = new FakeList(partners);
		api.records.push(partner(1, recent(30)));
		const before = partnerSession({}, 'UTC');
		await before.poll();
		api.records.push(partner(2, recent(1)));
		expect(ids((await before.poll()).items)).toEqual([2]);
		const after = edited(before, {}, 'America/New_York');
		expect((await after.poll()).emitted).toBe(false);
		api.records.push(partner(3, recent(0)));
		expect(ids((await after.poll()).items)).toEqual([3]);
	});
});

describe('Static data saved by the released version keeps working after the upgrade', () => {
	test('an Enapps cursor (epoch key, Berlin since, boundary IDs) then Server Timezone cleared: nothing lost, nothing twice', async () => {
		const api = new FakeList(partners);
		const at = DateTime.now().setZone('Europe/Berlin').minus({ minutes: 10 }).startOf('second');
		const text = at.toFormat('yyyy-MM-dd HH:mm:ss');
		api.records.push(partner(1, text), partner(2, text));
		const trigger = partnerSession({});
		// What the released version stored for a trigger with Server Timezone Europe/Berlin.
		trigger.state.cursor = { event: 'partner.newOrUpdated', key: at.toMillis(), since: at.toISO(), boundaryIds: ['1', '2'] };
		api.records.push(partner(3, text), partner(4, at.plus({ seconds: 5 }).toFormat('yyyy-MM-dd HH:mm:ss')));
		expect(ids((await trigger.poll()).items)).toEqual([3, 4]);
		expect((await trigger.poll()).emitted).toBe(false);
	});

	test('a QUINCE day cursor with 20,000 boundary IDs, then 1,000 more orders that day: each emitted once', async () => {
		const api = new FakeList(quinceOrders);
		const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
		const day = DateTime.fromMillis(today, { zone: 'UTC' }).toISODate()!;
		for (let id = 1; id <= 20_000; id++) api.add(id, today);
		const trigger = new PollSession({ node: 'quinceTrigger', parameters: { event: 'order.new' }, credentials: quinceCredentials });
		trigger.state.cursor = {
			event: 'order.new',
			key: day,
			since: `${day}T00:00:00.000Z`,
			boundaryIds: Array.from({ length: 20_000 }, (_, index) => String(index + 1)),
		};
		for (let id = 20_001; id <= 21_000; id++) api.add(id, today);
		expect((await trigger.poll()).items).toHaveLength(1000);
		expect((await trigger.poll()).emitted).toBe(false);
	}, 120_000);
});

describe('DST on the server: every partner once, in both directions', () => {
	/** Polls an Enapps trigger whose server writes wall-clock time in `zone`, at the given real moments. */
	async function story(zone: string, steps: Array<{ at: string; add?: Array<[number, string]>; expect: number[] }>) {
		const api = new FakeList(partners);
		const trigger = partnerSession({ serverTimezone: zone });
		for (const step of steps) {
			const now = Date.parse(step.at);
			Settings.now = () => now;
			for (const [id, text] of step.add ?? []) api.records.push(partner(id, text));
			const outcome = await trigger.poll();
			expect(outcome.error).toBeUndefined();
			expect({ at: step.at, emitted: ids(outcome.items) }).toEqual({ at: step.at, emitted: step.expect });
			trigger.reload();
		}
	}

	test('Europe/London: clocks forward at 01:00 GMT, back at 02:00 BST (the hour from 01:00 is written twice)', async () => {
		await story('Europe/London', [
			// Spring: 00:59:59 GMT is followed by 02:00:00 BST.
			{ at: '2026-03-29T00:30:00Z', add: [[1, '2026-03-29 00:30:00']], expect: [] },
			{ at: '2026-03-29T00:59:59.500Z', add: [[2, '2026-03-29 00:59:59']], expect: [2] },
			{ at: '2026-03-29T01:00:30Z', add: [[3, '2026-03-29 02:00:00'], [4, '2026-03-29 02:00:10']], expect: [3, 4] },
			{ at: '2026-03-29T01:05:00Z', expect: [] },
			// Autumn: 01:59:59 BST is followed by 01:00:00 GMT.
			{ at: '2026-10-25T00:30:00Z', add: [[10, '2026-10-25 01:30:00']], expect: [10] },
			{ at: '2026-10-25T00:59:30Z', add: [[11, '2026-10-25 01:59:00']], expect: [11] },
			{ at: '2026-10-25T01:05:00Z', expect: [] },
			{ at: '2026-10-25T01:11:00Z', add: [[12, '2026-10-25 01:10:00']], expect: [12] },
			{ at: '2026-10-25T01:40:00Z', add: [[13, '2026-10-25 01:35:00']], expect: [13] },
			{ at: '2026-10-25T02:10:00Z', add: [[14, '2026-10-25 02:05:00']], expect: [14] },
			{ at: '2026-10-25T02:20:00Z', expect: [] },
		]);
	});

	test('America/New_York: clocks forward at 02:00 EST, back at 02:00 EDT (the hour from 01:00 is written twice)', async () => {
		await story('America/New_York', [
			{ at: '2026-03-08T06:50:00Z', add: [[1, '2026-03-08 01:50:00']], expect: [] },
			{ at: '2026-03-08T07:00:30Z', add: [[2, '2026-03-08 01:59:59'], [3, '2026-03-08 03:00:00']], expect: [2, 3] },
			{ at: '2026-03-08T07:01:00Z', add: [[4, '2026-03-08 03:00:00']], expect: [4] },
			{ at: '2026-11-01T05:20:00Z', add: [[10, '2026-11-01 01:15:00']], expect: [10] },
			{ at: '2026-11-01T05:59:00Z', add: [[11, '2026-11-01 01:58:30']], expect: [11] },
			{ at: '2026-11-01T06:02:00Z', expect: [] },
			{ at: '2026-11-01T06:21:00Z', add: [[12, '2026-11-01 01:20:00']], expect: [12] },
			{ at: '2026-11-01T07:05:00Z', add: [[13, '2026-11-01 02:01:00']], expect: [13] },
			{ at: '2026-11-01T07:10:00Z', expect: [] },
		]);
	});
});
