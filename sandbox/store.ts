import { Random } from './seed';
import type { SandboxRecord } from './types';

export interface CollectionStats {
	seeded: number;
	count: number;
	created: Array<string | number>;
	updated: Array<string | number>;
	deleted: Array<string | number>;
}

/** One resource's records, in id order, with what happened to them since the last reset. */
export class Collection {
	readonly records: SandboxRecord[] = [];

	private readonly byId = new Map<string, SandboxRecord>();

	private nextNumber = 1;

	private readonly random: Random;

	readonly stats: CollectionStats = { seeded: 0, count: 0, created: [], updated: [], deleted: [] };

	constructor(
		readonly name: string,
		readonly idField: string,
		private readonly idKind: 'number' | 'objectId',
		seedKey: string,
	) {
		this.random = new Random(`${seedKey}#ids`);
	}

	newId(): string | number {
		if (this.idKind === 'number') return this.nextNumber++;
		this.nextNumber++;
		// Timestamp-like prefix keeps ObjectIds sortable by creation, like MongoDB's.
		return (0x65000000 + this.nextNumber).toString(16).padStart(8, '0') + this.random.hex(16);
	}

	/** Adds a record, giving it an id when it has none. */
	insert(fields: SandboxRecord, origin: 'seed' | 'create' = 'create'): SandboxRecord {
		let id = fields[this.idField];
		if (id === undefined || id === null || id === '') id = this.newId();
		else if (typeof id === 'number') this.nextNumber = Math.max(this.nextNumber, id + 1);
		// The id leads, as in the vendors' own answers.
		const record: SandboxRecord = { [this.idField]: id, ...fields };
		record[this.idField] = id;
		const key = String(record[this.idField]);
		if (this.byId.has(key)) throw new Error(`${this.name}: duplicate id ${key}`);
		this.byId.set(key, record);
		this.records.push(record);
		this.stats.count = this.records.length;
		if (origin === 'seed') this.stats.seeded++;
		else this.stats.created.push(record[this.idField] as string | number);
		return record;
	}

	find(id: string | number): SandboxRecord | undefined {
		return this.byId.get(String(id));
	}

	update(id: string | number, fields: SandboxRecord): SandboxRecord | undefined {
		const record = this.find(id);
		if (!record) return undefined;
		for (const [key, value] of Object.entries(fields)) {
			if (key === this.idField) continue;
			record[key] = value;
		}
		this.stats.updated.push(record[this.idField] as string | number);
		return record;
	}

	remove(id: string | number): SandboxRecord | undefined {
		const record = this.find(id);
		if (!record) return undefined;
		this.byId.delete(String(id));
		this.records.splice(this.records.indexOf(record), 1);
		this.stats.count = this.records.length;
		this.stats.deleted.push(record[this.idField] as string | number);
		return record;
	}
}
