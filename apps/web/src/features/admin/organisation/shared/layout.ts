/** Descriptions in a card or drawer: one column on a phone, two elsewhere (antd's default is three). */
export const TWO_COLUMNS = { xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 } as const;
