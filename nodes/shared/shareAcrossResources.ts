/** Keeps the node description small: inputs that several resources show identically become one property. */
import type { INodeProperties } from 'n8n-workflow';

/** A stable text of a value; functions count by identity. */
function textOf(value: unknown, functionIds: Map<unknown, number>): string {
	return JSON.stringify(value, (_key, entry: unknown) => {
		if (typeof entry !== 'function') return entry;
		if (!functionIds.has(entry)) functionIds.set(entry, functionIds.size);
		return `function#${functionIds.get(entry)}`;
	});
}

/**
 * A collection whose members have no display rules or routing of their own: collections alike but for
 * their members can be merged into one whose members say (by `/resource` and `/operation` rules)
 * where they apply.
 */
function isPlainCollection(property: INodeProperties): boolean {
	return (
		property.type === 'collection' &&
		property.typeOptions?.multipleValues !== true &&
		((property.options ?? []) as INodeProperties[]).every((member) => member.type !== undefined && !member.displayOptions && !member.routing)
	);
}

/** A stable text of a property minus its resource and operation lists (and a plain collection's members). */
function signature(property: INodeProperties, functionIds: Map<unknown, number>): string | undefined {
	const show = property.displayOptions?.show;
	if (!show?.resource || !show.operation || property.displayOptions?.hide) return undefined;
	const { resource: _resource, operation: _operation, ...restShow } = show;
	void _resource;
	void _operation;
	const compared = { ...property, displayOptions: { show: restShow } };
	if (isPlainCollection(property)) compared.options = [];
	return textOf(compared, functionIds);
}

/**
 * What n8n 1.x's editor takes from the first member of a name, shown or not, when the user adds one
 * (its default, and whether it holds a list; n8n 2.x takes the shown one): members of one name in one
 * collection may differ by type, words or choices, not by this.
 */
function addedAs(member: INodeProperties): string {
	return JSON.stringify([member.default, member.typeOptions?.multipleValues === true]);
}

/** The operation values each resource's Operation dropdown offers. */
function operationsByResource(properties: INodeProperties[]): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const property of properties) {
		const resources = property.displayOptions?.show?.resource as string[] | undefined;
		if (property.name !== 'operation' || property.type !== 'options' || resources?.length !== 1 || property.displayOptions?.show?.operation) continue;
		const values = ((property.options ?? []) as Array<{ value?: unknown }>).map((option) => String(option.value));
		found.set(resources[0], [...(found.get(resources[0]) ?? []), ...values]);
	}
	return found;
}

/**
 * The resource/operation screens a property can appear on (a superset: other show conditions, such
 * as Return All being off, are left out). A resource without an Operation dropdown counts as one screen.
 */
function screensOf(property: INodeProperties, offered: Map<string, string[]>, allResources: string[]): Set<string> {
	const show = property.displayOptions?.show;
	const resources = (show?.resource as string[] | undefined)?.map(String) ?? allResources;
	const operations = (show?.operation as string[] | undefined)?.map(String);
	const screens = new Set<string>();
	for (const resource of resources) {
		const available = offered.get(resource);
		if (!available) {
			screens.add(`${resource}\u0000*`);
			for (const operation of operations ?? []) screens.add(`${resource}\u0000${operation}`);
			continue;
		}
		for (const operation of available) if (!operations || operations.includes(operation)) screens.add(`${resource}\u0000${operation}`);
	}
	return screens;
}

interface Group {
	anchor: number;
	resources: string[];
	operations: string[];
	/** The operations each resource of the group shows the property for. */
	own: Map<string, Set<string>>;
	screens: Set<string>;
	/** The merged properties, the anchor first. */
	members: number[];
	/** For a plain collection: how each member name is added (see `addedAs`). */
	kinds?: Map<string, string>;
	/** For a plain collection: its members' texts, each with the resources that hold it. */
	texts: Map<string, Set<string>>;
}

/** A plain collection's member names and how each is added, or undefined when two of one name differ there. */
function kindsOf(property: INodeProperties, into = new Map<string, string>()): Map<string, string> | undefined {
	for (const member of (property.options ?? []) as INodeProperties[]) {
		const kind = addedAs(member);
		if ((into.get(member.name) ?? kind) !== kind) return undefined;
		into.set(member.name, kind);
	}
	return into;
}

