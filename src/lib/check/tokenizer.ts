// The token counters. Imports gpt-tokenizer's o200k_base tables (about 2.4 MB), so load this module
// only when counting starts (a dynamic import in the browser). gpt-tokenizer was chosen over js-tiktoken
// (needs its rank tables fetched or bundled separately) and tiktoken (WebAssembly, which the site's CSP
// does not allow): it is pure JavaScript, maintained, and ships one module per encoding.
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { CheckProvider } from './rules.ts';
import type { TokenCounter } from './tokens.ts';

export const TOKENIZER_NAME = 'gpt-tokenizer 4.0.0, o200k_base encoding';

/** Exact for OpenAI's GPT-4o and later models, which use the o200k_base encoding. */
export const openAiCounter: TokenCounter = {
	count: (text) => (text ? countTokens(text) : 0),
	exact: true,
	method: `Counted with ${TOKENIZER_NAME} (the encoding of GPT-4o and later OpenAI models), prompt text only: the few tokens of message framing are not included.`,
};

/**
 * Anthropic publishes no offline tokenizer for current Claude models: an estimate, said to be one.
 * `tokenizerFact` is the value of the data's fact on Claude's tokenizer (rules.facts['anthropic.tokenizer']).
 */
export function claudeEstimate(tokenizerFact?: string): TokenCounter {
	return {
		count: openAiCounter.count,
		exact: false,
		method: `Estimate: Anthropic publishes no offline tokenizer for current Claude models, so the text is counted with OpenAI's o200k_base encoding (${TOKENIZER_NAME}); Claude's own count can differ.${tokenizerFact ? ` ${tokenizerFact}.` : ''}`,
	};
}

export const counterFor = (provider: CheckProvider, tokenizerFact?: string): TokenCounter =>
	provider === 'openai' ? openAiCounter : claudeEstimate(tokenizerFact);
