import themesJson from '../../data/themes.json';
import indicatorsJson from '../../data/indicators.json';
import { IndicatorSchema, ThemeTaxonomySchema, z } from '../schema/index.ts';

/** The reviewed theme taxonomy and indicator list, as the ingest used them. */
export const themeTaxonomy = ThemeTaxonomySchema.parse(themesJson);
export const indicators = z.array(IndicatorSchema).parse(indicatorsJson);

export const themeByKey = new Map(themeTaxonomy.themes.map((theme) => [theme.key, theme]));
