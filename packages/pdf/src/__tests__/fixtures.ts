// A realistic mediation agreement (人民调解协议书) used by the rendering tests.
import type { PdfDocumentInput } from '../model.js';

export const LONG_PARAGRAPH =
  '申请人张某某与被申请人李某某因房屋租赁合同纠纷，于2026年11月25日向本委员会申请调解。经查明：双方于2024年3月1日签订《房屋租赁合同》，' +
  '约定月租金为人民币¥ 12,000.00元（大写：壹万贰仟元整），租期两年；被申请人自2026年6月起未按约定支付租金，累计拖欠五个月。' +
  '本委员会依照《中华人民共和国人民调解法》第二十二条、第二十八条的规定，本着“自愿、平等、合法”的原则，组织双方进行调解；' +
  '双方当事人在调解员的主持下，经充分协商，自愿达成如下协议，并确认协议内容系其真实意思表示、不违反法律法规的强制性规定。';

export const TERMS = [
  '被申请人李某某于2026年12月31日前一次性向申请人张某某支付拖欠租金人民币¥ 60,000.00元。',
  '双方同意于2027年1月15日解除《房屋租赁合同》，被申请人于当日腾退房屋并交还钥匙。',
  '申请人张某某放弃主张逾期付款违约金；双方就本纠纷再无其他争议。',
  '本协议自双方当事人签名（盖章）、调解员签名并加盖人民调解委员会印章之日起生效。',
];

export const AGREEMENT: PdfDocumentInput = {
  title: '人民调解协议书',
  subtitle: '编号：（2026）朝调字第 0128 号',
  metadata: {
    author: '北京市朝阳区某街道人民调解委员会',
    subject: '房屋租赁合同纠纷 调解协议',
    keywords: ['人民调解', '调解协议书'],
    creationDate: new Date('2026-11-25T09:30:00+08:00'),
  },
  sections: [
    {
      heading: '当事人基本情况',
      blocks: [
        {
          type: 'fields',
          entries: [
            { label: '申请人', value: '张某某，男，1980年5月出生，汉族' },
            { label: '身份证号', value: '110105********1234' },
            { label: '住址', value: '北京市朝阳区某某街道某某小区3号楼2单元501室' },
            { label: '被申请人', value: '李某某，女，1992年8月出生，汉族' },
            { label: '身份证号', value: '130102********5678' },
            { label: '住址', value: '河北省石家庄市长安区某某路88号' },
          ],
        },
      ],
    },
    { heading: '纠纷主要事实及争议事项', blocks: [{ type: 'paragraph', text: LONG_PARAGRAPH }] },
    { heading: '协议内容', blocks: [{ type: 'list', items: TERMS }] },
    {
      blocks: [
        { type: 'paragraph', text: '本协议一式三份，双方当事人各执一份，人民调解委员会留存一份。' },
        {
          type: 'signatures',
          entries: [
            { label: '申请人（签名）', date: '2026年11月25日' },
            { label: '被申请人（签名）', date: '2026年11月25日' },
            { label: '调解员（签名）' },
          ],
        },
      ],
    },
  ],
};
