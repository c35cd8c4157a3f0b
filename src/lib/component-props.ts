// Schemas for the props MDX authors pass, so a typo fails the build with a clear message.
import { z } from 'astro/zod';
import { IdSchema } from '../schemas.ts';

export const FactValuePropsSchema = z.strictObject({
	id: IdSchema,
	unit: z.boolean().default(true),
});

/** Parses props or throws an error naming the component and the bad prop. */
export function parseProps<T extends z.ZodType>(component: string, schema: T, props: unknown): z.output<T> {
	const result = schema.safeParse(props);
	if (result.success) return result.data;
	const detail = result.error.issues.map((i) => `prop "${i.path.join('.') || '(all)'}" ${i.message}`).join('; ');
	throw new Error(`<${component}>: ${detail}`);
}

let instances = 0;

/** A number unique within the build, for element ids of components used more than once per page. */
export function nextInstance(): number {
	return ++instances;
}
