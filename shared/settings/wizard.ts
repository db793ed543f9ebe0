import { z } from 'zod';
import { PATHS, STEP_IDS } from '../wizard';

export const wizardSettingsSchema = z
  .object({
    path: z.enum(PATHS),
    current: z.enum(STEP_IDS),
    completed: z.array(z.enum(STEP_IDS)).max(STEP_IDS.length),
  })
  .strict();
