/**
 * 统一社会信用代码 (unified social credit code) checks per GB 32100-2015.
 *
 * Layout: registration authority (1) + organisation type (1) + GB/T 2260 division code (6) +
 * organisation code (9) + check character (1), over a 31-character alphabet without I, O, S, V, Z.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Registration authorities and the organisation types each may issue (GB 32100-2015 table 1). */
const AUTHORITY_TYPES: Record<string, string> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办直接管理的群众团体, 其他
  '2': '19', // 外交
  '3': '123459', // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商 / 市场监管: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

export type UsccError = 'format' | 'authority' | 'checksum';
export type UsccResult = { valid: true; normalized: string; divisionCode: string } | { valid: false; error: UsccError };

/** Computes the 18th character from the first 17. Returns undefined if a character is outside the alphabet. */
export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function parseUscc(input: string): UsccResult {
  const value = input.trim().toUpperCase();
  if (!/^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/.test(value)) return { valid: false, error: 'format' };
  const types = AUTHORITY_TYPES[value[0]!];
  if (!types || !types.includes(value[1]!)) return { valid: false, error: 'authority' };
  if (usccCheckChar(value) !== value[17]) return { valid: false, error: 'checksum' };
  return { valid: true, normalized: value, divisionCode: value.slice(2, 8) };
}

export function isValidUscc(input: string): boolean {
  return parseUscc(input).valid;
}
