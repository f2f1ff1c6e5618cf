import { randomBytes } from 'node:crypto';

/**
 * Opaque pagination cursors of the local server. A cursor contains the offset
 * of the next page and the list it belongs to, under a per-server nonce, so
 * a cursor from another list or another server run is rejected.
 */
export class CursorCodec {
  private readonly nonce = randomBytes(6).toString('hex');

  encode(listKey: string, offset: number): string {
    return Buffer.from(`${this.nonce}|${listKey}|${offset}`, 'utf8').toString('base64url');
  }

  /** Returns the offset, or undefined when the cursor is not one this codec issued for the list. */
  decode(listKey: string, cursor: string): number | undefined {
    const [nonce, key, offsetText, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    if (nonce !== this.nonce || key !== listKey || rest.length > 0 || offsetText === undefined || !/^\d+$/.test(offsetText)) {
      return undefined;
    }
    return Number(offsetText);
  }
}
