// Schemas for the props MDX authors pass, so a typo fails the build with a clear message.
import { z } from 'astro/zod';
import { IdSchema } from '../../schemas.ts';

export const FactValuePropsSchema = z.strictObject({
	id: IdSchema,
	unit: z.boolean().default(true),
});

/** Parses props or throws an error naming the component and the bad prop. */
export function parseProps<T extends z.ZodType>(
	component: string,
	schema: T,
	props: object
): z.output<T> {
	// Astro adds scoped-style attributes (data-astro-cid-…) to components; they are not author props.
	const authored = Object.fromEntries(
		Object.entries(props).filter(([key]) => !key.startsWith('data-astro-'))
	);
	const result = schema.safeParse(authored);
	if (result.success) return result.data;
	const detail = result.error.issues
		.map((i) => `prop "${i.path.join('.') || '(all)'}" ${i.message}`)
		.join('; ');
	throw new Error(`<${component}>: ${detail}`);
}

let instances = 0;

/** A number unique within the build, for element ids of components used more than once per page. */
export function nextInstance(): number {
	return ++instances;
}

const ModelIdSchema = z
	.string()
	.regex(/^[a-z0-9][a-z0-9.-]*$/, { error: 'must be a model API id' });

/** <CompareTable rows={[['Label', 'anthropic.fact', 'openai.fact'], …]} providers={['anthropic', 'openai']} /> — null where the thing exists on one side only ("No counterpart"). */
export const CompareTablePropsSchema = z.strictObject({
	caption: z.string().min(3),
	providers: z.array(IdSchema).min(1).default(['anthropic', 'openai']),
	rows: z.array(z.array(z.union([z.string(), z.null()])).min(2)).min(1),
});

/** <FactList ids={[…]} /> — labelled values with their sources. */
export const FactListPropsSchema = z.strictObject({ ids: z.array(IdSchema).min(1) });

/** <PriceTable provider="anthropic" /> or <PriceTable models={[…]} />. */
export const PriceTablePropsSchema = z
	.strictObject({
		provider: IdSchema.optional(),
		models: z.array(ModelIdSchema).min(1).optional(),
		caption: z.string().min(3).optional(),
	})
	.refine((p) => Boolean(p.provider) !== Boolean(p.models), {
		error: 'give either provider or models, not both',
	});

/** <Callout type="warning" title="…">…</Callout> */
export const CalloutPropsSchema = z.strictObject({
	type: z.enum(['note', 'tip', 'warning']).default('note'),
	title: z.string().min(2).optional(),
});

/** <StaleNotice ids={[…]} /> — lists the stale ones among these facts. */
export const StaleNoticePropsSchema = z.strictObject({ ids: z.array(IdSchema).min(1) });
