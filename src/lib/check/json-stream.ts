// Cuts an Anthropic create-batch body, {"requests": [ {…}, {…} ]}, into its requests as the text streams
// in, so a file of hundreds of MB is never parsed (or held) as one JSON value. Each request's text is
// handed over with the line it starts on; the caller parses it.

type State =
	| 'start'
	| 'start-key'
	| 'key'
	| 'colon'
	| 'array'
	| 'items'
	| 'item'
	| 'after-item'
	| 'close'
	| 'done';
const WS = new Set([' ', '\t', '\n', '\r']);

export class RequestsScanner {
	private state: State = 'start';
	private key = '';
	private pieces: string[] = [];
	private depth = 0;
	private inString = false;
	private escape = false;
	private afterComma = false;
	private itemLine = 0;

	/** Feeds the next text; returns a message when the text cannot be a create-batch body. */
	feed(
		text: string,
		line: number,
		onItem: (json: string, line: number) => void
	): string | undefined {
		// Where the current item's text starts in `text`: 0 when it began in an earlier feed.
		let segStart = this.state === 'item' ? 0 : -1;
		const finish = (end: number) => {
			this.pieces.push(text.slice(segStart, end));
			onItem(this.pieces.join(''), this.itemLine);
			this.pieces = [];
			segStart = -1;
		};
		for (let i = 0; i < text.length; i++) {
			const c = text[i];
			switch (this.state) {
				case 'item': {
					if (this.inString) {
						if (this.escape) this.escape = false;
						else if (c === '\\') this.escape = true;
						else if (c === '"') this.inString = false;
					} else if (c === '"') this.inString = true;
					else if (c === '{' || c === '[') this.depth++;
					else if (c === '}' || c === ']') {
						if (this.depth === 0) {
							finish(i);
							this.state = 'close';
							continue;
						}
						this.depth--;
						if (this.depth === 0) {
							finish(i + 1);
							this.state = 'after-item';
						}
					} else if (c === ',' && this.depth === 0) {
						finish(i);
						this.state = 'items';
						this.afterComma = true;
					}
					continue;
				}
				case 'key':
					if (this.escape) this.escape = false;
					else if (c === '\\') this.escape = true;
					else if (c === '"') {
						if (this.key !== 'requests')
							return `The JSON document starts with the key "${this.key}"; a create-batch body holds only "requests".`;
						this.state = 'colon';
						continue;
					}
					this.key += c;
					continue;
			}
			if (WS.has(c)) continue;
			switch (this.state) {
				case 'start':
					if (c !== '{') return 'The file does not start with a JSON object.';
					this.state = 'key';
					i = this.skipToQuote(text, i);
					if (i < 0) return 'The JSON document does not start with the key "requests".';
					break;
				case 'start-key':
					if (c !== '"') return 'The JSON document does not start with the key "requests".';
					this.state = 'key';
					break;
				case 'colon':
					if (c !== ':') return 'The JSON document is not valid: a colon should follow "requests".';
					this.state = 'array';
					break;
				case 'array':
					if (c !== '[') return '"requests" is not a list.';
					this.state = 'items';
					break;
				case 'items':
					if (c === ']') {
						if (this.afterComma)
							return `The JSON document is not valid: a comma before the closing ] on line ${line}.`;
						this.state = 'close';
						break;
					}
					this.state = 'item';
					this.afterComma = false;
					this.itemLine = line;
					segStart = i;
					this.depth = 0;
					i--; // read this character again as part of the item
					break;
				case 'after-item':
					if (c === ',') {
						this.state = 'items';
						this.afterComma = true;
					} else if (c === ']') this.state = 'close';
					else return `The JSON document is not valid: expected a comma or ] on line ${line}.`;
					break;
				case 'close':
					if (c !== '}')
						return `The JSON document is not valid: expected } after the list on line ${line}.`;
					this.state = 'done';
					break;
				case 'done':
					return `There is text after the end of the JSON document, on line ${line}.`;
			}
		}
		if (this.state === 'item') this.pieces.push(text.slice(segStart));
		return undefined;
	}

	/** Skips the whitespace after `{` up to the opening quote of the first key; -1 if something else comes. */
	private skipToQuote(text: string, i: number): number {
		for (let j = i + 1; j < text.length; j++) {
			if (text[j] === '"') return j;
			if (!WS.has(text[j])) return -1;
		}
		// The key is on a later line: wait for its quote there.
		this.state = 'start-key';
		return text.length;
	}

	/** Call at the end of input: a message if the document is not complete. */
	end(): string | undefined {
		if (this.state === 'done') return undefined;
		return 'The JSON document ends before it is closed: the file may have been cut short.';
	}
}
