/** Keeps the node description small: inputs that several resources show identically become one property. */
import type { INodeProperties } from 'n8n-workflow';

/** A stable text of a property minus its resource and operation lists; functions count by identity. */
function signature(property: INodeProperties, functionIds: Map<unknown, number>): string | undefined {
	const show = property.displayOptions?.show;
	if (!show?.resource || !show.operation || property.displayOptions?.hide) return undefined;
	const { resource: _resource, operation: _operation, ...restShow } = show;
	void _resource;
	void _operation;
	return JSON.stringify({ ...property, displayOptions: { show: restShow } }, (_key, entry: unknown) => {
		if (typeof entry !== 'function') return entry;
		if (!functionIds.has(entry)) functionIds.set(entry, functionIds.size);
		return `function#${functionIds.get(entry)}`;
	});
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
}

/**
 * Properties identical but for the resources and operations that show them become one property
 * listing all those resources and operations (e.g. one "Return All" for every "Get Many"), when the
 * combined lists show it on no screen that did not show it before. The properties are then put in an
 * order that keeps, on every resource/operation screen, the order they had there (the earliest first
 * where screens leave it open); a merge that no order could satisfy is not made. What each operation
 * shows, and in what order, stays the same; the description n8n ships to the editor gets smaller.
 */
export function shareAcrossResources(properties: INodeProperties[]): INodeProperties[] {
	const functionIds = new Map<unknown, number>();
	const offered = operationsByResource(properties);
	const allResources = [...new Set(properties.flatMap((property) => ((property.displayOptions?.show?.resource as string[] | undefined) ?? []).map(String)))];
	const screens = properties.map((property) => screensOf(property, offered, allResources));
	// Node of each property (merged properties share their group's anchor) and the order constraints:
	// on every screen, each property comes after the one shown before it.
	const node = properties.map((_property, index) => index);
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
	const fits = (group: Group, index: number) => {
		for (const screen of screens[index]) if (group.screens.has(screen)) return undefined;
		const shown = properties[index].displayOptions!.show!;
		const ownOperations = (shown.operation as string[]).map(String);
		const operations = [...new Set([...group.operations, ...ownOperations])];
		const own = new Map([...group.own].map(([resource, ops]) => [resource, new Set(ops)]));
		for (const resource of (shown.resource as string[]).map(String)) own.set(resource, new Set([...(own.get(resource) ?? []), ...ownOperations]));
		for (const [resource, ops] of own) {
			const available = offered.get(resource);
			if (!available) return undefined;
			const visible = available.filter((operation) => operations.includes(operation));
			if (visible.length !== ops.size || visible.some((operation) => !ops.has(operation))) return undefined;
		}
		// Merging two nodes joined by a chain of others would ask one property to come both before and after it.
		if (reaches(group.anchor, index) || reaches(index, group.anchor)) return undefined;
		return { operations, own };
	};
	const groups = new Map<string, Group[]>();
	const absorbed = new Set<number>();
	const merged = new Set<number>();
	properties.forEach((property, index) => {
		const key = signature(property, functionIds);
		if (key === undefined) return;
		const shown = property.displayOptions!.show!;
		const candidates = groups.get(key) ?? [];
		for (const group of candidates) {
			const joined = fits(group, index);
			if (!joined) continue;
			for (const resource of (shown.resource as string[]).map(String)) if (!group.resources.includes(resource)) group.resources.push(resource);
			group.operations = joined.operations;
			group.own = joined.own;
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
			node[index] = group.anchor;
			merged.add(group.anchor);
			absorbed.add(index);
			return;
		}
		const own = new Map((shown.resource as string[]).map((resource) => [String(resource), new Set((shown.operation as string[]).map(String))]));
		candidates.push({ anchor: index, resources: (shown.resource as string[]).map(String), operations: (shown.operation as string[]).map(String), own, screens: new Set(screens[index]) });
		groups.set(key, candidates);
	});
	const byAnchor = new Map<number, Group>();
	for (const candidates of groups.values()) for (const group of candidates) byAnchor.set(group.anchor, group);
	const output = (index: number): INodeProperties => {
		const property = properties[index];
		const group = byAnchor.get(index);
		if (!group || !merged.has(index)) return property;
		const show = { ...property.displayOptions!.show, resource: group.resources, operation: group.operations };
		return { ...property, displayOptions: { ...property.displayOptions, show } };
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
