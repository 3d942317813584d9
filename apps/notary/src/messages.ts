/** 公证服务 (Notary): the module's strings, zh-CN first. */
export const messages = {
  "zh-CN": {
    "title": "公证服务",
    "nav": {
      "directory": "公证机构"
    },
    "cards": {
      "directory": {
        "title": "公证服务",
        "description": "查询公证处，了解可办理的公证事项。"
      }
    },
    "directory": {
      "title": "公证机构名录",
      "intro": "查询本地区的公证处及其地址和联系电话。许多公证事项可以“最多跑一次”。",
      "caption": "公证机构名录"
    }
  },
  "en": {
    "title": "Notary",
    "nav": {
      "directory": "Notary offices"
    },
    "cards": {
      "directory": {
        "title": "Notarization",
        "description": "Find a notary office and the matters it handles."
      }
    },
    "directory": {
      "title": "Notary offices",
      "intro": "Notary offices in this region with address and telephone. Many notarial matters need at most one visit.",
      "caption": "Notary offices"
    }
  }
};
