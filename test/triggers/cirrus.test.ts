import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import { API_PATH, BASE, TOKEN, tokenCredentials } from '../cirrus/fixtures';
import { triggerStory } from './story';
import type { ListCall, VendorFixture } from './story';

const dayStart = (text: unknown) => DateTime.fromISO(String(text).slice(0, 10), { zone: 'UTC' }).toMillis();

function cirrusList(title: string, event: string, collection: string, since: string, property: string, format: (ms: number) => string, filter: VendorFixture['filter']): VendorFixture {
	return {
		title,
		node: 'cirrusTrigger',
		credentials: tokenCredentials,
		parameters: { event },
		base: BASE,
		method: 'GET',
		path: `${API_PATH}/${collection}/`,
		pageSize: 50,
		granularity: 'day',
		auth: ['x-token', TOKEN],
		record: (id, time) => ({ id, name: `Record ${id}`, [property]: format(time) }),
		since: (call: ListCall) => (call.query[since] === undefined ? undefined : dayStart(call.query[since])),
		timeOf: (record: IDataObject) => dayStart(record[property]),
		page: (matching, call) => {
			const page = Number(call.query.page);
			const size = Number(call.query.per_page);
			const pages = Math.max(1, Math.ceil(matching.length / size));
			return [{ page, pages, per_page: size, total: matching.length, items: matching.slice((page - 1) * size, page * size) }];
		},
		filter,
		errorMessage: /^Cirrus answered HTTP 500: database is restarting$/,
	};
}

const isoMidnight = (ms: number) => `${DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat('yyyy-MM-dd')}T00:00:00.000Z`;
const date = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat('yyyy-MM-dd');

triggerStory(
	cirrusList('Cirrus Trigger: New Order (by Place Date)', 'order.new', 'orders', 'datespan_start', 'placedate', isoMidnight, {
		parameters: { filters: { accountids: '12, 15' } },
		sent: (call) => call.query.accountids === '12,15' && call.query.per_page === '50',
	}),
);
triggerStory(
	cirrusList('Cirrus Trigger: New Quote (by Place Date)', 'quote.new', 'quotes', 'placedate_start', 'placedate', date, {
		parameters: { filters: { accountids: '9' } },
		sent: (call) => call.query.accountids === '9',
	}),
);
triggerStory(
	cirrusList('Cirrus Trigger: New Activity (by Activity Date)', 'activity.new', 'activities', 'startdate', 'date', date, {
		parameters: { filters: { userid: 3 } },
		sent: (call) => call.query.userid === '3',
	}),
);
triggerStory(
	cirrusList('Cirrus Trigger: Closed Opportunity (by End Date)', 'opportunity.new', 'opportunities', 'actual_startdate', 'enddate', date, {
		parameters: { filters: { accountid: 5 } },
		sent: (call) => call.query.accountid === '5',
	}),
);
triggerStory(
	cirrusList('Cirrus Trigger: New Mission (by Start Date)', 'mission.new', 'missions', 'datespan_start', 'startdate', date, {
		parameters: { filters: { ownerid: 2 } },
		sent: (call) => call.query.ownerid === '2' && /^\d{4}-\d\d-\d\dT/.test(String(call.query.datespan_start)),
	}),
);
