/**
 * One polling trigger per vendor, built from the `poll` declarations of its catalog's lists: an Event
 * dropdown ("New Partner", "New or Updated Partner", …), the list's own filters, and a `poll()` that
 * fetches every record changed since the cursor through the action node's request path.
 */
import { DateTime } from 'luxon';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, INodeProperties, INodePropertyOptions, INodePropertyRouting, IPollFunctions } from 'n8n-workflow';

import type { FieldSpec, OperationSpec, PollEvent, PollSpec, VendorCatalog } from './catalog';
import { fieldInput, fieldLabel } from './fields';
import { shareAcrossEvents } from './shareAcrossEvents';
import { advanceCursor, placeRecords, readCursor, sinceValue, startingPoint } from './triggerCursor';
import type { TimedRecord } from './triggerCursor';
import { fetchList, listInputs } from './triggerRequest';
import type { InjectedField } from './triggerRequest';

/** A vendor's trigger: its catalog (whose connection it sends with) and the properties placed first. */
export interface TriggerDefinition {
	catalog: VendorCatalog;
	/** Properties placed first, as in the action node (e.g. an Authentication switch). */
	leadingProperties?: INodeProperties[];
}

type TriggerSource = TriggerDefinition;

interface EventEntry {
	value: string;
	op: OperationSpec;
	spec: PollSpec;
	event: PollEvent;
	since: FieldSpec;
	until?: FieldSpec;
	filterFields: FieldSpec[];
	topFields: FieldSpec[];
	routing: INodePropertyRouting;
}

const EVENT_WORDING: Record<PollEvent['kind'], string> = { new: 'New', newOrUpdated: 'New or Updated' };

/** Hours looked back to find the starting point, for "emit on first poll" and for test events. */
const DEFAULT_LOOK_BACK_HOURS = 24;

function pollEvents(catalog: VendorCatalog): EventEntry[] {
	const entries: EventEntry[] = [];
	for (const op of catalog.operations) {
		if (!op.poll || !op.list) continue;
		const reserved = new Set(op.poll.events.flatMap((event) => [event.since, event.until].filter(Boolean) as string[]));
		const { filterFields, topFields, routing } = listInputs(catalog, op, reserved);
		for (const event of op.poll.events) {
			const find = (name: string) => {
				const field = (op.fields ?? []).find((candidate) => candidate.name === name);
				if (!field) throw new Error(`${op.resource}.${op.operation}: poll field ${name} is not a field of the list`);
				return field;
			};
			const value = `${op.resource}.${event.kind}`;
			if (entries.some((entry) => entry.value === value)) throw new Error(`${catalog.vendor}: two lists offer the event ${value}`);
			entries.push({ value, op, spec: op.poll, event, since: find(event.since), until: event.until ? find(event.until) : undefined, filterFields, topFields, routing });
		}
	}
	if (entries.length === 0) throw new Error(`${catalog.vendor}: no list declares how it can be polled`);
	return entries;
}

function eventName(catalog: VendorCatalog, entry: EventEntry): string {
	if (entry.event.name) return entry.event.name;
	const noun = entry.spec.noun ?? catalog.resources.find((resource) => resource.value === entry.op.resource)?.name ?? entry.op.resource;
	return `${EVENT_WORDING[entry.event.kind]} ${noun}`;
}

/** What the user reads under the event: the filter it relies on and what a poll costs. */
function eventDescription(entry: EventEntry): string {
	const page = entry.op.list?.maxPageSize;
	const cost = page && entry.op.list?.pagination !== 'none' ? `one request per ${page} matching records (at least one)` : 'one request';
	const what = entry.event.description ?? `Polls with '${fieldLabel(entry.since)}'`;
	return `${what}. Each poll costs ${cost}.`;
}

const isWallClock = (entry: EventEntry) => entry.since.dateFormat === 'dateTimeSpace';

/** Whether the records' timestamps are zone-less wall-clock texts (the cursor then keeps the text). */
const recordsWallClock = (entry: EventEntry) => (entry.spec.timestampFormat ?? entry.since.dateFormat) === 'dateTimeSpace';

