/**
 * The node description as the editor receives it: light enough, every catalog operation in the
 * dropdowns, and the size reductions change nothing any operation shows.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Repzo } from '../../nodes/Repzo/Repzo.node';
import { generatedOperations } from '../../nodes/Repzo/catalog/generated';
import { repzoProperties } from '../../nodes/Repzo/properties';

const description = new Repzo().description;
const properties = description.properties;

type Context = Record<string, string | boolean>;

function isShown(property: INodeProperties, context: Context): boolean {
	const show = property.displayOptions?.show ?? {};
	return Object.entries(show).every(([key, values]) => (values as unknown[]).includes(context[key]));
}

/** Whether a collection member's own rules (on `/resource` and `/operation`) show it in this context. */
function isMemberShown(member: INodeProperties, context: Context): boolean {
	const value = (key: string) => context[key.replace(/^\//, '')];
	const { show = {}, hide = {} } = member.displayOptions ?? {};
	return Object.entries(show).every(([key, values]) => (values as unknown[]).includes(value(key))) && !Object.entries(hide).some(([key, values]) => (values as unknown[]).includes(value(key)));
}

/** What one operation shows, in order (collection members too), without the display rules themselves. */
function view(list: INodeProperties[], context: Context): string[] {
	return list.filter((property) => isShown(property, context)).map(({ displayOptions: _rules, ...rest }) => {
		void _rules;
		if (rest.type === 'collection') {
			rest.options = ((rest.options ?? []) as INodeProperties[]).filter((member) => isMemberShown(member, context)).map(({ displayOptions: _own, ...member }) => {
				void _own;
				return member;
			});
		}
		return JSON.stringify(rest, (key, value: unknown) => {
			if (typeof value === 'function') return 'function';
			// Defaults spelled out (value '={{$value}}', no dot notation for a plain name) mean the same as left out.
			if (key === 'send' && value && typeof value === 'object') {
				const { value: sent, propertyInDotNotation, ...send } = value as Record<string, unknown>;
				const plain = typeof send.property === 'string' && /^[A-Za-z_$][\w$]*$/.test(send.property);
				return { ...send, ...(sent !== undefined && sent !== '={{$value}}' ? { value: sent } : {}), ...(propertyInDotNotation === false && !plain ? { propertyInDotNotation } : {}) };
			}
			return value;
		});
	});
}

const contexts: Context[] = generatedOperations.flatMap((op) =>
	[
		{ bodyMode: 'fields', returnAll: false },
		{ bodyMode: 'json', returnAll: true },
	].map((extra) => ({ resource: op.resource, operation: op.operation, ...extra })),
);

test('the description stays within Repzo\'s budget of 700 KB (issue 11)', () => {
	const bytes = JSON.stringify(description).length;
	console.log(`Repzo description: ${bytes} bytes, ${properties.length} properties`);
	expect(bytes).toBeLessThanOrEqual(700_000);
});

test('at least 85 % of the inputs carry a description or hint, in our own words', () => {
	let inputs = 0;
	let described = 0;
	const walk = (list: unknown[]) => {
		for (const entry of list as Array<INodeProperties & { values?: unknown[] }>) {
			if (!entry || typeof entry !== 'object' || !('name' in entry)) continue;
			if (entry.type && !['resource', 'operation'].includes(entry.name) && !['notice', 'hidden'].includes(entry.type)) {
				if (entry.type !== 'collection' && entry.type !== 'fixedCollection') {
					inputs++;
					if (entry.description || entry.hint) described++;
				}
			}
			if (Array.isArray(entry.options)) walk(entry.options);
			if (Array.isArray(entry.values)) walk(entry.values);
		}
	};
	walk(properties);
	console.log(`Repzo described inputs: ${described} of ${inputs} (${((described / inputs) * 100).toFixed(1)} %)`);
	expect(described / inputs).toBeGreaterThanOrEqual(0.85);
});

test('every catalog operation is in its resource dropdown', () => {
	const offered = new Set<string>();
	for (const property of properties.filter((candidate) => candidate.name === 'operation')) {
		const resource = (property.displayOptions?.show?.resource as string[])[0];
		for (const option of property.options as INodePropertyOptions[]) offered.add(`${resource}.${String(option.value)}`);
	}
	for (const op of generatedOperations) expect(offered.has(`${op.resource}.${op.operation}`)).toBe(true);
});

test('sharing properties across resources changes nothing an operation shows, nor its order', () => {
	const raw = repzoProperties({ shareAcrossResources: false });
	for (const context of contexts) expect([context, view(properties, context)]).toEqual([context, view(raw, context)]);
});

test('no operation shows two parameters of the same name', () => {
	for (const context of contexts) {
		const names = properties.filter((property) => isShown(property, context)).map((property) => property.name);
		expect([context, names.filter((name, index) => names.indexOf(name) !== index)]).toEqual([context, []]);
	}
});

test('Other Filters is offered on list operations only', () => {
	for (const op of generatedOperations) {
		const shown = properties.some((property) => property.name === 'otherFilters' && isShown(property, { resource: op.resource, operation: op.operation }));
		expect([op.resource, op.operation, shown]).toEqual([op.resource, op.operation, op.list !== undefined]);
	}
});

/** Every input of the description, collection members included. */
function allInputs(list: INodeProperties[]): INodeProperties[] {
	return list.flatMap((property) => [property, ...(property.type === 'collection' ? allInputs((property.options ?? []) as INodeProperties[]) : [])]);
}

test('a typed list filter says once how to fill it: a hint under the input, no description repeating it', () => {
	const listFilters = allInputs(properties).filter((property) => property.hint === 'Match any of these values, separated by commas');
	expect(listFilters.length).toBeGreaterThan(50);
	for (const property of listFilters) expect([property.displayName, property.type, property.description]).toEqual([property.displayName, 'string', undefined]);
});

test('a filter picked from a dropdown asks for no commas', () => {
	const dropdowns = allInputs(properties).filter((property) => property.type === 'multiOptions' || property.type === 'options');
	expect(dropdowns.filter((property) => /commas/.test(property.hint ?? '')).map((property) => property.displayName)).toEqual([]);
	expect(allInputs(properties).find((property) => property.name === 'tag' && property.type === 'multiOptions')?.description).toBe('Match any of the chosen values');
});

test('decimal number fields keep the decimals typed (no fixed precision) and still read "a number"', () => {
	const fields = generatedOperations.flatMap((op) => op.fields ?? []);
	expect(fields.filter((field) => field.numberPrecision !== undefined).map((field) => field.name)).toEqual([]);
	const numbers = allInputs(properties).filter((property) => property.type === 'number');
	expect(numbers.some((property) => /, a number\b/.test(property.description ?? ''))).toBe(true);
	expect(numbers.some((property) => /, a whole number\b/.test(property.description ?? ''))).toBe(true);
});
