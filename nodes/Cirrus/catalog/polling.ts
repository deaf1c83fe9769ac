import type { PollEvent, PollSpec } from '../../shared/catalog';

/**
 * How the Cirrus trigger polls a list: Cirrus lists filter by business dates (a day), not by creation
 * or change time, so each event follows a record date. Every record of the cursor's day is a tie kept
 * by ID; a record whose date lies before the last day seen (backdated) is not picked up.
 */
export const pollByDay = (event: PollEvent): PollSpec => ({ idProperty: 'id', granularity: 'day', events: [event] });

/** What an event by a record date misses, for the Event description. */
export const backdated = (what: string) =>
	`Polls with '${what}' (a day): a record counts once its date is on or after the last one seen; one dated on an earlier day is missed`;
