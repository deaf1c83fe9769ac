import type { IDataObject } from 'n8n-workflow';

import { BASE, credentials, TOKEN } from '../guardant/fixtures';
import { triggerStory } from './story';

triggerStory(
	{
		title: 'Guardant Trigger: New Dongle History Event',
		node: 'guardantTrigger',
		credentials,
		parameters: { event: 'dongle.new', dongleId: -1235188599 },
		base: BASE,
		method: 'GET',
		path: '/v1.0/getdonglehistory/-1235188599',
		pageSize: 100,
		granularity: 'timestamp',
		auth: ['authorization', `Bearer ${TOKEN}`],
		// History events have no ID: `seq` only makes the test's events distinct.
		record: (id, time) => ({ seq: id, actiondate: Math.floor(time / 1000), action: 'update', actionresult: 'success' }),
		since: (call) => (call.query.actiondatebegin === undefined ? undefined : Number(call.query.actiondatebegin) * 1000),
		timeOf: (record: IDataObject) => Number(record.actiondate) * 1000,
		page: (matching, call) => {
			const offset = Number(call.query.offset);
			return { history: matching.slice(offset, offset + Number(call.query.limit)) };
		},
		filter: { parameters: { filters: { actionresult: 'error' } }, sent: (call) => call.query.actionresult === 'error' && call.query.limit === '100' },
		errorMessage: /^Guardant answered HTTP 500: database is restarting$/,
	},
	(item) => Number(item.seq),
);
