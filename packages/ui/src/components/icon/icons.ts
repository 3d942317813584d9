/**
 * The kit's icon set: 24×24 outline paths (stroke-based, drawn for this kit). Kept small on purpose;
 * a module that needs more passes its own path data to FwIcon's `path` prop.
 */
export const FW_ICONS = {
  search: 'M11 4a7 7 0 1 1 0 14a7 7 0 0 1 0-14zM20 20l-4-4',
  close: 'M6 6l12 12M18 6L6 18',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  'chevron-left': 'M15 5l-7 7l7 7',
  'chevron-right': 'M9 5l7 7l-7 7',
  'chevron-down': 'M5 9l7 7l7-7',
  'chevron-up': 'M5 15l7-7l7 7',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  phone: 'M6.5 3.5h3l1.5 4l-2 1.5a11 11 0 0 0 6 6l1.5-2l4 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5.5a2 2 0 0 1 2-2z',
  location: 'M12 21s-6.5-6.2-6.5-11.5a6.5 6.5 0 0 1 13 0C18.5 14.8 12 21 12 21zM12 7.5a2 2 0 1 1 0 4a2 2 0 0 1 0-4z',
  upload: 'M12 16V4M7 9l5-5l5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3',
  download: 'M12 4v12M7 11l5 5l5-5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3',
  calendar: 'M4 6.5h16v13.5H4zM4 10.5h16M8.5 3.5v5M15.5 3.5v5',
  user: 'M12 12a4 4 0 1 0 0-8a4 4 0 0 0 0 8zM4.5 20.5a7.5 7.5 0 0 1 15 0',
  info: 'M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18zM12 11v5.5M12 7.5v.5',
  warning: 'M12 3.5l9.5 16.5h-19zM12 10v4.5M12 17v.5',
  error: 'M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18zM9 9l6 6M15 9l-6 6',
  success: 'M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18zM8 12.5l3 3l5-6',
  'volume': 'M4 9.5h3.5L12 5.5v13l-4.5-4H4zM15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11',
  menu: 'M4 6.5h16M4 12h16M4 17.5h16',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  file: 'M6 3h8l5 5v13H6zM14 3v5h5',
  clock: 'M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18zM12 7v5l3.5 2',
  star: 'M12 3.5l2.6 5.4l5.9.8l-4.3 4.1l1 5.8L12 16.8l-5.2 2.8l1-5.8l-4.3-4.1l5.9-.8z',
  globe: 'M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.6 3.5 5.6 3.5 9s-1 6.4-3.5 9c-2.5-2.6-3.5-5.6-3.5-9s1-6.4 3.5-9z',
  contrast: 'M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18zM12 3v18',
  // Domain icons for the six services (法律援助, 律师, 公证, 调解, 鉴定, 仲裁) and the workbench.
  scale: 'M12 4v16M8 20h8M5 7h14M5 7l-2.5 6a2.5 2.5 0 0 0 5 0zM19 7l-2.5 6a2.5 2.5 0 0 0 5 0zM12 4v3',
  shield: 'M12 3l7.5 3v5.5c0 4.5-3.2 8.2-7.5 9.5c-4.3-1.3-7.5-5-7.5-9.5V6zM8.5 12l2.5 2.5l4.5-5',
  stamp: 'M9.5 3.5h5v5l2 4h-9l2-4zM5 14.5h14v3H5zM6 20.5h12',
  handshake: 'M3 11l4-4l3 1.5l2-1.5h3l6 4M3 11l5 5.5a1.5 1.5 0 0 0 2.2 0l1.3-1.3l1.2 1.2a1.5 1.5 0 0 0 2.1 0l4.2-4.4M10 8.5l-2 2.5a1.5 1.5 0 0 0 2.2 2l2.3-2',
  microscope: 'M9 3.5h4l-1 8h-2zM6 20.5h12M8 17.5h8M15 11a5 5 0 0 1-1 9.5M11 11.5v2',
  gavel: 'M13.5 4l6.5 6.5M11 6.5l6.5 6.5M12.2 5.3l-4.9 4.9l6.5 6.5l4.9-4.9M9.8 12.7l-6.3 6.3M4 21h9',
  briefcase: 'M4 7.5h16v12H4zM9 7.5V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2.5M4 12.5h16',
  'text-size': 'M4 19l5-14l5 14M5.8 14h6.4M15 19l3-8l3 8M15.8 17h4.4',
} as const;

export type FwIconName = keyof typeof FW_ICONS;
