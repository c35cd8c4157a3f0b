// Filling `{name}` parameters in an interface string. Free of the strings tables, so an island can
// import it and fill the strings its page handed it (`islandStrings` in strings.ts) at no bundle cost.

/** The `{name}` parameters a string takes, in order of appearance. */
export function paramsOf(text: string): string[] {
	return [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]);
}

/** `template` with every `{name}` filled in; a missing parameter throws, so no reader sees a raw "{date}". */
export function fillTemplate(
	template: string,
	params: Record<string, string | number> = {},
	what = 'String'
): string {
	return template.replace(/\{([a-zA-Z]+)\}/g, (_whole, name: string) => {
		if (!(name in params)) throw new Error(`${what} needs the parameter {${name}}`);
		return String(params[name]);
	});
}
