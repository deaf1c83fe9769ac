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

/** A stable text of a property minus its resource list; functions count by identity. */
function signature(property: INodeProperties, functionIds: Map<unknown, number>): string | undefined {
	const show = property.displayOptions?.show;
	if (!show?.resource || !show.operation || property.displayOptions?.hide) return undefined;
	const { resource: _resource, ...restShow } = show;
	void _resource;
	return JSON.stringify({ ...property, displayOptions: { show: restShow } }, (_key, entry: unknown) => {
		if (typeof entry !== 'function') return entry;
		if (!functionIds.has(entry)) functionIds.set(entry, functionIds.size);
		return `function#${functionIds.get(entry)}`;
	});
}

const overlaps = (a: string[] | undefined, b: string[] | undefined) => !a || !b || a.some((entry) => b.includes(entry));

/**
 * Properties identical but for the resources that show them become one property listing all those
 * resources (e.g. one "Return All" for every "Get Many"), when every resource shows it for the same
 * operations and nothing shown together with it changes order. What each operation shows, and in
 * what order, stays the same; the description n8n ships to the editor gets smaller.
 */
export function shareAcrossResources(properties: INodeProperties[]): INodeProperties[] {
	const functionIds = new Map<unknown, number>();
	const shown = properties.map(shownFor);
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
	const groups = new Map<string, Array<{ anchor: number; resources: string[] }>>();
	const absorbed = new Set<number>();
	const merged = new Map<number, string[]>();
	properties.forEach((property, index) => {
		const key = signature(property, functionIds);
		if (key === undefined) return;
		const candidates = groups.get(key) ?? [];
		const group = candidates.find((candidate) => !crosses(candidate.anchor, index));
		if (group) {
			group.resources.push(...shown[index].resources!);
			merged.set(group.anchor, group.resources);
			absorbed.add(index);
			position[index] = group.anchor;
			return;
		}
		candidates.push({ anchor: index, resources: [...shown[index].resources!] });
		groups.set(key, candidates);
	});
	return properties
		.map((property, index) => {
			const resources = merged.get(index);
			if (!resources) return property;
			return { ...property, displayOptions: { ...property.displayOptions, show: { ...property.displayOptions!.show, resource: resources } } };
		})
		.filter((_property, index) => !absorbed.has(index));
}
