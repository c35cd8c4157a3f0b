/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests: pure logic in src/lib, the schemas, the data and the scripts.
export default getViteConfig({
	test: { environment: 'node', include: ['tests/unit/**/*.test.ts'] },
});
