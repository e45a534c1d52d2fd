import { z } from 'zod';

/** What a signed-in account may do, weakest first: an admin may do everything an editor may. */
export const AccountRole = z.enum(['editor', 'admin']);
export type AccountRole = z.infer<typeof AccountRole>;

/** The signed-in account a request comes from (an anonymous reader has none). */
export interface Viewer {
  id: string;
  email: string;
  role: AccountRole;
}
