/** Fields orders and quotes share: both are sales documents with the same amounts, delivery address and texts. */
import type { FieldSpec } from '../../shared/catalog';
import { b } from './fields';

/** Amounts and the two free identifiers. */
export const documentAmountFields: FieldSpec[] = [
	b.decimal('price', 'Price'),
	b.text('currencycode', 'Currency Code'),
	b.decimal('currencyrate', 'Currency Rate', { numberPrecision: 4 }),
	b.decimal('statisticsprice', 'Statistics Price'),
	b.decimal('alternativevalue', 'Alternative Value'),
	b.text('alternateid', 'Alternate ID'),
	b.text('externalcomment', 'External Comment'),
];

/** The delivery address (the delivery date is a moment on orders and a day on quotes). */
export const deliveryAddressFields: FieldSpec[] = [
	b.text('deliveryname', 'Delivery Name'),
	b.text('deliverystreet', 'Delivery Street'),
	b.text('deliveryzip', 'Delivery Postal Code'),
	b.text('deliverycity', 'Delivery City'),
	b.text('deliverycountry', 'Delivery Country'),
];

export const documentTextFields: FieldSpec[] = [
	b.externalKey(),
	b.text('internalcomment', 'Internal Comment'),
	b.text('marking', 'Marking'),
	b.text('referencecode', 'Reference Code'),
	b.text('extracode', 'Extra Code'),
];

/** Optional references of both. */
export const documentRefFields: FieldSpec[] = [
	b.ref('user2', 'Second User ID'),
	b.ref('opportunity', 'Opportunity ID'),
];

/** What only an update of an order or a quote takes. */
export const documentUpdateOnlyFields: FieldSpec[] = [
	b.decimal('buyprice', 'Purchase Price'),
	b.bool('discounted', 'Discounted'),
];
