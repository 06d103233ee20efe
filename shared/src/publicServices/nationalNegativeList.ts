import type { NegativeListEntry } from './negativeList.ts';

/**
 * 市场准入负面清单 (Market Access Negative List): the national list, one for the whole country
 * (“全国一张清单”，一单尽列、单外无单). Provinces add local guidance on these entries, never entries.
 *
 * Conventions of this fixture (modelled on the structure of the 2025 edition, not a copy of it):
 * - Two categories, as in the national list: 禁止准入类 (market entities may not enter; no organ
 *   approves) and 许可准入类 (entry only with the approval named here). Whatever no entry covers is
 *   open to every market entity on equal terms (“非禁即入”).
 * - Codes are this project's simplified numbering: 1xx 禁止准入类, 2xx 许可准入类. The official list
 *   numbers its items differently (e.g. 6-digit 事项编码 such as 100004) and has 100 许可准入类 items;
 *   this fixture keeps the six 禁止准入类 items and a selection of 许可准入类 items, ordered roughly
 *   by the national economic sectors (GB/T 4754): 农林牧渔 → 采矿 → 制造 → 电力燃气 → 建筑 → 房地产
 *   → 批发零售/餐饮 → 交通运输 → 信息传输 → 金融 → 租赁和商务服务 → 科学研究 → 环境 → 住宿/居民服务
 *   → 教育 → 卫生 → 文化娱乐.
 * - Titles and descriptions paraphrase the official wording (“未获得许可，不得从事……”); the approvals
 *   named in a description are real approvals set by laws, administrative regulations or State
 *   Council decisions. Activities removed from the list by reform are not entries here (公章刻制业
 *   改为备案 in the 2025 edition; 诊所 and 养老机构 改为备案; 机动车维修、驾驶员培训 改为备案).
 * - `licensingItemCodes` name standard items of the catalog hub (12-digit basic codes, this
 *   project's fixture codes) that grant the approval, or part of it, where the hub has one; the
 *   test workspace checks every one exists in STANDARD_ITEMS.
 */

/** Catalog-hub standard items that grant approvals of this list (see the catalog seed). */
const ITEM = {
  /** 工业产品生产许可证发证. */
  industrialProductLicence: '010101001000',
  /** 食品经营许可. */
  foodBusinessLicence: '010102001000',
  /** 人防设计/监理甲级资质企业备案. */
  civilAirDefenceQualificationFiling: '100201001000',
} as const;

// ── 一、禁止准入类 ────────────────────────────────────────────────────────────────────

const PROHIBITED: readonly NegativeListEntry[] = [
  {
    code: '101',
    category: 'PROHIBITED',
    title: '法律、法规、国务院决定等明确设立，且与市场准入相关的禁止性规定',
    description:
      '法律、行政法规、国务院决定等明确设立的与市场准入相关的禁止性规定，以清单附件《与市场准入相关的禁止性规定》列明，如禁止非法猎捕、交易、食用野生动物，禁止在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目，禁止买卖人体器官，歌舞娱乐场所不得设在居民楼、博物馆、图书馆和被核定为文物保护单位的建筑物内等。',
    activities: ['做野味生意', '在水源保护区建厂', '买卖人体器官', '在居民楼开歌舞厅', '开赌场', '开设赌场', '办赌场'],
    licensingItemCodes: [],
    authority: '国家发展改革委、商务部会同有关部门（各项禁止性规定由所属领域主管部门执行）',
  },
  {
    code: '102',
    category: 'PROHIBITED',
    title: '国家产业政策明令淘汰和限制的产品、技术、工艺、设备及行为',
    description:
      '《产业结构调整指导目录》中淘汰类项目，禁止投资；限制类项目，禁止新建，现有生产能力允许在一定期限内改造升级。明令淘汰的落后产品、技术、工艺和设备，不得生产、销售、使用和转移。',
    activities: ['投资淘汰类项目', '新建限制类项目', '用淘汰设备生产', '生产淘汰产品'],
    licensingItemCodes: [],
    authority: '国家发展改革委会同工业和信息化部等有关部门',
  },
  {
    code: '103',
    category: 'PROHIBITED',
    title: '不符合主体功能区建设要求的各类开发活动',
    description:
      '对禁止开发区域、重点生态功能区等，按照主体功能区规划和国土空间规划、生态保护红线管控要求，禁止不符合主体功能定位的各类开发活动；国家重点生态功能区产业准入负面清单所列产业不得进入。',
    activities: ['在生态保护红线内开发', '在重点生态功能区建厂', '在自然保护区核心区搞开发'],
    licensingItemCodes: [],
    authority: '国家发展改革委、自然资源部、生态环境部等有关部门及相关地方人民政府',
  },
  {
    code: '104',
    category: 'PROHIBITED',
    title: '禁止违规开展金融相关经营活动',
    description:
      '非金融机构、不从事金融活动的企业，在注册名称和经营范围中不得使用“金融”“理财”“财富管理”“交易所”“征信”“融资担保”“典当”等与金融相关的字样，法律、行政法规和国家另有规定的除外；未经依法批准，任何单位和个人不得从事或变相从事金融业务，禁止非法集资，禁止开展虚拟货币相关的非法金融活动。',
    activities: ['公司名称带金融', '注册理财公司', '非法集资', '办虚拟货币交易所', '无牌照放贷'],
    licensingItemCodes: [],
    authority: '中国人民银行、国家金融监督管理总局、中国证监会、市场监管总局及地方金融管理部门',
  },
  {
    code: '105',
    category: 'PROHIBITED',
    title: '禁止违规开展互联网相关经营活动',
    description:
      '互联网企业、网络平台未依法取得金融业务资质的，不得通过互联网开展或变相开展金融业务，如网络借贷、代币发行融资、互联网保险销售等；利用互联网从事经营活动须依法取得相应许可或履行备案，不得违规开展。',
    activities: ['网络平台违规放贷', '网上发行代币融资', '网络平台违规卖保险'],
    licensingItemCodes: [],
    authority: '中央网信办、工业和信息化部、中国人民银行、国家金融监督管理总局等有关部门',
  },
  {
    code: '106',
    category: 'PROHIBITED',
    title: '禁止违规开展新闻传媒相关业务',
    description:
      '非公有资本不得从事新闻采编播发业务，不得投资设立和经营新闻机构，不得经营新闻机构的版面、频率、频道、栏目、公众账号等，不得从事涉及政治、经济、军事、外交及重大社会、文化、科技、卫生、教育、体育等关系舆论导向的活动、事件的实况直播业务，不得引进境外主体发布的新闻，不得举办新闻舆论领域论坛峰会和评奖评选活动。',
    activities: ['办新闻网站采编新闻', '投资办报社', '承包媒体频道栏目', '搞新闻评奖'],
    licensingItemCodes: [],
    authority: '中央宣传部、中央网信办、国家广播电视总局、国家新闻出版署等有关部门',
  },
];

