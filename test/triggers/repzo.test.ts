import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { repzoCatalog } from '../../nodes/Repzo/catalog';
import { RepzoTrigger } from '../../nodes/Repzo/RepzoTrigger.node';
import { API_KEY, BASE, credentials } from '../repzo/fixtures';
import { PollSession } from '../pollHarness';
import { FakeList, triggerStory } from './story';
import type { ListCall, VendorFixture } from './story';

function repzoList(title: string, event: string, path: string, property: 'createdAt' | 'updatedAt', since: string, filter: VendorFixture['filter']): VendorFixture {
	return {
		title,
		node: 'repzoTrigger',
		credentials,
		parameters: { event },
		base: BASE,
		method: 'GET',
		path,
		pageSize: 100,
		granularity: 'timestamp',
		auth: ['api-key', API_KEY],
		record: (id, time) => ({ _id: String(id), name: `Record ${id}`, createdAt: new Date(time).toISOString(), updatedAt: new Date(time).toISOString() }),
		since: (call: ListCall) => (call.query[since] === undefined ? undefined : Number(call.query[since])),
		timeOf: (record: IDataObject) => Date.parse(String(record[property])),
		page: (matching, call) => {
			const page = Number(call.query.page);
			const size = Number(call.query.per_page);
			const total = Math.max(1, Math.ceil(matching.length / size));
			return { data: matching.slice((page - 1) * size, page * size), total_pages: total, current_page: page, next_page_url: page < total ? 'next' : null };
		},
		filter,
		errorMessage: /^Repzo answered HTTP 500: database is restarting$/,
	};
}

const byId = (item: IDataObject) => Number(item._id);

triggerStory(
	repzoList('Repzo Trigger: New or Updated Client', 'client.newOrUpdated', '/client', 'updatedAt', 'from_updatedAt', {
		parameters: { filters: { search: 'acme' } },
		sent: (call) => call.query.search === 'acme' && call.query.per_page === '100',
	}),
	byId,
);

triggerStory(
	repzoList('Repzo Trigger: New Client', 'client.new', '/client', 'createdAt', 'from_createdAt', {
		parameters: {},
		sent: (call) => call.query.from_updatedAt === undefined,
	}),
	byId,
);

describe('Repzo Trigger: events from the catalog', () => {
	test('every list that takes from_createdAt / from_updatedAt offers New and New or Updated', () => {
		const event = new RepzoTrigger().description.properties.find((property) => property.name === 'event')!;
		const values = (event.options as Array<{ value: string }>).map((option) => option.value);
		const lists = repzoCatalog.operations.filter((op) => op.list);
		const withCreated = lists.filter((op) => op.fields?.some((field) => field.name === 'from_createdAt'));
		const withUpdated = lists.filter((op) => op.fields?.some((field) => field.name === 'from_updatedAt'));
		// 57 since the seed decides each list's filters (issue 12): 18 lists whose own parameters the seed
		// documents no longer carry the SDK-only from_updatedAt.
		expect(withUpdated.length).toBe(57);
		for (const op of withCreated) expect(values).toContain(`${op.resource}.new`);
		for (const op of withUpdated) expect(values).toContain(`${op.resource}.newOrUpdated`);
		expect(values).toHaveLength(withCreated.length + withUpdated.length);
	});
});

describe('Repzo Trigger: filters shared across events', () => {
	afterEach(() => nock.cleanAll());

	test('New or Updated Product sends the product filters set (SKU, From ID) and not a client filter a saved workflow kept from another event', async () => {
		const api = new FakeList(repzoList('product', 'product.newOrUpdated', '/product', 'updatedAt', 'from_updatedAt', { parameters: {}, sent: () => true }));
		const filters = { sku: 'A-1, B-2', from__id: '5f0c', CLIENT_TAGS: 'vip' };
		const trigger = new PollSession({ node: 'repzoTrigger', parameters: { event: 'product.newOrUpdated', filters }, credentials: credentials as never });
		expect((await trigger.poll()).error).toBeUndefined();
		expect(api.calls).toHaveLength(1);
		const { query } = api.calls[0];
		expect(query).toMatchObject({ sku: '["A-1","B-2"]', from__id: '5f0c' });
		expect(query.CLIENT_TAGS).toBeUndefined();
	});
});
