/**
 * Descriptions shared by every Cirrus field that has none of its own, so the same field reads the same
 * everywhere and the text lives once. A field's own `description` or `hint` always wins.
 * - ID fields get a hint naming the list that shows the IDs (`From Account → Get Many`), found from the
 *   catalog's own list operations.
 * - Other fields take their text from the tables below, by label; where a label means two things, by
 *   `resource/Label`, `Label [wire name]` or `Label:kind`.
 */
import type { FieldSpec, OperationSpec, ResourceSpec, VendorCatalog } from '../../shared/catalog';
import { fieldLabel } from '../../shared/fields';

/** Words in front of a record name that say which role the record plays: "Owner User ID" is a user. */
const ROLES = ['Owner', 'Supplier', 'Parent', 'Source', 'Target', 'Second', 'Manager', 'Responsible', 'Service Responsible', 'Challenged', 'Challenger', 'Winner', 'Superior', 'Primary', 'Finance', 'Alternate'];

/** By label, for fields sent in the body (create and update). */
const BODY: Record<string, string> = {
	'Account Number': 'Your number for the account',
	Active: 'Whether it is in use; turn off to retire it without deleting it',
	'Alternate User Follow-Ups': 'Follow-ups the alternate user gets for this type',
	'Alternative Name': 'A second name, e.g. a trading name',
	'Alternative Value': 'A second value of your own, e.g. margin',
	'Result:number': 'Result of the mission for the record',
	'Value:string': 'Value of the relation',
	'Related Record Type': 'Kind of record to link',
	'Alternative Value Label': 'What Alternative Value stands for',
	'Article Number': 'Your number for the article',
	Area: 'Area of one unit',
	Budget: 'Budget amount for the month',
	'Category Type': 'Which list the category belongs to',
	Closed: 'Whether it is done (closed) or still open',
	Comment: 'Free text about the follow-up',
	Commission: 'Commission on the article',
	Company: 'Company of the lead contact',
	'Currency Code': 'Currency of the prices, e.g. SEK',
	'Currency Rate': 'Exchange rate to your base currency',
	Currency: 'Default currency, e.g. SEK',
	Days: 'Days until payment is due',
	Default: 'Whether it is preselected on new records',
	'Default Description': 'Description new activities of this type start with',
	'Default Result': 'Result new activities of this type start with',
	Delivered: 'Whether the order has been delivered',
	'Delivery City': 'City of the delivery address',
	'Delivery Country': 'Country of the delivery address',
	'Delivery Date': 'When the goods are delivered',
	'Delivery Name': 'Recipient on the delivery address',
	'Delivery Postal Code': 'Postal code of the delivery address',
	'Delivery Street': 'Street of the delivery address',
	Department: 'Department the person works in',
	Discount: 'Discount on the article',
	Discounted: 'Whether a discount applies',
	Done: 'Whether the follow-up is done',
	'Email Settings': 'Email settings of the user, as a JSON object',
	'Estimated End Date': 'When you expect the deal to close',
	'External Comment': 'Comment the customer sees',
	'Extra Code': 'A free code of your own',
	Financed: 'Whether the contract is financed',
	'Follow-Up': 'When to follow up',
	Function: 'Role of the person, e.g. purchaser',
	'ID Number': 'Personal or company identity number',
	'Image URL': 'Address of the article image',
	'In Campaign': 'Whether the article is on campaign',
	Info: 'Free-text notes',
	'Install Date': 'When the object was installed',
	'Internal Comment': 'Comment only your team sees',
	'Invoice City': 'City of the invoice address',
	'Invoice Country': 'Country of the invoice address',
	'Invoice Date': 'When the order was invoiced',
	'Invoice Email': 'Address the invoice goes to',
	'Invoice Name': 'Recipient on the invoice address',
	'Invoice Number': 'Number of the invoice billed for the order',
	'Invoice Postal Code': 'Postal code of the invoice address',
	'Invoice Street': 'Street of the invoice address',
	'Job Title': 'Title of the person, e.g. CEO',
	Language: 'Language of the user',
	Location: 'Where it takes place or is placed',
	Marking: 'Customer marking, e.g. their order reference',
	'Max Quantity': 'Largest quantity of the bracket',
	'Meta Type': 'What a quote in this status counts as',
	'Min Quantity': 'Smallest quantity of the bracket',
	Month: 'Month, 1 to 12',
	Note: 'Free-text note',
	Number: 'Your number for the record',
	'Office Phone': 'Phone number at the office',
	'Order Start Date': 'First day of the first order',
	PDF: 'Address of a PDF about the mission',
	'Pipeline Budget': 'Pipeline value to reach in the month',
	'Place Date': 'When the order was placed',
	Presentation: 'Longer presentation text',
	'article/Price': 'Price per unit',
	'order/Price': 'Price of the order',
	'quote/Price': 'Price of the quote',
	'Primary Contact': "Whether this is the account's main contact",
	Properties: 'User properties, as a JSON object',
	'Purchase Price': 'What one unit costs you',
	Rating: 'Your rating of the lead, as a number',
	'Reference Code': 'A reference code of your own',
	Result: 'Outcome, written when it is done',
	Script: 'Script for whoever runs the mission',
	'Second Number': 'A second number, e.g. from a partner',
	'Serial Number': 'Serial number of the object',
	'Sort Order': 'Lowest first',
	'Statistics Price': 'Price counted in statistics',
	Step: 'Position of the status in the order flow',
	'Stock Balance': 'Units in stock',
	'Stock Warning Threshold': 'Stock level that raises a warning',
	'Supplier Article Number': "The article's number in the supplier's catalog",
	'Supplier Name': 'Name of the supplier you buy the article from',
	Terms: 'Terms of the mission',
	'Type [type]': 'Type of the connected record',
	'URL 1': 'A web address about the article',
	'URL 2': 'A web address about the article',
	URL: 'A web address about the object',
	'Valid From': 'First day the prices apply',
	'Valid To': 'Last day the prices apply',
	'Valid Until': 'Last day the offer stands',
	Value: 'Value in your currency',
	'VAT Number': 'VAT registration number',
	'VAT Rate': 'VAT rate of the article',
	Video: 'Address of a video about the mission',
	Volume: 'Volume of one unit',
	Year: 'Year, e.g. 2025',
	'Created At': 'When the connection was made',
	'Updated At': 'When the connection last changed',
	'Personal Identity Number': 'Swedish personal identity number, e.g. 19121212-1212',
	'Order Reference': 'Order reference BankID returned',
	'Contact City': 'City of the lead contact',
	'Contact Email': 'Email of the lead contact',
	'Contact Mobile Phone': 'Mobile of the lead contact',
	'Contact Name': 'First name of the lead contact',
	'Contact Phone': 'Phone of the lead contact',
	'Contact Postal Code': 'Postal code of the lead contact',
	'Contact Street': 'Street of the lead contact',
	'Contact Surname': 'Surname of the lead contact',
	'Contact Title': 'Job title of the lead contact',
	'Contact VAT Number': 'VAT number of the lead company',
	'User Follow-Ups': 'Follow-ups the owner gets for this type',
	'Alternate ID': 'A second ID, e.g. from an import',
	'Connected Record ID': 'ID of the record to connect',
	'Other Record ID': 'ID of the connected record',
	'Extras External ID': 'ID of the activity in an external system',
	'Currency ID': 'ID of the currency of the prices',
	'Signature ID': 'ID of the BankID signature',
	'Customer ID': 'ID of the customer to check',
	Email: 'Email address',
	Phone: 'Phone number with country code, e.g. +46 8 123 45 67',
	'Mobile Phone': 'Mobile number with country code, e.g. +46 70 123 45 67',
	Fax: 'Fax number with country code',
	Website: 'Website address',
	Facebook: 'Facebook page address',
	LinkedIn: 'LinkedIn page address',
	Twitter: 'Twitter (X) account address',
};

