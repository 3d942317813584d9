/** 司法鉴定 (Forensic appraisal): the module's strings, zh-CN first. */
export const messages = {
  "zh-CN": {
    "title": "司法鉴定",
    "nav": {
      "directory": "司法鉴定机构"
    },
    "cards": {
      "directory": {
        "title": "司法鉴定",
        "description": "查询司法鉴定机构，了解鉴定类别。"
      }
    },
    "directory": {
      "title": "司法鉴定机构名录",
      "intro": "查询经司法行政机关登记的司法鉴定机构及其联系方式。",
      "caption": "司法鉴定机构名录"
    }
  },
  "en": {
    "title": "Forensic appraisal",
    "nav": {
      "directory": "Forensic appraisal institutions"
    },
    "cards": {
      "directory": {
        "title": "Forensic appraisal",
        "description": "Find a registered forensic appraisal institution."
      }
    },
    "directory": {
      "title": "Forensic appraisal institutions",
      "intro": "Forensic appraisal institutions registered with the justice administration, with their contact details.",
      "caption": "Forensic appraisal institutions"
    }
  }
};
