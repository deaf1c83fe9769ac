/**
 * The one "Options" collection of the Cirrus node. It holds Fields to Return (the `X-Fields` mask)
 * wherever Cirrus documents the header, and takes in the options the builder made for single
 * operations (each shown only for its own operation), so no operation shows two Options collections.
 */
import type { INodeProperties } from 'n8n-workflow';

import { CUSTOM_API_CALL_RESOURCE } from '../shared/customApiCall';
import { cirrusCatalog, withoutFieldMask } from './catalog';
import { FIELD_MASK, sendFieldMask } from './hooks';

const pagedOperations = new Set(
	cirrusCatalog.operations.filter((op) => op.list?.pagination === 'page').map((op) => `${op.resource}.${op.operation}`),
);

const fieldsToReturn: INodeProperties = {
	displayName: 'Fields to Return',
	name: FIELD_MASK,
	type: 'string',
	default: '',
	placeholder: 'e.g. {id,name,user{id,name}}',
	description: 'Only these fields come back (the X-Fields mask, braces optional); on lists, in each record',
	routing: { send: { preSend: [sendFieldMask(pagedOperations)] } },
};

const hidden = { resource: [CUSTOM_API_CALL_RESOURCE, ...withoutFieldMask.resources], operation: withoutFieldMask.operations };

const isHidden = (resources: string[], operations: string[]) =>
	resources.some((resource) => hidden.resource.includes(resource)) || operations.some((operation) => hidden.operation.includes(operation));

/** Replaces the builder's per-operation Options collections by one shared collection that also holds Fields to Return. */
export function withOptionsCollection(properties: INodeProperties[]): INodeProperties[] {
	const options: INodeProperties[] = [fieldsToReturn];
	const rest = properties.filter((property) => {
		if (property.name !== 'options' || property.type !== 'collection') return true;
		// A rule without resources (its operations imply them, see dropImpliedResources) stays without.
		const listed = property.displayOptions?.show?.resource as string[] | undefined;
		const resources = listed ?? [];
		const operations = (property.displayOptions?.show?.operation ?? []) as string[];
		if (isHidden(resources, operations)) throw new Error(`Options of ${resources.join('/')}.${operations.join('/')} would be hidden with Fields to Return`);
		for (const option of property.options as INodeProperties[]) {
			options.push({ ...option, displayOptions: { show: listed ? { '/resource': resources, '/operation': operations } : { '/operation': operations } } });
		}
		return false;
	});
	return [
		...rest,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { hide: hidden },
			options,
		},
	];
}
