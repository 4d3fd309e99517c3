import type { Services } from './schema';
import { withNationalDefaults, type Service, type ServicesDirectory } from '../prompts/services';

type Entry = NonNullable<Services['stalkingAdvocacy']>;

const toService = (e: Entry): Service => ({
  name: e.name,
  phone: e.phone ?? null,
  note: e.notes ?? null,
});

/** Settings' services (as policy and the options page store them) → the directory prompts name. */
export function servicesDirectory(services: Services): ServicesDirectory {
  return withNationalDefaults({
    ...(services.stalkingAdvocacy
      ? { stalkingAdvocacy: toService(services.stalkingAdvocacy) }
      : {}),
    ...(services.idva ? { idva: toService(services.idva) } : {}),
    ...(services.perpetratorProgramme
      ? { perpetratorProgramme: toService(services.perpetratorProgramme) }
      : {}),
    ...(services.helplines ? { helplines: services.helplines.map(toService) } : {}),
  });
}