/**
 * The members of merged collections, each once, with rules on `/resource` and `/operation` that show it
 * on exactly the screens where one of the merged collections held it. A member held on every screen
 * of a resource needs no operation rule; the rule on resources is written as the shorter of the list
 * shown or the list hidden.
 */
function mergeMembers(properties: INodeProperties[], group: Group, screens: Array<Set<string>>, functionIds: Map<unknown, number>): INodeProperties[] {
	const members = new Map<string, { member: INodeProperties; order: number; screens: Set<string> }>();
	for (const index of group.members) {
		for (const member of (properties[index].options ?? []) as INodeProperties[]) {
			const key = textOf(member, functionIds);
			const entry = members.get(key) ?? members.set(key, { member, order: members.size, screens: new Set() }).get(key)!;
			for (const screen of screens[index]) entry.screens.add(screen);
		}
	}
	const merged: INodeProperties[] = [];
	const sorted = [...members.values()].sort((a, b) => a.member.displayName.localeCompare(b.member.displayName) || a.order - b.order);
	for (const { member, screens: held } of sorted) {
		// The operations of each resource that hold the member.
		const byResource = new Map<string, string[]>();
		for (const screen of held) {
			const [resource, operation] = screen.split('\u0000');
			byResource.set(resource, [...(byResource.get(resource) ?? []), operation]);
		}
		// Rectangles of resources × operations that cover exactly the screens holding the member: one for
		// the resources holding it on all their screens (no operation rule), then those holding it on
		// some operations, each joining a rectangle where the widened operation list shows nothing more.
		const rectangles: Array<{ resources: string[]; operations?: Set<string> }> = [];
		const whole = [...byResource].filter(([resource, operations]) => operations.length === group.own.get(resource)!.size).map(([resource]) => resource);
		if (whole.length) rectangles.push({ resources: whole });
		const exact = (resources: string[], operations: Set<string>) =>
			resources.every((resource) => {
				const held = byResource.get(resource)!;
				const shown = [...group.own.get(resource)!].filter((operation) => operations.has(operation));
				return shown.length === held.length && shown.every((operation) => held.includes(operation));
			});
		for (const [resource, operations] of byResource) {
			if (whole.includes(resource)) continue;
			const placed = rectangles.find((rectangle) => {
				const widened = new Set([...(rectangle.operations ?? rectangle.resources.flatMap((other) => [...group.own.get(other)!])), ...operations]);
				if (!exact([...rectangle.resources, resource], widened)) return false;
				rectangle.resources.push(resource);
				rectangle.operations = widened;
				return true;
			});
			if (!placed) rectangles.push({ resources: [resource], operations: new Set(operations) });
		}
		const resourceRule = (listed: string[]): INodeProperties['displayOptions'] => {
			const unlisted = group.resources.filter((resource) => !listed.includes(resource));
			if (unlisted.length === 0) return {};
			return unlisted.length < listed.length ? { hide: { '/resource': unlisted } } : { show: { '/resource': listed } };
		};
		for (const rectangle of rectangles) {
			const rule = resourceRule(rectangle.resources)!;
			if (rectangle.operations) rule.show = { ...rule.show, '/operation': [...rectangle.operations].sort() };
			merged.push(Object.keys(rule).length ? { ...member, displayOptions: rule } : member);
		}
	}
	return merged;
}

/**
 * Properties identical but for the resources and operations that show them become one property
 * listing all those resources and operations (e.g. one "Return All" for every "Get Many"), when the
 * combined lists show it on no screen that did not show it before. The properties are then put in an
 * order that keeps, on every resource/operation screen, the order they had there (the earliest first
 * where screens leave it open); a merge that no order could satisfy is not made. Collections alike
 * but for their members (Additional Fields, Filters, Options of many resources) merge the same way,
 * each member kept once with `/resource` and `/operation` rules for where it applies. What each
 * operation shows, and in what order, stays the same; the description n8n ships to the editor gets smaller.
 */
