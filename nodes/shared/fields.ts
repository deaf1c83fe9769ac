/** Catalog fields as n8n inputs: labels, parameter names, input types and their options. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { FieldSpec } from './catalog';

/** `crm_type` → `Crm Type`, `partnerId` → `Partner ID`. */
export function titleCase(wireName: string): string {
	return wireName
		.replace(/^_+/, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(/[_\s.-]+/)
		.filter(Boolean)
		.map((word) => {
			const lower = word.toLowerCase();
			if (lower === 'id') return 'ID';
			if (lower === 'ids') return 'IDs';
			if (lower === 'url') return 'URL';
			return lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.join(' ');
}

/** The n8n parameter name of a field: a safe identifier, stable for a given wire name. */
export function parameterKey(field: FieldSpec): string {
	return field.key ?? field.name.replace(/[^A-Za-z0-9_]/g, '_');
}

export function fieldLabel(field: FieldSpec): string {
	return field.label ?? titleCase(field.name);
}

/** Whether a node of this version shows the field (`FieldSpec.versions`); the engine drops a hidden one's value. */
export function inVersion(field: FieldSpec, version: number | undefined): boolean {
	return !field.versions || field.versions.includes(version ?? 1);
}

function sortedOptions(field: FieldSpec): INodePropertyOptions[] {
	return (field.options ?? [])
		.map((option) => {
			const mapped: INodePropertyOptions = { name: option.name, value: option.value };
			if (option.description) mapped.description = option.description;
			return mapped;
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

const LIST_HINT = 'Separate values with commas';

/** The n8n input for one catalog field, without routing or display rules. */
export function fieldInput(field: FieldSpec): INodeProperties {
	return fieldInputWith(field, fieldInput);
}

/** `fieldInput`, with `memberInput` making the inputs of an `entries` field's entry (the builder's also makes pickers). */
export function fieldInputWith(field: FieldSpec, memberInput: (member: FieldSpec) => INodeProperties): INodeProperties {
	const property: INodeProperties = {
		displayName: fieldLabel(field),
		name: parameterKey(field),
		type: 'string',
		default: '',
	};
	switch (field.kind) {
		case 'number':
		case 'idReference':
			// n8n never flags an empty number, and 0 is no answer: a required number without a real
			// default is typed as text (checked and converted before sending), so n8n flags it when empty.
			if (field.required && field.default === undefined) break;
			property.type = 'number';
			property.default = field.default ?? (field.required ? undefined : 0);
			if (property.default === undefined) property.default = 0;
			// Only decimals say how many digits; whole numbers need no type options (35 bytes per field in the description).
			property.typeOptions = field.numberPrecision ? { numberPrecision: field.numberPrecision } : {};
			if (field.minValue !== undefined) property.typeOptions.minValue = field.minValue;
			if (field.maxValue !== undefined) property.typeOptions.maxValue = field.maxValue;
			if (Object.keys(property.typeOptions).length === 0) delete property.typeOptions;
			break;
		case 'boolean':
			property.type = 'boolean';
			property.default = field.default ?? false;
			break;
		case 'options':
			property.type = 'options';
			property.options = sortedOptions(field);
			property.default = field.default ?? field.options?.[0]?.value ?? '';
			break;
		case 'multiOptions':
			property.type = 'multiOptions';
			property.options = sortedOptions(field);
			property.default = field.default ?? [];
			break;
		case 'dateTime':
			property.type = 'dateTime';
			property.default = field.default ?? '';
			break;
		case 'json':
			property.type = 'json';
			property.default = field.default ?? (field.jsonKind === 'array' ? '[]' : '{}');
			break;
		case 'stringList':
		case 'numberList':
			property.default = field.default ?? '';
			property.hint = field.hint ?? LIST_HINT;
			break;
		case 'entries': {
			const entry = field.entries;
			if (!entry) throw new Error(`Field ${field.name} is a list of entries but does not say what an entry holds`);
			property.type = 'fixedCollection';
			property.typeOptions = { multipleValues: true };
			property.placeholder = `Add ${entry.label}`;
			property.default = {};
			property.options = [{ name: entry.name, displayName: entry.label, values: entry.fields.map(memberInput) }];
			break;
		}
		default:
			property.default = field.default ?? '';
	}
	if (field.required) property.required = true;
	if (field.description) property.description = field.description;
	if (field.hint) property.hint = field.hint;
	if (field.placeholder) property.placeholder = field.placeholder;
	return property;
}
