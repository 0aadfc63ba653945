/**
 * Components available inside every MDX body without an import, so editors
 * can write <Zh>…</Zh>, <En>…</En> and cite figures with
 * <Indicator id="signed-projects" period="2022" /> instead of retyping them,
 * and show photos with <Photo> (processed by astro:assets).
 */
import type { Lang } from '../../schemas/vocabulary';
import Hide from './Hide.astro';
import IndicatorChart from './IndicatorChart.astro';
import IndicatorTable from './IndicatorTable.astro';
import IndicatorValue from './IndicatorValue.astro';
import KeyFigures from './KeyFigures.astro';
import Photo from './Photo.astro';
import Show from './Show.astro';
import SourceIndex from './SourceIndex.astro';

export function mdxComponents(lang: Lang) {
  return {
    Zh: lang === 'zh' ? Show : Hide,
    En: lang === 'en' ? Show : Hide,
    Indicator: IndicatorValue,
    IndicatorChart,
    IndicatorTable,
    KeyFigures,
    Photo,
    SourceIndex,
  };
}
