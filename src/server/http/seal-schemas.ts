// A case sealed by court order: the API's shapes (docs/CONFIDENTIALITY.md, "Sealed cases").
// Imports only zod and the domain, so the web app derives its types from here.
import { z } from 'zod';
import { SEAL_COURT_ROLES } from '../../domain/case-seal.js';

const OrderNumber = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .describe('The court order’s number, as the court wrote it; stored sealed under the data key');
// From 1900: the database stores no year 0, and no order in Lantern predates it.
const OrderDate = z.iso
  .date()
  .refine((day) => day >= '1900-01-01', 'a date from 1900 on')
  .describe('The day the court signed the order (YYYY-MM-DD)');

export const SealBody = z.strictObject({
  orderNumber: OrderNumber,
  orderDate: OrderDate,
  rolesAllowed: z
    .array(z.enum(SEAL_COURT_ROLES))
    .min(1)
    .max(SEAL_COURT_ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, 'each role once')
    .default(['judge', 'court_clerk'])
    .describe('The court’s roles the order leaves the case readable by (judge, court_clerk)'),
});

export const UnsealBody = z.strictObject({
  orderNumber: OrderNumber.describe('The number of the order lifting the seal'),
  orderDate: OrderDate.describe('The day the court signed the order lifting the seal'),
});

export const SealView = z.object({
  sealed: z.boolean(),
  seal: z
    .object({
      id: z.string(),
      orderNumber: z.string().nullable().describe('Null when its seal does not open'),
      orderDate: z.string(),
      rolesAllowed: z.array(z.enum(SEAL_COURT_ROLES)),
      sealedAt: z.date(),
      sealedByName: z.string(),
    })
    .nullable(),
  allowedActions: z.array(z.enum(['seal', 'unseal'])),
});
