/**
 * The casework pieces' own strings (办件通用文字): what every case module says the same way — rating levels,
 * document table headings, upload refusals, the overdue badge. Module-specific words (a heading that names
 * the service, the module's statuses and clock kinds) come in as props. zh-CN is the fallback of en.
 */
export const caseworkMessages = {
  'zh-CN': {
    casework: {
      rating: {
        done: '已评价：{level}',
        rated: '已评价',
        detailsShort: '请至少用 {min} 个字说明问题',
        failed: '评价未能提交：{message}',
        levels: {
          very_satisfied: '非常满意',
          satisfied: '满意',
          basically_satisfied: '基本满意',
          dissatisfied: '不满意',
          very_dissatisfied: '非常不满意',
        },
      },
      documents: {
        name: '文件名',
        kind: '材料类别',
        type: '文件类型',
        size: '大小',
        download: '下载 {name}',
        bytes: '{size} 字节',
        kilobytes: '{size} KB',
        megabytes: '{size} MB',
      },
      upload: {
        type: '服务器没有接受“{name}”：只能上传 {types} 文件',
        size: '服务器没有接受“{name}”：文件超过 {max}',
        tooMany: '未上传的材料太多，请先删除不需要的文件',
        other: '“{name}”上传失败：{message}',
        removeFailed: '“{name}”未能删除：{message}',
        acceptLabel: 'PDF、JPG、PNG',
      },
      overdue: '已逾期',
      overdueOnly: '只看已逾期',
      overdueOnlyHint: '只列出期限已过、仍在计时的案件',
      deadlineStopped: '已于 {at} 停止计时',
    },
  },
  en: {
    casework: {
      rating: {
        done: 'Rated: {level}',
        rated: 'Rated',
        detailsShort: 'Please describe the problem in at least {min} characters',
        failed: 'The rating was not sent: {message}',
        levels: {
          very_satisfied: 'Very satisfied',
          satisfied: 'Satisfied',
          basically_satisfied: 'Basically satisfied',
          dissatisfied: 'Dissatisfied',
          very_dissatisfied: 'Very dissatisfied',
        },
      },
      documents: {
        name: 'File name',
        kind: 'Kind of document',
        type: 'File type',
        size: 'Size',
        download: 'Download {name}',
        bytes: '{size} bytes',
        kilobytes: '{size} KB',
        megabytes: '{size} MB',
      },
      upload: {
        type: 'The server did not accept "{name}": only {types} files',
        size: 'The server did not accept "{name}": the file is larger than {max}',
        tooMany: 'Too many documents are waiting; remove the ones you do not need first',
        other: '"{name}" could not be uploaded: {message}',
        removeFailed: '"{name}" could not be removed: {message}',
        acceptLabel: 'PDF, JPG, PNG',
      },
      overdue: 'Overdue',
      overdueOnly: 'Overdue only',
      overdueOnlyHint: 'Only cases whose time limit has run out while the clock is still running',
      deadlineStopped: 'Clock stopped on {at}',
    },
  },
} as const;
