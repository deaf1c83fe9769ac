/** Keeps a trigger's description small: inputs repeated for each event (Filters above all) become one property. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The events a property is shown for, when an `event` list is its only display rule. */
function eventsOf(property: INodeProperties): string[] | undefined {
	const rules = property.displayOptions;
	if (!rules || rules.hide || Object.keys(rules).length !== 1 || !rules.show || Object.keys(rules.show).length !== 1) return undefined;
	return (rules.show.event as unknown[] | undefined)?.map(String);
}

/** A collection whose members carry no display rules or routing: its members can say by `/event` rules where they apply. */
function isPlainCollection(property: INodeProperties): boolean {
	return (
		property.type === 'collection' &&
		property.typeOptions?.multipleValues !== true &&
		((property.options ?? []) as INodeProperties[]).every((member) => member.type !== undefined && !member.displayOptions && !member.routing)
	);
}

/** A stable text of a property (functions, such as routing hooks, by identity). */
function textOf(value: unknown, functionIds: Map<unknown, number>): string {
	return JSON.stringify(value, (_key, entry: unknown) => {
		if (typeof entry !== 'function') return entry;
		if (!functionIds.has(entry)) functionIds.set(entry, functionIds.size);
		return `function#${functionIds.get(entry)}`;
	});
}

/**
 * What n8n 1.x's editor takes from the first member of a name, shown or not, when the user adds one
 * (its default, and whether it holds a list): members of one name in one collection may differ by
 * type, words or choices, not by this (see shareAcrossResources).
 */
const addedAs = (member: INodeProperties) => JSON.stringify([member.default, member.typeOptions?.multipleValues === true]);

/** A property without its display rules. */
function withoutRules(property: INodeProperties): Omit<INodeProperties, 'displayOptions'> {
	const { displayOptions: _rules, ...rest } = property;
	void _rules;
	return rest;
}

interface Slot {
	property: INodeProperties;
	/** The input properties it stands for. */
	origins: number[];
}

/** A rule on `key` that shows on `listed` of `all`: the list shown, or the list hidden when that is shorter (none for all). */
function ruleFor(key: string, listed: string[], all: string[]): INodeProperties['displayOptions'] | undefined {
	const held = new Set(listed);
	const hidden = all.filter((event) => !held.has(event));
	if (hidden.length === 0) return undefined;
	const show = { show: { [key]: listed } };
	const hide = { hide: { [key]: hidden } };
	return JSON.stringify(hide).length < JSON.stringify(show).length ? hide : show;
}

/**
 * One property for properties alike but for their events; for collections, their members each once,
 * in the collections' own order (by display name), with an `/event` rule where not every event holds them.
 */
function mergedProperty(properties: INodeProperties[], part: number[], events: Array<string[] | undefined>, allEvents: string[], functionIds: Map<unknown, number>): INodeProperties {
	const union = part.flatMap((index) => events[index]!);
	const merged = withoutRules(properties[part[0]]) as INodeProperties;
	const rule = ruleFor('event', union, allEvents);
	if (rule) merged.displayOptions = rule;
	if (!isPlainCollection(merged)) return merged;
	const members = new Map<string, { member: INodeProperties; order: number; events: string[] }>();
	for (const index of part) {
		for (const member of (properties[index].options ?? []) as INodeProperties[]) {
			const key = textOf(member, functionIds);
			const entry = members.get(key) ?? members.set(key, { member, order: members.size, events: [] }).get(key)!;
			entry.events.push(...events[index]!);
		}
	}
	merged.options = [...members.values()]
		.sort((a, b) => a.member.displayName.localeCompare(b.member.displayName) || a.order - b.order)
		.map(({ member, events: held }) => {
			const own = ruleFor('/event', held, union);
			return own ? { ...member, displayOptions: own } : member;
		});
	return merged;
}

/**
 * Properties shown for some events that are alike but for their event lists become one property
 * listing all those events. Collections alike but for their members (each event's Filters) become one
 * whose members carry `/event` rules; members of one name are only put together when n8n 1.x's editor
 * adds them the same way, otherwise the collection is split in as few as that allows. A merge is kept
 * only when every event still shows the same inputs in the same order; the description gets smaller.
 */