// ── 二、许可准入类 ────────────────────────────────────────────────────────────────────

const LICENSED: readonly NegativeListEntry[] = [
  // 农、林、牧、渔业
  {
    code: '201',
    category: 'LICENSED',
    title: '未获得许可，不得从事农作物种子、林草种子、种畜禽和水产苗种的生产经营',
    description:
      '种子生产经营许可（主要农作物种子、主要林木良种种子等）；种畜禽生产经营许可；水产苗种生产许可；农作物、林草种子和种畜禽、水产苗种进出口审批。仅销售不再分装的包装种子的，依法备案，无需另行取得许可。',
    activities: ['卖种子', '繁育种子', '办种猪场', '繁育鱼苗'],
    aliases: [{ words: ['种子', '种苗', '种猪', '种畜禽', '鱼苗', '水产苗种'], means: '种子、种畜禽和水产苗种生产经营', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '农业农村部门、林业和草原部门（县级以上）',
  },
  {
    code: '202',
    category: 'LICENSED',
    title: '未获得许可，不得从事兽药生产经营、饲料和饲料添加剂生产及动物诊疗',
    description:
      '兽药生产许可（省级农业农村部门）；兽药经营许可（县级以上农业农村部门，兽用生物制品由省级核发）；饲料、饲料添加剂生产许可（省级农业农村部门）；动物诊疗许可（县级以上农业农村部门）。',
    activities: ['卖兽药', '开饲料厂', '开宠物医院', '开兽医诊所'],
    aliases: [
      { words: ['兽药', '饲料', '饲料添加剂'], means: '兽药、饲料生产经营', extent: 'COVERED' },
      { words: ['宠物医院', '宠物诊所', '动物医院', '动物诊所'], means: '动物诊疗', extent: 'COVERED' },
    ],
    licensingItemCodes: [],
    authority: '农业农村部门',
  },
  {
    code: '203',
    category: 'LICENSED',
    title: '未获得许可或登记，不得从事农药生产经营和肥料生产',
    description:
      '农药登记（农业农村部）；农药生产许可（省级农业农村部门）；农药经营许可（县级以上农业农村部门，限制使用农药经营由省级核发）；肥料登记（农业农村部门）；化肥属于工业产品生产许可证管理目录产品的，取得工业产品生产许可证（省级市场监督管理部门）。销售肥料不需本项许可。',
    activities: ['卖农药', '开农药店', '生产农药', '生产化肥', '开化肥厂'],
    aliases: [
      { words: ['农药', '农药店', '农药厂'], means: '农药生产经营', extent: 'COVERED' },
      // Fertiliser: only its production is licensed here (selling it is not).
      { words: ['化肥', '肥料', '复合肥', '有机肥'], means: '肥料生产（销售肥料不在本项之列）', extent: 'COVERED', verbs: ['生产', '制造', '加工', '代工'] },
      { words: ['化肥厂', '肥料厂', '复合肥厂', '有机肥厂'], means: '肥料生产', extent: 'COVERED' },
      // A 农资店 needs 农药经营许可 only if it sells pesticide (seeds: 201; fertiliser: none).
      { words: ['农资', '农资店', '农资公司'], means: '农药经营（经营农药的）', extent: 'DEPENDS' },
    ],
    licensingItemCodes: [ITEM.industrialProductLicence],
    licences: [
      { name: '农药登记', authority: '农业农村部', conduct: ['PRODUCE'], subjects: ['农药'] },
      { name: '农药生产许可', authority: '省级农业农村部门', conduct: ['PRODUCE'], subjects: ['农药'] },
      { name: '农药经营许可', authority: '县级以上地方农业农村部门（限制使用农药的经营由省级核发）', conduct: ['TRADE'], subjects: ['农药'] },
      { name: '肥料登记', authority: '农业农村部门', conduct: ['PRODUCE'], subjects: ['化肥', '肥料', '复合肥', '有机肥'] },
      {
        name: '工业产品生产许可证',
        authority: '省级市场监督管理部门',
        conduct: ['PRODUCE'],
        subjects: ['化肥', '肥料', '复合肥', '有机肥'],
        itemCode: ITEM.industrialProductLicence,
        condition: '化肥属于工业产品生产许可证管理目录产品的',
      },
    ],
    authority: '农业农村部门；市场监督管理部门（化肥生产许可）',
  },
  {
    code: '204',
    category: 'LICENSED',
    title: '未获得许可，不得从事渔业捕捞和水域滩涂养殖',
    description:
      '渔业捕捞许可（县级以上渔业主管部门，海洋大型拖网、围网作业由国务院渔业主管部门核发）；使用全民所有的水域、滩涂从事养殖生产的，由县级以上地方人民政府核发养殖证。',
    activities: ['出海捕鱼', '办渔船捕捞', '承包水面养鱼', '搞滩涂养殖'],
    licensingItemCodes: [],
    authority: '渔业主管部门（农业农村部门）、县级以上地方人民政府',
  },

  // 采矿业
  {
    code: '205',
    category: 'LICENSED',
    title: '未获得许可，不得从事矿产资源勘查开采',
    description:
      '探矿权、采矿权依法出让并登记（自然资源部门）；矿山企业安全生产许可（煤矿由矿山安全监察机构、非煤矿山由应急管理部门核发）；河道采砂许可（水行政主管部门）。',
    activities: ['挖矿', '开采石场', '开煤矿', '探矿', '河道采砂'],
    aliases: [
      {
        words: ['稀土', '矿产', '矿产资源', '矿石', '煤炭', '金矿', '铁矿', '铜矿', '砂石', '石料'],
        means: '矿产资源勘查开采',
        extent: 'COVERED',
        verbs: ['开采', '采', '挖', '勘查', '勘探', '探', '开', '办'],
      },
      { words: ['矿', '矿山', '矿场', '采石场', '稀土矿', '煤矿', '采砂场'], means: '矿产资源勘查开采', extent: 'COVERED' },
    ],
    licensingItemCodes: [],
    authority: '自然资源部门；应急管理部门、矿山安全监察机构；水行政主管部门（河道采砂）',
  },

  // 制造业
  {
    code: '206',
    category: 'LICENSED',
    title: '未获得许可，不得从事食品和食品添加剂生产',
    description:
      '食品生产许可、食品添加剂生产许可（县级以上市场监督管理部门）；保健食品注册或备案、婴幼儿配方乳粉产品配方注册、特殊医学用途配方食品注册（国家市场监督管理总局）。食品生产加工小作坊按省级地方性法规管理。',
    activities: ['开食品厂', '生产食品', '生产保健食品', '生产婴幼儿奶粉'],
    aliases: [{ words: ['食品厂', '食品加工厂', '饮料厂', '矿泉水厂', '桶装水厂', '酒厂', '乳品厂', '保健品厂'], means: '食品生产', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '市场监督管理部门',
  },
  {
    code: '207',
    category: 'LICENSED',
    title: '未获得许可，不得生产列入目录的重要工业产品',
    description:
      '生产列入工业产品生产许可证管理目录的产品（如建筑用钢筋、水泥、电线电缆、危险化学品、危险化学品包装物及容器、化肥、直接接触食品的材料等相关产品），须取得工业产品生产许可证；推行告知承诺等简化审批方式。',
    activities: ['生产电线电缆', '开水泥厂', '生产建筑钢筋', '生产食品包装袋', '生产化学品包装桶'],
    aliases: [{ words: ['水泥厂', '钢筋厂', '电线厂', '电缆厂', '电线电缆厂'], means: '列入目录的重要工业产品生产', extent: 'COVERED' }],
    licensingItemCodes: [ITEM.industrialProductLicence],
    authority: '省级市场监督管理部门（国家市场监督管理总局负责目录和部分产品）',
  },
  {
    code: '208',
    category: 'LICENSED',
    title: '未获得许可，不得从事危险化学品生产、经营、使用',
    description:
      '危险化学品生产企业安全生产许可（省级应急管理部门）；危险化学品经营许可（剧毒化学品、易制爆危险化学品由设区的市级、其他由县级应急管理部门核发）；危险化学品安全使用许可；列入工业产品生产许可证管理目录的危险化学品，取得工业产品生产许可证。',
    activities: ['开化工厂', '卖危险化学品', '开危化品仓库', '生产化学试剂'],
    aliases: [{ words: ['化工厂', '危化品', '危险化学品', '化学品仓库', '危化品仓库'], means: '危险化学品生产、经营、使用', extent: 'COVERED' }],
    licensingItemCodes: [ITEM.industrialProductLicence],
    licences: [
      { name: '危险化学品生产企业安全生产许可', authority: '省级应急管理部门', conduct: ['PRODUCE'] },
      {
        name: '工业产品生产许可证',
        authority: '省级市场监督管理部门',
        conduct: ['PRODUCE'],
        itemCode: ITEM.industrialProductLicence,
        condition: '列入工业产品生产许可证管理目录的危险化学品',
      },
      { name: '危险化学品经营许可', authority: '设区的市级或县级应急管理部门（剧毒化学品、易制爆危险化学品由设区的市级核发）', conduct: ['TRADE'] },
      { name: '危险化学品安全使用许可', authority: '设区的市级应急管理部门', conduct: ['USE'] },
    ],
    authority: '应急管理部门；市场监督管理部门（工业产品生产许可）',
  },
  {
    code: '209',
    category: 'LICENSED',
    title: '未获得许可，不得从事药品、医疗器械和化妆品生产',
    description:
      '药品生产许可（省级药品监督管理部门）；第二类、第三类医疗器械生产许可（省级药品监督管理部门），第一类医疗器械生产实行备案；化妆品生产许可（省级药品监督管理部门）。',
    activities: ['开药厂', '生产医用口罩', '生产医疗器械', '开化妆品厂', '代工化妆品'],
    aliases: [{ words: ['药厂', '制药厂', '化妆品厂', '医疗器械厂', '口罩厂'], means: '药品、医疗器械和化妆品生产', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '药品监督管理部门',
  },
  {
    code: '210',
    category: 'LICENSED',
    title: '未获得许可，不得从事烟草专卖品生产、批发、零售',
    description:
      '烟草专卖生产企业许可、烟草专卖批发企业许可、烟草专卖零售许可；电子烟参照卷烟管理，从事电子烟生产、批发、零售须依法取得烟草专卖许可。',
    activities: ['卖香烟', '卖烟', '卖烟草', '卖烟酒', '开烟酒店', '烟草零售', '卖电子烟', '批发卷烟'],
    aliases: [{ words: ['烟草', '香烟', '卷烟', '雪茄', '电子烟', '烟厂', '卷烟厂'], means: '烟草专卖品生产、批发、零售', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '烟草专卖行政主管部门',
  },
  {
    code: '211',
    category: 'LICENSED',
    title: '未获得许可，不得从事民用爆炸物品、烟花爆竹生产经营和爆破作业',
    description:
      '民用爆炸物品生产许可、销售许可（工业和信息化部门）；民用爆炸物品购买、运输许可和爆破作业单位许可（公安机关）；烟花爆竹生产企业安全生产许可（省级应急管理部门），烟花爆竹批发、零售经营许可（应急管理部门）。',
    activities: ['卖烟花爆竹', '卖烟花', '卖鞭炮', '生产鞭炮', '开爆破公司', '搞爆破作业'],
    aliases: [
      {
        words: ['烟花', '爆竹', '鞭炮', '烟花爆竹', '礼花', '炮仗', '烟花厂', '鞭炮厂', '烟花爆竹厂', '炸药', '雷管', '民爆物品', '民用爆炸物品'],
        means: '民用爆炸物品、烟花爆竹生产经营',
        extent: 'COVERED',
      },
    ],
    licensingItemCodes: [],
    authority: '工业和信息化部门、公安机关、应急管理部门',
  },
  {
    code: '212',
    category: 'LICENSED',
    title: '未获得许可，不得从事特种设备生产和充装',
    description:
      '锅炉、压力容器、压力管道、电梯、起重机械、客运索道、大型游乐设施等特种设备的设计、制造、安装、改造、修理，以及移动式压力容器、气瓶充装，须取得相应许可（国家或省级市场监督管理部门）。',
    activities: ['安装电梯', '维修电梯', '生产锅炉', '制造压力容器', '充装气瓶'],
    licensingItemCodes: [],
    authority: '市场监督管理部门（特种设备安全监管）',
  },

  // 电力、热力、燃气及水生产和供应业
  {
    code: '213',
    category: 'LICENSED',
    title: '未获得许可，不得从事电力业务和电力设施承装（修、试）',
    description:
      '电力业务许可（发电类、输电类、供电类，符合规定条件的分布式发电等项目豁免）；承装（修、试）电力设施许可。发电项目另按规定办理核准或备案。',
    activities: ['开电厂', '建风电场发电', '经营配电网', '承装电力设施'],
    licensingItemCodes: [],
    authority: '国家能源局及其派出机构',
  },
  {
    code: '214',
    category: 'LICENSED',
    title: '未获得许可，不得从事燃气经营',
    description:
      '从事管道燃气、瓶装燃气（液化石油气）、车用燃气等燃气经营活动，须取得燃气经营许可（县级以上地方人民政府燃气管理部门）。',
    activities: ['卖液化气', '开燃气公司', '送煤气罐', '开加气站'],
    aliases: [{ words: ['燃气', '液化气', '煤气', '天然气', '液化石油气', '加气站'], means: '燃气经营', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '燃气管理部门（县级以上地方人民政府确定）',
  },

  // 建筑业
  {
    code: '215',
    category: 'LICENSED',
    title: '未获得资质，不得从事建设工程勘察、设计、施工、监理',
    description:
      '建设工程勘察资质、设计资质、建筑业企业资质、工程监理企业资质，按资质等级承揽业务；建筑施工企业安全生产许可（省级住房城乡建设部门）。交通、水利等专业工程按行业规定办理。',
    activities: ['承包建筑工程', '开建筑公司', '建筑施工', '工程施工', '做工程监理', '开建筑设计院', '做工程勘察'],
    licensingItemCodes: [],
    authority: '住房和城乡建设部门；交通运输、水利等专业工程主管部门',
  },
  {
    code: '216',
    category: 'LICENSED',
    title: '未获得资质，不得从事人民防空工程设计、监理',
    description:
      '从事人民防空工程设计、监理业务的单位，须取得相应等级的人民防空工程设计、监理资质，按资质等级承接业务；持甲级资质的单位跨省（市）承接业务的，向业务所在地人民防空主管部门办理备案。',
    activities: ['做人防工程设计', '做人防工程监理', '承接外地人防项目'],
    licensingItemCodes: [ITEM.civilAirDefenceQualificationFiling],
    authority: '国家人民防空主管部门、省级人民防空主管部门',
  },

  // 房地产业
  {
    code: '217',
    category: 'LICENSED',
    title: '未获得许可，不得从事房地产开发经营',
    description: '房地产开发企业资质核定；商品房预售许可（县级以上房产管理部门）。',
    activities: ['搞房地产开发', '开发楼盘', '预售商品房'],
    licensingItemCodes: [],
    authority: '住房和城乡建设（房产管理）部门',
  },

  // 批发和零售业、餐饮业
  {
    code: '218',
    category: 'LICENSED',
    title: '未获得许可，不得从事食品经营',
    description:
      '从事食品销售和餐饮服务（含单位食堂）的，须取得食品经营许可（县级以上市场监督管理部门）；仅销售预包装食品的，实行备案，无需取得许可。',
    activities: [
      '卖食品',
      '卖熟食',
      '卖奶茶',
      '做餐饮',
      '开饭店',
      '开饭馆',
      '开餐馆',
      '开餐厅',
      '开小吃店',
      '开快餐店',
      '开面馆',
      '开火锅店',
      '开烧烤店',
      '开早餐店',
      '开奶茶店',
      '开咖啡店',
      '开咖啡馆',
      '开面包店',
      '开蛋糕店',
      '开甜品店',
      '开便利店',
      '开超市',
      '开酒吧',
      '开单位食堂',
    ],
    aliases: [
      {
        words: ['饭店', '饭馆', '餐馆', '餐厅', '餐饮', '食堂', '小吃', '快餐', '奶茶', '咖啡', '面包', '蛋糕', '甜品', '烧烤', '火锅', '早餐', '熟食', '卤味', '外卖', '茶饮', '饮品'],
        means: '食品经营（食品销售和餐饮服务）',
        extent: 'COVERED',
      },
    ],
    licensingItemCodes: [ITEM.foodBusinessLicence],
    authority: '市场监督管理部门',
  },
  {
    code: '219',
    category: 'LICENSED',
    title: '未获得许可，不得从事药品和医疗器械经营',
    description:
      '药品批发许可（省级药品监督管理部门）；药品零售许可（县级以上地方药品监督管理部门）；第三类医疗器械经营许可（设区的市级药品监督管理部门），第二类医疗器械经营实行备案；药品网络销售须具备相应经营资质。',
    activities: ['开药店', '开连锁药店', '批发药品', '卖药', '卖医疗器械', '网上卖药'],
    aliases: [{ words: ['药店', '药房', '大药房', '药品', '西药', '中药'], means: '药品经营', extent: 'COVERED', verbs: ['开', '开设', '开办', '办', '卖', '经营', '销售', '批发', '零售'] }],
    licensingItemCodes: [],
    authority: '药品监督管理部门',
  },
  {
    code: '220',
    category: 'LICENSED',
    title: '未获得许可，不得从事成品油零售经营',
    description:
      '成品油零售经营资格审批（设区的市级人民政府确定的部门，一般为商务部门）；加油站同时须取得危险化学品经营许可。成品油批发、仓储经营资格审批已取消。',
    activities: ['开加油站', '零售汽油柴油', '办成品油零售'],
    aliases: [{ words: ['加油站', '成品油', '汽油', '柴油'], means: '成品油零售经营', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '商务部门（设区的市级）；应急管理部门（危险化学品经营许可）',
  },

  // 交通运输、仓储和邮政业
  {
    code: '221',
    category: 'LICENSED',
    title: '未获得许可，不得从事道路运输经营',
    description:
      '道路旅客运输经营许可（班车、包车、旅游客运）；道路货物运输经营许可（使用总质量4.5吨及以下普通货运车辆从事普通货运的除外）；道路危险货物运输许可（设区的市级交通运输部门）。',
    activities: ['跑长途客运', '开旅游包车', '开货运公司', '运输危险品'],
    licensingItemCodes: [],
    authority: '交通运输部门（道路运输管理机构）',
  },
  {
    code: '222',
    category: 'LICENSED',
    title: '未获得许可，不得从事巡游出租汽车和网络预约出租汽车经营',
    description:
      '巡游出租汽车经营许可；网络预约出租汽车经营许可（服务所在地出租汽车行政主管部门）；网络预约出租汽车运输证；出租汽车驾驶员从业资格。',
    activities: ['开网约车', '开出租车', '办网约车平台', '办出租车公司'],
    aliases: [{ words: ['出租车', '网约车', '出租汽车'], means: '出租汽车经营', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '城市人民政府出租汽车行政主管部门（交通运输部门）',
  },
  {
    code: '223',
    category: 'LICENSED',
    title: '未获得许可，不得从事民用航空运输、通用航空和民用无人驾驶航空器运营',
    description:
      '公共航空运输企业经营许可；通用航空经营许可；使用微型以外的民用无人驾驶航空器从事飞行活动的单位，须取得民用无人驾驶航空器运营合格证（法规另有规定的农用等作业飞行除外）。',
    activities: ['开航空公司', '做通用航空', '无人机航拍经营', '无人机物流配送'],
    licensingItemCodes: [],
    authority: '中国民用航空局及地区管理局',
  },
  {
    code: '224',
    category: 'LICENSED',
    title: '未获得许可，不得经营快递业务',
    description:
      '快递业务经营许可：在省、自治区、直辖市范围内经营的，由省级邮政管理机构核发；跨省经营的，由国家邮政局核发。以加盟方式经营快递业务的，被加盟人与加盟人均须取得快递业务经营许可；开办快递末端网点实行备案。',
    activities: ['开快递公司', '加盟快递网点', '做同城快递'],
    licensingItemCodes: [],
    authority: '邮政管理部门',
  },

  // 信息传输、软件和信息技术服务业
  {
    code: '225',
    category: 'LICENSED',
    title: '未获得许可，不得从事电信业务经营',
    description:
      '基础电信业务经营许可（工业和信息化部）；增值电信业务经营许可（跨地区经营的由工业和信息化部、省内经营的由省级通信管理局核发），如经营性互联网信息服务（ICP）、互联网数据中心（IDC）、因特网接入服务、呼叫中心等。非经营性互联网信息服务实行备案。',
    activities: ['办ICP经营许可', '开IDC机房', '做宽带接入', '做呼叫中心'],
    licensingItemCodes: [],
    authority: '工业和信息化部、省级通信管理局',
  },
  {
    code: '226',
    category: 'LICENSED',
    title: '未获得许可，不得从事互联网新闻信息、网络视听节目、网络出版和网络文化服务',
    description:
      '互联网新闻信息服务许可（国家或省级网信部门）；信息网络传播视听节目许可（广播电视主管部门）；网络出版服务许可及网络游戏出版审批（出版主管部门）；网络文化经营许可（如网络表演、网络音乐，文化和旅游部门）。',
    activities: ['做新闻APP', '开网络视听平台', '做网络出版', '上线网络游戏', '做网络直播平台'],
    licensingItemCodes: [],
    authority: '网信部门、广播电视主管部门、出版主管部门、文化和旅游部门',
  },

  // 金融业
  {
    code: '227',
    category: 'LICENSED',
    title: '未获得许可，不得设立银行业、保险业金融机构或从事相关业务',
    description:
      '商业银行、村镇银行、消费金融公司等银行业金融机构设立及业务许可；保险公司设立及业务许可；保险专业代理机构、保险经纪人业务许可。',
    activities: ['开银行', '开村镇银行', '开消费金融公司', '开保险公司', '开保险代理公司', '卖保险', '做保险代理'],
    licensingItemCodes: [],
    authority: '国家金融监督管理总局及其派出机构',
  },
  {
    code: '228',
    category: 'LICENSED',
    title: '未获得许可，不得从事证券、期货、公募基金业务',
    description:
      '证券公司设立及证券业务许可；期货公司设立及期货业务许可；公开募集证券投资基金管理人资格；证券投资咨询业务许可。私募基金管理人实行登记、私募基金实行备案。',
    activities: ['开证券公司', '开期货公司', '发行公募基金', '做证券投资咨询'],
    licensingItemCodes: [],
    authority: '中国证券监督管理委员会及其派出机构',
  },
  {
    code: '229',
    category: 'LICENSED',
    title: '未获得许可，不得从事支付业务',
    description:
      '非银行支付机构设立及支付业务许可（储值账户运营、支付交易处理），含网络支付、银行卡收单、多用途预付卡发行与受理等；单用途商业预付卡由商务部门实行备案管理，不属本事项。',
    activities: ['做第三方支付', '办支付牌照', '做POS收单', '发行多用途预付卡'],
    licensingItemCodes: [],
    authority: '中国人民银行',
  },

  // 租赁和商务服务业
  {
    code: '230',
    category: 'LICENSED',
    title: '未获得许可，不得从事职业中介活动和劳务派遣',
    description:
      '经营性人力资源服务机构从事职业中介活动的，须取得人力资源服务许可（县级以上人力资源社会保障部门），开展人力资源供求信息发布、管理咨询、测评、培训、服务外包等业务的实行备案；劳务派遣经营许可（人力资源社会保障部门）。',
    activities: ['开职业中介', '做劳务派遣', '开人力资源公司'],
    licensingItemCodes: [],
    authority: '人力资源和社会保障部门',
  },
  {
    code: '231',
    category: 'LICENSED',
    title: '未获得许可，不得从事旅行社业务',
    description:
      '旅行社经营国内旅游业务和入境旅游业务许可（省级文化和旅游部门或其委托的设区的市级部门）；旅行社经营出境旅游业务许可（国务院文化和旅游主管部门或其委托的省级部门）。设立分社、服务网点实行备案。',
    activities: ['开旅行社', '做出境游业务', '组织旅游团'],
    aliases: [{ words: ['旅行社', '旅游团'], means: '旅行社业务', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '文化和旅游部门',
  },

  // 科学研究和技术服务业
  {
    code: '232',
    category: 'LICENSED',
    title: '未获得资质认定，不得向社会出具具有证明作用的检验检测数据和结果',
    description:
      '检验检测机构资质认定（国家或省级市场监督管理部门），部分事项实行告知承诺；从事特定领域认证、检验检测的，按行业规定取得相应资质。',
    activities: ['开检测机构', '做第三方检测', '出具检测报告'],
    licensingItemCodes: [],
    authority: '市场监督管理部门（认证认可监督管理）',
  },

  // 水利、环境和公共设施管理业
  {
    code: '233',
    category: 'LICENSED',
    title: '未获得许可，不得从事危险废物收集、贮存、利用、处置经营',
    description:
      '危险废物经营许可（按经营类别由省级、设区的市级或县级生态环境部门核发，含医疗废物集中处置）；收集、贮存、处置危险废物须按许可证规定的类别和规模经营。',
    activities: ['处置危险废物', '回收废机油', '处理医疗废物', '收集废铅蓄电池'],
    licensingItemCodes: [],
    authority: '生态环境部门',
  },

  // 住宿业、居民服务业
  {
    code: '234',
    category: 'LICENSED',
    title: '未获得许可，不得从事旅馆业经营',
    description: '开办旅馆（经营接待旅客住宿的场所，含宾馆、酒店、招待所、民宿等）须取得旅馆业特种行业许可（县级以上公安机关）。',
    activities: ['开宾馆', '开旅馆', '开酒店', '开招待所', '开民宿', '开青年旅舍'],
    aliases: [{ words: ['宾馆', '旅馆', '酒店', '民宿', '招待所', '旅社', '客栈', '青旅', '青年旅舍', '旅店'], means: '旅馆业', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '公安机关（治安管理部门）',
  },
  {
    code: '235',
    category: 'LICENSED',
    title: '未获得卫生许可，不得从事特定公共场所经营',
    description:
      '宾馆、美容美发、沐浴、游泳等公共场所经营，须取得公共场所卫生许可（县级以上卫生健康部门），多地实行告知承诺；饭馆、咖啡馆、酒吧、茶座等已取消公共场所卫生许可。经营游泳等高危险性体育项目的，另须取得体育主管部门许可。',
    activities: ['开理发店', '开美容院', '开洗浴中心', '开游泳馆'],
    aliases: [{ words: ['理发', '美发', '美容', '美容美发', '洗浴', '浴室', '澡堂', '游泳馆', '游泳池'], means: '公共场所（美容美发、沐浴、游泳）', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '卫生健康部门；体育主管部门（高危险性体育项目）',
  },

  // 教育
  {
    code: '236',
    category: 'LICENSED',
    title: '未获得许可，不得举办民办学校',
    description:
      '举办实施学历教育、学前教育、自学考试助学及其他文化教育的民办学校，由县级以上教育行政部门审批；举办实施职业技能培训的民办学校，由县级以上人力资源社会保障部门审批；取得办学许可证后依法登记。',
    activities: ['办民办学校', '开民办幼儿园', '开幼儿园', '办职业技能培训学校', '开培训学校'],
    aliases: [
      {
        words: ['学校', '民办学校', '私立学校', '幼儿园', '中学', '小学', '大学', '学院', '职业学校', '技校', '培训学校'],
        means: '民办学校',
        extent: 'COVERED',
      },
      { words: ['培训班', '培训机构', '辅导班', '补习班', '教育机构', '托管班'], means: '民办学校（实施文化教育或职业技能培训的）', extent: 'DEPENDS' },
    ],
    licensingItemCodes: [],
    authority: '教育行政部门；人力资源和社会保障部门（职业技能培训）',
  },

  // 卫生和社会工作
  {
    code: '237',
    category: 'LICENSED',
    title: '未获得许可，不得设置医疗机构和从事诊疗活动',
    description:
      '医疗机构设置审批和执业许可（县级以上卫生健康部门），含医院、门诊部、健康体检机构、互联网医院（依托实体医疗机构）；诊所、中医诊所实行备案管理。',
    activities: ['开医院', '开门诊部', '开体检中心', '开口腔医院', '开互联网医院'],
    aliases: [
      { words: ['医院', '民营医院', '私立医院', '门诊部', '医疗机构', '卫生院', '体检中心', '互联网医院'], means: '医疗机构', extent: 'COVERED' },
      { words: ['诊所', '私人诊所', '中医诊所', '口腔诊所', '卫生室', '医务室', '医美', '医疗美容'], means: '医疗机构（诊所实行备案管理）', extent: 'DEPENDS' },
    ],
    licensingItemCodes: [],
    authority: '卫生健康部门（含中医药主管部门）',
  },

  // 文化、体育和娱乐业
  {
    code: '238',
    category: 'LICENSED',
    title: '未获得许可，不得从事娱乐场所和互联网上网服务营业场所经营',
    description:
      '歌舞娱乐场所、游艺娱乐场所经营许可（县级文化和旅游部门）；互联网上网服务营业场所经营许可（网络文化经营许可，县级以上文化和旅游部门）。',
    activities: ['开KTV', '开歌舞厅', '开游艺厅', '开网吧', '开网咖'],
    aliases: [{ words: ['歌厅', '舞厅', '歌舞厅', '网吧', '网咖', '电玩城', '游戏厅', '游艺厅', '夜总会', '迪厅', 'ktv'], means: '娱乐场所和互联网上网服务营业场所', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '文化和旅游部门',
  },
  {
    code: '239',
    category: 'LICENSED',
    title: '未获得许可，不得从事营业性演出经营',
    description:
      '文艺表演团体设立许可（县级文化和旅游部门）；演出经纪机构设立许可（省级文化和旅游部门）；举办营业性演出审批（县级以上文化和旅游部门，涉外及港澳台演出由省级审批）。',
    activities: ['办演唱会', '开演出经纪公司', '组建文艺演出团体', '搞商业演出'],
    licensingItemCodes: [],
    authority: '文化和旅游部门',
  },
  {
    code: '240',
    category: 'LICENSED',
    title: '未获得许可，不得从事出版物发行和印刷经营',
    description:
      '出版物批发许可（省级出版主管部门）；出版物零售许可（县级出版主管部门）；出版物印刷经营许可（省级出版主管部门），包装装潢印刷品、其他印刷品印刷经营许可（设区的市级出版主管部门）。',
    activities: ['开书店', '卖书', '批发图书', '网上卖书', '开印刷厂'],
    aliases: [{ words: ['书店', '书', '图书', '书籍', '出版物', '报刊', '印刷厂', '印刷'], means: '出版物发行和印刷经营', extent: 'COVERED' }],
    licensingItemCodes: [],
    authority: '出版主管部门',
  },
];

/** The national list: 禁止准入类 first, then 许可准入类, each in code order. */
export const NATIONAL_NEGATIVE_LIST: readonly NegativeListEntry[] = [...PROHIBITED, ...LICENSED];

const BY_CODE: ReadonlyMap<string, NegativeListEntry> = new Map(NATIONAL_NEGATIVE_LIST.map((entry) => [entry.code, entry]));

/** The national entry with this code, or undefined when the list has no such entry (单外无单). */
export function negativeListEntry(code: string): NegativeListEntry | undefined {
  return BY_CODE.get(code);
}
