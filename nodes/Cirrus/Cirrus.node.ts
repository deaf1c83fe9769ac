import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { buildCustomOperations } from '../shared/customOperations';
import { buildPickerMethods } from '../shared/pickers';
import { buildMappingMethods } from '../shared/resourceMapper';
import { requestDefaultsOf } from '../shared/request/sender';
import { cirrusCatalog, dynamicFieldFilterResources } from './catalog';
import { DYNAMIC_FIELD_FILTERS, sendDynamicFieldFilters } from './hooks';
import { dynamicColumns } from './mapper';
import { withOptionsCollection } from './options';

const authentication: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'API Token', value: 'apiToken', description: 'A Cirrus API token, sent as X-Token' },
		{ name: 'OAuth2', value: 'oAuth2', description: 'A client ID and secret from Cirrus, sent as a bearer token' },
	],
	default: 'apiToken',
};

const dynamicFieldFilters: INodeProperties = {
	displayName: 'Dynamic Field Filters',
	name: DYNAMIC_FIELD_FILTERS,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Dynamic Field Filter',
	description: 'Only records whose dynamic (custom) field has the given value',
	default: {},
	displayOptions: { show: { resource: dynamicFieldFilterResources, operation: ['getMany'] } },
	options: [
		{
			displayName: 'Filter',
			name: 'filter',
			values: [
				{
					displayName: 'Dynamic Field ID',
					name: 'fieldId',
					type: 'number',
					default: 0,
					description: 'Dynamic Field → Get Many lists the IDs',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
	routing: { send: { preSend: [sendDynamicFieldFilters] } },
};

export class Cirrus implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cirrus',
		name: 'cirrus',
		icon: { light: 'file:../../icons/cirrus.svg', dark: 'file:../../icons/cirrus.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with accounts, contacts, activities, leads, opportunities, orders, quotes and more in the Cirrus sales CRM',
		defaults: { name: 'Cirrus' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: cirrusCatalog.connection.credentials,
		requestDefaults: requestDefaultsOf(cirrusCatalog.connection),
		properties: withOptionsCollection(
			buildProperties(cirrusCatalog, {
				leadingProperties: [authentication],
				// The CRM's everyday records, first in the Resource list and in n8n's node panel.
				leadingResources: ['account', 'contact', 'order', 'activity', 'opportunity'],
				trailingProperties: [dynamicFieldFilters],
			}),
		),
	};

	methods = { ...buildPickerMethods(cirrusCatalog), resourceMapping: buildMappingMethods(cirrusCatalog, dynamicColumns) };

	// Lists (and batch writes) run as custom operations: see nodes/shared/customOperations.ts.
	customOperations = buildCustomOperations(cirrusCatalog, this.description);
}
