import { htmlLang } from '../lib/routes';
import { LANGS, type Lang } from '../schemas/vocabulary';

/** The language of a built page, from its `<html lang>`; throws for a language the site does not have. */
export function pageLanguage(html: string, file: string): Lang {
  const attribute = /<html\b[^>]*?\slang="([^"]+)"/i.exec(html)?.[1];
  const lang = LANGS.find((candidate) => htmlLang(candidate) === attribute);
  if (!lang) throw new Error(`${file}: <html lang="${attribute ?? ''}"> is not one of the site's languages`);
  return lang;
}