function optionsInput(entries: EventEntry[]): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'On First Poll',
			name: 'firstPoll',
			type: 'options',
			options: [
				{ name: 'Only Remember Where to Start', value: 'remember', description: 'Emit nothing; later polls emit what changes from now on' },
				{ name: 'Emit the Look-Back Window', value: 'emitLookBack', description: 'Also emit what changed in the look-back window before activation' },
			],
			default: 'remember',
			description: 'What the first poll after activation does',
		},
		{
			displayName: 'Look-Back Window (Hours)',
			name: 'lookBackHours',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: DEFAULT_LOOK_BACK_HOURS,
			description:
				'How far back the first poll looks for the newest record to start from (and what it emits with "Emit the Look-Back Window"); Fetch Test Event returns the newest record from this window',
		},
	];
	if (entries.some(isWallClock)) {
		options.push({
			displayName: 'Server Timezone',
			name: 'serverTimezone',
			type: 'string',
			default: '',
			placeholder: 'e.g. Europe/London',
			description:
				"Timezone of the server's wall-clock dates (IANA name). Used to turn the look-back window into server time and to know when the server repeats an hour (DST); the cursor is the server's own timestamp text, so changing this never moves it. Empty: the workflow's timezone.",
		});
	}
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options };
}

/** The trigger's properties: Event, the chosen list's required fields and Filters, and the poll options. */
function triggerProperties(source: TriggerSource, entries: EventEntry[]): INodeProperties[] {
	const eventOptions: INodePropertyOptions[] = entries
		.map((entry) => ({ name: eventName(source.catalog, entry), value: entry.value, description: eventDescription(entry) }))
		.sort((a, b) => a.name.localeCompare(b.name));
	const eventInput: INodeProperties = {
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: eventOptions,
		default: '',
		required: true,
	};
	eventInput.default = eventOptions[0].value;
	const properties: INodeProperties[] = [...(source.leadingProperties ?? []), eventInput];
	const byOperation = new Map<OperationSpec, EventEntry[]>();
	for (const entry of entries) byOperation.set(entry.op, [...(byOperation.get(entry.op) ?? []), entry]);
	for (const [, group] of byOperation) {
		const show = { event: group.map((entry) => entry.value) };
		for (const field of group[0].topFields) properties.push({ ...fieldInput(field), displayOptions: { show } });
		if (group[0].filterFields.length) {
			properties.push({
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				description: 'Only records that match these trigger the workflow',
				displayOptions: { show },
				options: group[0].filterFields.map(fieldInput).sort((a, b) => a.displayName.localeCompare(b.displayName)),
			});
		}
	}
	properties.push(optionsInput(entries));
	return properties;
}

interface PollSettings {
	entry: EventEntry;
	zone: string;
	lookBackHours: number;
	firstPoll: string;
}

function readSettings(ctx: IPollFunctions, entries: Map<string, EventEntry>): PollSettings {
	const value = ctx.getNodeParameter('event') as string;
	const entry = entries.get(value);
	if (!entry) throw new NodeOperationError(ctx.getNode(), `Unknown event '${value}'`, { description: 'Choose an event from the list' });
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const zone = String(options.serverTimezone ?? '').trim() || ctx.getTimezone();
	if (!DateTime.now().setZone(zone).isValid) {
		throw new NodeOperationError(ctx.getNode(), `Unknown timezone '${zone}' in 'Server Timezone'`, { description: 'Give an IANA timezone name, e.g. Europe/London or UTC' });
	}
	const lookBackHours = Number(options.lookBackHours ?? DEFAULT_LOOK_BACK_HOURS);
	if (!Number.isFinite(lookBackHours) || lookBackHours <= 0) {
		throw new NodeOperationError(ctx.getNode(), `Invalid look-back window '${String(options.lookBackHours)}' in 'Look-Back Window (Hours)'`, { description: 'Give a number of hours above 0' });
	}
	return { entry, zone, lookBackHours, firstPoll: String(options.firstPoll ?? 'remember') };
}

