// Types of generate.mjs for the tests.
export const DOCUMENT: string;
export const TYPES: string;
export function documentText(json: string): string;
export function generate(docText: string): Promise<string>;
