import type { INodeProperties } from 'n8n-workflow';

/**
 * Shrinks a built property list without changing what n8n sends or what any operation shows, in
 * what order. n8n ships every node description to the editor at start-up, so size counts:
 * - `send` routings that spell out the defaults (`value: '={{$value}}'`, and
 *   `propertyInDotNotation: false` on a name without dots) lose them;
 * - properties identical but for the resources they are shown for become one property that lists
 *   all those resources (e.g. one "Return All" for every "Get Many"), when every resource sees it
 *   for the same operations and nothing it shows moves relative to it.
 */
export function compactProperties(properties: INodeProperties[]): INodeProperties[] {
	const compacted = properties.map((property) => compactRouting(property) as INodeProperties);
	return mergeAcrossResources(compacted);
}

const PLAIN_NAME = /^[A-Za-z_$][\w$]*$/;

/** Copies only what changes: untouched branches (e.g. operation options) stay shared. */
function compactRouting(value: unknown): unknown {
	if (Array.isArray(value)) {
		const mapped = value.map(compactRouting);
		return mapped.some((entry, index) => entry !== value[index]) ? mapped : value;
	}
	if (!value || typeof value !== 'object' || typeof value === 'function') return value;
	let copy: Record<string, unknown> | undefined;
	for (const [key, entry] of Object.entries(value)) {
		if (key === 'options' && !Array.isArray(entry)) continue;
		const next = key === 'routing' ? compactSend(entry) : key === 'options' || key === 'values' ? compactRouting(entry) : entry;
		if (next !== entry) copy = { ...(copy ?? value), [key]: next };
	}
	return copy ?? value;
}

function compactSend(routing: unknown): unknown {
	const send = (routing as { send?: Record<string, unknown> } | undefined)?.send;
	if (!send || (send.type !== 'query' && send.type !== 'body') || typeof send.property !== 'string') return routing;
	const dropValue = send.value === '={{$value}}';
	const dropDotNotation = send.propertyInDotNotation === false && PLAIN_NAME.test(send.property);
	if (!dropValue && !dropDotNotation) return routing;
	const slim = { ...send };
	if (dropValue) delete slim.value;
	if (dropDotNotation) delete slim.propertyInDotNotation;
	return { ...(routing as object), send: slim };
}

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

function mergeAcrossResources(properties: INodeProperties[]): INodeProperties[] {
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