export function shareAcrossEvents(properties: INodeProperties[]): INodeProperties[] {
	const eventInput = properties.find((property) => property.name === 'event' && property.type === 'options' && !property.displayOptions);
	if (!eventInput) return properties;
	const allEvents = ((eventInput.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
	const functionIds = new Map<unknown, number>();
	const events = properties.map(eventsOf);
	const shownOn = (rules: INodeProperties['displayOptions'], event: string, key = 'event') => {
		const shown = rules?.show?.[key]?.map(String);
		const hidden = rules?.hide?.[key]?.map(String);
		return (!shown || shown.includes(event)) && !hidden?.includes(event);
	};
	const memberTexts = new WeakMap<INodeProperties, string>();
	const memberText = (member: INodeProperties) => memberTexts.get(member) ?? memberTexts.set(member, textOf(withoutRules(member), functionIds)).get(member)!;
	/** What each of these events shows, in order: the input properties behind it, and a collection's members. */
	const views = (slots: Slot[], shown: string[]) =>
		shown.map((event) =>
			slots
				.filter((slot) => shownOn(slot.property.displayOptions, event))
				.map((slot) => {
					const origin = slot.origins.find((index) => shownOn(properties[index].displayOptions, event));
					if (slot.property.type !== 'collection') return [origin];
					const members = ((slot.property.options ?? []) as INodeProperties[]).filter((member) => shownOn(member.displayOptions, event, '/event'));
					return [origin, ...members.map(memberText)];
				}),
		);
	const before = views(
		properties.map((property, index) => ({ property, origins: [index] })),
		allEvents,
	).map((view) => JSON.stringify(view));
	const expected = new Map(allEvents.map((event, index) => [event, before[index]]));

	// Candidates: properties alike but for their events (and, for plain collections, their members).
	const families = new Map<string, number[]>();
	properties.forEach((property, index) => {
		if (!events[index]) return;
		const rest = withoutRules(property);
		const key = textOf(isPlainCollection(property) ? { ...rest, options: [] } : rest, functionIds);
		families.set(key, [...(families.get(key) ?? []), index]);
	});

	let slots: Slot[] = properties.map((property, index) => ({ property, origins: [index] }));
	for (const family of families.values()) {
		if (family.length < 2) continue;
		for (const part of partsOf(properties, family, events, allEvents, functionIds)) {
			if (part.length < 2) continue;
			const merged = mergedProperty(properties, part, events, allEvents, functionIds);
			// Placed where one of the merged properties stood (the last first): the one where every event keeps its order.
			const rest = slots.filter((slot) => !slot.origins.some((origin) => part.includes(origin)));
			const places = [...part].reverse().map((index) => slots.findIndex((slot) => slot.origins.includes(index)));
			for (const place of places) {
				const before = slots.slice(0, place).filter((slot) => rest.includes(slot)).length;
				const candidate = [...rest.slice(0, before), { property: merged, origins: part }, ...rest.slice(before)];
				// Only the merged events can show anything different.
				const union = part.flatMap((index) => events[index]!);
				if (views(candidate, union).some((view, index) => JSON.stringify(view) !== expected.get(union[index]))) continue;
				slots = candidate;
				break;
			}
		}
	}
	return slots.map((slot) => slot.property);
}

/** Bytes a display rule costs besides its list of events (`,"displayOptions":{"show":{"/event":[]}}`). */
const RULE = 40;

/** Bytes of one collection's own text without its members and rule (the same for every collection of a family). */
const SHELL = 200;

interface Part {
	indices: number[];
	/** How n8n 1.x adds each member name (see `addedAs`). */
	kinds: Map<string, string>;
	events: Set<string>;
	/** Bytes of the part's events written in a list. */
	eventBytes: number;
	/** Each member text: its bytes and the bytes of the events that hold it. */
	members: Map<string, { bytes: number; held: number }>;
	/** Whether it holds one name in two kinds: it stays alone. */
	closed: boolean;
}

/** About the bytes of a part (joined with another) as one property: its own rule, and its members, each with a rule unless every event holds it. */
function estimate(part: Part, allBytes: number, other?: Part): number {
	const eventBytes = part.eventBytes + (other?.eventBytes ?? 0);
	let bytes = SHELL + (eventBytes === allBytes ? 0 : RULE + Math.min(eventBytes, allBytes - eventBytes));
	const member = (own: number, held: number) => own + (held === eventBytes ? 0 : RULE + Math.min(held, eventBytes - held));
	for (const [text, { bytes: own, held }] of part.members) bytes += member(own, held + (other?.members.get(text)?.held ?? 0));
	for (const [text, { bytes: own, held }] of other?.members ?? []) if (!part.members.has(text)) bytes += member(own, held);
	return bytes;
}

/**
 * A family's properties split into groups that can be one property: shown for different events and,
 * for collections, holding each member name in one kind (see `addedAs`). Starting from one group per
 * property, the two groups whose joining saves the most bytes are joined, as long as some join saves.
 */
function partsOf(properties: INodeProperties[], family: number[], events: Array<string[] | undefined>, allEvents: string[], functionIds: Map<unknown, number>): number[][] {
	const eventBytes = (list: Iterable<string>) => [...list].reduce((sum, event) => sum + event.length + 3, 0);
	const parts: Part[] = family.map((index) => {
		const property = properties[index];
		const members = isPlainCollection(property) ? ((property.options ?? []) as INodeProperties[]) : [];
		const kinds = new Map<string, string>();
		let closed = false;
		for (const member of members) {
			if ((kinds.get(member.name) ?? addedAs(member)) !== addedAs(member)) closed = true;
			kinds.set(member.name, addedAs(member));
		}
		const held = eventBytes(events[index]!);
		const texts = new Map(members.map((member) => textOf(member, functionIds)).map((text) => [text, { bytes: text.length, held }]));
		return { indices: [index], kinds, events: new Set(events[index]), eventBytes: held, members: texts, closed };
	});
	const fits = (a: Part, b: Part) =>
		!a.closed && !b.closed && [...b.events].every((event) => !a.events.has(event)) && [...b.kinds].every(([name, kind]) => (a.kinds.get(name) ?? kind) === kind);
	const joined = (a: Part, b: Part): Part => {
		const members = new Map([...a.members].map(([text, entry]) => [text, { ...entry }]));
		for (const [text, entry] of b.members) {
			const known = members.get(text);
			if (known) known.held += entry.held;
			else members.set(text, { ...entry });
		}
		return {
			indices: [...a.indices, ...b.indices].sort((x, y) => x - y),
			kinds: new Map([...a.kinds, ...b.kinds]),
			events: new Set([...a.events, ...b.events]),
			eventBytes: a.eventBytes + b.eventBytes,
			members,
			closed: false,
		};
	};
	const allBytes = eventBytes(allEvents);
	const cost = new Map(parts.map((part) => [part, estimate(part, allBytes)]));
	// What joining two parts saves, kept per pair (undefined: they cannot be one).
	const savings = new Map<Part, Map<Part, number | undefined>>();
	const saving = (a: Part, b: Part) => {
		const known = savings.get(a) ?? savings.set(a, new Map()).get(a)!;
		if (!known.has(b)) known.set(b, fits(a, b) ? cost.get(a)! + cost.get(b)! - estimate(a, allBytes, b) : undefined);
		return known.get(b);
	};
	for (;;) {
		let best: { a: Part; b: Part; saves: number } | undefined;
		for (let i = 0; i < parts.length; i += 1) {
			for (let j = i + 1; j < parts.length; j += 1) {
				const saves = saving(parts[i], parts[j]);
				if (saves !== undefined && saves > (best?.saves ?? 0)) best = { a: parts[i], b: parts[j], saves };
			}
		}
		if (!best) break;
		const part = joined(best.a, best.b);
		cost.set(part, estimate(part, allBytes));
		parts.splice(parts.indexOf(best.b), 1);
		parts.splice(parts.indexOf(best.a), 1, part);
	}
	return parts.map((part) => part.indices);
}
