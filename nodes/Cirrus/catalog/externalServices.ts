/** Person lookups (address, credit check) and the phone catalog. */
import type { OperationSpec } from '../../shared/catalog';
import { lookup, q, b } from './fields';
import { paths } from './paths';

export const externalServicesOperations: OperationSpec[] = [
	{
		resource: 'externalService',
		operation: 'lookUpAddress',
		name: 'Look Up Address',
		action: 'Look up address of person',
		description: 'Find the postal address registered for a personal identity number',
		method: 'POST',
		path: paths.externalService.lookUpAddress,
		fields: [
			b.text('person_number', 'Personal Identity Number', { required: true, placeholder: 'e.g. 198001011234' }),
		],
	},
	{
		resource: 'externalService',
		operation: 'checkCredit',
		name: 'Check Credit',
		action: 'Check credit of person',
		description: 'Run a credit check on a personal identity number',
		method: 'POST',
		path: paths.externalService.checkCredit,
		fields: [
			b.text('person_number', 'Personal Identity Number', { required: true, description: 'Twelve digits, year first', placeholder: 'e.g. 198001011234' }),
		],
	},
	{
		resource: 'phoneCatalog',
		operation: 'getBrands',
		name: 'Get Brands',
		action: 'Get phone brands',
		description: 'List phone brands',
		method: 'GET',
		path: paths.phoneCatalog.brands,
		list: lookup,
	},
	{
		resource: 'phoneCatalog',
		operation: 'getModels',
		name: 'Get Models',
		action: 'Get phone models',
		description: 'List phone models, optionally of one brand',
		method: 'GET',
		path: paths.phoneCatalog.models,
		list: lookup,
		fields: [
			q.number('brandid', 'Brand ID'),
		],
	},
	{
		resource: 'phoneCatalog',
		operation: 'getOptions',
		name: 'Get Options',
		action: 'Get phone model options',
		description: 'Retrieve the colors and sizes of a phone model',
		method: 'GET',
		path: paths.phoneCatalog.options,
		fields: [
			q.number('modelid', 'Model ID'),
		],
	},
	{
		resource: 'phoneCatalog',
		operation: 'getVariants',
		name: 'Get Variants',
		action: 'Get phone variants',
		description: 'List the priced variants of a phone model',
		method: 'GET',
		path: paths.phoneCatalog.variants,
		list: lookup,
		fields: [
			q.number('modelid', 'Model ID', { required: true }),
			q.number('colourid', 'Color ID'),
			q.number('sizeid', 'Size ID'),
		],
	},
];
