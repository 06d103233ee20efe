import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/**
 * The seven SAMPLE_RECORDS as the 皖事通办 exchange emits them: written by hand, one XML
 * document per record, in SAMPLE_RECORDS order.
 */
export const ANHUI_SAMPLES: ReadonlyArray<{ kind: NativeEvidenceKind; payload: string }> = [
  {
    kind: 'SOCIAL_INSURANCE',
    payload: `<?xml version="1.0" encoding="UTF-8"?>
<JL LX="SB" BH="SAMPLE-SI-0001" GXSJ="2026/11/05">
  <SFZHM>310118198804123021</SFZHM>
  <XM>顾晓梅</XM>
  <CBXZ>
    <XZ DM="110">企业职工基本养老保险</XZ>
    <XZ DM="310">职工基本医疗保险</XZ>
    <XZ DM="210">失业保险</XZ>
    <XZ DM="410">工伤保险</XZ>
    <XZ DM="510">生育保险</XZ>
  </CBXZ>
  <DWMC>上海青浦绿岛科技有限公司</DWMC>
  <DWTYSHXYDM>91310118MA1JL2Q363</DWTYSHXYDM>
  <CBZT DM="1">正常参保</CBZT>
  <CBRQ>2010/07/01</CBRQ>
  <LJJFYS>196</LJJFYS>
  <MCJFNY>2026/10</MCJFNY>
  <SBKZT DM="1">正常</SBKZT>
</JL>
`,
  },
  {
    kind: 'PROVIDENT_FUND',
    payload: `<?xml version="1.0" encoding="UTF-8"?>
<JL LX="GJJ" BH="SAMPLE-PF-0001" GXSJ="2026/11/10">
  <SFZHM>310118198804123021</SFZHM>
  <XM>顾晓梅</XM>
  <GRZH>110234567801</GRZH>
  <ZHZT DM="1">正常</ZHZT>
  <KHRQ>2010/08/01</KHRQ>
  <DWMC>上海青浦绿岛科技有限公司</DWMC>
  <YJCE>2580.00</YJCE>
  <ZHYE>186523.40</ZHYE>
  <LXJCYS>52</LXJCYS>
  <MCJCNY>2026/10</MCJCNY>
  <DKYE>0.00</DKYE>
</JL>
`,
  },
  {
    kind: 'HOUSEHOLD_REGISTRATION',
    payload: `<?xml version="1.0" encoding="UTF-8"?>
<JL LX="HJ" BH="SAMPLE-HR-0001" GXSJ="2012/05/20">
  <SFZHM>310118198804123021</SFZHM>
  <XM>顾晓梅</XM>
  <XB>女</XB>
  <CSRQ>1988/04/12</CSRQ>
  <MZ>汉族</MZ>
  <XZQHDM>310118</XZQHDM>
  <ZZ>上海市青浦区盈浦街道华青路88弄6号302室</ZZ>
  <YHZGX DM="02">户主</YHZGX>
  <DJRQ>2012/05/20</DJRQ>
  <QCDXZQHDM>320509</QCDXZQHDM>
  <SFCSJTB>否</SFCSJTB>
</JL>
`,
  },
  {
    kind: 'MARRIAGE',
    payload: `<?xml version="1.0" encoding="UTF-8"?>
<JL LX="HY" BH="SAMPLE-MR-0001" GXSJ="2015/10/08">
  <SFZHM>310118198804123021</SFZHM>
  <XM>顾晓梅</XM>
  <DJLB DM="1">结婚登记</DJLB>
  <POXM>沈浩然</POXM>
  <POSFZHM>330421198611030011</POSFZHM>
  <DJRQ>2015/10/08</DJRQ>
  <DJJG>嘉善县民政局婚姻登记处</DJJG>
  <ZSBH>J330421-2015-003812</ZSBH>
</JL>
`,
  },
  {
    kind: 'BUSINESS_REGISTRATION',
    payload: `<?xml version="1.0" encoding="UTF-8"?>
<JL LX="QYDJ" BH="SAMPLE-BR-0001" GXSJ="2025/04/30">
  <TYSHXYDM>91330421MA2B3C4D17</TYSHXYDM>
  <QYMC>嘉善禾丰智能装备有限公司</QYMC>
  <QYLX DM="1100">有限责任公司</QYLX>
  <FDDBR>沈浩然</FDDBR>
  <FDDBRSFZHM>330421198611030011</FDDBRSFZHM>
  <ZCZB>500</ZCZB>
  <CLRQ>2017/03/15</CLRQ>
  <DJZT DM="1">存续</DJZT>
  <XZQHDM>330421</XZQHDM>
  <ZS>浙江省嘉兴市嘉善县罗星街道晋阳东路568号3幢, 2楼 &quot;A&quot; 区</ZS>
  <JYFW>智能装备研发、制造、销售；技术服务、技术开发 &lt;除依法须经批准的项目外&gt; &amp; 货物进出口。</JYFW>
  <DJJG>嘉善县市场监督管理局</DJJG>
</JL>
`,
  },
  {
    kind: 'TAX',
    payload: `<?xml version="1.0" encoding="UTF-8"?>
<JL LX="NS" BH="SAMPLE-TX-0001" GXSJ="2026/04/15">
  <TYSHXYDM>91330421MA2B3C4D17</TYSHXYDM>
  <NSRLX DM="1">单位纳税人</NSRLX>
  <NSRMC>嘉善禾丰智能装备有限公司</NSRMC>
  <NSND>2025</NSND>
  <NSXYDJ DM="A">A级</NSXYDJ>
  <YJSE>1286450.00</YJSE>
  <QSJE>0.00</QSJE>
</JL>
`,
  },
  {
    kind: 'CREDIT_RECORD',
    payload: `<?xml version="1.0" encoding="UTF-8"?>
<JL LX="XY" BH="SAMPLE-CR-0001" GXSJ="2024/07/02">
  <TYSHXYDM>91330421MA2B3C4D17</TYSHXYDM>
  <ZTLX DM="1">法人及其他组织</ZTLX>
  <ZTMC>嘉善禾丰智能装备有限公司</ZTMC>
  <XYLB DM="1">行政处罚</XYLB>
  <JDSWH>善市监处罚〔2024〕112号</JDSWH>
  <JDRQ>2024/06/18</JDRQ>
  <JDJG>嘉善县市场监督管理局</JDJG>
  <SY>发布的广告中使用“最佳”等绝对化用语</SY>
  <FKJE>5000.00</FKJE>
  <SFLX>是</SFLX>
  <LXRQ>2024/07/02</LXRQ>
  <GSJZRQ>2027/06/18</GSJZRQ>
</JL>
`,
  },
];
