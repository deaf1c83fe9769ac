/**
 * The trigger story every vendor must pass, told through n8n-core's poll machinery (`PollSession`)
 * against a small stateful fake of the vendor's list endpoint (nock): the test adds and changes
 * records, the fake answers list calls honouring the since filter and the paging, and every call is
 * kept so the story can check what was sent.
 */
import nock from 'nock';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { PollSession } from '../pollHarness';

export interface ListCall {
	method: string;
	path: string;
	query: IDataObject;
	body: IDataObject;
	headers: Record<string, string | string[] | undefined>;
}

export interface VendorFixture {
	/** Test title, e.g. `Enapps ERP: New or Updated Partner`. */
	title: string;
	node: string;
	credentials: IDataObject;
	parameters: INodeParameters;
	base: string;
	method: 'GET' | 'POST';
	/** Path of the list call (a RegExp when it holds an ID). */
	path: string;
	/** Records per page the trigger must ask for (or the fixed page size). */
	pageSize: number;
	/** `day`: record times carry only a date; ties are the whole day. */
	granularity: 'timestamp' | 'day';
	/** The auth header every call must carry. */
	auth: [string, string];
	/** A record with this ID and this time (epoch ms), as the vendor returns it. */
	record(id: number, time: number): IDataObject;
	/** The since bound a call carried, in epoch ms (start of day for dates); undefined when absent. */
	since(call: ListCall): number | undefined;
	/** One page of the matching records, in the vendor's envelope, for this call. */
	page(matching: IDataObject[], call: ListCall): IDataObject | IDataObject[];
	/** A filter the user sets, and how to see it in a call. */
	filter: { parameters: INodeParameters; sent(call: ListCall): boolean };
	/** The time property of records (to compare with `since`). */
	timeOf(record: IDataObject): number;
	/** The vendor's error text for a 500, as the node reports it. */
	errorMessage: RegExp;
}

/** A stateful fake list endpoint. */
export class FakeList {
	records: IDataObject[] = [];

	calls: ListCall[] = [];

	failNext = 0;

	constructor(private readonly fixture: VendorFixture) {
		const scope = nock(fixture.base).persist();
		const respond = (uri: string, body: unknown, req: { headers: Record<string, string | string[] | undefined> }) => {
			const url = new URL(uri, fixture.base);
			const query: IDataObject = {};
			for (const key of new Set(url.searchParams.keys())) {
				const values = url.searchParams.getAll(key);
				query[key] = values.length > 1 ? values : values[0];
			}
			const call: ListCall = {
				method: fixture.method,
				path: url.pathname,
				query,
				body: (typeof body === 'string' && body ? JSON.parse(body) : (body ?? {})) as IDataObject,
				headers: req.headers,
			};
			this.calls.push(call);
			const [header, value] = fixture.auth;
			if (String(req.headers[header.toLowerCase()]) !== value) return [401, { message: 'wrong credential' }];
			if (this.failNext > 0) {
				this.failNext -= 1;
				return [500, { message: 'database is restarting' }];
			}
			const since = fixture.since(call);
			const matching = this.records.filter((record) => since === undefined || fixture.timeOf(record) >= since);
			return [200, fixture.page(matching, call)];
		};
		const interceptor = fixture.method === 'GET' ? scope.get(new RegExp(fixture.path)) : scope.post(new RegExp(fixture.path));
		interceptor.query(true).reply(function (uri, body) {
			return respond(uri, body, this.req as never) as [number, IDataObject];
		});
	}

