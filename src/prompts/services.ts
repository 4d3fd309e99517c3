/**
 * Local services directory (issue 5, item 7). Forces fill in their own stalking advocacy, IDVA and
 * perpetrator programme in settings; national helplines are the fallback so a prompt never names
 * a service that does not exist. No zod here: the content script imports this module, and zod
 * lives in services.schema.ts so the content-script bundle stays small.
 */

/** One service an officer can refer to or give to a victim. */
export interface Service {
  /** Name as the victim would search for it, e.g. "National Stalking Helpline". */
  name: string;
  /** Phone number as dialled in the UK, or null when none is published or sourced. */
  phone: string | null;
  /** Short note for the officer (who runs it, how to refer), or null. */
  note: string | null;
}

/** The services prompt text can name. `null` means the force has not configured one. */
export interface ServicesDirectory {
  /** Local stalking advocacy service (ISA/ISAC). */
  stalkingAdvocacy: Service | null;
  /** Local Independent Domestic Violence Advisor service. */
  idva: Service | null;
  /** Local perpetrator programme or multi-agency stalking intervention. */
  perpetratorProgramme: Service | null;
  /** National and local helplines, in the order to show them. */
  helplines: Service[];
}

/**
 * National helplines (reference.md 4.6, source S130). Paladin's number is left out because the
 * reference does not give one; a force can add it in settings.
 */
export const NATIONAL_HELPLINES: readonly Service[] = [
  {
    name: 'National Stalking Helpline (Suzy Lamplugh Trust)',
    phone: '0808 802 0300',
    note: null,
  },
  {
    name: 'Paladin National Stalking Advocacy Service',
    phone: null,
    note: 'National stalking advocacy service',
  },
];

/** Defaults before a force configures anything: no local services, national helplines only. */
export const DEFAULT_SERVICES: ServicesDirectory = {
  stalkingAdvocacy: null,
  idva: null,
  perpetratorProgramme: null,
  helplines: [...NATIONAL_HELPLINES],
};

/** "Name: phone" or "Name" when no phone is known. */
export function formatService(service: Service): string {
  return service.phone ? `${service.name}: ${service.phone}` : service.name;
}

/**
 * Merge a force's settings over the defaults. National helplines stay listed after local ones
 * unless the force lists a helpline of the same name itself.
 */
export function withNationalDefaults(local: Partial<ServicesDirectory>): ServicesDirectory {
  const helplines = [...(local.helplines ?? [])];
  for (const national of NATIONAL_HELPLINES) {
    if (!helplines.some((h) => h.name.toLowerCase() === national.name.toLowerCase())) {
      helplines.push(national);
    }
  }
  return {
    stalkingAdvocacy: local.stalkingAdvocacy ?? null,
    idva: local.idva ?? null,
    perpetratorProgramme: local.perpetratorProgramme ?? null,
    helplines,
  };
}
