/**
 * The polling triggers' Filters shared across events (few collections whose members carry `/event`
 * rules instead of one collection per list): read through n8n's own display rules and parameter
 * resolution, every event offers exactly the filters its own collection offered, and a saved
 * workflow keeps exactly the filter values it kept before.
 */
import { NodeHelpers } from 'n8n-workflow';
import type { INode, INodeParameters, INodeProperties, INodeTypeDescription, INodePropertyOptions } from 'n8n-workflow';

import { CirrusTrigger } from '../../nodes/Cirrus/CirrusTrigger.node';
import { cirrusCatalog } from '../../nodes/Cirrus/catalog';
import { EnappsTrigger } from '../../nodes/Enapps/EnappsTrigger.node';
import { enappsCatalog } from '../../nodes/Enapps/catalog';
import { GuardantTrigger } from '../../nodes/Guardant/GuardantTrigger.node';
import { guardantCatalog } from '../../nodes/Guardant/catalog';
import { QuinceTrigger } from '../../nodes/Quince/QuinceTrigger.node';
import { quinceCatalog } from '../../nodes/Quince/catalog';
import { RepzoTrigger } from '../../nodes/Repzo/RepzoTrigger.node';
import { repzoCatalog } from '../../nodes/Repzo/catalog';
import type { VendorCatalog } from '../../nodes/shared/catalog';
import { buildTrigger } from '../../nodes/shared/triggerBuilder';

interface Case {
	description: INodeTypeDescription;
	/** The same trigger with one Filters collection per list, as it was built before. */
	perEvent: INodeProperties[];
}

function triggerCase(description: INodeTypeDescription, catalog: VendorCatalog): Case {
	// Properties before Event are the node's leading ones (Cirrus's Authentication).
	const leadingProperties = description.properties.slice(0, description.properties.findIndex((property) => property.name === 'event'));
	return { description, perEvent: buildTrigger({ catalog, leadingProperties }, { shareAcrossEvents: false }).properties };
}

const cases: Array<[string, Case]> = [
	['Repzo Trigger', triggerCase(new RepzoTrigger().description, repzoCatalog)],
	['Cirrus Trigger', triggerCase(new CirrusTrigger().description, cirrusCatalog)],
	['Enapps ERP Trigger', triggerCase(new EnappsTrigger().description, enappsCatalog)],
	['Guardant Trigger', triggerCase(new GuardantTrigger().description, guardantCatalog)],
	['QUINCE Trigger', triggerCase(new QuinceTrigger().description, quinceCatalog)],
];

const eventsOf = (description: INodeTypeDescription) =>
	((description.properties.find((property) => property.name === 'event')!.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));

const nodeWith = (description: INodeTypeDescription, parameters: INodeParameters): INode => ({
	id: 'trigger',
	name: 'Trigger',
	type: description.name,
	typeVersion: 1,
	position: [0, 0],
	parameters,
});

/** A member as the user gets it: everything but its display rules. */
function asOffered(member: INodeProperties): string {
	const { displayOptions: _rules, ...rest } = member;
	void _rules;
	return JSON.stringify(rest);
}

/**
 * What the panel shows for one event, as n8n's editor decides it: the top-level inputs shown
 * (`displayParameter`) and, for a collection, the members its "Add" list offers (`displayParameterPath`
 * on the collection's path, as the editor's collection input asks).
 */
function panel(properties: INodeProperties[], description: INodeTypeDescription, event: string): string[] {
	const described = { ...description, properties };
	const node = nodeWith(described, { event });
	const values = NodeHelpers.getNodeParameters(properties, { event }, true, false, node, described)!;
	return properties
		.filter((property) => NodeHelpers.displayParameter(values, property, node, described))
		.map((property) => {
			if (property.type !== 'collection') return asOffered(property);
			const members = ((property.options ?? []) as INodeProperties[]).filter((member) =>
				NodeHelpers.displayParameterPath({ parameters: values } as never, member, `parameters.${property.name}`, node, described),
			);
			return `${asOffered({ ...property, options: [] })}: ${members.map(asOffered).join('\n')}`;
		});
}

describe.each(cases)('%s with Filters shared across events', (_name, { description, perEvent }) => {
	const events = eventsOf(description);

	test('every event shows the same inputs, in the same order, and offers the same filters as with a collection per event', () => {
		for (const event of events) expect([event, panel(description.properties, description, event)]).toEqual([event, panel(perEvent, description, event)]);
	});

	test('a saved workflow keeps the same filter values for every event (n8n drops those of other events alike)', () => {
		// Every filter name any event offers, set, as a workflow saved after switching events may hold them.
		const everyFilter: INodeParameters = {};
		for (const property of perEvent) if (property.name === 'filters') for (const member of (property.options ?? []) as INodeProperties[]) everyFilter[member.name] = `value of ${member.name}`;
		for (const event of events) {
			const saved = { event, filters: everyFilter };
			const resolve = (properties: INodeProperties[]) => {
				const described = { ...description, properties };
				return NodeHelpers.getNodeParameters(properties, saved, false, false, nodeWith(described, saved), described)?.filters;
			};
			expect([event, resolve(description.properties)]).toEqual([event, resolve(perEvent)]);
		}
	});
});

test('Repzo Trigger: few Filters collections, each adding a filter of one name the same way whichever event shows it', () => {
	const { description } = new RepzoTrigger();
	const collections = description.properties.filter((property) => property.name === 'filters');
	expect(collections.length).toBeLessThan(57 / 4);
	// n8n 1.x adds a member with the default (and list-ness) of the first member of its name, shown or not.
	for (const collection of collections) {
		const kinds = new Map<string, Set<string>>();
		for (const member of (collection.options ?? []) as INodeProperties[]) {
			kinds.set(member.name, (kinds.get(member.name) ?? new Set()).add(JSON.stringify([member.default, member.typeOptions?.multipleValues === true])));
		}
		expect([...kinds].filter(([, added]) => added.size > 1)).toEqual([]);
	}
	for (const event of eventsOf(description)) {
		const shown = panel(description.properties, description, event).filter((line) => line.startsWith('{"displayName":"Filters"'));
		expect([event, shown.length]).toEqual([event, 1]);
	}
});
