export const BASE = 'https://station.guardant.test';
export const TOKEN = 'guardant-token-123';

export const credentials = { guardantApi: { baseUrl: `${BASE}/`, token: TOKEN } };

export function customers(count: number, start = 1) {
	return Array.from({ length: count }, (_, index) => ({ _id: start + index, name: `Customer ${start + index}`, archivationdate: 0 }));
}
