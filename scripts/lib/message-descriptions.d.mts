/** `code` with each `msg()` option `desc: '…'` blanked where it stands (spaces of the same length). */
export declare const blankMessageDescriptions: (code: string) => string;
