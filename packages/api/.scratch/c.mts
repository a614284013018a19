import { decodeCursor, encodeCursor } from '../src/pagination.ts';
console.log(encodeCursor(0), decodeCursor(encodeCursor(0)));
