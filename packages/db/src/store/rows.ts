/** The rows of a raw query: both drivers answer `execute` with an object holding `rows`. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