	add(id: number, time: number): IDataObject {
		const record = this.fixture.record(id, time);
		this.records.push(record);
		return record;
	}
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Whole seconds (every vendor has at least second precision), a few hours back so the look-back window holds them. */
function baseTime(): number {
	return Math.floor((Date.now() - 6 * HOUR) / 1000) * 1000;
}

/** Registers the shared story for one vendor event. */
export function triggerStory(fixture: VendorFixture, ids: (item: IDataObject) => number = (item) => Number(item.id)): void {
	const step = fixture.granularity === 'day' ? DAY : 1000;
	// Day-dated records need a week of look-back so that four distinct past days fit in it.
	const window = fixture.granularity === 'day' ? { options: { lookBackHours: 24 * 7 } } : {};
	const session = (parameters: INodeParameters = {}) =>
		new PollSession({ node: fixture.node, parameters: { ...fixture.parameters, ...window, ...parameters }, credentials: fixture.credentials as never });
	const start = () => (fixture.granularity === 'day' ? Math.floor((Date.now() - 5 * DAY) / DAY) * DAY : baseTime());

	describe(fixture.title, () => {
		afterEach(() => nock.cleanAll());

		test('the first poll remembers where to start and emits nothing', async () => {
			const api = new FakeList(fixture);
			const t0 = start();
			for (let id = 1; id <= 3; id++) api.add(id, t0 + id * step);
			const trigger = session();
			const first = await trigger.poll();
			expect(first.error).toBeUndefined();
			expect(first.emitted).toBe(false);
			expect(trigger.state.cursor).toBeDefined();
			// Nothing changed: the next poll emits nothing either.
			expect((await trigger.poll()).emitted).toBe(false);
			for (const call of api.calls) expect(call.headers[fixture.auth[0].toLowerCase()]).toBe(fixture.auth[1]);
		});

		test('with "Emit the Look-Back Window" the first poll emits what changed in the window', async () => {
			const api = new FakeList(fixture);
			const t0 = start();
			for (let id = 1; id <= 3; id++) api.add(id, t0 + id * step);
			const trigger = session({ options: { firstPoll: 'emitLookBack', lookBackHours: 24 * 7 } });
			const first = await trigger.poll();
			expect(first.items.map(ids)).toEqual([1, 2, 3]);
			expect((await trigger.poll()).emitted).toBe(false);
		});

		test('new records after the cursor are emitted once each, oldest first, across polls', async () => {
			const api = new FakeList(fixture);
			const t0 = start();
			api.add(1, t0);
			const trigger = session();
			await trigger.poll();
			api.add(3, t0 + 2 * step);
			api.add(2, t0 + step);
			const second = await trigger.poll();
			expect(second.items.map(ids)).toEqual([2, 3]);
			api.add(4, t0 + 3 * step);
			trigger.reload();
			const third = await trigger.poll();
			expect(third.items.map(ids)).toEqual([4]);
			expect((await trigger.poll()).emitted).toBe(false);
		});

		test('records sharing the cursor time are neither lost nor emitted twice', async () => {
			const api = new FakeList(fixture);
			const t0 = start();
			api.add(1, t0 + step);
			const trigger = session();
			await trigger.poll();
			// Two more records land at the very moment (or day) the cursor stands on.
			api.add(2, t0 + step);
			api.add(3, t0 + step);
			const second = await trigger.poll();
			expect(second.items.map(ids).sort()).toEqual([2, 3]);
			api.add(4, t0 + step);
			const third = await trigger.poll();
			expect(third.items.map(ids)).toEqual([4]);
			expect((await trigger.poll()).emitted).toBe(false);
		});

		test(`a burst of 2.5 pages is fetched in 3 requests of ${fixture.pageSize} and emitted one item per record`, async () => {
			const api = new FakeList(fixture);
			const t0 = start();
			api.add(1, t0);
			const trigger = session();
			await trigger.poll();
			const burst = Math.floor(2.5 * fixture.pageSize);
			for (let index = 0; index < burst; index++) api.add(100 + index, t0 + step);
			api.calls = [];
			const outcome = await trigger.poll();
			expect(outcome.error).toBeUndefined();
			expect(api.calls).toHaveLength(3);
			expect(outcome.items).toHaveLength(burst);
			expect(new Set(outcome.items.map(ids)).size).toBe(burst);
			expect((await trigger.poll()).emitted).toBe(false);
		});

		test('a failed poll reports the vendor error and leaves the cursor, so the next poll catches up', async () => {
			const api = new FakeList(fixture);
			const t0 = start();
			api.add(1, t0);
			const trigger = session();
			await trigger.poll();
			const before = JSON.stringify(trigger.state);
			api.add(2, t0 + step);
			api.failNext = 1;
			const failed = await trigger.poll();
			expect(failed.emitted).toBe(false);
			expect(failed.error?.message).toMatch(fixture.errorMessage);
			expect(failed.error?.httpCode).toBe('500');
			expect(JSON.stringify(trigger.state)).toBe(before);
			const recovered = await trigger.poll();
			expect(recovered.error).toBeUndefined();
			expect(recovered.items.map(ids)).toEqual([2]);
		});

		test('Fetch Test Event returns the newest record and does not move the cursor', async () => {
			const api = new FakeList(fixture);
			const t0 = start();
			api.add(1, t0);
			const trigger = session();
			await trigger.poll();
			api.add(2, t0 + step);
			api.add(3, t0 + 2 * step);
			const before = JSON.stringify(trigger.state);
			const test = await trigger.fetchTestEvent();
			expect(test.error).toBeUndefined();
			expect(test.items.map((item) => ids(item.json))).toEqual([3]);
			expect(JSON.stringify(trigger.state)).toBe(before);
			expect((await trigger.poll()).items.map(ids)).toEqual([2, 3]);
		});

		test('the list filters the user sets are sent with every poll', async () => {
			const api = new FakeList(fixture);
			api.add(1, start());
			const trigger = session(fixture.filter.parameters);
			await trigger.poll();
			await trigger.poll();
			expect(api.calls.length).toBeGreaterThanOrEqual(2);
			for (const call of api.calls) expect(fixture.filter.sent(call)).toBe(true);
		});
	});
}