export function shareAcrossResources(properties: INodeProperties[]): INodeProperties[] {
	const functionIds = new Map<unknown, number>();
	const offered = operationsByResource(properties);
	const allResources = [...new Set(properties.flatMap((property) => ((property.displayOptions?.show?.resource as string[] | undefined) ?? []).map(String)))];
	const screens = properties.map((property) => screensOf(property, offered, allResources));
	// Node of each property (merged properties share their group's anchor) and the order constraints:
	// on every screen, each property comes after the one shown before it.
	const after = properties.map(() => new Set<number>());
	const before = properties.map(() => new Set<number>());
	const lastOn = new Map<string, number>();
	properties.forEach((_property, index) => {
		for (const screen of screens[index]) {
			const previous = lastOn.get(screen);
			if (previous !== undefined && previous !== index) {
				after[previous].add(index);
				before[index].add(previous);
			}
			lastOn.set(screen, index);
		}
	});
	const reaches = (from: number, to: number) => {
		const seen = new Set<number>([from]);
		const stack = [...after[from]];
		while (stack.length) {
			const next = stack.pop()!;
			if (next === to) return true;
			if (seen.has(next)) continue;
			seen.add(next);
			for (const following of after[next]) if (!seen.has(following)) stack.push(following);
		}
		return false;
	};
	const groups = new Map<string, Group[]>();
	const absorbed = new Set<number>();
	const merged = new Set<number>();
	const keys = properties.map((property) => signature(property, functionIds));
	const plain = properties.map((property, index) => keys[index] !== undefined && isPlainCollection(property));
	const memberTexts = properties.map((property, index) =>
		plain[index] ? new Set(((property.options ?? []) as INodeProperties[]).map((member) => textOf(member, functionIds))) : new Set<string>(),
	);
	const resourcesOf = (index: number) => (properties[index].displayOptions!.show!.resource as string[]).map(String);
	/** Whether a set of nodes can become one: no chain of others joins two of them. */
	const independent = (nodes: number[]) => nodes.every((from) => nodes.every((to) => from === to || !reaches(from, to)));
	/**
	 * Whether properties (one resource's collections of one kind count as one unit: a resource's
	 * Create and Update may hold different members) can join a group without showing it on a screen
	 * that did not show it, and what the group's lists become.
	 */
	const fits = (group: Group, unit: number[]) => {
		const operations = new Set(group.operations);
		const own = new Map([...group.own].map(([resource, ops]) => [resource, new Set(ops)]));
		let kinds = group.kinds ? new Map(group.kinds) : undefined;
		for (const index of unit) {
			for (const screen of screens[index]) if (group.screens.has(screen)) return undefined;
			const shown = properties[index].displayOptions!.show!;
			const ownOperations = (shown.operation as string[]).map(String);
			for (const operation of ownOperations) operations.add(operation);
			for (const resource of (shown.resource as string[]).map(String)) own.set(resource, new Set([...(own.get(resource) ?? []), ...ownOperations]));
			if (kinds) {
				kinds = kindsOf(properties[index], kinds);
				if (!kinds) return undefined;
			}
		}
		for (const [resource, ops] of own) {
			const available = offered.get(resource);
			if (!available) return undefined;
			const visible = available.filter((operation) => operations.has(operation));
			if (visible.length !== ops.size || visible.some((operation) => !ops.has(operation))) return undefined;
		}
		// Merging two nodes joined by a chain of others would ask one property to come both before and after it.
		if (!independent([group.anchor, ...unit.filter((index) => index !== group.anchor)])) return undefined;
		return { operations: [...operations], own, kinds };
	};
	const join = (group: Group, unit: number[], joined: NonNullable<ReturnType<typeof fits>>) => {
		group.operations = joined.operations;
		group.own = joined.own;
		group.kinds = joined.kinds;
		for (const index of unit) {
			if (index === group.anchor) continue;
			const shown = properties[index].displayOptions!.show!;
			for (const resource of (shown.resource as string[]).map(String)) if (!group.resources.includes(resource)) group.resources.push(resource);
			group.members.push(index);
			for (const text of memberTexts[index]) group.texts.set(text, new Set([...(group.texts.get(text) ?? []), ...resourcesOf(index)]));
			for (const screen of screens[index]) group.screens.add(screen);
			// Fold the property's constraints into the anchor.
			for (const next of after[index]) {
				before[next].delete(index);
				if (next !== group.anchor) {
					before[next].add(group.anchor);
					after[group.anchor].add(next);
				}
			}
			for (const previous of before[index]) {
				after[previous].delete(index);
				if (previous !== group.anchor) {
					after[previous].add(group.anchor);
					before[group.anchor].add(previous);
				}
			}
			after[index].clear();
			before[index].clear();
			merged.add(group.anchor);
			absorbed.add(index);
		}
	};
	const start = (key: string, unit: number[]): boolean => {
		const anchor = unit[0];
		const shown = properties[anchor].displayOptions!.show!;
		const kinds = plain[anchor] ? kindsOf(properties[anchor]) : undefined;
		// A plain collection holding two different members of one name stays as it is.
		if (plain[anchor] && !kinds) return false;
		const group: Group = {
			anchor,
			resources: (shown.resource as string[]).map(String),
			operations: (shown.operation as string[]).map(String),
			own: new Map((shown.resource as string[]).map((resource) => [String(resource), new Set((shown.operation as string[]).map(String))])),
			screens: new Set(screens[anchor]),
			members: [anchor],
			kinds,
			texts: new Map([...memberTexts[anchor]].map((text) => [text, new Set(resourcesOf(anchor))])),
		};
		if (unit.length > 1) {
			const joined = fits(group, unit);
			if (!joined) return false;
			join(group, unit, joined);
		}
		groups.set(key, [...(groups.get(key) ?? []), group]);
		return true;
	};
	// Where collections hold one name in different kinds, the kind most screens have is preferred:
	// collections that agree with it are merged first, so they end up together.
	const kindWeights = new Map<string, number>();
	properties.forEach((property, index) => {
		if (!plain[index]) return;
		for (const member of (property.options ?? []) as INodeProperties[]) {
			const at = `${keys[index]}\u0000${member.name}\u0000${addedAs(member)}`;
			kindWeights.set(at, (kindWeights.get(at) ?? 0) + screens[index].size);
		}
	});
	const bestWeight = new Map<string, number>();
	for (const [at, weight] of kindWeights) {
		const name = at.slice(0, at.lastIndexOf('\u0000'));
		bestWeight.set(name, Math.max(bestWeight.get(name) ?? 0, weight));
	}
	const unusual = (index: number) =>
		plain[index]
			? ((properties[index].options ?? []) as INodeProperties[]).filter(
					(member) => kindWeights.get(`${keys[index]}\u0000${member.name}\u0000${addedAs(member)}`)! < bestWeight.get(`${keys[index]}\u0000${member.name}`)!,
				).length
			: 0;
	// Units: a resource's plain collections of one kind together, every other property alone.
	const units = new Map<string, number[]>();
	properties.forEach((property, index) => {
		if (keys[index] === undefined) return;
		const id = plain[index] ? `${keys[index]}\u0000${(property.displayOptions!.show!.resource as string[]).map(String).join(',')}` : `#${index}`;
		units.set(id, [...(units.get(id) ?? []), index]);
	});
	const score = (unit: number[]) => unit.reduce((sum, index) => sum + unusual(index), 0);
	const byScore = [...units.values()].map((unit) => ({ unit, score: score(unit) })).sort((a, b) => a.score - b.score || a.unit[0] - b.unit[0]);
	const place = (unit: number[]) => {
		const key = keys[unit[0]]!;
		if (!plain[unit[0]]) {
			for (const group of groups.get(key) ?? []) {
				const joined = fits(group, unit);
				if (joined) return join(group, unit, joined);
			}
			start(key, unit);
			return;
		}
		// A collection joins the fitting group where it costs the fewest bytes: a member the group holds
		// costs the resource's name in its rule, any other member its whole text and a rule, and a member
		// every resource of the group held but this one lacks now needs a rule. On its own it costs its
		// members and a collection of its own; it stays alone when that is cheaper.
		const texts = new Set(unit.flatMap((index) => [...memberTexts[index]]));
		const name = (properties[unit[0]].displayOptions!.show!.resource as string[]).join(',');
		const alone = textOf({ ...properties[unit[0]], options: [] }, functionIds).length + [...texts].reduce((sum, text) => sum + text.length + 1, 0);
		// Bytes a member's rule costs besides the resource names (about 45 written out; 30 gave the smallest Repzo and Cirrus).
		const RULE = 30;
		const costs = (groups.get(key) ?? []).map((group) => {
			let cost = name.length + 3;
			for (const text of texts) cost += group.texts.has(text) ? name.length + 3 : text.length + name.length + RULE;
			for (const [text, holders] of group.texts) if (!texts.has(text) && holders.size === group.resources.length) cost += name.length + RULE;
			return { group, cost };
		});
		// The cheapest group it fits (fitting is the costly check, so it is made in order of cost).
		let best: { group: Group; joined: NonNullable<ReturnType<typeof fits>>; cost: number } | undefined;
		for (const { group, cost } of costs.sort((x, y) => x.cost - y.cost)) {
			const joined = fits(group, unit);
			if (!joined) continue;
			best = { group, joined, cost };
			break;
		}
		if (best && best.cost <= alone) return join(best.group, unit, best.joined);
		if (start(key, unit)) return;
		if (best) return join(best.group, unit, best.joined);
		// A unit that cannot stay together goes property by property.
		if (unit.length > 1) for (const index of unit) place([index]);
	};
	for (const { unit } of byScore) place(unit);
	const byAnchor = new Map<number, Group>();
	for (const candidates of groups.values()) for (const group of candidates) byAnchor.set(group.anchor, group);
	const output = (index: number): INodeProperties => {
		const property = properties[index];
		const group = byAnchor.get(index);
		if (!group || !merged.has(index)) return property;
		const show = { ...property.displayOptions!.show, resource: group.resources, operation: group.operations };
		const shared = { ...property, displayOptions: { ...property.displayOptions, show } };
		if (group.kinds) shared.options = mergeMembers(properties, group, screens, functionIds);
		return shared;
	};
	// Order: every constraint kept, the earliest original place first where constraints leave it open.
	const waiting = properties.map((_property, index) => before[index].size);
	const ready = properties.map((_property, index) => index).filter((index) => !absorbed.has(index) && waiting[index] === 0);
	const ordered: INodeProperties[] = [];
	while (ready.length) {
		ready.sort((a, b) => a - b);
		const index = ready.shift()!;
		ordered.push(output(index));
		for (const next of after[index]) if (--waiting[next] === 0) ready.push(next);
	}
	if (ordered.length !== properties.length - absorbed.size) throw new Error('shareAcrossResources: the property order has a cycle');
	return ordered;
}

