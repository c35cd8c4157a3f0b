// The components MDX authors may use without importing them (passed to <Content components>).
import FactValue from './FactValue.astro';
import PriceTable from './PriceTable.astro';
import CompareTable from './CompareTable.astro';
import FactList from './FactList.astro';
import Callout from './Callout.astro';
import StaleNotice from './StaleNotice.astro';
import CodeBlock from './CodeBlock.astro';

export const mdxComponents = { FactValue, PriceTable, CompareTable, FactList, Callout, StaleNotice, pre: CodeBlock };
