/** 仲裁服务 (Arbitration): the module's strings, zh-CN first. */
export const messages = {
  "zh-CN": {
    "title": "仲裁服务",
    "nav": {
      "directory": "仲裁委员会"
    },
    "cards": {
      "directory": {
        "title": "仲裁服务",
        "description": "查询仲裁委员会，了解仲裁申请。"
      }
    },
    "directory": {
      "title": "仲裁委员会名录",
      "intro": "查询本地区的仲裁委员会。平等主体之间的合同纠纷和其他财产权益纠纷可以申请仲裁。",
      "caption": "仲裁委员会名录"
    }
  },
  "en": {
    "title": "Arbitration",
    "nav": {
      "directory": "Arbitration commissions"
    },
    "cards": {
      "directory": {
        "title": "Arbitration",
        "description": "Find an arbitration commission and how to apply."
      }
    },
    "directory": {
      "title": "Arbitration commissions",
      "intro": "Arbitration commissions in this region. Contract and other property disputes between equal parties can go to arbitration.",
      "caption": "Arbitration commissions"
    }
  }
};