/**
 * A rule naming both resources and operations drops the resources when its operations already imply
 * them: every resource that offers one of those operations is listed. n8n then checks one list instead
 * of two, and the description gets smaller; the screens the rule shows on stay the same.
 */
export function dropImpliedResources(properties: INodeProperties[]): INodeProperties[] {
	const offeredBy = new Map<string, Set<string>>();
	for (const property of properties) {
		if (property.name !== 'operation') continue;
		for (const resource of (property.displayOptions?.show?.resource ?? []).map(String)) {
			for (const option of (property.options ?? []) as Array<{ value?: unknown }>) {
				const operation = String(option.value);
				offeredBy.set(operation, (offeredBy.get(operation) ?? new Set()).add(resource));
			}
		}
	}
	const pruned = <T extends { displayOptions?: INodeProperties['displayOptions'] }>(holder: T, resourceKey: string, operationKey: string): T => {
		const show = holder.displayOptions?.show;
		const resources = show?.[resourceKey];
		const operations = show?.[operationKey];
		if (!show || !resources || !operations) return holder;
		const listed = new Set(resources.map(String));
		const implied = operations.every((operation) => [...(offeredBy.get(String(operation)) ?? [])].every((resource) => listed.has(resource)));
		if (!implied) return holder;
		const rest = { ...show };
		delete rest[resourceKey];
		return { ...holder, displayOptions: { ...holder.displayOptions, show: rest } };
	};
	return properties.map((property) => {
		if (property.name === 'operation' || property.name === 'resource') return property;
		const own = pruned(property, 'resource', 'operation');
		if (own.type !== 'collection') return own;
		return { ...own, options: ((own.options ?? []) as INodeProperties[]).map((member) => pruned(member, '/resource', '/operation')) };
	});
}
