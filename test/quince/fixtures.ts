export const BASE = 'https://quince.example.test';
export const TOKEN = 'quince-token-456';

export const credentials = { quinceApi: { baseUrl: `${BASE}/`, apiToken: TOKEN } };

export function partners(count: number, start = 1) {
	return Array.from({ length: count }, (_, index) => ({ Id: start + index, Name: `Partner ${start + index}` }));
}