/** By label, for filters sent in the query (lists). */
const QUERY: Record<string, string> = {
	Active: 'Active or inactive only',
	Closed: 'Only closed or only open records',
	Default: 'Default (Yes) or not (No)',
	Done: 'Only done or only open follow-ups',
	'Primary Contact': 'Only main contacts (Yes) or the others (No)',
	Strict: 'Only strict or only non-strict price lists',
	'Date From': 'Only orders placed on or after this day',
	'Date To': 'Only orders placed on or before this day',
	'Delivery Date From': 'Only quotes delivered on or after this day',
	'Delivery Date To': 'Only quotes delivered on or before this day',
	'Place Date From': 'Only quotes placed on or after this day',
	'Place Date To': 'Only quotes placed on or before this day',
	'Valid Until From': 'Only quotes valid until this day or later',
	'Valid Until To': 'Only quotes valid until this day or earlier',
	'Start From': 'Only activities starting on or after this',
	'End To': 'Only activities ending on or before this',
	'From Month': 'First month, 1 to 12',
	'From Year': 'First year, e.g. 2025',
	'To Year': 'Last year, e.g. 2025',
	'To Month': 'Last month, 1 to 12',
	'Field Name': 'Only the field with this name',
	'Follow-Up Date': 'Only follow-ups on this day (yyyy-MM-dd)',
	'Internal Name': 'Only the add-on with this internal name',
	Quantity: 'Only the bracket that holds this quantity',
	'Show On': 'Only KPIs shown on the dashboard, or all',
	Status: 'Only challenges in this state',
	'Sort By': 'Result order',
	Days: 'Only terms with this number of days',
	'Valid From': 'Only price lists valid from this day',
	'Valid To': 'Only price lists valid until this day',
	'Value [value]': 'Only relations with this value',
	'Related Record Type': 'Only relations to this kind of record',
	'Account Number': 'Only records of the account with this number (your own number for it)',
	'Article Number': 'Only the article with this number (your own number for it)',
	'Supplier Article Number': "Only articles with this number in the supplier's catalog",
	Comment: 'Only follow-ups with this comment text',
	Rating: 'Only leads with this rating (a number)',
	'Sort Order': 'Only records at this position in the display order',
	Number: 'Only the record with this number (your own number for it)',
	Step: 'Only the status at this step of the order flow',
	Result: 'Only connections with this mission result',
	Location: 'Only links with this location, where the object is placed',
	'Serial Number': 'Only the object with this serial number',
	'Category Type': 'Only categories that belong to this list',
	'Meta Type': 'Only statuses that count as this kind of quote',
};

