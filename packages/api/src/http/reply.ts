// Errors answered before Apollo sees the request still have the GraphQL shape `{ errors: [...] }`,
// so clients parse every failure the same way.
import type { Response } from 'express';

export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
