import type { INodeProperties } from 'n8n-workflow';

interface Shown {
	resources?: string[];
	operations?: string[];
}

function shownFor(property: INodeProperties): Shown {
	const show = property.displayOptions?.show;
	return {
		resources: show?.resource as string[] | undefined,
		operations: show?.operation as string[] | undefined,
	};
}

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

const overlaps = (a: string[] | undefined, b: string[] | undefined) => !a || !b || a.some((entry) => b.includes(entry));

interface Group {
	anchor: number;
	resources: string[];
	operations: string[];
	/** The operations each resource of the group shows the property for. */
	own: Map<string, Set<string>>;
}

/**
 * Properties identical but for the resources and operations that show them become one property
 * listing all those resources and operations (e.g. one "Return All" for every "Get Many"), when the
 * combined lists show it for no operation a resource offers that did not show it before, and nothing
 * shown together with it changes order. What each operation shows, and in what order, stays the same;
 * the description n8n ships to the editor gets smaller.
 */
export function shareAcrossResources(properties: INodeProperties[]): INodeProperties[] {
	const functionIds = new Map<unknown, number>();
	const shown = properties.map(shownFor);
	const offered = operationsByResource(properties);
	/** Where each property ends up: its own place, or that of the property it was merged into. */
	const position = properties.map((_property, index) => index);
	/** Whether moving the property at `to` up to `from` would pass something shown together with it. */
	const crosses = (from: number, to: number) => {
		const target = shown[to];
		for (let index = from + 1; index < to; index++) {
			if (position[index] < from) continue;
			if (overlaps(shown[index].resources, target.resources) && overlaps(shown[index].operations, target.operations)) return true;
		}
		return false;
	};
	/** Whether the group, joined by `index`, would still show the property exactly where it was shown. */
	const fits = (group: Group, index: number) => {
		const operations = [...new Set([...group.operations, ...shown[index].operations!])];
		const own = new Map([...group.own].map(([resource, ops]) => [resource, new Set(ops)]));
		for (const resource of shown[index].resources!) {
			own.set(resource, new Set([...(own.get(resource) ?? []), ...shown[index].operations!]));
		}
		for (const [resource, ops] of own) {
			const available = offered.get(resource);
			const visible = available ? available.filter((operation) => operations.includes(operation)) : operations;
			if (visible.length !== ops.size || visible.some((operation) => !ops.has(operation))) return undefined;
			if (!available && [...ops].some((operation) => !operations.includes(operation))) return undefined;
		}
		return { operations, own };
	};
	const groups = new Map<string, Group[]>();
	const absorbed = new Set<number>();
	const merged = new Set<number>();
	properties.forEach((property, index) => {
		const key = signature(property, functionIds);
		if (key === undefined) return;
		const candidates = groups.get(key) ?? [];
		for (const group of candidates) {
			if (crosses(group.anchor, index)) continue;
			const joined = fits(group, index);
			if (!joined) continue;
			for (const resource of shown[index].resources!) if (!group.resources.includes(resource)) group.resources.push(resource);
			group.operations = joined.operations;
			group.own = joined.own;
			merged.add(group.anchor);
			shown[group.anchor] = { resources: group.resources, operations: group.operations };
			absorbed.add(index);
			position[index] = group.anchor;
			return;
		}
		const own = new Map(shown[index].resources!.map((resource) => [resource, new Set(shown[index].operations!)]));
		candidates.push({ anchor: index, resources: [...shown[index].resources!], operations: [...shown[index].operations!], own });
		groups.set(key, candidates);
	});
	const byAnchor = new Map<number, Group>();
	for (const candidates of groups.values()) for (const group of candidates) byAnchor.set(group.anchor, group);
	return properties
		.map((property, index) => {
			const group = byAnchor.get(index);
			if (!group || !merged.has(index)) return property;
			const show = { ...property.displayOptions!.show, resource: group.resources, operation: group.operations };
			return { ...property, displayOptions: { ...property.displayOptions, show } };
		})
		.filter((_property, index) => !absorbed.has(index));
}
