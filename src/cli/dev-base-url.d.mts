export declare function devBaseUrl(input: { args: string[]; devVars: string; env?: string }): string | undefined;
