import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { partialDate } from './date.ts';
import { redactable } from './redactable.ts';

/** What a statistic counts or measures; amounts of money name their currency. */
export const statisticUnits = ['count', 'people', 'percent', 'currency:CAD', 'currency:USD'] as const;
export type StatisticUnit = (typeof statisticUnits)[number];

/** The scale a large number is shown at: "1.6 million" / "1,6 million" instead of every digit. */
export const statisticScales = ['thousands', 'millions', 'billions'] as const;
export type StatisticScale = (typeof statisticScales)[number];

/**
 * A statistic, defined once in `content/statistics/<id>.yaml` and shown in bodies with
 * `<Stat id="<id>" />`: the number, what it counts, where it comes from and when it was true.
 */
export const statisticSchema = z
  .strictObject({
    /** What the number counts, in each language: `{ en: Visa application centres, fr: Centres de réception des demandes de visa }`. */
    label: localizedText,
    /** The number as the source gives it, without separators or scale: `1600000`, `21.9`. Redactable: `{ redact: atia-15-1, value: 27000 }`. */
    value: redactable(z.number().finite()),
    /** `count`, `people`, `percent` (write 21.9 for 21.9 %), `currency:CAD` or `currency:USD`. */
    unit: z.enum(statisticUnits),
    /** Show a large number at a scale: `thousands`, `millions` or `billions` ("1.6 million" / "1,6 million"). Default: every digit. */
    scale: z.enum(statisticScales).optional(),
    /** True when the source says "approximately", "about" or "over": "approximately 27,000" / "environ 27 000". */
    approximate: z.boolean().default(false),
    /** Where the number comes from, in each language (required: a statistic without a source is an error). Redactable, for a source that is itself withheld. */
    source: redactable(localizedText),
    /** When the number was true, at the precision the source gives: `2023`, `2023-06`, `2016-summer`, `2019-09-30`. */
    asOf: partialDate,
    /** How the source names the period, when a date alone does not say it: `{ en: first half of 2023, fr: premier semestre de 2023 }`. */
    asOfLabel: localizedText.optional(),
  })
  .refine((s) => !(s.unit === 'percent' && s.scale), {
    message: 'a percentage has no scale: remove scale, or write the unit as count',
    path: ['scale'],
  });
export type Statistic = z.output<typeof statisticSchema>;
