/**
 * zod schema for the services directory. Used by the options page and the background when
 * settings or managed policy arrive; never imported by the content script (bundle budget).
 */
import { z } from 'zod';
import type { Service, ServicesDirectory } from './services';

const text = (max: number) => z.string().trim().min(1).max(max);

/** A UK phone number as written: digits, spaces, +, brackets and hyphens only. */
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{2,20}$/, 'Phone number: digits, spaces, +, brackets or hyphens');

/** One service. */
export const serviceSchema = z.strictObject({
  name: text(120),
  phone: phone.nullable(),
  note: text(300).nullable(),
}) satisfies z.ZodType<Service>;

/** The whole directory. */
export const servicesDirectorySchema = z.strictObject({
  stalkingAdvocacy: serviceSchema.nullable(),
  idva: serviceSchema.nullable(),
  perpetratorProgramme: serviceSchema.nullable(),
  helplines: z.array(serviceSchema).max(12),
}) satisfies z.ZodType<ServicesDirectory>;
