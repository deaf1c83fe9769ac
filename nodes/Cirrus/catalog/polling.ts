import type { OperationSpec, PollEvent, PollSpec } from '../../shared/catalog';

/**
 * How the Cirrus trigger polls: Cirrus lists filter by business dates (a day), not by creation or
 * change time, so each event follows a record date. Every record of the cursor's day is a tie kept
 * by ID; a record whose date lies before the last day seen (backdated) is not picked up.
 */
const byDay = (event: PollEvent): PollSpec => ({ idProperty: 'id', granularity: 'day', events: [event] });

const backdated = (what: string) =>
	`Polls with '${what}' (a day): a record counts once its date is on or after the last one seen; one dated on an earlier day is missed`;

export const cirrusPolling: Record<string, PollSpec> = {
	'order.getMany': byDay({ kind: 'new', since: 'datespan_start', timestampProperty: 'placedate', name: 'New Order (by Place Date)', description: backdated('Date From') }),
	'quote.getMany': byDay({ kind: 'new', since: 'placedate_start', timestampProperty: 'placedate', name: 'New Quote (by Place Date)', description: backdated('Place Date From') }),
	'activity.getMany': byDay({ kind: 'new', since: 'startdate', timestampProperty: 'date', name: 'New Activity (by Activity Date)', description: backdated('Start Date') }),
	'opportunity.getMany': byDay({
		kind: 'new',
		since: 'actual_startdate',
		timestampProperty: 'enddate',
		name: 'Closed Opportunity (by End Date)',
		description: `${backdated('Actual End Date From')}. Reads the record's enddate`,
	}),
	'mission.getMany': byDay({
		kind: 'new',
		since: 'datespan_start',
		timestampProperty: 'startdate',
		name: 'New Mission (by Start Date)',
		description: `${backdated('Date From')}. Cirrus also returns missions still running, so a poll reads every running mission`,
	}),
};

export function withPolling(op: OperationSpec): OperationSpec {
	const poll = cirrusPolling[`${op.resource}.${op.operation}`];
	return poll ? { ...op, poll } : op;
}
