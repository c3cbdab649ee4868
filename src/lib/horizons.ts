/** The years the plans set targets for, as the target matrix shows them: the first on /chi-tieu/, each other on a page of its own. */
export const HORIZONS = [2030, 2035, 2045] as const;
