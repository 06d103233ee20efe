import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/**
 * The seven SAMPLE_RECORDS as Jiangsu's data-exchange platform extracts them: one headerless CSV
 * line per record, columns in the order of jiangsuColumns.ts. Written by hand, not by the
 * encoder. Only the enterprise address needs quoting (it contains a comma and double quotes);
 * the other Chinese punctuation (、；“”〔〕) is not special in CSV. zjlx says whose record each
 * line is: 111 (居民身份证) on the person's four, 001 (统一社会信用代码) on the enterprise's
 * registration, taxes (taxpayerKind ENTERPRISE) and credit record (subjectKind ENTERPRISE).
 */
export const JIANGSU_SAMPLES: ReadonlyArray<{ kind: NativeEvidenceKind; payload: string }> = [
  {
    kind: 'SOCIAL_INSURANCE',
    // zjlx,zjhm,xingMing,cbxz,dwmc,dwtyshxydm,cbzt,cbrq,jfys,zhjfny,sbkzt,jlbh,gxrq
    payload:
      '111,310118198804123021,顾晓梅,养老|医疗|失业|工伤|生育,上海青浦绿岛科技有限公司,91310118MA1JL2Q363,参保缴费,20100701,196,202610,正常,SAMPLE-SI-0001,20261105',
  },
  {
    kind: 'PROVIDENT_FUND',
    // zjlx,zjhm,xingMing,grzh,zhzt,khrq,dwmc,yjce,zhye,lxjcys,zhjcny,dkye,jlbh,gxrq
    payload:
      '111,310118198804123021,顾晓梅,110234567801,正常,20100801,上海青浦绿岛科技有限公司,2580.00,186523.40,52,202610,0.00,SAMPLE-PF-0001,20261110',
  },
  {
    kind: 'HOUSEHOLD_REGISTRATION',
    // zjlx,zjhm,xingMing,xb,csrq,mz,hjxzqh,hjdz,yhzgx,djrq,qcdxzqh,sfcsjtb,jlbh,gxrq
    payload:
      '111,310118198804123021,顾晓梅,女,19880412,汉族,310118,上海市青浦区盈浦街道华青路88弄6号302室,户主,20120520,320509,0,SAMPLE-HR-0001,20120520',
  },
  {
    kind: 'MARRIAGE',
    // zjlx,zjhm,xingMing,djlx,poxm,pozjhm,djrq,djjg,zsbh,jlbh,gxrq
    payload:
      '111,310118198804123021,顾晓梅,结婚登记,沈浩然,330421198611030011,20151008,嘉善县民政局婚姻登记处,J330421-2015-003812,SAMPLE-MR-0001,20151008',
  },
  {
    kind: 'BUSINESS_REGISTRATION',
    // zjlx,zjhm,qymc,qylx,fddbr,fddbrzjhm,zczb,clrq,djzt,zsxzqh,zs,jyfw,djjg,jlbh,gxrq
    payload:
      '001,91330421MA2B3C4D17,嘉善禾丰智能装备有限公司,有限责任公司,沈浩然,330421198611030011,500,20170315,存续,330421,' +
      '"浙江省嘉兴市嘉善县罗星街道晋阳东路568号3幢, 2楼 ""A"" 区",' +
      '智能装备研发、制造、销售；技术服务、技术开发 <除依法须经批准的项目外> & 货物进出口。,嘉善县市场监督管理局,SAMPLE-BR-0001,20250430',
  },
  {
    kind: 'TAX',
    // zjlx,zjhm,nsrmc,nsnd,nsxydj,yjse,qsje,jlbh,gxrq
    payload: '001,91330421MA2B3C4D17,嘉善禾丰智能装备有限公司,2025,A,1286450.00,0.00,SAMPLE-TX-0001,20260415',
  },
  {
    kind: 'CREDIT_RECORD',
    // zjlx,zjhm,ztmc,xylb,jdswh,jdrq,jdjg,sy,fkje,sflx,lxrq,gsjzrq,jlbh,gxrq
    payload:
      '001,91330421MA2B3C4D17,嘉善禾丰智能装备有限公司,行政处罚,善市监处罚〔2024〕112号,20240618,嘉善县市场监督管理局,发布的广告中使用“最佳”等绝对化用语,5000.00,1,20240702,20270618,SAMPLE-CR-0001,20240702',
  },
];