/** A filter on a field the body table knows reads "Records with this …". */
const FILTER_PREFIX = 'Records with this ';

/** "VAT Number" → "VAT number": lower case except acronyms. */
const inSentence = (label: string) => label.split(' ').map((word) => (/^[A-Z][a-z]/.test(word) ? word.toLowerCase() : word)).join(' ');

const idNoun = (label: string) => /^(.*) IDs?$/.exec(label)?.[1];

function singular(plural: string): string {
	if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
	if (/(ss|tus|ch|sh|x)es$/.test(plural)) return plural.slice(0, -2);
	return plural.replace(/s$/, '');
}

/** Where a user finds the IDs a field takes: `<Resource> → <List operation>`, or undefined. */
function idSources(catalog: { resources: ResourceSpec[]; operations: OperationSpec[] }) {
	const name = new Map(catalog.resources.map((resource) => [resource.value, resource.name]));
	const byRecord = new Map<string, string>();
	const byResource = new Map<string, Map<string, string>>();
	for (const op of catalog.operations) {
		if (!op.list) continue;
		const resourceName = name.get(op.resource)!;
		if (op.operation === 'getMany') {
			byRecord.set(resourceName, `${resourceName} → ${op.name}`);
			continue;
		}
		if (!/^Get [A-Z]/.test(op.name) || / of | by /.test(op.name)) continue;
		const record = singular(op.name.slice(4));
		const own = byResource.get(op.resource) ?? new Map<string, string>();
		own.set(record, `${resourceName} → ${op.name}`);
		byResource.set(op.resource, own);
		byRecord.set(`${resourceName} ${record}`, `${resourceName} → ${op.name}`);
	}
	return (resource: string, noun: string): string | undefined => {
		const own = byResource.get(resource)?.get(noun);
		if (own) return own;
		if (byRecord.has(noun)) return byRecord.get(noun);
		const role = ROLES.find((word) => noun.startsWith(`${word} `) && byRecord.has(noun.slice(word.length + 1)));
		return role ? byRecord.get(noun.slice(role.length + 1)) : undefined;
	};
}

function sharedText(resource: string, field: FieldSpec, sourceOf: (noun: string) => string | undefined): Pick<FieldSpec, 'description' | 'hint'> | undefined {
	const label = fieldLabel(field);
	const table = field.in === 'query' ? QUERY : BODY;
	const own = table[`${resource}/${label}`] ?? table[`${label} [${field.name}]`] ?? table[`${label}:${field.kind}`] ?? table[label];
	if (own) return { description: own };
	const noun = idNoun(label);
	// A field with a record picker lists the records itself.
	const picked = (field as { picker?: unknown }).picker !== undefined;
	const source = noun === undefined || picked ? undefined : sourceOf(noun);
	if (source) return { hint: `From ${source}` };
	if (field.in === 'query' && BODY[label] && !noun) return { description: `${FILTER_PREFIX}${inSentence(label)}` };
	return undefined;
}

/** The catalog with a shared description (or ID hint) on every field that has neither. */
export function withSharedDescriptions<T extends VendorCatalog>(catalog: T): T {
	const sourceIn = idSources(catalog);
	return {
		...catalog,
		operations: catalog.operations.map((op) => ({
			...op,
			fields: op.fields?.map((field) => {
				if (field.description || field.hint || field.kind === 'stringList' || field.kind === 'numberList') return field;
				const text = sharedText(op.resource, field, (noun) => sourceIn(op.resource, noun));
				return text ? { ...field, ...text } : field;
			}),
		})),
	};
}
