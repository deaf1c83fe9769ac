import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import { BASE, credentials, TOKEN } from '../quince/fixtures';
import { triggerStory } from './story';
import type { ListCall, VendorFixture } from './story';

const day = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat('yyyy-MM-dd');
const dayStart = (text: unknown) => DateTime.fromISO(String(text).slice(0, 10), { zone: 'UTC' }).toMillis();
const filterOf = (call: ListCall) => (call.body.filter ?? {}) as IDataObject;

function quinceList(title: string, event: string, module: string): VendorFixture {
	return {
		title,
		node: 'quinceTrigger',
		credentials,
		parameters: { event },
		base: BASE,
		method: 'POST',
		path: `/api/v2/${module}/list`,
		pageSize: 100,
		granularity: 'day',
		auth: ['authorization', `Bearer ${TOKEN}`],
		record: (id, time) => ({ Id: id, Number: `N-${id}`, Date: `${day(time)}T00:00:00Z`, Sum: id * 10 }),
		since: (call) => (filterOf(call).DateFrom === undefined ? undefined : dayStart(filterOf(call).DateFrom)),
		timeOf: (record) => dayStart(record.Date),
		page: (matching, call) => {
			const page = Number(call.body.page);
			// QUINCE requires the period, both ends.
			if (!filterOf(call).DateTo) return { success: false, error: { message: 'DateTo is required' } };
			const until = dayStart(filterOf(call).DateTo);
			const inPeriod = matching.filter((record) => dayStart(record.Date) <= until);
			return { success: true, data: inPeriod.slice((page - 1) * 100, page * 100) };
		},
		filter: {
			parameters: { filters: { Company: 4 } },
			sent: (call) => filterOf(call).Company === 4 && typeof filterOf(call).DateTo === 'string' && typeof call.body.page === 'number',
		},
		errorMessage: /^QUINCE answered HTTP 500: database is restarting$/,
	};
}

const byId = (item: IDataObject) => Number(item.Id);

triggerStory(quinceList('QUINCE Trigger: New Order (by Date)', 'order.new', 'order'), byId);
triggerStory(quinceList('QUINCE Trigger: New Bank Receipt (by Date)', 'bankReceipt.new', 'document/money_bank_income'), byId);
triggerStory(quinceList('QUINCE Trigger: New Customer Return (by Date)', 'customerReturn.new', 'document/outgoing_return'), byId);
