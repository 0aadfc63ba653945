/** `getStaticPaths` helpers: every page exists once per language, with the same slug. */
import { LANGS, type Lang } from '../schemas/vocabulary';
import { localeParam } from './routes';

/** One path per language and item: params { locale, [param]: item.id }, props { lang, item }. */
export function localizedEntityPaths<T extends { id: string }, P extends string>(items: readonly T[], param: P) {
  return LANGS.flatMap((lang) =>
    items.map((item) => ({
      params: { locale: localeParam(lang), [param]: item.id } as { locale: string | undefined } & Record<P, string>,
      props: { lang, item } as { lang: Lang; item: T },
    })),
  );
}
