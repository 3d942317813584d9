/** 人民调解 (Mediation): the module's strings, zh-CN first. */
export const messages = {
  "zh-CN": {
    "title": "人民调解",
    "nav": {
      "directory": "人民调解委员会"
    },
    "cards": {
      "directory": {
        "title": "人民调解",
        "description": "查询人民调解委员会，免费调解邻里、家庭、劳动等纠纷。"
      }
    },
    "directory": {
      "title": "人民调解委员会名录",
      "intro": "人民调解不收费。查询本地区的人民调解委员会，就近化解矛盾纠纷。",
      "caption": "人民调解委员会名录"
    }
  },
  "en": {
    "title": "Mediation",
    "nav": {
      "directory": "Mediation committees"
    },
    "cards": {
      "directory": {
        "title": "People's mediation",
        "description": "Find a mediation committee; mediation of neighbour, family and labour disputes is free."
      }
    },
    "directory": {
      "title": "Mediation committees",
      "intro": "People's mediation is free of charge. Find a mediation committee near you.",
      "caption": "Mediation committees"
    }
  }
};
