/**
 * Deterministic demo data: the same seed always yields the same records, so tests and screenshots
 * can name a record ("partner 1 is Acme Trading 1") and expect it on every run.
 */
import type { FieldSpec } from '../nodes/shared/catalog';

/** A small, fast PRNG (mulberry32); good enough for demo data, stable across Node versions. */
export class Random {
	private state: number;

	constructor(seed: string | number) {
		this.state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
	}

	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	pick<T>(values: readonly T[]): T {
		return values[Math.floor(this.next() * values.length)];
	}

	bool(probability = 0.5): boolean {
		return this.next() < probability;
	}

	hex(length: number): string {
		let out = '';
		while (out.length < length) out += Math.floor(this.next() * 16).toString(16);
		return out;
	}
}

export function hashString(text: string): number {
	let hash = 2166136261;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 16777619);
	}
	return hash >>> 0;
}

export const COMPANY_WORDS = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Wonka', 'Tyrell', 'Cyberdyne'];
export const COMPANY_KINDS = ['Trading', 'Industries', 'Logistics', 'Foods', 'Systems', 'Retail', 'Holdings', 'Labs'];
export const FIRST_NAMES = ['Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Leo', 'Mila', 'Noah', 'Olga', 'Paul'];
export const LAST_NAMES = ['Berg', 'Novak', 'Smith', 'Larsen', 'Kowalski', 'Meyer', 'Rossi', 'Dubois', 'Silva', 'Petrov', 'Jensen', 'Horvat'];
export const CITIES = ['London', 'Stockholm', 'Kyiv', 'Berlin', 'Warsaw', 'Dubai', 'Amman', 'Riga', 'Oslo', 'Prague'];
export const STREETS = ['High Street', 'Market Square', 'Station Road', 'Harbour Lane', 'Mill Street', 'Park Avenue'];

/** A fixed clock for seeded timestamps, so "changed since" filters give stable answers. */
export const SEED_EPOCH = Date.UTC(2025, 0, 1);
export const DAY = 86_400_000;

export function companyName(index: number): string {
	return `${COMPANY_WORDS[index % COMPANY_WORDS.length]} ${COMPANY_KINDS[Math.floor(index / COMPANY_WORDS.length) % COMPANY_KINDS.length]} ${index}`;
}

export function personName(random: Random): { first: string; last: string } {
	return { first: random.pick(FIRST_NAMES), last: random.pick(LAST_NAMES) };
}

/** A seeded moment between the seed epoch and about a year later. */
export function seededTime(random: Random): number {
	return SEED_EPOCH + random.int(0, 360) * DAY + random.int(0, 86_399) * 1000;
}

export function sqlDateTime(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A plausible value for a field the catalog describes but the vendor adapter has no template for:
 * options pick a listed value, names that say what they hold get that, the rest follows the kind.
 */
export function valueForField(field: Pick<FieldSpec, 'name' | 'kind' | 'options' | 'dateFormat'>, index: number, random: Random): unknown {
	const name = field.name.toLowerCase();
	if (field.options?.length && field.kind !== 'multiOptions') return random.pick(field.options).value;
	if (field.kind === 'boolean') return random.bool(0.2);
	if (field.kind === 'number' || field.kind === 'idReference') {
		if (/price|amount|sum|total|cost|value/.test(name)) return Math.round(random.next() * 100000) / 100;
		return random.int(1, 50);
	}
	if (field.kind === 'dateTime') {
		const ms = seededTime(random);
		switch (field.dateFormat) {
			case 'unixSeconds':
				return Math.floor(ms / 1000);
			case 'epochMillis':
				return ms;
			case 'date':
				return new Date(ms).toISOString().slice(0, 10);
			case 'dateTimeSpace':
				return sqlDateTime(ms);
			default:
				return new Date(ms).toISOString();
		}
	}
	if (field.kind === 'json' || field.kind === 'multiOptions' || field.kind === 'stringList' || field.kind === 'numberList') return [];
	return stringValue(name, index, random);
}

export function stringValue(lowerName: string, index: number, random: Random): string {
	if (/e-?mail/.test(lowerName)) return `contact${index}@example.com`;
	if (/phone|mobile|fax/.test(lowerName)) return `+44 20 7946 ${String(1000 + (index % 9000)).padStart(4, '0')}`;
	if (/city|town/.test(lowerName)) return random.pick(CITIES);
	if (/street|address/.test(lowerName)) return `${random.int(1, 199)} ${random.pick(STREETS)}`;
	if (/zip|postal|postcode/.test(lowerName)) return `${random.int(10000, 99999)}`;
	if (/country/.test(lowerName)) return random.pick(['GB', 'SE', 'UA', 'DE', 'PL', 'AE', 'JO']);
	if (/currency/.test(lowerName)) return random.pick(['EUR', 'USD', 'GBP', 'SEK']);
	if (/web|url|site/.test(lowerName)) return `https://www.example${index}.com`;
	if (/first/.test(lowerName)) return random.pick(FIRST_NAMES);
	if (/last|surname/.test(lowerName)) return random.pick(LAST_NAMES);
	if (/company|account|partner|client|customer/.test(lowerName) && /name/.test(lowerName)) return companyName(index);
	if (/^name$|title|label/.test(lowerName)) return `Demo ${index}`;
	if (/code|ref|number|sku/.test(lowerName)) return `REF-${String(index).padStart(5, '0')}`;
	if (/description|memo|comment|note/.test(lowerName)) return `Seeded record ${index}`;
	return `${lowerName.replace(/[^a-z0-9]+/g, '-')}-${index}`;
}
