declare namespace App {
	interface Locals {
		/** Fact ids whose popover a page already holds: a value cited twice shares one popover (FactValue.astro). */
		factPopovers?: Set<string>;
	}
}