async function fetchSince(ctx: IPollFunctions, source: TriggerSource, settings: PollSettings, since: string | undefined, limit?: number): Promise<TimedRecord[]> {
	const { entry, zone } = settings;
	const injected: InjectedField[] = [];
	if (since !== undefined) injected.push({ field: entry.since, value: since });
	// An upper bound the API insists on: a day past this machine's today. Records beyond it are not
	// lost, the cursor does not pass them; a later poll picks them up.
	if (entry.until) injected.push({ field: entry.until, value: DateTime.now().setZone(zone).plus({ days: 1 }).toISO() });
	const records = await fetchList(ctx, source.catalog, {
		op: entry.op,
		routing: entry.routing,
		topFields: entry.topFields,
		injected,
		limit,
	});
	return placeRecords(records, entry.spec, entry.event.timestampProperty, entry.spec.timestampFormat, zone, (record) => {
		throw new NodeOperationError(ctx.getNode(), `A record has no readable '${entry.event.timestampProperty}'`, {
			description: `The trigger places each record by its '${entry.event.timestampProperty}' value. This record has '${String(record[entry.event.timestampProperty])}'.`,
		});
	});
}

function newest(placed: TimedRecord[]): TimedRecord | undefined {
	let best: TimedRecord | undefined;
	for (const entry of placed) if (!best || entry.time.ms >= best.time.ms) best = entry;
	return best;
}

export interface BuiltTrigger {
	properties: INodeProperties[];
	/** The node's canvas subtitle: the chosen event's name (the editor shows option names only for `operation`). */
	subtitle: string;
	poll: (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>;
}

/**
 * Builds a vendor's trigger: its properties and the shared `poll()`. Inputs repeated per event (each
 * list's Filters) are shared across events unless `shareAcrossEvents` is false (tests compare both).
 */
export function buildTrigger(definition: TriggerDefinition, { shareAcrossEvents: share = true } = {}): BuiltTrigger {
	const source: TriggerSource = definition;
	const entries = pollEvents(source.catalog);
	const byValue = new Map(entries.map((entry) => [entry.value, entry]));
	const names = Object.fromEntries(entries.map((entry) => [entry.value, eventName(source.catalog, entry)]));
	return {
		properties: share ? shareAcrossEvents(triggerProperties(source, entries)) : triggerProperties(source, entries),
		subtitle: `={{ ${JSON.stringify(names)}[$parameter["event"]] || $parameter["event"] }}`,
		async poll(this: IPollFunctions) {
			const settings = readSettings(this, byValue);
			const { entry } = settings;
			const lookBack = DateTime.now().setZone(settings.zone).minus({ hours: settings.lookBackHours });
			const lookBackStart = startingPoint(lookBack, entry.spec.granularity, recordsWallClock(entry));
			const lookBackSince = sinceValue(lookBackStart.key, false, entry.since.dateFormat, settings.zone);

			// Fetch Test Event: the newest matching record; the cursor stays where it is.
			if (this.getMode() === 'manual') {
				let placed = await fetchSince(this, source, settings, lookBackSince);
				if (placed.length === 0 && !entry.since.required) {
					placed = await fetchSince(this, source, settings, undefined, entry.op.list?.maxPageSize ?? 100);
				}
				const found = newest(placed);
				return found ? [[{ json: found.record }]] : null;
			}

			const state = this.getWorkflowStaticData('node');
			const resume = readCursor(state.cursor, entry.value, recordsWallClock(entry));
			const from = resume ?? lookBackStart;
			// A second before the floor, for timestamps, in case a filter is "after" rather than "at or after".
			const since = resume ? sinceValue(resume.floor, entry.spec.granularity !== 'day', entry.since.dateFormat, settings.zone) : lookBackSince;
			const placed = await fetchSince(this, source, settings, since);
			const outcome = advanceCursor(entry.value, from, placed, settings.zone);
			// Written only once every page arrived: a failed poll leaves the cursor where it was.
			state.cursor = outcome.cursor as unknown as IDataObject;
			const emit = resume || settings.firstPoll === 'emitLookBack' ? outcome.emit : [];
			return emit.length ? [this.helpers.returnJsonArray(emit.map((record) => record.record))] : null;
		},
	};
}
