/** One line of the `npm run bench` table; every bench section returns these. */
export interface BenchRow {
  section: string;
  name: string;
  value: number;
  unit: string;
  goal?: string;
  note?: string;
}
