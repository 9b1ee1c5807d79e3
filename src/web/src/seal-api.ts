// A case sealed by court order (docs/CONFIDENTIALITY.md, "Sealed cases"). The shapes are derived
// from the server's schemas, so a changed field cannot drift.
import type { z } from 'zod';
import type { SealBody, SealView as SealSchema } from '../../server/http/seal-schemas.js';
import { path, request } from './api';
import type { Wire } from './wire';

export type SealView = Wire<z.output<typeof SealSchema>>;
export type SealOrder = Pick<z.input<typeof SealBody>, 'orderNumber' | 'orderDate'>;

const sealUrl = (youthId: string, tail: 'seal' | 'unseal') =>
  `${path('/api/youth', youthId)}/${tail}`;

export async function readSeal(youthId: string): Promise<SealView> {
  return (await request('GET', sealUrl(youthId, 'seal'))) as SealView;
}

export async function sealCase(youthId: string, body: SealOrder): Promise<SealView> {
  return (await request('POST', sealUrl(youthId, 'seal'), { body })) as SealView;
}

export async function unsealCase(youthId: string, body: SealOrder): Promise<SealView> {
  return (await request('POST', sealUrl(youthId, 'unseal'), { body })) as SealView;
}
