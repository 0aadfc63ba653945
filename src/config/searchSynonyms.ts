/**
 * Words an investor may type for the same thing. A query that contains one
 * member of a group is also searched with each other member, so "aluminum"
 * finds the pages that say "aluminium" and 土豆 finds 马铃薯. Pages that
 * contain the words as typed still come first.
 *
 * Keep groups small and truly synonymous: a loose group (铝 / 铝镁) would
 * bring back pages the reader did not ask for. Latin words match whole words
 * (case-insensitive); Chinese members match anywhere in the query.
 * County slugs and English county names are added from the content
 * (see src/lib/search/synonyms.ts), so they need not be listed here.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['aluminium', 'aluminum'],
  ['solar', 'photovoltaic', 'PV'],
  ['光伏', '太阳能'],
  ['mushroom', 'mushrooms', 'edible fungi', 'edible fungus'],
  ['食用菌', '蘑菇'],
  ['pig', 'pigs', 'hog', 'hogs', 'swine'],
  ['生猪', '猪'],
  ['土豆', '马铃薯'],
  ['potato', 'potatoes'],
  ['baijiu', 'Chinese liquor', 'Chinese spirits'],
  ['红枣', '大枣'],
  ['jujube', 'jujubes', 'red date', 'red dates'],
  ['walnut', 'walnuts'],
  ['coke', 'coking'],
  ['焦化', '炼焦'],
  ['development zone', 'industrial park'],
  ['开发区', '园区'],
  // The abbreviations the zones are known by, next to their full names.
  ['ETDZ', 'economic and technological development zone'],
  ['EDZ', 'economic development zone'],
  ['经开区', '经济技术开发区'],
  ['centre', 'center'],
  ['Lüliang', 'Lvliang', 'Luliang'],
  ['new energy vehicle', 'NEV', 'electric vehicle', 'EV'],
  ['新能源汽车', '电动汽车'],
  ['tourism', 'travel'],
];
