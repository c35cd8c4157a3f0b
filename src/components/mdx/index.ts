// The components MDX authors may use without importing them (passed to <Content components>).
import FactValue from './FactValue.astro';
import PriceTable from './PriceTable.astro';
import CompareTable from './CompareTable.astro';
import FactList from './FactList.astro';
import Callout from './Callout.astro';
import StaleNotice from './StaleNotice.astro';
import CodeBlock from './CodeBlock.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';

// h2/h3 replace Markdown's headings so each carries a visible link to itself; pre keeps code blocks
// focusable and scrolling.
export const mdxComponents = {
	FactValue,
	PriceTable,
	CompareTable,
	FactList,
	Callout,
	StaleNotice,
	pre: CodeBlock,
	h2: H2,
	h3: H3,
};
